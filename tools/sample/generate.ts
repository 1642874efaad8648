/**
 * A deterministic, realistic sales history of a B2B distributor: about 300
 * clients over 2023–2024, shaped so that every analysis has something to
 * find — a Pareto-like revenue split, regular (X), seasonal (Y) and sporadic
 * (Z) buyers, new and lost clients, a breadwinner, returns and loss-making
 * lines.
 *
 * Everything is drawn from one seeded stream, so a seed always gives the same
 * rows; the committed sample file is `formatSampleCsv(generateSample())`.
 *
 * @example
 * const rows = generateSample();     // seed 42, the committed sample
 * rows[0];                           // { client: '1620344155', date: '2023-01-09', amount: 215531.09, name: 'ООО «Лескомплект»', … }
 * generateSample(7).length;          // another, equally shaped data set
 */
import type { Transaction } from '../../shared/transaction.js';
import {
  type Rng,
  chance,
  clamp,
  createRng,
  int,
  lognormal,
  normal,
  pick,
  poisson,
  shuffle,
  uniform,
  weighted,
} from './random.js';
import { type PersonName, companyName, initials, innCompany, innPerson, personName, translit } from './names.js';

/** Every sample row carries the client's attributes, as a flat report export does. */
export type SampleRow = Transaction & { name: string; kam: string };

export const SAMPLE_WINDOW = { from: '2023-01-01', to: '2024-12-31' } as const;
const FIRST_YEAR = 2023;
const MONTHS = 24;
const CLIENTS = 300;
/** Share of the total revenue the biggest client is scaled to. */
const BREADWINNER_SHARE = 0.125;
/**
 * Spread of log client size. 1.6 gives the top fifth about 77% of a full-window
 * population; the breadwinner and the partial-window clients move it to ~80%.
 */
const SIZE_SIGMA = 1.7;
/** Cap on any other client's share of the drawn sizes (about 7% of the final revenue). */
const SECOND_SHARE = 0.06;

export const KAMS = [
  'Смирнова О. В.',
  'Кузнецов Д. А.',
  'Лебедева Е. Н.',
  'Орлов С. П.',
  'Захарова И. М.',
  'Новиков А. Ю.',
] as const;
/** The portfolios are uneven on purpose; the last KAM is the "hunter" who gets most new clients. */
const KAM_WEIGHTS: readonly (readonly [string, number])[] = [
  [KAMS[0], 24], [KAMS[1], 22], [KAMS[2], 20], [KAMS[3], 16], [KAMS[4], 12], [KAMS[5], 6],
];

/** Tax region codes weighted roughly by where B2B buyers are; `02`, `05` test that ids keep leading zeros. */
const REGIONS: readonly (readonly [string, number])[] = [
  ['77', 30], ['78', 14], ['50', 10], ['66', 6], ['16', 5], ['54', 4], ['52', 4], ['23', 4],
  ['63', 3], ['74', 3], ['61', 3], ['47', 3], ['02', 3], ['59', 2], ['24', 2], ['36', 2], ['05', 1],
];

const FREE_MAIL: readonly (readonly [string, number])[] = [
  ['mail.ru', 35], ['yandex.ru', 30], ['gmail.com', 15], ['bk.ru', 7], ['list.ru', 5], ['inbox.ru', 4], ['rambler.ru', 4],
];
const CORPORATE_BOXES = ['zakupki', 'snab', 'info', 'office', 'zakaz', 'sales', 'opt', 'mto'];

/**
 * Office and industrial supplies: New Year holidays in January, a summer lull,
 * back-to-work peaks in spring and September, year-end budget spending in December.
 * The mean is 1, so the factor moves revenue between months without changing the year.
 */
const SEASON = [0.7, 0.95, 1.1, 1.05, 0.95, 0.9, 0.85, 1.05, 1.15, 1.05, 1.0, 1.25];

/** Fixed-date public holidays (month 1–12, day) on which no shipments happen. */
const HOLIDAYS = new Set(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '2-23', '3-8', '5-1', '5-9', '6-12', '11-4', '12-31']);

type Pattern = 'regular' | 'seasonal' | 'irregular' | 'sporadic';

