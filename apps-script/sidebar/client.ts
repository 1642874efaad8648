/**
 * The sidebar page's script (bundled into Sidebar.html by the build): shows
 * the columns found in the transactions sheet for the user to confirm,
 * the settings, and runs the segmentation on the server through
 * google.script.run, polling its progress; or, in the share view, shares
 * the Segments sheet and shows the CSV link. All texts come with the state.
 * It starts from the settings of the document's last run, checks the
 * inputs before sending them, keeps Run in view (sticky at the bottom),
 * and puts Google's own errors (time limit, quotas) in the user's language
 * with advice.
 *
 * @example
 * // Sidebar.html: <script>window.KAM_STATE = {...}</script><script>(client bundle)</script>
 */
import type { Role } from '../../shared/import/roles.js';
import type { Measure, Period } from '../../shared/options.js';
import { columnLetter } from '../a1-notation.js';
import { explainGoogleError } from '../google-errors.js';
import type { Progress } from '../progress.js';
import type { RunRequest, RunResult } from '../run-request.js';
import type { ShareResult } from '../share.js';
import type { SidebarState } from '../sidebar-state.js';

type Runner = {
  withSuccessHandler(handler: (value: never) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };
declare global {
  interface Window {
    KAM_STATE: SidebarState;
  }
}

const REQUIRED: Role[] = ['client', 'date', 'amount'];
const OPTIONAL: Role[] = ['name', 'profit', 'quantity', 'kam', 'email', 'domain', 'tags', 'potential'];
const POLL_MS = 800;

/** Attributes, properties (booleans) and event listeners (functions, keyed by event name). */
type Attrs = Record<string, string | boolean | number | ((event: Event) => void)>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key, value);
    else if (typeof value === 'boolean') (el as unknown as Record<string, boolean>)[key] = value;
    else el.setAttribute(key, String(value));
  }
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

/** Server call as a promise; the server's Error message is for the user as is. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value: never) => resolve(value as T))
      .withFailureHandler((error: Error) => reject(error))
      [name](...args);
  });
}

const percentValue = (fraction: number) => String(Math.round(fraction * 1000) / 10);

function root(): HTMLElement {
  return document.getElementById('app') as HTMLElement;
}

/** The server's error for the user: the add-on's own are translated already; Google's are explained here. */
function errorText(error: unknown, lang: SidebarState['lang']): string {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  return explainGoogleError(text, lang) ?? text;
}

