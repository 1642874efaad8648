/**
 * The small pieces the shared copy is written with, on their own: A1 ranges
 * with awkward sheet titles, number formats and colours in the Sheets API's
 * terms, Date cells as serial numbers of the spreadsheet's day, and which
 * Drive errors mean "the copy is gone".
 */
import { describe, expect, it } from 'vitest';
import { unguardCell } from '../../shared/csv-cell.js';
import { a1Range, columnLetter } from '../../apps-script/a1-notation.js';
import { cellFormatOf, colourOf, numberFormatOf } from '../../apps-script/api-cell-format.js';
import { isGoneError } from '../../apps-script/api-errors.js';
import { copyRequests, valueBlocks } from '../../apps-script/copy-requests.js';
import { createSerialReader } from '../../apps-script/date-serial.js';
import { intlWallClock } from '../../apps-script/sheet-dates.js';

describe('A1 notation', () => {
  it('names columns past Z and quotes any sheet title', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(a1Range('Segments', 1, 1, 120, 19)).toBe("'Segments'!A1:S120");
    expect(a1Range("KAM's view", 5001, 1, 3, 19)).toBe("'KAM''s view'!A5001:S5003");
  });
});

describe('cell formats for the Sheets API', () => {
  it.each([
    ['0.00%', 'PERCENT'],
    ['@', 'TEXT'],
    ['#,##0.00', 'NUMBER'],
    ['0', 'NUMBER'],
    ['yyyy-mm-dd', 'DATE'],
    ['dd.MM.yyyy', 'DATE'],
    ['hh:mm', 'TIME'],
    ['yyyy-mm-dd hh:mm:ss', 'DATE_TIME'],
    ['0" days"', 'NUMBER'],
  ])('%s is a %s format', (pattern, type) => {
    expect(numberFormatOf(pattern)).toEqual({ type, pattern });
  });

  it('leaves defaults out', () => {
    expect(numberFormatOf('General')).toBeUndefined();
    expect(numberFormatOf('')).toBeUndefined();
    expect(colourOf('#ffffff')).toBeUndefined();
    expect(colourOf('#FFFFFF')).toBeUndefined();
    expect(colourOf('not a colour')).toBeUndefined();
    expect(cellFormatOf('General', '#ffffff')).toEqual({});
    expect(colourOf('#ff8000')).toEqual({ red: 1, green: 128 / 255, blue: 0 });
  });
});

describe('Date cells as serial numbers', () => {
  it('counts days from 1899-12-30 on the wall clock of the spreadsheet zone', () => {
    const moscow = createSerialReader('Europe/Moscow', intlWallClock);
    expect(moscow(new Date('2024-01-04T21:00:00Z'))).toBe(45296);
    // Moscow kept local mean time (UTC+2:30:17) in 1899: the zone's own rules, not today's offset.
    expect(moscow(new Date('1899-12-29T21:29:43Z'))).toBe(0);
    expect(createSerialReader('UTC', intlWallClock)(new Date('1899-12-30T00:00:00Z'))).toBe(0);
    expect(createSerialReader('America/New_York', intlWallClock)(new Date('2024-03-10T18:00:00Z'))).toBe(45361.583333333336);
    expect(createSerialReader('UTC', intlWallClock)(new Date('2024-01-05T12:00:00Z'))).toBe(45296.5);
  });
});

describe('what a copy write sends', () => {
  const snapshot = {
    values: [['client', 'share', 'first_purchase'], ['00123', 0.25, new Date('2024-01-04T21:00:00Z')], ['=SUM(A1)', 0.75, '']],
    formats: [['General', 'General', 'General'], ['@', '0.00%', 'yyyy-mm-dd'], ['@', '0.00%', 'yyyy-mm-dd']],
    backgrounds: [['#e8eaed', '#e8eaed', '#e8eaed'], ['#57bb8a', '#ffffff', '#ffffff'], ['#ea9999', '#ffffff', '#ffffff']],
  };

  it('sends JSON-safe values in blocks covering exactly their rows', () => {
    const blocks = valueBlocks(snapshot, 'Segments', createSerialReader('Europe/Moscow', intlWallClock), 2);
    expect(blocks).toEqual([
      { range: "'Segments'!A1:C2", values: [['client', 'share', 'first_purchase'], ['00123', 0.25, 45296]] },
      { range: "'Segments'!A3:C3", values: [["'=SUM(A1)", 0.75, '']] },
    ]);
  });

  it('guards every formula-like text with an apostrophe the CSV export keeps, as getValues hands it over without one', () => {
    const texts = ['=HYPERLINK("http://x")', '+7 495 000-00-00', '-minus', '@mention', '\tTab', '\rCR', 'plain', "'already quoted", '00123'];
    const values = valueBlocks({ values: [['client'], ...texts.map((t) => [t])], formats: [], backgrounds: [] }, 'Segments', () => 0)[0].values.slice(1).map((r) => r[0]);
    expect(values).toEqual(['\'=HYPERLINK("http://x")', "'+7 495 000-00-00", "'-minus", "'@mention", "'\tTab", "'\rCR", 'plain', "'already quoted", '00123']);
    // The extension reads the export back to the text as it was.
    expect(values.map((v) => unguardCell(String(v)))).toEqual(texts);
  });

  it('renames only a new copy, and colours per cell only the columns whose colours vary', () => {
    const layout = { sheetId: 0, sheetTitle: 'Segments', rename: true, spreadsheetTitle: 'T', locale: 'ru_RU', timeZone: 'Europe/Moscow' };
    const requests = copyRequests(snapshot, layout);
    expect(requests[1]).toEqual({ updateSheetProperties: { properties: { sheetId: 0, title: 'Segments', gridProperties: { rowCount: 3, columnCount: 3, frozenRowCount: 1 } }, fields: 'title,gridProperties(rowCount,columnCount,frozenRowCount)' } });
    expect((copyRequests(snapshot, { ...layout, rename: false })[1] as { updateSheetProperties: { fields: string } }).updateSheetProperties.fields).toBe('gridProperties(rowCount,columnCount,frozenRowCount)');
    const kinds = requests.map((r) => Object.keys(r)[0]);
    expect(kinds).toEqual(['updateSpreadsheetProperties', 'updateSheetProperties', 'updateCells', 'updateCells', 'updateCells', 'repeatCell', 'repeatCell', 'setBasicFilter']);
    // A header-only table still keeps a row below the frozen one.
    expect(JSON.stringify(copyRequests({ values: [snapshot.values[0]], formats: [snapshot.formats[0]], backgrounds: [snapshot.backgrounds[0]] }, layout)[1])).toContain('"rowCount":2');
  });
});

describe('errors that mean the copy is gone', () => {
  it.each([
    ['API call to drive.files.get failed with error: File not found: 1AbC.', true],
    ['API call to sheets.spreadsheets.get failed with error: Requested entity was not found.', true],
    ['API call to sheets.spreadsheets.get failed with error: The caller does not have permission', true],
    ['GoogleJsonResponseException: API call to drive.files.get failed with error: 403 Forbidden', true],
    ['API call to drive.files.get failed with error: User Rate Limit Exceeded', false],
    ['API call to drive.files.get failed with error: 403 Quota exceeded for quota metric', false],
    ['API call to sheets.spreadsheets.get failed with error: Internal error encountered.', false],
    ['API call to drive.files.get failed with error: Service unavailable', false],
    ['Exception: Address unavailable', false],
  ])('%s → %s', (message, gone) => {
    expect(isGoneError(new Error(message))).toBe(gone);
  });
});
