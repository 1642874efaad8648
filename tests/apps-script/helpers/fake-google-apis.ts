/**
 * Fakes of the advanced Drive (v3) and Sheets (v4) services over one store
 * of files, as far as the add-on's sharing uses them. They keep every call
 * (with its arguments as the JSON the REST API would get) for tests to
 * assert, and behave as Google does where the add-on could go wrong: a file
 * that is deleted or no longer open to the app (`drive.file`) is "not
 * found"; a batchUpdate is all or nothing; writing values outside the
 * sheet's grid, freezing every row, an unknown valueInputOption or a value
 * JSON cannot carry (a Date) fail; Drive mails people it shares with unless
 * told not to.
 *
 * @example
 * const apis = fakeGoogleApis();
 * const gas = loadBundle({ ...otherFakes, Sheets: apis.Sheets, Drive: apis.Drive });
 * apis.calls.filter((c) => c.method === 'drive.permissions.create');
 * apis.table('1File', 0); // the sheet's values as a table
 */

export type ApiCell = string | number | boolean;
type Format = Record<string, unknown>;
type GridRange = { sheetId: number; startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number };

export type FakeApiSheet = {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  values: (ApiCell | undefined)[][];
  formats: (Format | undefined)[][];
  filter: GridRange | null;
};

export type Permission = { id: string; type: string; role: string; emailAddress: string };

export type FakeFile = {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  locale: string;
  timeZone: string;
  permissions: Permission[];
  sheets: FakeApiSheet[];
};

export type ApiCall = { method: string; args: unknown[] };

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];

const json = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** `'My ''sheet'''!B2:C10` → title and 0-based bounds (end exclusive). */
function parseA1(range: string) {
  const match = /^'((?:[^']|'')+)'!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) throw new Error(`Unable to parse range: ${range}`);
  return { title: match[1].replace(/''/g, "'"), row: Number(match[3]) - 1, column: columnIndex(match[2]), endRow: Number(match[5]), endColumn: columnIndex(match[4]) + 1 };
}

