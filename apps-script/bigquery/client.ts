/**
 * The BigQuery sidebar's script (bundled into BigQuerySidebar.html): the
 * form (project, table, column names, window, thresholds, cost cap), the
 * dry-run estimate, and the run as a loop of short server steps that moves
 * the progress bar. A failed step leaves the written pages in place and
 * offers Continue, which resumes from the last whole page.
 *
 * @example
 * // BigQuerySidebar.html: <script>window.KAM_BQ_STATE = {...}</script><script>(this bundle)</script>
 */
import type { BigQueryRequest, StepResult } from './request.js';

type Runner = {
  withSuccessHandler(handler: (value: never) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

type State = { lang: string; texts: Record<string, string>; measures: Record<string, string>; periods: Record<string, string> };

const state = (window as unknown as { KAM_BQ_STATE: State }).KAM_BQ_STATE;
const t = state.texts;

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler((value: never) => resolve(value as T)).withFailureHandler(reject)[name](...args);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function field(label: string, input: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', { class: 'label' }, label), input);
}

const text = (id: string, value = '', placeholder = '') => el('input', { type: 'text', id, value, placeholder });
const number = (id: string, value: string) => el('input', { type: 'number', id, value, min: '0', step: 'any' });
const date = (id: string) => el('input', { type: 'date', id });
const select = (id: string, options: Record<string, string>) => el('select', { id }, ...Object.entries(options).map(([value, label]) => el('option', { value }, label)));
const read = (id: string) => (document.getElementById(id) as HTMLInputElement).value.trim();

const app = document.getElementById('app')!;
const bar = el('div', { class: 'bar' });
const progressText = el('p', { class: 'progress-text' });
const message = el('div', { class: 'box plain', hidden: '' });
const estimate = el('button', { class: 'secondary', type: 'button' }, t.estimate);
const run = el('button', { class: 'primary', type: 'button' }, t.run);
const retry = el('button', { class: 'secondary', type: 'button', hidden: '' }, t.retry);

app.append(
  el('header', {}, el('h1', {}, t.title), el('p', { class: 'hint' }, t.intro)),
  field(t.project, text('project', '', 'my-project')),
  field(t.table, text('table', '', 'sales.transactions')),
  el('h2', {}, t.columns),
  field(t.client, text('client', 'client')),
  field(t.date, text('date', 'date')),
  field(t.amount, text('amount', 'amount')),
  field(t.profit, text('profit')),
  field(t.quantity, text('quantity')),
  field(t.measure, select('measure', state.measures)),
  field(t.period, select('period', state.periods)),
  field(t.from, date('from')),
  field(t.to, date('to')),
  el('div', { class: 'pair' }, el('span', { class: 'label' }, t.abc), el('div', { class: 'inputs' }, 'A', number('abc-a', '80'), 'B', number('abc-b', '95'))),
  el('div', { class: 'pair' }, el('span', { class: 'label' }, t.xyz), el('div', { class: 'inputs' }, 'X', number('xyz-x', '10'), 'Y', number('xyz-y', '25'))),
  field(t.maxGigabytes, number('max-gb', '10')),
  el('p', { class: 'hint' }, t.maxHint),
  el('div', { class: 'buttons' }, estimate, run, retry),
  el('div', { class: 'progress' }, el('div', { class: 'track' }, bar), progressText),
  message,
);

let runId = '';

function request(): BigQueryRequest {
  const optional = (id: string) => read(id) || undefined;
  const share = (id: string) => Number(read(id).replace(',', '.')) / 100;
  return {
    runId,
    project: read('project'),
    table: read('table'),
    columns: { client: read('client'), date: read('date'), amount: read('amount'), profit: optional('profit'), quantity: optional('quantity') },
    measure: read('measure') as BigQueryRequest['measure'],
    period: read('period') as BigQueryRequest['period'],
    from: optional('from'),
    to: optional('to'),
    abc: { a: share('abc-a'), b: share('abc-b') },
    xyz: { x: share('xyz-x'), y: share('xyz-y') },
    maxGigabytes: Number(read('max-gb').replace(',', '.')),
  };
}

function show(kind: 'ok' | 'error' | 'plain', textContent: string): void {
  message.className = `box ${kind}`;
  message.textContent = textContent;
  message.hidden = false;
}

function progress(step: StepResult): void {
  bar.style.width = `${step.percent}%`;
  progressText.textContent = step.text;
}

function busy(on: boolean): void {
  estimate.disabled = on;
  run.disabled = on;
  retry.hidden = true;
}

async function steps(): Promise<void> {
  try {
    for (;;) {
      const step = await call<StepResult>('kamBigQueryStep', runId);
      progress(step);
      if (step.done) {
        show('ok', step.text);
        break;
      }
    }
  } catch (error) {
    show('error', (error as Error).message);
    retry.hidden = false;
  } finally {
    estimate.disabled = false;
    run.disabled = false;
  }
}

estimate.addEventListener('click', async () => {
  busy(true);
  try {
    const result = await call<{ text: string; overCap: boolean }>('kamBigQueryEstimate', { ...request(), runId: 'estimate' });
    show(result.overCap ? 'error' : 'plain', result.text);
  } catch (error) {
    show('error', (error as Error).message);
  } finally {
    busy(false);
  }
});

run.addEventListener('click', async () => {
  busy(true);
  runId = `bq-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  message.hidden = true;
  try {
    progress(await call<StepResult>('kamBigQueryStart', request()));
  } catch (error) {
    show('error', (error as Error).message);
    busy(false);
    return;
  }
  await steps();
});

retry.addEventListener('click', () => {
  busy(true);
  void steps();
});
