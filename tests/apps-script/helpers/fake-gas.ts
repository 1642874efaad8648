/**
 * Small fakes of the Apps Script services the add-on calls (SpreadsheetApp
 * with spreadsheets, sheets, ranges and charts; HtmlService; the advanced
 * Sheets and Drive services, see fake-google-apis.ts; PropertiesService;
 * CacheService; Utilities; Session; ScriptApp). They keep what is written
 * (values, number formats, backgrounds, notes, frozen rows, filters, chart
 * specs, API calls, user properties) for tests to assert, and throw where
 * Google would (a setValues whose shape does not match its range, a second
 * filter, a duplicate sheet name). SpreadsheetApp.create/openById and
 * DriveApp are absent on purpose: they need scopes the add-on does not ask
 * for, so a call to them fails here as it would for the user.
 *
 * @example
 * const gas = fakeGas({ sheets: { Sales: [['Client', 'Date', 'Amount'], ['c1', new Date(), 10]] } });
 * loadBundle(gas.globals).kamRunSegmentation(request);
 * gas.spreadsheet.sheet('Segments').values;
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './bundle.js';
import { fakeGoogleApis } from './fake-google-apis.js';

type Cell = string | number | boolean | Date;

export type FakeChart = { type: string; ranges: string[]; numHeaders: number; options: Record<string, unknown>; position: number[] };

export type FakeSheet = ReturnType<typeof fakeSheet>;
export type FakeSpreadsheet = ReturnType<typeof fakeSpreadsheet>;

let nextSheetId = 1000;

const a1 = (row: number, column: number, rows: number, columns: number) => `R${row}C${column}:R${row + rows - 1}C${column + columns - 1}`;

export function fakeSheet(name: string, initial: Cell[][] = []) {
  const layers = { values: [] as Cell[][], formats: [] as string[][], backgrounds: [] as (string | null)[][], notes: [] as string[][], weights: [] as string[][] };
  const sheet = {
    name,
    id: nextSheetId++,
    ...layers,
    frozenRows: 0,
    filter: null as null | string,
    charts: [] as FakeChart[],
    columnWidths: {} as Record<number, number>,
    /** Every call that changed the sheet, for "the source was never touched" checks. */
    writes: 0,
    getName: () => sheet.name,
    getSheetId: () => sheet.id,
    activate() {
      sheet.activated++;
      return sheet;
    },
    activated: 0,
    getLastRow: () => {
      for (let r = sheet.values.length - 1; r >= 0; r--) if ((sheet.values[r] ?? []).some((v) => v !== '' && v !== undefined)) return r + 1;
      return 0;
    },
    getLastColumn: () => Math.max(0, ...Array.from(sheet.values, (row) => Array.from(row ?? [], (v, c) => (v !== '' && v !== undefined ? c + 1 : 0)).reduce((a, b) => Math.max(a, b), 0))),
    getRange(row: number, column: number, rows = 1, columns = 1) {
      if (row < 1 || column < 1 || rows < 1 || columns < 1) throw new Error(`The coordinates of the range are outside the dimensions of the sheet: ${a1(row, column, rows, columns)}`);
      return fakeRange(sheet, row, column, rows, columns);
    },
    clear() {
      sheet.writes++;
      for (const key of Object.keys(layers) as (keyof typeof layers)[]) sheet[key].length = 0;
      return sheet;
    },
    getFilter: () => (sheet.filter === null ? null : { remove: () => void (sheet.filter = null) }),
    getCharts: () => [...sheet.charts],
    removeChart(chart: FakeChart) {
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    },
    insertChart(chart: FakeChart) {
      sheet.writes++;
      sheet.charts.push(chart);
    },
    newChart: () => fakeChartBuilder(),
    setFrozenRows(rows: number) {
      sheet.frozenRows = rows;
    },
    setColumnWidth(column: number, width: number) {
      sheet.columnWidths[column] = width;
      return sheet;
    },
    autoResizeColumns: () => sheet,
    /** The written values as a plain table, blanks as ''. */
    table(): Cell[][] {
      const width = sheet.getLastColumn();
      return Array.from({ length: sheet.getLastRow() }, (_, r) => Array.from({ length: width }, (_, c) => sheet.values[r]?.[c] ?? ''));
    },
  };
  initial.forEach((row, r) => (sheet.values[r] = [...row]));
  return sheet;
}