function messageBox(kind: 'error' | 'ok', text: string, ...extra: Node[]): HTMLElement {
  return h('div', { class: `box ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('p', {}, text), ...extra);
}

function renderSegment(state: SidebarState): void {
  const t = state.texts;
  const app = root();
  app.replaceChildren();
  if (!state.sheet) {
    app.append(messageBox('error', t.noSheet));
    return;
  }
  const sheet = state.sheet;
  // The last run's settings, when they were for this sheet and its columns still exist.
  const saved = state.saved && state.saved.sheet === sheet.name && Object.values(state.saved.columns).every((i) => i === undefined || i < sheet.headers.length) ? state.saved : null;
  const chosen = saved ? saved.columns : state.detected;
  const settings = saved ?? state.defaults;
  const selects = new Map<Role, HTMLSelectElement>();
  const columnSelect = (role: Role): HTMLElement => {
    const detected = chosen[role];
    const select = h('select', { id: `col-${role}`, name: role, change: () => syncMeasures() });
    select.append(h('option', { value: '' }, t.none));
    sheet.headers.forEach((header, i) => select.append(h('option', { value: String(i), selected: detected === i }, `${columnLetter(i)} · ${header || '…'}`)));
    selects.set(role, select);
    const required = REQUIRED.includes(role);
    return h(
      'label',
      { class: `field${detected !== undefined ? ' found' : ''}`, for: `col-${role}` },
      h('span', { class: 'label' }, state.roleNames[role], required ? h('span', { class: 'req', title: t.required }, ' *') : null, detected !== undefined ? h('span', { class: 'badge' }, t.found) : null),
      select,
    );
  };

  const measure = h('select', { id: 'measure' });
  for (const [value, label] of Object.entries(state.measures)) measure.append(h('option', { value, selected: value === settings.measure }, label));
  const period = h('select', { id: 'period' });
  for (const [value, label] of Object.entries(state.periods)) period.append(h('option', { value, selected: value === settings.period }, label));
  const number = (id: string, value: number) => h('input', { id, type: 'number', min: '0.1', max: '99.9', step: '0.1', value: percentValue(value), inputmode: 'decimal' });
  const a = number('abc-a', settings.abc.a);
  const b = number('abc-b', settings.abc.b);
  const x = number('xyz-x', settings.xyz.x);
  const y = number('xyz-y', settings.xyz.y);
  const abcError = h('p', { class: 'field-error', id: 'abc-error', role: 'alert' });
  const xyzError = h('p', { class: 'field-error', id: 'xyz-error', role: 'alert' });
  const columnsError = h('p', { class: 'field-error', id: 'columns-error', role: 'alert' });

  function syncMeasures(): void {
    for (const option of Array.from(measure.options)) {
      const role = option.value as Measure;
      option.disabled = role !== 'revenue' && !selects.get(role as Role)?.value;
    }
    if (measure.selectedOptions[0]?.disabled) measure.value = 'revenue';
  }

  const bar = h('div', { class: 'bar' });
  const progressText = h('p', { class: 'progress-text' });
  const progress = h('div', { class: 'progress', hidden: true }, h('div', { class: 'track' }, bar), progressText);
  const result = h('div', { id: 'result' });
  const run = h('button', { id: 'run', class: 'primary', type: 'button', click: () => start() }, t.run);
  const refresh = h('button', { class: 'link', type: 'button', title: t.refresh, click: () => reload('segment') }, `↻ ${t.refresh}`);

  app.append(
    h('header', {}, h('h1', {}, t.segmentTitle), h('p', { class: 'sheet' }, h('strong', {}, sheet.name), ` · ${sheet.rows.toLocaleString(state.lang)} ${t.rows}`), refresh),
    ...(saved ? [h('p', { class: 'hint', id: 'remembered' }, t.remembered)] : []),
    h('section', {}, h('h2', {}, t.columns), h('p', { class: 'hint' }, t.columnsHint), ...REQUIRED.map(columnSelect), columnsError, h('details', { open: OPTIONAL.some((role) => chosen[role] !== undefined) }, h('summary', {}, t.moreColumns), ...OPTIONAL.map(columnSelect))),
    h(
      'section',
      {},
      h('h2', {}, t.settings),
      h('label', { class: 'field', for: 'measure' }, h('span', { class: 'label' }, t.measure), measure),
      h('label', { class: 'field', for: 'period' }, h('span', { class: 'label' }, t.period), period),
      h('div', { class: 'pair' }, h('span', { class: 'label' }, t.abc), h('div', { class: 'inputs' }, h('span', {}, 'A ≤'), a, h('span', {}, 'B ≤'), b), abcError),
      h('div', { class: 'pair' }, h('span', { class: 'label' }, t.xyz), h('div', { class: 'inputs' }, h('span', {}, 'X ≤'), x, h('span', {}, 'Y ≤'), y), xyzError),
    ),
    progress,
    result,
    h('div', { class: 'actions' }, run),
  );

  /** Checks the form as the server would, marking each bad field; true when it may be sent. */
  function validate(): boolean {
    const bad = new Set<HTMLElement>();
    const value = (input: HTMLInputElement) => {
      const n = input.value.trim() === '' ? NaN : Number(input.value.replace(',', '.'));
      if (!(n >= 0.1 && n <= 99.9)) bad.add(input);
      return n;
    };
    const [va, vb, vx, vy] = [a, b, x, y].map(value);
    abcError.textContent = bad.has(a) || bad.has(b) ? t.badThreshold : va >= vb ? t.abcOrder : '';
    if (!bad.has(a) && !bad.has(b) && va >= vb) (bad.add(a), bad.add(b));
    xyzError.textContent = bad.has(x) || bad.has(y) ? t.badThreshold : vx >= vy ? t.xyzOrder : '';
    if (!bad.has(x) && !bad.has(y) && vx >= vy) (bad.add(x), bad.add(y));
    const required = REQUIRED.map((role) => selects.get(role)!);
    for (const select of required) if (select.value === '') bad.add(select);
    const values = required.map((select) => select.value).filter(Boolean);
    const duplicate = new Set(values).size !== values.length;
    if (duplicate) for (const select of required) if (values.filter((v) => v === select.value).length > 1) bad.add(select);
    columnsError.textContent = required.some((select) => select.value === '') ? t.chooseColumn : duplicate ? t.sameColumns : '';
    for (const field of [a, b, x, y, ...selects.values()]) field.classList.toggle('invalid', bad.has(field));
    if (bad.size) result.replaceChildren(messageBox('error', t.fixFirst));
    return bad.size === 0;
  }
  syncMeasures();

  function request(): RunRequest {
    const columns: RunRequest['columns'] = {};
    for (const [role, select] of selects) if (select.value !== '') columns[role] = Number(select.value);
    return {
      runId: `run-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      sheet: sheet.name,
      columns,
      measure: measure.value as Measure,
      period: period.value as Period,
      abc: { a: Number(a.value.replace(',', '.')) / 100, b: Number(b.value.replace(',', '.')) / 100 },
      xyz: { x: Number(x.value.replace(',', '.')) / 100, y: Number(y.value.replace(',', '.')) / 100 },
    };
  }

  async function start(): Promise<void> {
    if (!validate()) return;
    const req = request();
    run.disabled = true;
    run.textContent = t.running;
    result.replaceChildren();
    progress.hidden = false;
    bar.style.width = '2%';
    progressText.textContent = t.running;
    const timer = setInterval(() => {
      call<Progress | null>('kamProgress', req.runId)
        .then((p) => {
          // A late answer must not move the bar back after the run has finished.
          if (!p || !run.disabled) return;
          bar.style.width = `${Math.max(2, p.percent)}%`;
          progressText.textContent = p.text;
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      const done = await call<RunResult>('kamRunSegmentation', req);
      bar.style.width = '100%';
      progressText.textContent = t.done;
      const open = (name: string, label: string) => h('button', { type: 'button', class: 'secondary', click: () => call('kamActivateSheet', name) }, label);
      const problems = done.problems.length ? h('ul', { class: 'problems' }, ...done.problems.map((p) => h('li', {}, p))) : null;
      result.replaceChildren(messageBox('ok', done.summary, ...(problems ? [problems] : []), h('div', { class: 'buttons' }, open('Segments', t.openSegments), open('ABC-XYZ', t.openMatrix))));
    } catch (error) {
      progress.hidden = true;
      result.replaceChildren(messageBox('error', errorText(error, state.lang)));
    } finally {
      clearInterval(timer);
      run.disabled = false;
      run.textContent = t.run;
    }
  }
}

/** The copy's two links: open it, and its CSV link with a Copy button. */
function copyLinks(t: SidebarState['texts'], copy: { url: string; csvUrl: string }): Node[] {
  const link = h('input', { id: 'csv-url', type: 'text', readonly: true, value: copy.csvUrl });
  const button = h('button', { type: 'button', class: 'secondary', click: () => {
    link.select();
    void navigator.clipboard?.writeText(copy.csvUrl).catch(() => document.execCommand('copy'));
    button.textContent = t.copied;
  } }, t.copy);
  return [
    h('p', {}, h('a', { href: copy.url, target: '_blank', rel: 'noopener' }, t.openCopy)),
    h('span', { class: 'label' }, t.csvLink),
    h('div', { class: 'copy-row' }, link, button),
    h('p', { class: 'hint' }, t.csvHint),
  ];
}

function renderShare(state: SidebarState): void {
  const t = state.texts;
  const app = root();
  app.replaceChildren();
  // Once a copy exists, sharing refreshes it: more e-mails are optional.
  let shared = state.sharedCopy;
  const emails = h('textarea', { id: 'emails', rows: 4, placeholder: t.emailsPlaceholder });
  const emailsLabel = h('span', { class: 'label' }, shared ? t.emailsMore : t.emails);
  const notify = h('input', { id: 'notify', type: 'checkbox' });
  const current = h('div', { id: 'current' });
  const result = h('div', { id: 'result' });
  const share = h('button', { id: 'share', class: 'primary', type: 'button', disabled: state.segmentsRows === 0, click: () => start() }, shared ? t.update : t.share);
  const showCurrent = () => current.replaceChildren(...(shared ? [h('section', {}, h('h2', {}, t.currentCopy), h('p', {}, shared.name))] : []));
  showCurrent();
  app.append(
    h('header', {}, h('h1', {}, t.shareTitle), h('p', { class: 'hint' }, t.shareIntro)),
    ...(state.segmentsRows === 0 ? [messageBox('error', t.noSegments)] : []),
    current,
    h('section', {}, h('label', { class: 'field', for: 'emails' }, emailsLabel, emails), h('label', { class: 'check', for: 'notify' }, notify, ` ${t.notify}`)),
    h('div', { class: 'actions' }, share),
    result,
  );
  if (shared) result.replaceChildren(h('div', { class: 'box plain' }, ...copyLinks(t, shared)));

  async function start(): Promise<void> {
    share.disabled = true;
    share.textContent = t.sharing;
    result.replaceChildren();
    try {
      const done = await call<ShareResult>('kamShareSegments', { emails: emails.value, notify: notify.checked });
      shared = { name: done.name, url: done.url, csvUrl: done.csvUrl };
      showCurrent();
      emailsLabel.textContent = t.emailsMore;
      emails.value = '';
      const problems = done.problems.length ? h('ul', { class: 'problems' }, ...done.problems.map((p) => h('li', {}, p))) : null;
      result.replaceChildren(
        ...(done.notice ? [h('div', { class: 'box warning', role: 'alert' }, h('p', {}, done.notice))] : []),
        messageBox('ok', done.summary, ...(problems ? [problems] : []), ...copyLinks(t, done)),
      );
    } catch (error) {
      result.replaceChildren(messageBox('error', errorText(error, state.lang)));
    } finally {
      share.disabled = state.segmentsRows === 0;
      share.textContent = shared ? t.update : t.share;
    }
  }
}

function render(state: SidebarState): void {
  document.documentElement.lang = state.lang;
  if (state.view === 'share') renderShare(state);
  else renderSegment(state);
}

function reload(view: SidebarState['view']): void {
  call<SidebarState>('kamSidebarState', view)
    .then(render)
    .catch((error: Error) => root().prepend(messageBox('error', errorText(error, window.KAM_STATE.lang))));
}

render(window.KAM_STATE);