interface ClientPlan {
  inn: string;
  name: string;
  emails: string[];
  domain?: string;
  kam: string;
  tags: string[];
  potential?: number;
  /** Yearly revenue when active, before seasonality and noise. */
  size: number;
  pattern: Pattern;
  /** First and last month index (0 = January 2023) the client may buy in. */
  start: number;
  end: number;
  /** Log-growth per month. */
  trend: number;
  /** Months over which a new client ramps up to its full size; 0 = no ramp. */
  ramp: number;
  /** Month after which revenue shrinks before the client is lost; -1 = none. */
  declineFrom: number;
  margin: number;
  unitPrice: number;
  lineRate: number;
  returnRate: number;
}

interface Roles {
  breadwinner: number;
  regular: Set<number>;
  /** rank -> last month */
  churn: Map<number, number>;
  declining: Set<number>;
  /** rank -> first month */
  start: Map<number, number>;
  growing: Set<number>;
  thinMargin: number;
  /** A client sold below cost overall, e.g. won on a dumping tender price. */
  lossMaking: number;
  holding: readonly [number, number];
}

/**
 * Chooses which ranks (0 = biggest) play the scripted parts, so the story the
 * data tells does not depend on luck: a very regular breadwinner, a lost key
 * client, a large client that shrinks and leaves, large new clients that grow.
 */