function layerSet<T>(layer: T[][], row: number, column: number, grid: T[][]) {
  grid.forEach((cells, r) => {
    layer[row - 1 + r] ??= [];
    cells.forEach((value, c) => (layer[row - 1 + r][column - 1 + c] = value));
  });
}

function fakeRange(sheet: FakeSheet, row: number, column: number, rows: number, columns: number) {
  const fill = <T>(value: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
  const check = (grid: unknown[][], what: string) => {
    if (grid.length !== rows || grid.some((r) => r.length !== columns)) {
      throw new Error(`${what}: the data has ${grid.length} rows and ${grid[0]?.length ?? 0} columns, the range ${rows} by ${columns}`);
    }
  };
  const range = {
    a1: a1(row, column, rows, columns),
    getValues: (): Cell[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.values[row - 1 + r]?.[column - 1 + c] ?? '')),
    getNumberFormats: (): string[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.formats[row - 1 + r]?.[column - 1 + c] ?? 'General')),
    getBackgrounds: (): string[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.backgrounds[row - 1 + r]?.[column - 1 + c] ?? '#ffffff')),
    setValues(values: Cell[][]) {
      check(values, 'setValues');
      for (const r of values) for (const v of r) if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`setValues: bad cell ${String(v)}`);
      sheet.writes++;
      layerSet(sheet.values, row, column, values);
      return range;
    },
    setNumberFormat: (format: string) => range.setNumberFormats(fill(format)),
    setNumberFormats(formats: string[][]) {
      check(formats, 'setNumberFormats');
      layerSet(sheet.formats, row, column, formats);
      return range;
    },
    setBackground: (colour: string | null) => range.setBackgrounds(fill(colour)),
    setBackgrounds(colours: (string | null)[][]) {
      check(colours, 'setBackgrounds');
      layerSet(sheet.backgrounds, row, column, colours);
      return range;
    },
    setNotes(notes: string[][]) {
      check(notes, 'setNotes');
      layerSet(sheet.notes, row, column, notes);
      return range;
    },
    setFontWeight(weight: string) {
      layerSet(sheet.weights, row, column, fill(weight));
      return range;
    },
    setFontSize: () => range,
    setWrap: () => range,
    setVerticalAlignment: () => range,
    setHorizontalAlignment: () => range,
    createFilter() {
      if (sheet.filter !== null) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
      sheet.filter = range.a1;
      return {};
    },
  };
  return range;
}

function fakeChartBuilder() {
  const chart: FakeChart = { type: 'none', ranges: [], numHeaders: -1, options: {}, position: [] };
  const builder = {
    asComboChart() {
      chart.type = 'combo';
      return builder;
    },
    addRange(range: { a1: string }) {
      chart.ranges.push(range.a1);
      return builder;
    },
    setNumHeaders(n: number) {
      chart.numHeaders = n;
      return builder;
    },
    setOption(key: string, value: unknown) {
      chart.options[key] = value;
      return builder;
    },
    setPosition(...position: number[]) {
      chart.position = position;
      return builder;
    },
    build: () => chart,
  };
  return builder;
}

