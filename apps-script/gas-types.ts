/**
 * The slice of the Apps Script services this add-on calls, typed by hand
 * (the project carries no @types/google-apps-script). The tests' fakes
 * implement the same slice, so a call that is not listed here fails to
 * type-check instead of failing in Google's runtime.
 *
 * Deliberately absent: SpreadsheetApp.create/openById/openByUrl and
 * DriveApp, which need the full `spreadsheets` or `drive` scope. The shared
 * copy goes through the advanced Drive (v3) and Sheets (v4) services, which
 * call the REST APIs with the script's token and so work with `drive.file`
 * on files this add-on created (see README, Permissions).
 *
 * @example
 * const sheet: GasSheet = services().SpreadsheetApp.getActive().getActiveSheet();
 */
export type CellValue = string | number | boolean | Date;

export interface GasRange {
  getValues(): CellValue[][];
  /** Patterns such as '0.00%', '@'; 'General' (or '') where none was set. */
  getNumberFormats(): string[][];
  /** '#rrggbb'; '#ffffff' where none was set. */
  getBackgrounds(): string[][];
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

/** A Sheets API request or object, plain JSON as the REST API takes it. */
export type ApiObject = { [key: string]: unknown };

/** A cell value the Sheets API can carry in JSON (dates go as serial numbers). */
export type ApiCellValue = string | number | boolean;

export interface SheetsApiSpreadsheet {
  spreadsheetId?: string;
  sheets?: { properties: { sheetId: number; title: string } }[];
}

/** The advanced Sheets service (v4): `Sheets` in the script, methods as in the REST API, body first. */
export interface SheetsAdvanced {
  Spreadsheets: {
    get(spreadsheetId: string, optionalArgs?: { fields?: string }): SheetsApiSpreadsheet;
    batchUpdate(resource: { requests: ApiObject[] }, spreadsheetId: string): unknown;
    Values: {
      update(resource: { values: ApiCellValue[][] }, spreadsheetId: string, range: string, optionalArgs: { valueInputOption: 'RAW' | 'USER_ENTERED' }): unknown;
    };
  };
}

export interface DriveApiFile {
  id: string;
  name?: string;
  trashed?: boolean;
}

export interface DriveApiPermission {
  id?: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
}

/** The advanced Drive service (v3): `Drive` in the script. */
export interface DriveAdvanced {
  Files: {
    create(resource: { name: string; mimeType: string }): DriveApiFile;
    get(fileId: string, optionalArgs?: { fields?: string }): DriveApiFile;
  };
  Permissions: {
    list(fileId: string, optionalArgs?: { fields?: string; pageToken?: string; pageSize?: number }): { permissions?: DriveApiPermission[]; nextPageToken?: string };
    create(resource: DriveApiPermission, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean; emailMessage?: string }): DriveApiPermission;
  };
}

export interface GasProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

export interface GasServices {
  SpreadsheetApp: {
    getActive(): GasSpreadsheet;
    getUi(): { createMenu(caption: string): GasMenu; showSidebar(html: GasHtmlOutput): void };
    flush(): void;
  };
  HtmlService: { createTemplateFromFile(file: string): GasHtmlTemplate };
  Sheets: SheetsAdvanced;
  Drive: DriveAdvanced;
  PropertiesService: { getUserProperties(): GasProperties; getDocumentProperties(): GasProperties | null };
  CacheService: { getUserCache(): { put(key: string, value: string, seconds?: number): void; get(key: string): string | null } | null };
  Utilities: { formatDate(date: Date, timeZone: string, format: string): string };
  Session: { getScriptTimeZone(): string };
  ScriptApp: { AuthMode: { NONE: unknown } };
}

/** The add-on's trigger event (`onOpen(e)`, `onInstall(e)`); `e` is absent when run from the editor. */
export type OpenEvent = { authMode?: unknown } | undefined;
