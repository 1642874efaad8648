/**
 * "Share segments…" through the built bundle, with fakes of the advanced
 * Drive and Sheets services (the only way out of this spreadsheet that
 * `drive.file` allows): the copy is created through Drive, filled through
 * the Sheets API (values RAW, formats, colours, frozen header, filter) and
 * shared per e-mail as reader without mail unless asked; a second share
 * refreshes the same copy so the CSV link stays; a copy that is gone is
 * replaced, with the same people and a notice; a passing outage is not
 * taken for a gone copy.
 */
import { describe, expect, it } from 'vitest';
import { keyAccountColumns } from '../../shared/key-accounts/row-fields.js';
import { segmentColumns } from '../../shared/segments-table.js';

// The Segments sheet: the core columns, then the key-account ones.
const width = segmentColumns.length + keyAccountColumns.length;
import { colourOf } from '../../apps-script/api-cell-format.js';
import { HEADER_COLOUR } from '../../apps-script/segment-colours.js';
import type { FakeGoogleApis } from './helpers/fake-google-apis.js';
import { request, sales, salesSheet, setup } from './helpers/sales-fixture.js';

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const col = (name: (typeof segmentColumns)[number]) => segmentColumns.indexOf(name);
const csvOf = (id: string, gid: number) => `https://docs.google.com/spreadsheets/d/${id}/export?format=csv&gid=${gid}`;
const readers = (apis: FakeGoogleApis, id: string) => apis.file(id).permissions.filter((p) => p.role === 'reader').map((p) => p.emailAddress);

/** A spreadsheet segmented once, ready to share. */
function segmented(locale = 'en_US') {
  const fake = setup(locale);
  fake.gas.kamRunSegmentation(request());
  const share = (emails: string, notify?: boolean) => fake.gas.kamShareSegments(notify === undefined ? { emails } : { emails, notify });
  const record = () => JSON.parse(fake.userProperties.get(`kam-shared-copy:${fake.spreadsheet.id}`) ?? 'null');
  return { ...fake, share, record };
}