export function fakeGoogleApis(owner = 'manager@example.com') {
  const files = new Map<string, FakeFile>();
  const revoked = new Set<string>();
  const calls: ApiCall[] = [];
  const failures: { method: string; message: string }[] = [];
  const refusals = new Map<string, string>();
  const notifications: { email: string; message?: string }[] = [];
  let nextFile = 1;

  const fail = (method: string, message: string): never => {
    throw new Error(`API call to ${method} failed with error: ${message}`);
  };
  const called = (method: string, ...args: unknown[]) => {
    calls.push({ method, args: json(args) });
    const queued = failures.findIndex((f) => f.method === method);
    if (queued >= 0) fail(method, failures.splice(queued, 1)[0].message);
  };
  /** The file as this app may open it: with drive.file, a deleted file and one no longer granted both read "not found". */
  const open = (method: string, id: string): FakeFile => {
    const file = files.get(id);
    if (!file || revoked.has(id)) return fail(method, method.startsWith('drive') ? `File not found: ${id}.` : 'Requested entity was not found.');
    return file;
  };
  const sheetById = (file: FakeFile, sheetId: number) => file.sheets.find((s) => s.sheetId === sheetId) ?? fail('sheets.spreadsheets.batchUpdate', `No grid with id: ${sheetId}`);

  /** The range's bounds, checked against the grid as Sheets does. */
  const bounds = (sheet: FakeApiSheet, range: GridRange) => {
    const b = { r0: range.startRowIndex ?? 0, r1: range.endRowIndex ?? sheet.rowCount, c0: range.startColumnIndex ?? 0, c1: range.endColumnIndex ?? sheet.columnCount };
    if (b.r1 > sheet.rowCount || b.c1 > sheet.columnCount) fail('sheets.spreadsheets.batchUpdate', `Range (${sheet.title}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
    return b;
  };
  const fieldsOf = (fields: unknown) => {
    if (typeof fields !== 'string' || !fields) return fail('sheets.spreadsheets.batchUpdate', 'At least one field must be specified.');
    return fields;
  };

  const apply = (file: FakeFile, request: Record<string, any>) => {
    const [kind, body] = Object.entries(request)[0] as [string, any];
    switch (kind) {
      case 'updateSpreadsheetProperties': {
        for (const field of fieldsOf(body.fields).split(',')) {
          if (field === 'title') file.name = body.properties.title;
          else if (field === 'locale' || field === 'timeZone') file[field] = body.properties[field];
          else fail('sheets.spreadsheets.batchUpdate', `fake: unsupported field ${field}`);
        }
        return;
      }
      case 'updateSheetProperties': {
        const sheet = sheetById(file, body.properties.sheetId);
        const fields = fieldsOf(body.fields);
        if (/(^|,)title(,|$)/.test(fields)) {
          if (file.sheets.some((s) => s !== sheet && s.title === body.properties.title)) fail('sheets.spreadsheets.batchUpdate', `A sheet with the name "${body.properties.title}" already exists.`);
          sheet.title = body.properties.title;
        }
        const grid = /gridProperties\(([^)]*)\)/.exec(fields)?.[1].split(',') ?? [];
        for (const key of grid) (sheet as any)[key] = body.properties.gridProperties[key];
        if (sheet.frozenRowCount >= sheet.rowCount) fail('sheets.spreadsheets.batchUpdate', "You can't freeze all visible rows on the sheet.");
        for (const layer of [sheet.values, sheet.formats]) {
          layer.length = Math.min(layer.length, sheet.rowCount);
          for (const row of layer) if (row) row.length = Math.min(row.length, sheet.columnCount);
        }
        return;
      }
      case 'updateCells':
      case 'repeatCell': {
        const sheet = sheetById(file, body.range.sheetId);
        const fields = fieldsOf(body.fields).split(',');
        for (const field of fields) if (field !== 'userEnteredValue' && field !== 'userEnteredFormat') fail('sheets.spreadsheets.batchUpdate', `fake: unsupported field ${field}`);
        const b = bounds(sheet, body.range);
        if (kind === 'updateCells' && body.rows && body.rows.length > b.r1 - b.r0) fail('sheets.spreadsheets.batchUpdate', 'updateCells: more rows than the range');
        for (let r = b.r0; r < b.r1; r++) {
          for (let c = b.c0; c < b.c1; c++) {
            const cell = kind === 'repeatCell' ? body.cell : body.rows?.[r - b.r0]?.values?.[c - b.c0];
            if (fields.includes('userEnteredFormat')) (sheet.formats[r] ??= [])[c] = cell?.userEnteredFormat && Object.keys(cell.userEnteredFormat).length ? json(cell.userEnteredFormat) : undefined;
            if (fields.includes('userEnteredValue')) (sheet.values[r] ??= [])[c] = undefined;
          }
        }
        return;
      }
      case 'setBasicFilter': {
        const sheet = sheetById(file, body.filter.range.sheetId);
        bounds(sheet, body.filter.range);
        sheet.filter = json(body.filter.range);
        return;
      }
      default:
        fail('sheets.spreadsheets.batchUpdate', `fake: unsupported request ${kind}`);
    }
  };

  const Sheets = {
    Spreadsheets: {
      get(spreadsheetId: string, optionalArgs?: { fields?: string }) {
        called('sheets.spreadsheets.get', spreadsheetId, optionalArgs);
        const file = open('sheets.spreadsheets.get', spreadsheetId);
        return { spreadsheetId, sheets: file.sheets.map((s) => ({ properties: { sheetId: s.sheetId, title: s.title } })) };
      },
      batchUpdate(resource: { requests: Record<string, unknown>[] }, spreadsheetId: string) {
        called('sheets.spreadsheets.batchUpdate', resource, spreadsheetId);
        const file = open('sheets.spreadsheets.batchUpdate', spreadsheetId);
        // All or nothing, as the API: the requests run on a copy that replaces the file only if every one succeeds.
        const draft: FakeFile = structuredClone(file);
        for (const request of json(resource).requests) apply(draft, request);
        Object.assign(file, draft);
        return { spreadsheetId, replies: resource.requests.map(() => ({})) };
      },
      Values: {
        update(resource: { values: unknown[][] }, spreadsheetId: string, range: string, optionalArgs: { valueInputOption?: string }) {
          called('sheets.spreadsheets.values.update', resource, spreadsheetId, range, optionalArgs);
          const method = 'sheets.spreadsheets.values.update';
          const file = open(method, spreadsheetId);
          if (optionalArgs?.valueInputOption !== 'RAW' && optionalArgs?.valueInputOption !== 'USER_ENTERED') fail(method, `Invalid valueInputOption: ${optionalArgs?.valueInputOption}`);
          const target = parseA1(range);
          const sheet = file.sheets.find((s) => s.title === target.title) ?? fail(method, `Unable to parse range: ${range}`);
          if (target.endRow > sheet.rowCount || target.endColumn > sheet.columnCount) fail(method, `Range (${range}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
          const values = resource.values;
          if (values.length > target.endRow - target.row) fail(method, `Requested writing within range [${range}], but tried writing ${values.length} rows.`);
          values.forEach((row, r) => {
            if (row.length > target.endColumn - target.column) fail(method, `Requested writing within range [${range}], but tried writing ${row.length} columns.`);
            row.forEach((value, c) => {
              const ok = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
              if (!ok) fail(method, `Invalid value at [${r}][${c}]: ${Object.prototype.toString.call(value)} ${String(value)}`);
              (sheet.values[target.row + r] ??= [])[target.column + c] = value === '' ? undefined : (value as ApiCell);
            });
          });
          return { spreadsheetId, updatedRange: range };
        },
      },
    },
  };

  const Drive = {
    Files: {
      create(resource: { name: string; mimeType: string }) {
        called('drive.files.create', resource);
        if (resource.mimeType !== SPREADSHEET) fail('drive.files.create', `fake: only ${SPREADSHEET} is supported`);
        const id = `1Copy${nextFile++}`;
        const sheet: FakeApiSheet = { sheetId: 0, title: 'Sheet1', rowCount: 1000, columnCount: 26, frozenRowCount: 0, values: [], formats: [], filter: null };
        files.set(id, { id, name: resource.name, mimeType: SPREADSHEET, trashed: false, locale: 'en_US', timeZone: 'America/Los_Angeles', permissions: [{ id: 'owner', type: 'user', role: 'owner', emailAddress: owner }], sheets: [sheet] });
        return { kind: 'drive#file', id, name: resource.name, mimeType: SPREADSHEET };
      },
      get(fileId: string, optionalArgs?: { fields?: string }) {
        called('drive.files.get', fileId, optionalArgs);
        const file = open('drive.files.get', fileId);
        return { id: file.id, name: file.name, trashed: file.trashed };
      },
    },
    Permissions: {
      list(fileId: string, optionalArgs?: { pageSize?: number; pageToken?: string; fields?: string }) {
        called('drive.permissions.list', fileId, optionalArgs);
        const file = open('drive.permissions.list', fileId);
        const size = optionalArgs?.pageSize ?? 100;
        const from = Number(optionalArgs?.pageToken ?? 0);
        const next = from + size < file.permissions.length ? String(from + size) : undefined;
        return { permissions: json(file.permissions.slice(from, from + size)), ...(next ? { nextPageToken: next } : {}) };
      },
      create(resource: { type: string; role: string; emailAddress?: string }, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean; emailMessage?: string }) {
        called('drive.permissions.create', resource, fileId, optionalArgs);
        const method = 'drive.permissions.create';
        const file = open(method, fileId);
        if (resource.type !== 'user' || !ROLES.includes(resource.role) || !resource.emailAddress) fail(method, 'Bad Request');
        const refusal = refusals.get(resource.emailAddress!.toLowerCase());
        if (refusal) fail(method, refusal);
        const permission = { id: `p${file.permissions.length}`, type: resource.type, role: resource.role, emailAddress: resource.emailAddress! };
        file.permissions.push(permission);
        // Drive mails the person unless told not to.
        if (optionalArgs?.sendNotificationEmail !== false) notifications.push({ email: permission.emailAddress, message: optionalArgs?.emailMessage });
        return json(permission);
      },
    },
  };

  return {
    Sheets,
    Drive,
    files,
    calls,
    notifications,
    /** Calls of one method, e.g. 'drive.files.create'. */
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    file(id: string): FakeFile {
      return files.get(id) ?? fail('test', `no file ${id}`);
    },
    /** The sheet's values up to its last non-blank row and column, blanks as ''. */
    table(id: string, sheetId: number): ApiCell[][] {
      const sheet = sheetById(files.get(id)!, sheetId);
      const rows = sheet.values.reduce((last, row, r) => (row?.some((v) => v !== undefined) ? r + 1 : last), 0);
      const width = sheet.values.reduce((w, row) => Math.max(w, ...(row ?? []).map((v, c) => (v === undefined ? 0 : c + 1))), 0);
      return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => sheet.values[r]?.[c] ?? ''));
    },
    remove: (id: string) => void files.delete(id),
    trash: (id: string) => void (files.get(id)!.trashed = true),
    /** The file stays, but this app may no longer open it (as drive.file after the user withdrew access). */
    revoke: (id: string) => void revoked.add(id),
    /** The next call of `method` fails with `message`, as a passing outage or rate limit would. */
    failNext: (method: string, message: string) => void failures.push({ method, message }),
    /** Drive refuses to share with this address. */
    refuse: (email: string, reason: string) => void refusals.set(email.toLowerCase(), reason),
  };
}

export type FakeGoogleApis = ReturnType<typeof fakeGoogleApis>;
