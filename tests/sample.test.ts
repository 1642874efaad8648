/**
 * The sample generator: deterministic, committed output up to date, and a
 * data set realistic enough that every analysis has something to show.
 *
 * @example
 * // npx vitest run tests/sample.test.ts
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TransactionSchema } from '../shared/transaction.js';
import { type SampleRow, generateSample } from '../tools/sample/generate.js';
import { csvField, formatDate, formatMoney, formatSampleCsv } from '../tools/sample/write-csv.js';

const SAMPLE_PATH = new URL('../sample/transactions.csv', import.meta.url);
const REGENERATE =
  'npx esbuild tools/sample/main.ts --bundle --platform=node --format=esm --outfile=/tmp/gen.mjs && node /tmp/gen.mjs sample/transactions.csv';

/** Written independently of the generator, so a wrong weight there is caught here. */
function innValid(inn: string): boolean {
  const d = [...inn].map(Number);
  const check = (weights: number[]) => (weights.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  if (/^\d{10}$/.test(inn)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (/^\d{12}$/.test(inn)) {
    return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  }
  return false;
}

interface ClientStats {
  revenue: number;
  months: number[];
  first: string;
  last: string;
}

function monthIndex(date: string): number {
  return (Number(date.slice(0, 4)) - 2023) * 12 + Number(date.slice(5, 7)) - 1;
}

function statsByClient(rows: readonly SampleRow[]): Map<string, ClientStats> {
  const out = new Map<string, ClientStats>();
  for (const r of rows) {
    let c = out.get(r.client);
    if (!c) {
      c = { revenue: 0, months: new Array(24).fill(0), first: r.date, last: r.date };
      out.set(r.client, c);
    }
    c.revenue += r.amount;
    c.months[monthIndex(r.date)] += r.amount;
    if (r.date < c.first) c.first = r.date;
    if (r.date > c.last) c.last = r.date;
  }
  return out;
}

/** Population coefficient of variation of monthly revenue over the whole window. */
function cv(months: number[]): number {
  const mean = months.reduce((a, b) => a + b, 0) / months.length;
  const variance = months.reduce((a, b) => a + (b - mean) ** 2, 0) / months.length;
  return Math.sqrt(variance) / mean;
}

const rows = generateSample();

describe('generateSample', () => {
  it('is deterministic and depends on the seed', () => {
    expect(generateSample()).toEqual(rows);
    expect(generateSample(7)).not.toEqual(rows);
  });

  it('produces valid transactions', () => {
    for (const r of rows) expect(TransactionSchema.safeParse(r).success).toBe(true);
  });

  it('matches the committed sample/transactions.csv', () => {
    const committed = readFileSync(SAMPLE_PATH, 'utf8');
    const expected = formatSampleCsv(rows);
    if (committed !== expected) {
      // A full diff of a 2 MB string is unreadable; point at the first differing line instead.
      const a = committed.split('\r\n');
      const b = expected.split('\r\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      expect.fail(`sample/transactions.csv is stale (line ${i + 1}: "${a[i]}" vs "${b[i]}"); regenerate with: ${REGENERATE}`);
    }
  });
});

describe.each([42, 7, 1])('realistic shape (seed %i)', (seed) => {
  const data = seed === 42 ? rows : generateSample(seed);
  const clients = statsByClient(data);
  const ranked = [...clients.values()].sort((a, b) => b.revenue - a.revenue);
  const total = ranked.reduce((s, c) => s + c.revenue, 0);

  it('has about 300 clients over 24 months of 2023–2024', () => {
    expect(clients.size).toBeGreaterThanOrEqual(250);
    expect(clients.size).toBeLessThanOrEqual(350);
    const months = new Set(data.map((r) => r.date.slice(0, 7)));
    expect(months.size).toBe(24);
    expect([...months].sort()[0]).toBe('2023-01');
    expect([...months].sort()[23]).toBe('2024-12');
    expect(data.length).toBeGreaterThan(12_000);
    expect(data.length).toBeLessThan(25_000);
  });

  it('has a few percent of returns and of loss-making lines', () => {
    const returns = data.filter((r) => r.amount < 0).length / data.length;
    const losses = data.filter((r) => r.amount > 0 && (r.profit ?? 0) < 0).length / data.length;
    expect(returns).toBeGreaterThan(0.01);
    expect(returns).toBeLessThan(0.06);
    expect(losses).toBeGreaterThan(0.01);
    expect(losses).toBeLessThan(0.08);
  });

  it('is Pareto-like with one breadwinner', () => {
    const top = ranked.slice(0, Math.round(ranked.length * 0.2)).reduce((s, c) => s + c.revenue, 0);
    expect(top / total).toBeGreaterThanOrEqual(0.65);
    expect(top / total).toBeLessThanOrEqual(0.9);
    expect(ranked[0].revenue / total).toBeGreaterThanOrEqual(0.1);
    expect(ranked[0].revenue / total).toBeLessThanOrEqual(0.15);
    expect(ranked[1].revenue / total).toBeLessThan(0.1);
  });

  it('has lost clients, including a large one, and new ones', () => {
    const lost = ranked.filter((c) => c.last < '2024-09-01');
    expect(lost.length).toBeGreaterThanOrEqual(10);
    const large = ranked.slice(0, Math.round(ranked.length * 0.1));
    expect(large.some((c) => c.last < '2024-09-01')).toBe(true);
    const fresh = ranked.filter((c) => c.first >= '2024-07-01');
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    expect(fresh.length).toBeLessThanOrEqual(30);
  });

  it('mixes regular, seasonal and sporadic buyers', () => {
    const cvs = ranked.map((c) => cv(c.months));
    expect(cvs.filter((v) => v < 0.1).length).toBeGreaterThanOrEqual(10);
    expect(cvs.filter((v) => v >= 0.1 && v < 0.25).length).toBeGreaterThanOrEqual(20);
    expect(cvs.filter((v) => v >= 0.25).length).toBeGreaterThanOrEqual(50);
    // Some of the biggest clients are very regular.
    expect(ranked.slice(0, 10).filter((c) => cv(c.months) < 0.1).length).toBeGreaterThanOrEqual(2);
  });

  it('has valid INNs and one name, KAM and contact per client', () => {
    const attrs = new Map<string, string>();
    for (const r of data) {
      expect(innValid(r.client), r.client).toBe(true);
      const key = JSON.stringify([r.name, r.kam, r.email, r.domain, r.tags, r.potential]);
      expect(attrs.get(r.client) ?? key).toBe(key);
      attrs.set(r.client, key);
    }
    const firsts = [...clients.keys()].map((inn) => data.find((r) => r.client === inn)!);
    const share = (p: (r: SampleRow) => boolean) => firsts.filter(p).length / firsts.length;
    expect(share((r) => r.client.length === 12 && r.name.startsWith('ИП '))).toBeGreaterThan(0.03);
    expect(share((r) => r.domain === undefined)).toBeGreaterThan(0.05);
    expect(share((r) => (r.email ?? '').includes(';'))).toBeGreaterThan(0);
    expect(share((r) => r.potential !== undefined)).toBeGreaterThan(0.02);
    for (const tag of ['brand', 'expert']) {
      expect(share((r) => (r.tags ?? []).includes(tag))).toBeGreaterThan(0.01);
      expect(share((r) => (r.tags ?? []).includes(tag))).toBeLessThan(0.06);
    }
    expect(new Set(firsts.map((r) => r.kam)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('formatSampleCsv', () => {
  it('formats numbers, dates and quoting the Russian Excel way', () => {
    expect(formatMoney(1234.56)).toBe('1 234,56');
    expect(formatMoney(1234567.891)).toBe('1 234 567,89');
    expect(formatMoney(-0.5)).toBe('-0,50');
    expect(formatMoney(-0.001)).toBe('0,00');
    expect(formatMoney(999.999)).toBe('1 000,00');
    expect(formatDate('2024-03-05')).toBe('05.03.2024');
    expect(csvField('ООО "Ромашка"')).toBe('"ООО ""Ромашка"""');
    expect(csvField('a@x.ru; b@x.ru')).toBe('"a@x.ru; b@x.ru"');
    expect(csvField('ООО «Ромашка»')).toBe('ООО «Ромашка»');
  });

  it('writes a BOM, Russian headers and CRLF lines that parse back to the rows', () => {
    const csv = formatSampleCsv(rows);
    expect(csv.startsWith('\uFEFFИНН;Контрагент;Дата;Сумма;Прибыль;Количество;E-mail;Домен;Менеджер;Теги;Потенциал\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const body = parsed.data.slice(1);
    expect(body.length).toBe(rows.length);
    const number = (s: string) => Number(s.replace(/ /g, '').replace(',', '.'));
    body.forEach((f, i) => {
      const r = rows[i];
      expect(f.length).toBe(11);
      expect([f[0], f[1], f[6], f[7], f[8]]).toEqual([r.client, r.name, r.email, r.domain ?? '', r.kam]);
      expect(f[2]).toBe(formatDate(r.date));
      expect(Math.abs(number(f[3]) - r.amount)).toBeLessThan(0.006);
      expect(number(f[5])).toBe(r.quantity);
    });
  });
});