export function fakeSpreadsheet(options: { id?: string; name?: string; timeZone?: string; locale?: string; sheets?: Record<string, Cell[][]> } = {}) {
  const id = options.id ?? `sheet-${nextSheetId++}`;
  const spreadsheet = {
    id,
    name: options.name ?? 'Sales 2024',
    sheets: Object.entries(options.sheets ?? { Sheet1: [] }).map(([name, values]) => fakeSheet(name, values)),
    active: 0,
    toasts: [] as string[],
    getId: () => id,
    getName: () => spreadsheet.name,
    getUrl: () => `https://docs.google.com/spreadsheets/d/${id}/edit`,
    getSpreadsheetTimeZone: () => options.timeZone ?? 'Europe/Moscow',
    getSpreadsheetLocale: () => options.locale ?? 'en_US',
    getActiveSheet: () => spreadsheet.sheets[spreadsheet.active],
    getSheetByName: (name: string): FakeSheet | null => spreadsheet.sheets.find((s) => s.name === name) ?? null,
    getSheets: () => [...spreadsheet.sheets],
    insertSheet(name: string) {
      if (spreadsheet.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
      const sheet = fakeSheet(name);
      spreadsheet.sheets.push(sheet);
      return sheet;
    },
    deleteSheet(sheet: FakeSheet) {
      spreadsheet.sheets = spreadsheet.sheets.filter((s) => s !== sheet);
    },
    toast: (message: string) => void spreadsheet.toasts.push(message),
    /** The sheet by name, failing the test when it is missing. */
    sheet(name: string): FakeSheet {
      const found = spreadsheet.getSheetByName(name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    },
  };
  return spreadsheet;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Utilities.formatDate for the one pattern the add-on uses, from Intl's zone data. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (pattern !== 'yyyy-MM-dd HH:mm:ss') throw new Error(`fake formatDate: unexpected pattern ${pattern}`);
  if (!formatters.has(timeZone)) {
    formatters.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }
  const parts = Object.fromEntries(formatters.get(timeZone)!.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

export function fakeGas(options: Parameters<typeof fakeSpreadsheet>[0] & { scriptTimeZone?: string } = {}) {
  const spreadsheet = fakeSpreadsheet(options);
  const apis = fakeGoogleApis();
  const userProperties = new Map<string, string>();
  const documentProperties = new Map<string, string>();
  const propertiesOf = (store: Map<string, string>) => ({
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      if (typeof value !== 'string') throw new Error('setProperty: the value must be a string');
      store.set(key, value);
    },
  });
  const menus: { title: string; items: [string, string][] }[] = [];
  const sidebars: { title: string; html: string }[] = [];
  const cache = new Map<string, string>();
  const ui = {
    createMenu(title: string) {
      const menu = { title, items: [] as [string, string][] };
      const builder = {
        addItem(caption: string, fn: string) {
          menu.items.push([caption, fn]);
          return builder;
        },
        addSeparator: () => builder,
        addToUi: () => void menus.push(menu),
      };
      return builder;
    },
    showSidebar: (output: { title: string; html: string }) => void sidebars.push(output),
  };
  const globals = {
    SpreadsheetApp: {
      getActive: () => spreadsheet,
      getUi: () => ui,
      flush: () => undefined,
    },
    HtmlService: {
      createTemplateFromFile(file: string) {
        const source = readFileSync(path.join(DIST, `${file}.html`), 'utf8');
        const template: Record<string, unknown> = {
          evaluate() {
            const html = source.replace(/<\?!=\s*(\w+)\s*\?>/g, (_, key: string) => String(template[key]));
            if (html.includes('<?')) throw new Error('unevaluated scriptlet left in the page');
            const output = { title: '', html, setTitle: (title: string) => ((output.title = title), output) };
            return output;
          },
        };
        return template;
      },
    },
    Sheets: apis.Sheets,
    Drive: apis.Drive,
    PropertiesService: {
      getUserProperties: () => propertiesOf(userProperties),
      getDocumentProperties: () => propertiesOf(documentProperties),
    },
    CacheService: { getUserCache: () => ({ put: (key: string, value: string) => void cache.set(key, value), get: (key: string) => cache.get(key) ?? null }) },
    Utilities: { formatDate },
    Session: { getScriptTimeZone: () => options.scriptTimeZone ?? 'America/New_York' },
    ScriptApp: { AuthMode },
  };
  return { globals, spreadsheet, apis, userProperties, documentProperties, menus, sidebars, cache };
}
