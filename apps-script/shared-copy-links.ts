/**
 * The two links of a shared copy: the spreadsheet itself, and the CSV
 * export of its segments sheet, which the Chrome extension subscribes to.
 * Both depend only on the copy's id and the sheet's id, which a refresh
 * keeps.
 *
 * @example
 * spreadsheetUrl('1AbC'); // 'https://docs.google.com/spreadsheets/d/1AbC/edit'
 * csvExportUrl('1AbC', 0); // 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=0'
 */

export function spreadsheetUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit`;
}

export function csvExportUrl(spreadsheetId: string, sheetId: number): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?format=csv&gid=${sheetId}`;
}
