/**
 * Files as people really produce them, and worse: quotes anywhere, mixed
 * line endings, long cells, control characters, random bytes, amounts and
 * dates at and past the plausible limits. Whatever comes in, every physical
 * line is accounted for, no value is NaN or infinite, and the work grows
 * linearly with the file.
 *
 * @example
 * // npx vitest run tests/import/hostile-files.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importTransactions, type ImportReport } from '../../shared/import/index.js';
import { segment } from '../../shared/segment.js';
import type { Transaction } from '../../shared/transaction.js';

/** Physical lines as an editor counts them: `\r\n`, `\n` and a lone `\r` end one each; a last line without a break counts too. */
function physicalLines(text: string): number {
  const body = text.replace(/^\uFEFF/, '');
  if (body === '') return 0;
  const breaks = body.match(/\r\n|\n|\r/g)?.length ?? 0;
  return breaks + (/[\r\n]$/.test(body) ? 0 : 1);
}

const cellArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('C1', 'C2', 'ООО "Ромашка"', 'c3', ' C4 ', '2024-01-15', '15.03.2024', '100', '1 234,56', '-5') },
  { weight: 2, arbitrary: fc.constantFrom('"', '"C5', 'x"y', '""', '"a,b"', '"multi\nline"', '"\r"') },
  { weight: 2, arbitrary: fc.constantFrom('1e15', '1000000000000001', '1e308', '-1e308', '0.005', '0,00', '9'.repeat(80), '1'.repeat(400)) },
  { weight: 2, arbitrary: fc.constantFrom('1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '0001-01-01', '9999-12-31', '1', '45000', '31.02.2024') },
  { weight: 1, arbitrary: fc.constantFrom('\u001b[2J', '\u0000', '\u202e', '\u007f', '\u0085') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const lineEndArb = fc.constantFrom('\n', '\r\n', '\r');
const rowArb = fc.tuple(fc.array(cellArb, { minLength: 0, maxLength: 4 }), lineEndArb).map(([cells, end]) => cells.join(',') + end);
const fileArb = fc
  .tuple(fc.constantFrom('client,date,amount', 'Клиент;Дата;Сумма', 'client,date,amount,name'), lineEndArb, fc.array(rowArb, { maxLength: 30 }), fc.boolean())
  .map(([header, end, rows, trailing]) => {
    const text = header + end + rows.join('');
    return trailing ? text : text.replace(/[\r\n]+$/, '');
  });

/** Either a clean failure naming a line, or a full account of every line. */
function importOrFailure(input: string | Uint8Array): { transactions: Transaction[]; report: ImportReport } | ImportError {
  try {
    return importTransactions(input, { maxErrors: 10_000 });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

function checkAccounted(text: string, result: ReturnType<typeof importOrFailure>): void {
  if (result instanceof ImportError) {
    // The only failures a file can cause: no usable header/columns, or a quote that closes nowhere.
    expect(result.message).toMatch(/line \d+|column|empty|header/i);
    return;
  }
  const { lines, read, used, rejected } = result.report;
  expect(lines.total).toBe(physicalLines(text));
  expect(lines.header + lines.blank + lines.used + lines.rejected).toBe(lines.total);
  expect(read).toBe(used + rejected);
  expect(result.transactions).toHaveLength(used);
  for (const t of result.transactions) {
    expect(Number.isFinite(t.amount) && Math.abs(t.amount) <= 1e15).toBe(true);
    expect(t.date >= '1900-01-01' && t.date <= '2100-12-31').toBe(true);
  }
  if (result.transactions.length) {
    for (const c of segment(result.transactions).clients) {
      expect(Number.isFinite(c.total) && Number.isFinite(c.share)).toBe(true);
    }
  }
}

describe('hostile files', () => {
  it('account for every physical line, with finite plausible values (property)', () => {
    fc.assert(
      fc.property(fileArb, (text) => checkAccounted(text, importOrFailure(text))),
      { numRuns: 1500 },
    );
  });

  it('account for every line of random bytes, decoded however they decode (property)', () => {
    const bytesArb = fc.tuple(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('\n', '\r\n', '\r')).map(([body, end]) => {
      const header = new TextEncoder().encode(`client,date,amount${end}`);
      return new Uint8Array([...header, ...body]);
    });
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        const result = importOrFailure(bytes);
        if (result instanceof ImportError) return;
        // Count lines on the text the importer decoded, as it decoded it.
        const text = new TextDecoder(result.report.encoding === 'utf-8' ? 'utf-8' : 'windows-1251').decode(bytes);
        if (result.report.encoding === 'utf-8' || result.report.encoding === 'windows-1251') checkAccounted(text, result);
        else expect(result.report.lines.header + result.report.lines.blank + result.report.lines.used + result.report.lines.rejected).toBe(result.report.lines.total);
      }),
      { numRuns: 500 },
    );
  });

  it('takes time linear in the file size, even when every line opens a quote', () => {
    const block = (rows: number): string => {
      const lines = ['client,date,amount'];
      for (let i = 0; i < rows; i++) {
        lines.push(i % 2 ? `"C${i % 97},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}` : `C${i % 97},2024-02-01,${'9'.repeat(70)}`);
      }
      return lines.join('\n') + '\n';
    };
    const time = (text: string): number => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        importTransactions(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const small = block(20_000);
    const large = block(200_000);
    time(small);
    const ratio = time(large) / time(small);
    expect(ratio).toBeLessThan(20);
  });
});
