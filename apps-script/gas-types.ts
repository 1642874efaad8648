/**
 * The slice of the Apps Script services this add-on calls, typed by hand
 * (the project carries no @types/google-apps-script). The tests' fakes
 * implement the same slice, so a call that is not listed here fails to
 * type-check instead of failing in Google's runtime.
 *
 * @example
 * const sheet: GasSheet = services().SpreadsheetApp.getActive().getActiveSheet();
 */
export type CellValue = string | number | boolean | Date;

export interface GasRange {
  getValues(): CellValue[][];
  setValues(values: CellValue[][]): GasRange;
  setNumberFormat(format: string): GasRange;
  setNumberFormats(formats: string[][]): GasRange;
  setBackground(colour: string | null): GasRange;
  setBackgrounds(colours: (string | null)[][]): GasRange;
  setFontWeight(weight: 'bold' | 'normal'): GasRange;
  setFontSize(size: number): GasRange;
  setWrap(wrap: boolean): GasRange;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom'): GasRange;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'right'): GasRange;
  setNotes(notes: string[][]): GasRange;
  createFilter(): unknown;
}

export interface GasChartBuilder {
  asComboChart(): GasChartBuilder;
  addRange(range: GasRange): GasChartBuilder;
  setNumHeaders(headers: number): GasChartBuilder;
  setOption(option: string, value: unknown): GasChartBuilder;
  setPosition(row: number, column: number, offsetX: number, offsetY: number): GasChartBuilder;
  build(): unknown;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getRange(row: number, column: number, rows?: number, columns?: number): GasRange;
  clear(): GasSheet;
  getFilter(): { remove(): void } | null;
  getCharts(): unknown[];
  removeChart(chart: unknown): void;
  insertChart(chart: unknown): void;
  newChart(): GasChartBuilder;
  setFrozenRows(rows: number): void;
  setColumnWidth(column: number, width: number): GasSheet;
  autoResizeColumns(start: number, count: number): GasSheet;
  copyTo(spreadsheet: GasSpreadsheet): GasSheet;
  setName(name: string): GasSheet;
  activate(): GasSheet;
}

export interface GasSpreadsheet {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  getActiveSheet(): GasSheet;
  getSheetByName(name: string): GasSheet | null;
  getSheets(): GasSheet[];
  insertSheet(name: string): GasSheet;
  deleteSheet(sheet: GasSheet): void;
  toast(message: string, title?: string): void;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
}

export interface GasHtmlTemplate {
  [key: string]: unknown;
  evaluate(): GasHtmlOutput;
}

export interface GasServices {
  SpreadsheetApp: {
    getActive(): GasSpreadsheet;
    getUi(): { createMenu(caption: string): GasMenu; showSidebar(html: GasHtmlOutput): void };
    create(name: string): GasSpreadsheet;
    flush(): void;
  };
  HtmlService: { createTemplateFromFile(file: string): GasHtmlTemplate };
  DriveApp: { getFileById(id: string): { addViewers(emails: string[]): unknown } };
  CacheService: { getUserCache(): { put(key: string, value: string, seconds?: number): void; get(key: string): string | null } | null };
  Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
  Session: { getScriptTimeZone(): string };
  ScriptApp: { AuthMode: { NONE: unknown } };
}

/** The add-on's trigger event (`onOpen(e)`, `onInstall(e)`); `e` is absent when run from the editor. */
export type OpenEvent = { authMode?: unknown } | undefined;