function assignRoles(rng: Rng): Roles {
  const taken = new Set<number>([0, 1, 2, 3, 4, 5, 6, 8, 18, 35, 25, 40, 70]);
  const churn = new Map<number, number>([[2, 15], [8, 18]]);
  const start = new Map<number, number>([[18, 19], [35, 20]]);
  const growing = new Set<number>([18, 35]);
  const free = (from: number) => shuffle(rng, range(from, CLIENTS).filter((r) => !taken.has(r)));

  for (const r of free(20).slice(0, 13)) {
    churn.set(r, int(rng, 13, 19));
    taken.add(r);
  }
  for (const r of free(40).slice(0, 18)) {
    start.set(r, int(rng, 18, 23));
    if (chance(rng, 0.5)) growing.add(r);
    taken.add(r);
  }
  // Clients won during 2023: their series start mid-window without being "new".
  for (const r of free(60).slice(0, 15)) {
    start.set(r, int(rng, 1, 17));
    taken.add(r);
  }
  return {
    breadwinner: 0,
    regular: new Set([0, 1, 2, 3, 4, 6]),
    churn,
    declining: new Set([8]),
    start,
    growing,
    thinMargin: 5,
    lossMaking: 40,
    holding: [25, 70],
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function patternFor(rng: Rng, rank: number): Pattern {
  if (rank < 30) return weighted<Pattern>(rng, [['regular', 45], ['seasonal', 50], ['irregular', 5]]);
  if (rank < 120) return weighted<Pattern>(rng, [['regular', 20], ['seasonal', 55], ['irregular', 20], ['sporadic', 5]]);
  return weighted<Pattern>(rng, [['regular', 4], ['seasonal', 16], ['irregular', 35], ['sporadic', 45]]);
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Identity {
  name: string;
  core: string;
  latin: string[];
  corporate: boolean;
  person: PersonName;
  sole: boolean;
}

function identity(rng: Rng, rank: number): Identity {
  const person = personName(rng);
  const soleShare = rank < 40 ? 0 : rank < 100 ? 0.06 : 0.2;
  if (chance(rng, soleShare)) {
    const full = chance(rng, 0.25);
    const name = full ? `ИП ${person.surname} ${person.first} ${person.patronymic}` : `ИП ${initials(person)}`;
    // Most sole traders write from a personal mailbox; a few run a shop site.
    return { name, core: person.surname, latin: [translit(person.surname)], corporate: chance(rng, 0.2), person, sole: true };
  }
  const company = companyName(rng);
  if (rank < 30) company.form = weighted(rng, [['ООО', 55], ['АО', 27], ['ПАО', 10], ['ЗАО', 8]] as const);
  // Straight quotes in some names make the CSV writer double them, as 1C exports do.
  const name = chance(rng, 0.15) ? `${company.form} "${company.core}"` : `${company.form} «${company.core}»`;
  const freeShare = rank < 60 ? 0 : rank < 150 ? 0.05 : 0.2;
  return { name, core: company.core, latin: company.latin, corporate: !chance(rng, freeShare), person, sole: false };
}

function corporateDomain(rng: Rng, id: Identity, region: string, used: Set<string>): string {
  const tld = weighted(rng, [['ru', 82], ['com', 8], ['net', 4], ['su', 3], ['pro', 3]] as const);
  let base = id.latin.join(chance(rng, 0.7) ? '-' : '');
  if (id.sole) base = `${base}-${pick(rng, ['opt', 'shop', 'torg'])}`;
  const cityTail = region === '77' || region === '50' ? 'msk' : region === '78' || region === '47' ? 'spb' : `${region}`;
  const candidates = [`${base}.${tld}`, `${base}-${cityTail}.${tld}`, `${base}-${cityTail}.ru`];
  for (const c of candidates) if (!used.has(c)) return c;
  let i = 2;
  while (used.has(`${base}${i}.ru`)) i += 1;
  return `${base}${i}.ru`;
}

function personalLocal(rng: Rng, person: PersonName): string {
  const surname = translit(person.surname);
  const first = translit(person.first);
  return weighted(rng, [
    [`${first.charAt(0)}.${surname}`, 3],
    [`${surname}.${first.charAt(0)}${translit(person.patronymic).charAt(0)}`, 2],
    [`${surname}${int(rng, 1962, 1996)}`, 2],
    [`${first}.${surname}`, 2],
    [`${surname}-${first}`, 1],
  ]);
}

function uniqueEmail(email: string, used: Set<string>): string {
  if (!used.has(email)) return email;
  const [local, host] = email.split('@');
  let i = 2;
  while (used.has(`${local}${i}@${host}`)) i += 1;
  return `${local}${i}@${host}`;
}

function contacts(rng: Rng, id: Identity, domain: string | undefined, used: Set<string>): string[] {
  let first: string;
  if (domain !== undefined) {
    const local = chance(rng, 0.3) ? personalLocal(rng, id.person) : pick(rng, CORPORATE_BOXES);
    first = `${local}@${domain}`;
  } else {
    const local = id.sole ? personalLocal(rng, id.person) : `${id.latin.join('-')}${pick(rng, ['', '-snab', '-zakaz', '.opt', '2010'])}`;
    first = `${local}@${weighted(rng, FREE_MAIL)}`;
  }
  const emails = [uniqueEmail(first, used)];
  // A few clients give a second address: a buyer's own box beside the shared one.
  if (chance(rng, 0.05)) {
    const buyer = personName(rng);
    const second = domain !== undefined && chance(rng, 0.6)
      ? `${personalLocal(rng, buyer)}@${domain}`
      : `${personalLocal(rng, buyer)}@${weighted(rng, FREE_MAIL)}`;
    const unique = uniqueEmail(second, used);
    if (!emails.includes(unique)) emails.push(unique);
  }
  for (const e of emails) used.add(e);
  return emails;
}

function planClients(rng: Rng): ClientPlan[] {
  const median = 1_000_000;
  const sizes = range(0, CLIENTS).map(() => lognormal(rng, Math.log(median), SIZE_SIGMA)).sort((a, b) => b - a);
  // A heavy tail sometimes draws a second giant; capping keeps one clear breadwinner.
  const drawn = sizes.reduce((x, y) => x + y, 0);
  for (let i = 1; i < CLIENTS; i++) sizes[i] = Math.min(sizes[i], SECOND_SHARE * drawn);
  const roles = assignRoles(rng);
  const usedInn = new Set<string>();
  const usedNames = new Set<string>();
  const usedDomains = new Set<string>();
  const usedEmails = new Set<string>();

  const brand = new Set([...shuffle(rng, range(0, 60)).slice(0, 6), ...shuffle(rng, range(60, CLIENTS)).slice(0, 3)]);
  const expert = new Set(shuffle(rng, range(0, CLIENTS)).slice(0, 9));
  const declared = new Set(shuffle(rng, range(20, 200).filter((r) => !roles.start.has(r) && !roles.churn.has(r))).slice(0, 8));

  const plans: ClientPlan[] = [];
  const cores: string[] = [];
  for (let rank = 0; rank < CLIENTS; rank++) {
    const size = sizes[rank];
    const region = weighted(rng, REGIONS);

    // Quote style alone must not tell two companies apart, or they would look like one client spelt twice.
    const nameKey = (name: string) => name.replace(/[«»"]/g, '');
    let id = identity(rng, rank);
    while (usedNames.has(nameKey(id.name))) id = identity(rng, rank);
    const holdingParent = rank === roles.holding[1] ? plans[roles.holding[0]] : undefined;
    if (rank === roles.holding[0]) id.corporate = true;
    if (holdingParent) {
      // A second legal entity of the same group: same domain, a "trading house" name.
      const core = cores[roles.holding[0]];
      const name = core.startsWith('ТД ') ? `ООО «${core} Регион»` : `ООО «ТД ${core}»`;
      id = { ...id, name, sole: false, corporate: true };
    }
    usedNames.add(nameKey(id.name));
    cores.push(id.core);

    let inn = id.sole ? innPerson(rng, region) : innCompany(rng, region);
    while (usedInn.has(inn)) inn = id.sole ? innPerson(rng, region) : innCompany(rng, region);
    usedInn.add(inn);

    let domain: string | undefined;
    if (holdingParent) domain = holdingParent.domain;
    else if (id.corporate) domain = corporateDomain(rng, id, region, usedDomains);
    if (domain !== undefined) usedDomains.add(domain);
    const emails = contacts(rng, id, domain, usedEmails);

    const start = roles.start.get(rank) ?? 0;
    const isNew = start >= MONTHS - 6;
    let kam = weighted(rng, KAM_WEIGHTS);
    if (isNew && chance(rng, 0.6)) kam = KAMS[5];
    if (rank === 0) kam = KAMS[0];
    if (rank === 2) kam = KAMS[1];
    if (rank === 8) kam = KAMS[3];
    if (holdingParent) kam = holdingParent.kam;

    const tags: string[] = [];
    if (brand.has(rank)) tags.push('brand');
    if (expert.has(rank)) tags.push('expert');

    let potential: number | undefined;
    if (isNew && chance(rng, 0.65)) potential = Math.max(100_000, roundTo(size * uniform(rng, 1.5, 4), 50_000));
    if (declared.has(rank)) potential = Math.max(100_000, roundTo(size * uniform(rng, 1.3, 3), 50_000));

    let pattern = roles.regular.has(rank) ? 'regular' : patternFor(rng, rank);
    if (roles.declining.has(rank)) pattern = 'seasonal';
    // A new client has only a few months; make most of them buy every month so growth is visible.
    if (isNew && chance(rng, 0.7)) pattern = chance(rng, 0.5) ? 'regular' : 'seasonal';

    const trendSd = pattern === 'regular' ? 0.004 : pattern === 'seasonal' ? 0.008 : 0.012;
    // Big buyers negotiate thinner margins; one tender client is almost at cost.
    const sizeZ = Math.log(size / median) / SIZE_SIGMA;
    let margin = clamp(0.23 - 0.025 * sizeZ + normal(rng, 0, 0.05), 0.03, 0.42);
    if (rank === roles.thinMargin) margin = 0.015;
    if (rank === roles.lossMaking) margin = -0.03;

    plans.push({
      inn,
      name: id.name,
      emails,
      domain,
      kam,
      tags,
      potential,
      size,
      pattern,
      start,
      end: roles.churn.get(rank) ?? MONTHS - 1,
      trend: normal(rng, pattern === 'seasonal' ? 0.003 : 0, trendSd),
      ramp: roles.growing.has(rank) ? int(rng, 3, 6) : 0,
      declineFrom: roles.declining.has(rank) ? 10 : roles.churn.has(rank) && chance(rng, 0.5) ? (roles.churn.get(rank) ?? 0) - 2 : -1,
      margin,
      unitPrice: lognormal(rng, Math.log(650), 0.7),
      lineRate: uniform(rng, 0.6, 1.4),
      returnRate: uniform(rng, 0.3, 1.8) * 0.03,
    });
  }
  return plans;
}

/** Net revenue per month (0 = no purchase); returns are netted in later. */
function monthlyTotals(rng: Rng, plan: ClientPlan): number[] {
  const base = plan.size / 12;
  const amp = uniform(rng, 0.8, 1.6);
  const p = plan.pattern === 'irregular' ? uniform(rng, 0.5, 0.85) : plan.pattern === 'sporadic' ? uniform(rng, 0.12, 0.4) : 1;
  // Established clients buy at least once early on, so they do not look new by accident.
  const forced = plan.start === 0 ? int(rng, 0, 5) : plan.start;
  const totals = new Array<number>(MONTHS).fill(0);
  for (let m = plan.start; m <= plan.end; m++) {
    let level = base * Math.exp(plan.trend * (m - 11.5));
    if (plan.ramp > 0) level *= Math.min(1, 0.25 + (0.75 * (m - plan.start)) / plan.ramp);
    if (plan.declineFrom >= 0 && m > plan.declineFrom) level *= Math.exp(-0.15 * (m - plan.declineFrom));
    const season = 1 + amp * (SEASON[m % 12] - 1);
    const buys = m === forced || (m === plan.end && plan.end < MONTHS - 1) || chance(rng, p);
    const draw = (() => {
      switch (plan.pattern) {
        case 'regular': return level * lognormal(rng, 0, 0.045);
        case 'seasonal': return level * season * lognormal(rng, 0, 0.07);
        case 'irregular': return (level / p) * season * lognormal(rng, 0, 0.45);
        case 'sporadic': return (level / p) * lognormal(rng, 0, 0.6);
      }
    })();
    if (buys) totals[m] = draw;
  }
  return totals;
}

function workdays(year: number, month: number): number[] {
  const days: number[] = [];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const weekday = new Date(Date.UTC(year, month, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(`${month + 1}-${d}`)) days.push(d);
  }
  return days;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a month's net total into purchase lines and, sometimes, a return that the purchases offset. */
function monthLines(rng: Rng, plan: ClientPlan, m: number, total: number): SampleRow[] {
  const year = FIRST_YEAR + Math.floor(m / 12);
  const month = m % 12;
  const days = workdays(year, month);
  const n = Math.min(18, 1 + poisson(rng, plan.lineRate * Math.sqrt(total / 50_000)));
  const hasReturn = chance(rng, Math.min(0.5, plan.returnRate * n));
  const returned = hasReturn ? (total / n) * uniform(rng, 0.05, 0.7) : 0;
  const weights = range(0, n).map(() => lognormal(rng, 0, 0.7));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const common = {
    client: plan.inn,
    name: plan.name,
    email: plan.emails.join('; '),
    ...(plan.domain !== undefined ? { domain: plan.domain } : {}),
    kam: plan.kam,
    ...(plan.tags.length > 0 ? { tags: plan.tags } : {}),
    ...(plan.potential !== undefined ? { potential: plan.potential } : {}),
  };

  const lines: SampleRow[] = [];
  for (const w of weights) {
    const amount = cents(((total + returned) * w) / weightSum);
    const margin = chance(rng, 0.035) ? -uniform(rng, 0.01, 0.12) : plan.margin + normal(rng, 0, 0.04);
    const quantity = Math.max(1, Math.round((amount / plan.unitPrice) * lognormal(rng, 0, 0.3)));
    lines.push({ ...common, date: isoDate(year, month, pick(rng, days)), amount, profit: cents(amount * margin), quantity });
  }
  if (hasReturn) {
    const amount = -cents(returned);
    const quantity = -Math.max(1, Math.round(returned / plan.unitPrice));
    lines.push({ ...common, date: isoDate(year, month, pick(rng, days)), amount, profit: cents(amount * plan.margin), quantity });
  }
  return lines;
}

export function generateSample(seed = 42): SampleRow[] {
  const rng = createRng(seed);
  const plans = planClients(rng);
  const totals = plans.map((plan) => monthlyTotals(rng, plan));

  const sum = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const others = totals.slice(1).reduce((acc, row) => acc + sum(row), 0);
  const scale = ((BREADWINNER_SHARE / (1 - BREADWINNER_SHARE)) * others) / sum(totals[0]);
  totals[0] = totals[0].map((t) => t * scale);

  const rows: SampleRow[] = [];
  plans.forEach((plan, i) => {
    totals[i].forEach((total, m) => {
      if (total > 0) rows.push(...monthLines(rng, plan, m, total));
    });
  });
  // A sales register is ordered by date; within a day the order of documents is arbitrary.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.row.client < b.row.client ? -1 : a.row.client > b.row.client ? 1 : a.i - b.i))
    .map(({ row }) => row);
}