describe('first share', () => {
  it('creates the copy through Drive, fills it through the Sheets API and shares it per e-mail as reader, mailing nobody', () => {
    const { share, apis, spreadsheet, record } = segmented();
    const source = spreadsheet.sheet('Segments');
    const sourceBefore = JSON.stringify([source.values, source.formats, source.backgrounds]);
    const result = share('kam1@example.com, kam2@example.org;\nkam1@example.com');

    expect(apis.callsOf('drive.files.create').map((c) => c.args)).toEqual([[{ name: result.name, mimeType: SPREADSHEET }]]);
    expect(result.name).toMatch(/^Segments — Sales 2024 — \d{4}-\d{2}-\d{2}$/);
    const [id] = [...apis.files.keys()];
    const file = apis.file(id);
    expect([file.name, file.locale, file.timeZone]).toEqual([result.name, 'en_US', 'Europe/Moscow']);
    const sheet = file.sheets[0];
    const height = source.getLastRow();
    expect(file.sheets.map((s) => [s.sheetId, s.title, s.rowCount, s.columnCount, s.frozenRowCount])).toEqual([[0, 'Segments', height, width, 1]]);
    expect(apis.table(id, 0)).toEqual(source.table());
    expect(apis.table(id, 0)[0]).toEqual([...segmentColumns, ...keyAccountColumns]);
    expect(apis.table(id, 0).map((r) => r[0])).toContain(`'=HYPERLINK("x")`);
    const writes = apis.callsOf('sheets.spreadsheets.values.update');
    expect(writes.map((c) => [c.args[2], c.args[3]])).toEqual([[`'Segments'!A1:X${height}`, { valueInputOption: 'RAW' }]]);

    expect(sheet.formats[1][col('share')]).toEqual({ numberFormat: { type: 'PERCENT', pattern: '0.00%' } });
    expect(sheet.formats[height - 1][col('cv')]).toEqual({ numberFormat: { type: 'PERCENT', pattern: '0.0%' } });
    expect(sheet.formats[1][col('client')]).toEqual({ numberFormat: { type: 'TEXT', pattern: '@' } });
    expect(sheet.formats[1][col('total')]).toEqual({ numberFormat: { type: 'NUMBER', pattern: '#,##0.00' } });
    expect(sheet.formats[1][col('first_purchase')]).toEqual({ numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } });
    expect(sheet.formats[0][0]).toEqual({ backgroundColorStyle: { rgbColor: colourOf(HEADER_COLOUR) }, textFormat: { bold: true } });
    const segmentColours = Array.from({ length: height - 1 }, (_, r) => sheet.formats[r + 1][col('segment')]);
    expect(segmentColours).toEqual(Array.from({ length: height - 1 }, (_, r) => ({ numberFormat: { type: 'TEXT', pattern: '@' }, backgroundColorStyle: { rgbColor: colourOf(source.backgrounds[r + 1][col('segment')] as string) } })));
    expect(new Set(segmentColours.map((f) => JSON.stringify(f))).size).toBeGreaterThan(2);
    expect(sheet.filter).toEqual({ sheetId: 0, startRowIndex: 0, endRowIndex: height, startColumnIndex: 0, endColumnIndex: width });

    expect(apis.callsOf('drive.permissions.create').map((c) => c.args)).toEqual([
      [{ type: 'user', role: 'reader', emailAddress: 'kam1@example.com' }, id, { sendNotificationEmail: false }],
      [{ type: 'user', role: 'reader', emailAddress: 'kam2@example.org' }, id, { sendNotificationEmail: false }],
    ]);
    expect(apis.notifications).toEqual([]);
    expect(result).toEqual({
      status: 'created',
      name: file.name,
      url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
      csvUrl: csvOf(id, 0),
      viewers: ['kam1@example.com', 'kam2@example.org'],
      added: ['kam1@example.com', 'kam2@example.org'],
      summary: 'The shared copy is made; people with access: 2.',
      notice: null,
      problems: [],
    });
    expect(record()).toEqual({ id, sheetId: 0, name: result.name, viewers: ['kam1@example.com', 'kam2@example.org'], unfinished: null });
    expect(JSON.stringify([source.values, source.formats, source.backgrounds])).toBe(sourceBefore);
  });

  it('mails the people only when asked, with the CSV link in the message', () => {
    const { share, apis } = segmented('ru_RU');
    const result = share('kam1@example.com', true);
    expect(apis.callsOf('drive.permissions.create').map((c) => c.args[2])).toEqual([{ sendNotificationEmail: true, emailMessage: expect.stringContaining(result.csvUrl) }]);
    expect(apis.notifications).toEqual([{ email: 'kam1@example.com', message: `Вам открыт доступ к сегментам клиентов (ABC-XYZ). Для расширения Chrome подпишитесь на эту CSV-ссылку: ${result.csvUrl}` }]);
    expect(result.summary).toBe('Общая копия создана; доступ открыт (человек): 1.');
  });

  it('writes date cells as serial numbers of the spreadsheet day, which the API can carry', () => {
    const { share, apis, spreadsheet } = segmented();
    // Sheets reads the ISO text written into a date-formatted cell as a date: getValues gives a Date at Moscow midnight.
    spreadsheet.sheet('Segments').values[1][col('first_purchase')] = new Date(Date.parse('2024-01-05T00:00:00+03:00'));
    share('kam1@example.com');
    const [id] = [...apis.files.keys()];
    expect(apis.table(id, 0)[1][col('first_purchase')]).toBe(45296);
  });

  it('reports the addresses Drive refuses and shares with the others', () => {
    const { share, apis } = segmented();
    apis.refuse('someone@example.net', 'Bad Request. User message: "You are trying to share with an address that is not a Google account."');
    const result = share('kam1@example.com someone@example.net');
    expect(result.viewers).toEqual(['kam1@example.com']);
    expect(result.problems).toEqual(['someone@example.net: not shared (API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to share with an address that is not a Google account.")']);
  });

  it('checks the addresses and that there is something to share, before any call to Google', () => {
    const { gas, apis } = setup('en_US');
    expect(() => gas.kamShareSegments({ emails: 'kam1@example.com' })).toThrow('There is no “Segments” sheet yet: run “Segment clients…” first.');
    gas.kamRunSegmentation(request());
    expect(() => gas.kamShareSegments({ emails: ' , ' })).toThrow('Enter at least one e-mail address.');
    expect(() => gas.kamShareSegments({ emails: 'kam1@example.com nobody' })).toThrow('These are not e-mail addresses: nobody.');
    expect(apis.calls).toEqual([]);
  });
});

