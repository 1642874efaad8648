/**
 * The menu and the sidebar's server side, through the built bundle with
 * fakes of SpreadsheetApp, HtmlService, CacheService, Utilities, Session and
 * ScriptApp: what is written (values, formats, colours, notes, filter,
 * frozen header, chart spec), that a re-run replaces instead of
 * duplicating, and that the source sheet is never touched. Sharing is in
 * share.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildMatrix, cellCodes } from '../../shared/matrix.js';
import { messages } from '../../shared/messages.js';
import { segment } from '../../shared/segment.js';
import { csvCell } from '../../shared/csv-cell.js';
import { keyAccountColumns } from '../../shared/key-accounts/row-fields.js';
import { parseSegmentsCsv, segmentColumns, toSegmentRows } from '../../shared/segments-table.js';
import { loadBundle } from './helpers/bundle.js';
import { AuthMode, fakeGas, type FakeSheet } from './helpers/fake-gas.js';
import { HEADERS, request, sales, salesSheet, setup } from './helpers/sales-fixture.js';

const snapshot = (sheet: FakeSheet) => JSON.stringify({ v: sheet.values, f: sheet.formats, b: sheet.backgrounds, n: sheet.notes, w: sheet.weights, fr: sheet.frozenRows, fi: sheet.filter, c: sheet.charts, name: sheet.name });

describe('menu', () => {
  it('adds the KAM menu without touching the spreadsheet before authorization', () => {
    const fake = fakeGas();
    const gas = loadBundle({ ...fake.globals, SpreadsheetApp: { ...fake.globals.SpreadsheetApp, getActive: () => { throw new Error('needs authorization'); } } });
    gas.onOpen({ authMode: AuthMode.NONE });
    expect(fake.menus).toEqual([{ title: 'KAM', items: [['Segment clients…', 'kamShowSegmentSidebar'], ['Refresh segments', 'kamRefreshSegments'], ['Share segments…', 'kamShowShareSidebar']] }]);
    for (const [, handler] of fake.menus[0].items) expect(typeof gas[handler]).toBe('function');
  });

  it('speaks the spreadsheet language once authorized, and onInstall adds it too', () => {
    const { gas, menus } = setup('ru_RU');
    gas.onInstall({ authMode: AuthMode.FULL });
    expect(menus[0].items.map(([label]) => label)).toEqual(['Сегментировать клиентов…', 'Обновить сегменты', 'Поделиться сегментами…']);
  });
});

describe('segment sidebar', () => {
  it('opens with the columns found by the RU headers', () => {
    const { gas, sidebars } = setup();
    gas.kamShowSegmentSidebar();
    expect(sidebars).toHaveLength(1);
    expect(sidebars[0].title).toBe('Сегментация клиентов');
    const state = JSON.parse(/window\.KAM_STATE = (.*);<\/script>/.exec(sidebars[0].html)![1]);
    expect(state.sheet).toEqual({ name: 'Продажи', rows: sales().length, headers: HEADERS });
    expect(state.detected).toEqual({ date: 0, client: 1, name: 2, amount: 4, profit: 5 });
    expect(state.texts.run).toBe('Запустить');
    expect(state.defaults).toEqual({ measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } });
  });

  it('keeps what it found when a required column is missing, and escapes headers in the page', () => {
    const { gas, sidebars } = setup('en_US', [['Customer', '</script><b>x', 'Sales'], ['a', 'b', 1]]);
    expect(gas.kamSidebarState('segment').detected).toEqual({ client: 0, amount: 2 });
    gas.kamShowSegmentSidebar();
    expect(sidebars[0].html).not.toContain('</script><b>');
    expect(sidebars[0].html).toContain('\\u003c/script>\\u003cb>x');
  });

  it('writes Segments as the core segments the sheet, with formats, colours, notes, filter and frozen header', () => {
    const { gas, spreadsheet, cache } = setup();
    const result = gas.kamRunSegmentation(request());
    const core = segment(sales(), { lang: 'ru' });
    const rows = toSegmentRows(core);
    expect(result).toMatchObject({ clients: rows.length, rows: sales().length, skipped: 0, problems: [] });
    expect(result.summary).toBe(`Клиентов: ${rows.length}, строк: ${sales().length}.`);
    expect(sales().length).toBeLessThan(1000);

    const sheet = spreadsheet.sheet('Segments');
    // The key-account columns follow the core ones (see key-accounts.test.ts).
    expect(sheet.table()[0]).toEqual([...segmentColumns, ...keyAccountColumns]);
    // A Russian spreadsheet gets type, trend and risk in Russian, with the core's names.
    const ru = messages.ru;
    const words: Partial<Record<string, Record<string, string>>> = { type: ru.accountType, trend: ru.trend, risk: ru.risk };
    const expectedBody = rows.map((row) => segmentColumns.map((c) => {
      const v = row[c];
      const word = (code: string) => words[c]?.[code] ?? code;
      return v === null ? '' : Array.isArray(v) ? v.map(word).join('; ') : typeof v === 'string' && v.startsWith('=') ? `'${v}` : typeof v === 'string' ? word(v) : v;
    }));
    expect(sheet.table().slice(1).map((r) => r.slice(0, segmentColumns.length))).toEqual(expectedBody);
    expect(rows.some((r) => r.type.length > 0) && rows.some((r) => r.trend !== null)).toBe(true);
    expect(sheet.table().slice(1).map((r) => r[segmentColumns.indexOf('trend')])).toEqual(expect.arrayContaining([expect.stringMatching(/^(рост|спад|стабильно)$/)]));
    // The extension reads that Russian sheet (as its CSV export) back to the codes.
    const csv = sheet.table().map((r) => r.map((v) => csvCell(v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | number))).join(',')).join('\n');
    const read = parseSegmentsCsv(csv);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.type, r.trend, r.risk])).toEqual(rows.map((r) => [r.type, r.trend, r.risk]));
    expect(sheet.table().slice(1).map((r) => r[0])).toContain(`'=HYPERLINK("x")`);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.filter).toBe(`R1C1:R${rows.length + 1}C${segmentColumns.length + keyAccountColumns.length}`);
    const col = (name: (typeof segmentColumns)[number]) => segmentColumns.indexOf(name);
    expect(sheet.formats[1][col('share')]).toBe('0.00%');
    expect(sheet.formats[1][col('cum_share')]).toBe('0.00%');
    expect(sheet.formats[1][col('cv')]).toBe('0.0%');
    expect(sheet.formats[1][col('client')]).toBe('@');
    expect(sheet.formats[1][col('first_purchase')]).toBe('yyyy-mm-dd');
    const palette: Record<string, string> = { AX: '#57bb8a', AY: '#b7e1cd', BX: '#b7e1cd', AZ: '#ffe599', BY: '#ffe599', CX: '#ffe599', BZ: '#f9cb9c', CY: '#f9cb9c', CZ: '#ea9999' };
    expect(new Set(rows.map((r) => r.segment)).size).toBeGreaterThan(2);
    rows.forEach((r, i) => expect(sheet.backgrounds[i + 1][col('segment')], r.segment).toBe(palette[r.segment]));
    expect(sheet.notes[0][col('abc')]).toBe('Класс ABC: A дают первые 80% суммы');
    expect(JSON.parse(cache.get('kam-progress:run-1')!)).toEqual({ percent: 100, text: result.summary });
  });

  it('writes ABC-XYZ: the matrix, the actions, the Pareto summary and the chart', () => {
    const { gas, spreadsheet } = setup();
    gas.kamRunSegmentation(request());
    const core = segment(sales(), { lang: 'ru' });
    const matrix = buildMatrix(core.clients, 'ru');
    const sheet = spreadsheet.sheet('ABC-XYZ');
    const t = sheet.table();
    expect(t[0][0]).toBe('Матрица ABC-XYZ');
    expect(t[3].slice(0, 4)).toEqual(['Клиентов', 'X', 'Y', 'Z']);
    const cell = (code: string) => matrix.find((m) => m.cell === code)!;
    expect(t.slice(4, 7).map((r) => r.slice(0, 4))).toEqual(['A', 'B', 'C'].map((abc) => [abc, ...['X', 'Y', 'Z'].map((xyz) => cell(abc + xyz).clients)]));
    // Both matrices start at the left edge: the shares one under the counts.
    expect(t[8].slice(0, 4)).toEqual(['Доля в сумме', 'X', 'Y', 'Z']);
    expect(t.slice(9, 12).map((r) => r.slice(1, 4))).toEqual(['A', 'B', 'C'].map((abc) => ['X', 'Y', 'Z'].map((xyz) => cell(abc + xyz).share)));
    expect(sheet.formats[9][1]).toBe('0.0%');
    expect(sheet.backgrounds[4][1]).toBe('#57bb8a');
    expect(sheet.backgrounds[6][3]).toBe('#ea9999');
    expect(t.slice(14, 23).map((r) => r.slice(0, 5))).toEqual(cellCodes.map((code) => [code, cell(code).clients, cell(code).total, cell(code).share, messages.ru.cellAction[code]]));
    const summary = new Map(t.slice(25, 33).map((r) => [r[0], r[1]]));
    expect(summary.get('Клиентов с положительной суммой')).toBe(core.pareto.clients);
    expect(summary.get('Доля 20% крупнейших клиентов')).toBe(core.pareto.topShare);
    expect(summary.get('Коэффициент Джини')).toBe(core.pareto.gini);
    const positive = core.clients.filter((c) => c.total > 0);
    expect(t.slice(1, positive.length + 1).map((r) => [r[12], r[13], r[14]])).toEqual(positive.map((c) => [c.total, c.cumShare, 0.8]));
    expect(t[0][14]).toBe('80% суммы');
    // The guarded client is written with its quote prefix in the chart data too.
    expect(t.slice(1).map((r) => r[11])).toContain(`'=HYPERLINK("x") L…`);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe('combo');
    expect(chart.ranges).toEqual([`R1C12:R${positive.length + 1}C15`]);
    expect(chart.position.slice(0, 2)).toEqual([4, 6]);
    expect(chart.numHeaders).toBe(1);
    expect(chart.options.series).toEqual({
      0: { type: 'bars', targetAxisIndex: 0 },
      1: { type: 'line', targetAxisIndex: 1, lineWidth: 2 },
      2: { type: 'line', targetAxisIndex: 1, lineWidth: 1, lineDashStyle: [6, 4], visibleInLegend: true },
    });
    expect((chart.options.vAxes as Record<number, { format?: string }>)[1].format).toBe('percent');
    expect(chart.options.title).toBe('Парето: клиенты по сумме и накопленная доля');
  });

  it('replaces its sheets on a re-run, never duplicates them, and never touches the source', () => {
    const { gas, spreadsheet } = setup();
    const before = snapshot(spreadsheet.sheet('Продажи'));
    const notes = snapshot(spreadsheet.sheet('Notes'));
    gas.kamRunSegmentation(request());
    const firstRows = spreadsheet.sheet('Segments').getLastRow();
    gas.kamRunSegmentation(request({ runId: 'run-2', measure: 'profit', abc: { a: 0.5, b: 0.7 } }));
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Продажи', 'Notes', 'Accounts', 'Segments', 'Movement', 'Portfolio', 'Win-back', 'ABC-XYZ']);
    expect(spreadsheet.sheet('ABC-XYZ').charts).toHaveLength(1);
    const rerun = toSegmentRows(segment(sales(), { lang: 'ru', measure: 'profit', abc: { a: 0.5, b: 0.7 } }));
    expect(spreadsheet.sheet('Segments').table().slice(1).map((r) => [r[0], r[9]])).toEqual(rerun.map((r) => [r.client.startsWith('=') ? `'${r.client}` : r.client, r.abc]));
    expect(spreadsheet.sheet('Segments').getLastRow()).toBe(firstRows);

    // Fewer clients the second time: nothing of the first run may be left below.
    gas.kamRunSegmentation(request({ runId: 'run-3', columns: { date: 0, client: 1, amount: 4 } }));
    const few = salesSheet(sales().filter((t) => t.client === 'Acme'));
    const small = setup('ru_RU', few);
    small.gas.kamRunSegmentation(request());
    expect(small.spreadsheet.sheet('Segments').getLastRow()).toBe(2);
    expect(snapshot(spreadsheet.sheet('Продажи'))).toBe(before);
    expect(snapshot(spreadsheet.sheet('Notes'))).toBe(notes);
  });

  it('skips unreadable rows and says which', () => {
    const rows = salesSheet();
    rows[3][0] = '31.02.2024';
    rows[5][4] = 'n/a';
    rows.push(['', '', '', '', '', '']);
    const { gas } = setup('en_US', rows);
    const result = gas.kamRunSegmentation(request());
    expect(result).toMatchObject({ skipped: 2, rows: sales().length, problems: ["row 4: '31.02.2024' is not a date.", "row 6: 'n/a' is not a number."] });
  });

  it('refuses what it cannot do, in the user language', () => {
    const { gas } = setup('en_US');
    gas.kamRunSegmentation(request());
    expect(() => gas.kamRunSegmentation(request({ sheet: 'Segments' }))).toThrow('The active sheet is “Segments”, which the add-on writes. Switch to the sheet with the transactions.');
    expect(() => gas.kamRunSegmentation(request({ columns: { client: 1, amount: 4 } }))).toThrow('Choose the date column.');
    expect(() => gas.kamRunSegmentation(request({ columns: { client: 1, date: 1, amount: 4 } }))).toThrow('The client and date columns must differ.');
    expect(() => gas.kamRunSegmentation(request({ measure: 'quantity' }))).toThrow('Choose the quantity column.');
    expect(() => gas.kamRunSegmentation(request({ abc: { a: 0.9, b: 0.5 } }))).toThrow(/ABC thresholds must satisfy/);
    expect(() => gas.kamRunSegmentation(request({ sheet: 'Gone' }))).toThrow('Sheet “Gone” no longer exists. Re-read the sheet.');
    expect(() => gas.kamRunSegmentation(request({ sheet: 'Notes', columns: { client: 0, date: 1, amount: 2 } }))).toThrow('Sheet “Notes” has no data below its header row.');
  });

  it('uses another sheet than its own when one of them is active', () => {
    const { gas, spreadsheet } = setup();
    gas.kamRunSegmentation(request());
    spreadsheet.active = spreadsheet.sheets.findIndex((s) => s.name === 'Segments');
    expect(gas.kamSidebarState('segment').sheet.name).toBe('Продажи');
    gas.kamActivateSheet('ABC-XYZ');
    expect(spreadsheet.sheet('ABC-XYZ').activated).toBe(1);
    gas.kamActivateSheet('Продажи');
    expect(spreadsheet.sheet('Продажи').activated).toBe(0);
  });
});

describe('KAM > Refresh segments', () => {
  it('re-runs with the settings the document remembers and says how it went', () => {
    const { gas, spreadsheet } = setup('en_US');
    const fake = gas as unknown as Record<string, (...args: unknown[]) => unknown>;
    fake.kamRunSegmentation(request({ measure: 'profit', period: 'quarter' }));
    const first = JSON.stringify(spreadsheet.sheet('Segments').values);
    spreadsheet.sheet('Segments').values.length = 0;
    fake.kamRefreshSegments();
    expect(JSON.stringify(spreadsheet.sheet('Segments').values)).toBe(first);
    expect(spreadsheet.toasts.at(-1)).toMatch(/^\d+ clients from \d+ rows\.$/);
    expect(fake.kamSidebarState('segment')).toMatchObject({ saved: { measure: 'profit', period: 'quarter', sheet: request().sheet } });
  });

  it('opens the sidebar when the document has no run to repeat', () => {
    const fake = fakeGas({ sheets: { Продажи: salesSheet() } as never });
    const gas = loadBundle(fake.globals);
    gas.kamRefreshSegments();
    expect(fake.sidebars).toHaveLength(1);
    expect(fake.spreadsheet.toasts).toEqual([]);
  });
});

describe('user text in the sheets written', () => {
  it('guards every text that could start a formula (+ - @ = tab CR) in Segments and in the chart data', () => {
    const risky = ['+7 495 000-00-00', '-Minus Ltd', '@handle', '=1+1', '\tTabbed', '\rReturn'];
    const transactions = risky.map((client, i) => ({ client, date: `2024-0${1 + (i % 6)}-10`, amount: 1000 - i * 10, name: client, profit: 1 }));
    const { gas, spreadsheet } = setup('en_US', salesSheet(transactions));
    gas.kamRunSegmentation(request());
    const segments = spreadsheet.sheet('Segments').table();
    const header = segments[0] as string[];
    // Ids are trimmed (so the tab and CR ones lose their risky start); every other risky text is guarded.
    const cells = segments.slice(1).flatMap((row) => ['client', 'name'].map((column) => String(row[header.indexOf(column)])));
    const chartLabels = spreadsheet.sheet('ABC-XYZ').table().slice(1, risky.length + 1).map((r) => String(r[11]));
    for (const text of [...cells, ...chartLabels]) expect(text).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells.filter((text) => /^'[=+\-@\t\r]/.test(text)).length).toBe(8);
    expect(chartLabels.filter((text) => /^'[=+\-@\t\r]/.test(text)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('the sidebar reads text amounts in the spreadsheet locale', () => {
  it.each([
    ['en_US', ['12,500', '1,234', '980'], [12500, 1234, 980]],
    ['ru_RU', ['12 500,5', '1.234', '980'], [12500.5, 1234, 980]],
  ])('%s', (locale, amounts, numbers) => {
    const rows = amounts.map((amount, i) => [new Date(Date.UTC(2024, i, 10) - 3 * 3600 * 1000), `c${i}`, '', 'Товар', amount, '']);
    const { gas, spreadsheet } = setup(locale, [HEADERS, ...rows]);
    const result = gas.kamRunSegmentation(request());
    expect(result.skipped).toBe(0);
    const table = spreadsheet.sheet('Segments').table();
    const totals = new Map(table.slice(1).map((r) => [r[0], r[segmentColumns.indexOf('total')]]));
    expect(numbers.map((_, i) => totals.get(`c${i}`))).toEqual(numbers);
  });
});

describe('the Pareto chart with many clients', () => {
  it('keeps every n-th label past 30 clients, slanted and shortened, with the 80% line', () => {
    const transactions = Array.from({ length: 95 }, (_, i) => ({ client: `Client with a rather long name number ${i}`, date: '2024-03-10', amount: 1000 + i, name: '', profit: 1 }));
    const { gas, spreadsheet } = setup('en_US', salesSheet(transactions));
    gas.kamRunSegmentation(request());
    const sheet = spreadsheet.sheet('ABC-XYZ');
    const hAxis = sheet.charts[0].options.hAxis as Record<string, unknown>;
    expect(hAxis).toMatchObject({ textPosition: 'out', slantedText: true, showTextEvery: 4 });
    const labels = sheet.table().slice(1, 96).map((r) => String(r[11]));
    expect(labels.every((label) => label.length <= 18)).toBe(true);
    expect(labels[0]).toBe('Client with a rat…');
    expect(sheet.table()[0][14]).toBe('80% of the total');
  });
});
