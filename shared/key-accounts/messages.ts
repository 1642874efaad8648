/**
 * The key-accounts message catalogue: score parts and their reasons, tiers,
 * movement, portfolio load, answers and roles, and the accounts reader's
 * errors, in Russian and English.
 *
 * @example
 * keyAccountMessages.en.tier.key; // 'key'
 * keyAccountMessages.ru.partName.wallet; // 'доля закупок'
 */
import { pluralRu } from '../format.js';
import type { Lang } from '../options.js';
import type { Answer, ContactRole } from './account.js';

export type ScorePartName = 'turnover' | 'margin' | 'reliability' | 'tenure' | 'trend' | 'wallet' | 'reputation';
export type Tier = 'key' | 'develop' | 'maintain';
export type Movement = 'up' | 'down' | 'same' | 'new' | 'gone';
export type Load = 'under' | 'ok' | 'over';

type Catalogue = {
  partName: Record<ScorePartName, string>;
  tier: Record<Tier, string>;
  movement: Record<Movement, string>;
  load: Record<Load, string>;
  answer: Record<Answer, string>;
  role: Record<ContactRole, string>;
  points: (points: string, max: string) => string;
  turnover: (share: string, breadwinner: string) => string;
  margin: (margin: string, median: string) => string;
  reliability: (xyz: string, bought: number, periods: number) => string;
  paymentDelay: (days: number) => string;
  tenure: (days: number, full: number) => string;
  trend: (change: string) => string;
  wallet: (potential: string, share: string | undefined, gap: string | undefined) => string;
  reputation: (tags: string) => string;
  reputationNone: string;
  missing: (parts: string) => string;
  scoreLine: (score: number, tier: string) => string;
  movementReason: (from: string, to: string) => string;
  goneReason: (from: string) => string;
  noKam: string;
  badAnswer: (column: string, value: string) => string;
  badNumber: (column: string, value: string) => string;
  badDate: (column: string, value: string) => string;
  emptyClient: string;
  duplicateClient: (client: string, line: number) => string;
  noClientColumn: string;
};

const days = (n: number) => `${n} ${pluralRu(n, 'день', 'дня', 'дней')}`;

export const keyAccountMessages: Record<Lang, Catalogue> = {
  en: {
    partName: { turnover: 'turnover', margin: 'margin', reliability: 'reliability', tenure: 'tenure', trend: 'trend', wallet: 'share of wallet', reputation: 'reputation' },
    tier: { key: 'key', develop: 'develop', maintain: 'maintain' },
    movement: { up: 'up', down: 'down', same: 'same', new: 'new', gone: 'gone' },
    load: { under: 'under', ok: 'ok', over: 'over' },
    answer: { yes: 'yes', no: 'no', unknown: 'unknown' },
    role: { 'decision-maker': 'decision maker', influencer: 'influencer', user: 'user', buyer: 'buyer', blocker: 'blocker' },
    points: (points, max) => `${points}/${max}`,
    turnover: (share, breadwinner) => `${share} of total (breadwinner ${breadwinner})`,
    margin: (margin, median) => `${margin} (median ${median})`,
    reliability: (xyz, bought, periods) => `${xyz}, ${bought} of ${periods} periods`,
    paymentDelay: (n) => `pays in ${n} days`,
    tenure: (n, full) => `${n} days (full at ${full})`,
    trend: (change) => `${change} vs previous periods`,
    wallet: (potential, share, gap) => (share ? `${share}, ` : '') + `potential ${potential} a year` + (gap ? `, ${gap} to reach` : ''),
    reputation: (tags) => `tags: ${tags}`,
    reputationNone: 'no brand or expert tag',
    missing: (parts) => `not known: ${parts} (reweighted)`,
    scoreLine: (score, tier) => `score ${score} (${tier})`,
    movementReason: (from, to) => `was ${from} → now ${to}`,
    goneReason: (from) => `was ${from} → no purchases now`,
    noKam: '(no KAM)',
    badAnswer: (column, value) => `${column}: '${value}' is not yes, no or unknown`,
    badNumber: (column, value) => `${column}: '${value}' is not a number of 0 or more`,
    badDate: (column, value) => `${column}: '${value}' is not a date`,
    emptyClient: 'the client cell is empty',
    duplicateClient: (client, line) => `client ${client} is already on line ${line}`,
    noClientColumn: 'no client column: name one client, Клиент or ИНН',
  },
  ru: {
    partName: { turnover: 'оборот', margin: 'маржа', reliability: 'надёжность', tenure: 'стаж', trend: 'динамика', wallet: 'доля закупок', reputation: 'репутация' },
    tier: { key: 'ключевой', develop: 'развивать', maintain: 'поддерживать' },
    movement: { up: 'вверх', down: 'вниз', same: 'без изменений', new: 'новый', gone: 'ушёл' },
    load: { under: 'недогружен', ok: 'норма', over: 'перегружен' },
    answer: { yes: 'да', no: 'нет', unknown: 'неизвестно' },
    role: { 'decision-maker': 'ЛПР', influencer: 'влияет на решение', user: 'пользователь', buyer: 'закупщик', blocker: 'блокирует' },
    points: (points, max) => `${points}/${max}`,
    turnover: (share, breadwinner) => `${share} суммы (кормилец ${breadwinner})`,
    margin: (margin, median) => `${margin} (медиана ${median})`,
    reliability: (xyz, bought, periods) => `${xyz}, ${bought} из ${periods} периодов`,
    paymentDelay: (n) => `оплата за ${days(n)}`,
    tenure: (n, full) => `${days(n)} (полный балл с ${full})`,
    trend: (change) => `${change} к прошлым периодам`,
    wallet: (potential, share, gap) => (share ? `${share}, ` : '') + `потенциал ${potential} в год` + (gap ? `, до потенциала ${gap}` : ''),
    reputation: (tags) => `теги: ${tags}`,
    reputationNone: 'нет тегов бренда или эксперта',
    missing: (parts) => `нет данных: ${parts} (веса пересчитаны)`,
    scoreLine: (score, tier) => `балл ${score} (${tier})`,
    movementReason: (from, to) => `было ${from} → стало ${to}`,
    goneReason: (from) => `было ${from} → покупок нет`,
    noKam: '(без KAM)',
    badAnswer: (column, value) => `${column}: «${value}» — не да, нет или неизвестно`,
    badNumber: (column, value) => `${column}: «${value}» — не число от 0`,
    badDate: (column, value) => `${column}: «${value}» — не дата`,
    emptyClient: 'пустая ячейка клиента',
    duplicateClient: (client, line) => `клиент ${client} уже есть в строке ${line}`,
    noClientColumn: 'нет столбца клиента: назовите его Клиент, ИНН или client',
  },
};