describe('sharing again', () => {
  it('refreshes the same copy, so the CSV link stays, leaves nothing of a longer table and adds only the new people', () => {
    const { share, apis, gas, spreadsheet, record } = segmented();
    const first = share('kam1@example.com');
    const [id] = [...apis.files.keys()];
    const longTable = apis.table(id, 0).length;

    spreadsheet.sheet('Продажи').values = salesSheet(sales().filter((t) => t.client === 'Acme' || t.client === 'Globex'));
    gas.kamRunSegmentation(request({ runId: 'run-2' }));
    const second = share('kam1@example.com\nkam3@example.com', true);

    expect(apis.callsOf('drive.files.create')).toHaveLength(1);
    expect([second.status, second.url, second.csvUrl]).toEqual(['updated', first.url, first.csvUrl]);
    expect(apis.table(id, 0)).toEqual(spreadsheet.sheet('Segments').table());
    expect(apis.table(id, 0).length).toBe(3);
    expect(longTable).toBeGreaterThan(3);
    expect(apis.file(id).sheets[0]).toMatchObject({ rowCount: 3, frozenRowCount: 1, filter: { endRowIndex: 3 } });
    expect(apis.callsOf('drive.permissions.create').map((c) => c.args[0])).toEqual([
      { type: 'user', role: 'reader', emailAddress: 'kam1@example.com' },
      { type: 'user', role: 'reader', emailAddress: 'kam3@example.com' },
    ]);
    expect(apis.notifications.map((n) => n.email)).toEqual(['kam3@example.com']);
    expect(second).toMatchObject({ added: ['kam3@example.com'], viewers: ['kam1@example.com', 'kam3@example.com'], notice: null });
    expect(second.summary).toBe('The shared copy now shows the current “Segments” sheet; its CSV link stays the same. Access given to: kam3@example.com.');
    expect(record().viewers).toEqual(['kam1@example.com', 'kam3@example.com']);

    // A refresh needs no addresses.
    const third = share('');
    expect([third.status, third.csvUrl]).toEqual(['updated', first.csvUrl]);
    expect(apis.callsOf('drive.permissions.create')).toHaveLength(2);
  });

  it('writes into the sheet by its id when the manager renamed it, quoting the title', () => {
    const { share, apis } = segmented();
    const first = share('kam1@example.com');
    const [id] = [...apis.files.keys()];
    apis.file(id).sheets[0].title = "KAM's view";
    const second = share('');
    expect(second.csvUrl).toBe(first.csvUrl);
    expect(apis.callsOf('sheets.spreadsheets.values.update').at(-1)!.args[2]).toMatch(/^'KAM''s view'!A1:X\d+$/);
    expect(apis.file(id).sheets.map((s) => s.title)).toEqual(["KAM's view"]);
  });

  it.each([
    ['deleted', (apis: FakeGoogleApis, id: string) => apis.remove(id)],
    ['moved to the trash', (apis: FakeGoogleApis, id: string) => apis.trash(id)],
    ['no longer open to the add-on', (apis: FakeGoogleApis, id: string) => apis.revoke(id)],
    ['without its segments sheet', (apis: FakeGoogleApis, id: string) => void (apis.file(id).sheets[0].sheetId = 7)],
  ])('makes a new copy when the old one is %s, shares it with the same people and says the link changed', (_, breakCopy) => {
    const { share, apis, gas, spreadsheet, record } = segmented();
    const first = share('kam1@example.com, kam2@example.org');
    const [oldId] = [...apis.files.keys()];
    breakCopy(apis, oldId);

    const second = share('kam3@example.com');
    expect(apis.callsOf('drive.files.create')).toHaveLength(2);
    const newId = [...apis.files.keys()].find((id) => id !== oldId)!;
    expect(second.status).toBe('replaced');
    expect(second.csvUrl).toBe(csvOf(newId, 0));
    expect(second.csvUrl).not.toBe(first.csvUrl);
    expect(second.notice).toBe('The shared copy made earlier could not be opened (deleted, in the trash, or no longer yours), so a new one was made and shared with the same people. Its CSV link is new: send it to the KAMs to subscribe again.');
    expect(readers(apis, newId)).toEqual(['kam1@example.com', 'kam2@example.org', 'kam3@example.com']);
    expect(apis.table(newId, 0)).toEqual(spreadsheet.sheet('Segments').table());
    expect(record()).toMatchObject({ id: newId, viewers: ['kam1@example.com', 'kam2@example.org', 'kam3@example.com'] });
    expect(gas.kamSidebarState('share').sharedCopy.csvUrl).toBe(second.csvUrl);
  });

  it('finishes a replacement that stopped halfway on the next share: same new copy, everyone it was meant for, and the notice', () => {
    const { share, apis, spreadsheet, record } = segmented();
    share('kam1@example.com, kam2@example.org');
    const [oldId] = [...apis.files.keys()];
    apis.remove(oldId);
    apis.failNext('sheets.spreadsheets.batchUpdate', 'Internal error encountered.');
    expect(() => share('kam3@example.com')).toThrow('Sharing stopped halfway (API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.). Share again in a minute to finish it.');
    const [newId] = [...apis.files.keys()];
    expect(readers(apis, newId)).toEqual([]);
    expect(record()).toMatchObject({ id: newId, unfinished: 'replaced' });

    const again = share('');
    expect(apis.callsOf('drive.files.create')).toHaveLength(2);
    expect([again.status, again.csvUrl]).toEqual(['replaced', csvOf(newId, 0)]);
    expect(again.notice).toMatch(/Its CSV link is new/);
    expect(readers(apis, newId)).toEqual(['kam1@example.com', 'kam2@example.org', 'kam3@example.com']);
    expect(apis.table(newId, 0)).toEqual(spreadsheet.sheet('Segments').table());
    expect(record()).toMatchObject({ id: newId, unfinished: null });
    expect(share('').status).toBe('updated');
  });

  it.each([
    ['drive.files.get', 'User Rate Limit Exceeded'],
    ['sheets.spreadsheets.get', 'Internal error encountered.'],
  ])('does not take a passing %s error for a gone copy: nothing is made, the link stays', (method, message) => {
    const { share, apis, record } = segmented();
    const first = share('kam1@example.com');
    const remembered = record();
    apis.failNext(method, message);
    expect(() => share('')).toThrow(`Could not open the shared copy right now (API call to ${method} failed with error: ${message}). Nothing was changed; try again in a minute.`);
    expect(apis.callsOf('drive.files.create')).toHaveLength(1);
    expect(record()).toEqual(remembered);
    expect(share('').csvUrl).toBe(first.csvUrl);
  });
});

describe('the share sidebar', () => {
  it('knows the current copy from the user properties, without calling Drive', () => {
    const { share, gas, apis, userProperties, spreadsheet } = segmented();
    expect(gas.kamSidebarState('share').sharedCopy).toBeNull();
    const result = share('kam1@example.com');
    const calls = apis.calls.length;
    expect(gas.kamSidebarState('share').sharedCopy).toEqual({ name: result.name, url: result.url, csvUrl: result.csvUrl });
    expect(apis.calls.length).toBe(calls);
    userProperties.set(`kam-shared-copy:${spreadsheet.id}`, '{not json');
    expect(gas.kamSidebarState('share').sharedCopy).toBeNull();
  });
});
