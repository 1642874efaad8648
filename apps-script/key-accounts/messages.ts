/**
 * The Sheets add-on's key-accounts texts, Russian and English: the notes on
 * the new columns and sheets, titles, and the errors of `=KEYSCORE`.
 *
 * @example
 * keyAccountSheetMessages('ru').movementTitle('2024-01', '2024-12', '2023-01', '2023-12');
 */
import type { Lang } from '../../shared/options.js';

const en = {
  scoreNotes: {
    score: 'Key-client score 0–100: turnover, margin, reliability, tenure, trend, share of wallet, reputation (see score_reason)',
    tier: 'key (from 55), develop (from 40) or maintain',
    share_of_wallet: 'Yearly revenue / potential from the Accounts sheet or the sales',
    qualified: 'yes when need, solvency and authority are all yes in the Accounts sheet',
    score_reason: 'Each part of the score in words and numbers; parts without data are left out and the weights renormalised',
  } as Record<string, string>,
  accountsNote: 'The dossier: type here. Each run adds new clients at the bottom and never changes what is typed.',
  movementTitle: (from: string, to: string, prevFrom: string, prevTo: string) => `Class movement: ${from} … ${to} against ${prevFrom} … ${prevTo}`,
  movementEmpty: 'No purchases in the previous 12 months: every client counts as new.',
  wasNow: 'was \\ now',
  newRow: 'new',
  goneColumn: 'gone',
  clientsTitle: 'Clients, the largest revenue lost first',
  movementNotes: {
    client: 'Client id',
    name: 'Client name',
    kam: 'KAM',
    prev_segment: 'Class in the previous 12 months',
    segment: 'Class in the last 12 months (gone: no purchases)',
    movement: 'up, down, same, new or gone',
    revenue_before: 'Revenue in the previous 12 months',
    revenue_now: 'Revenue in the last 12 months',
    change: 'Revenue now minus before',
  } as Record<string, string>,
  portfolioNotes: {
    kam: 'KAM (blank: clients without one)',
    clients: 'Clients with purchases',
    a_clients: 'Class A clients',
    key_accounts: 'Clients of tier key',
    revenue: 'Revenue',
    share: 'Share of the total revenue',
    at_risk: 'Clients at risk',
    lost: 'Clients lost',
    load: 'under below 4 key accounts, over above 10, else ok',
  } as Record<string, string>,
  winbackNotes: {
    client: 'Client id',
    name: 'Client name',
    kam: 'KAM',
    risk: 'at-risk or lost',
    revenue_12m: 'Revenue of the 12 months up to the last purchase: the list is ranked by it',
    last_purchase: 'Last purchase',
    days_since: 'Days since the last purchase',
    usual_gap: 'Usual gap between purchases, days',
    class_before: 'Class before the lapse (in the previous 12 months when known)',
    next_step: 'Next step from the Accounts sheet',
    next_step_date: 'Date of the next step',
  } as Record<string, string>,
  accountsProblem: (line: number, reason: string) => `Accounts, row ${line}: ${reason}`,
  keyscoreHeader: ['Client', 'Score', 'Tier', 'Share of wallet', 'Qualified', 'Reason'],
  badWeights: (value: string) => `weights=${value}: expected turnover=25,margin=15,… (parts: turnover, margin, reliability, tenure, trend, wallet, reputation)`,
  badTiers: (value: string) => `tiers=${value}: expected KEY/DEVELOP, e.g. 55/40`,
  badPeriod: (value: string) => `period=${value}: expected month, week or quarter`,
  badOption: (key: string) => `unknown option '${key}': KEYSCORE takes weights=, tiers=, period= and lang=`,
};

type Messages = typeof en;

const ru: Messages = {
  scoreNotes: {
    score: 'Балл ключевого клиента 0–100: оборот, маржа, надёжность, стаж, динамика, доля закупок, репутация (см. score_reason)',
    tier: 'key — ключевой (от 55), develop — развивать (от 40), maintain — поддерживать',
    share_of_wallet: 'Выручка за год / потенциал из листа Accounts или из продаж',
    qualified: 'yes, если в листе Accounts потребность, платёжеспособность и полномочия — все «да»',
    score_reason: 'Каждая часть балла словами и числами; части без данных не учитываются, веса пересчитываются',
  },
  accountsNote: 'Досье: заполняйте здесь. Каждый запуск добавляет новых клиентов внизу и не меняет введённое.',
  movementTitle: (from, to, prevFrom, prevTo) => `Движение по классам: ${from} … ${to} против ${prevFrom} … ${prevTo}`,
  movementEmpty: 'В предыдущие 12 месяцев покупок нет: все клиенты считаются новыми.',
  wasNow: 'было \\ стало',
  newRow: 'новые',
  goneColumn: 'ушли',
  clientsTitle: 'Клиенты, сначала с наибольшей потерей выручки',
  movementNotes: {
    client: 'Идентификатор клиента',
    name: 'Наименование клиента',
    kam: 'KAM',
    prev_segment: 'Класс в предыдущие 12 месяцев',
    segment: 'Класс в последние 12 месяцев (gone — покупок нет)',
    movement: 'up — вверх, down — вниз, same — без изменений, new — новый, gone — ушёл',
    revenue_before: 'Выручка в предыдущие 12 месяцев',
    revenue_now: 'Выручка в последние 12 месяцев',
    change: 'Выручка сейчас минус раньше',
  },
  portfolioNotes: {
    kam: 'KAM (пусто — клиенты без KAM)',
    clients: 'Клиентов с покупками',
    a_clients: 'Клиентов класса A',
    key_accounts: 'Ключевых клиентов (tier key)',
    revenue: 'Выручка',
    share: 'Доля от общей выручки',
    at_risk: 'Клиентов под угрозой',
    lost: 'Потерянных клиентов',
    load: 'under — меньше 4 ключевых, over — больше 10, иначе ok',
  },
  winbackNotes: {
    client: 'Идентификатор клиента',
    name: 'Наименование клиента',
    kam: 'KAM',
    risk: 'at-risk — под угрозой, lost — потерян',
    revenue_12m: 'Выручка за 12 месяцев до последней покупки: по ней отсортирован список',
    last_purchase: 'Последняя покупка',
    days_since: 'Дней с последней покупки',
    usual_gap: 'Обычный интервал между покупками, дней',
    class_before: 'Класс до ухода (в предыдущие 12 месяцев, если известен)',
    next_step: 'Следующий шаг из листа Accounts',
    next_step_date: 'Дата следующего шага',
  },
  accountsProblem: (line, reason) => `Accounts, строка ${line}: ${reason}`,
  keyscoreHeader: ['Клиент', 'Балл', 'Уровень', 'Доля закупок', 'Квалифицирован', 'Причина'],
  badWeights: (value) => `weights=${value}: ожидается turnover=25,margin=15,… (части: turnover, margin, reliability, tenure, trend, wallet, reputation)`,
  badTiers: (value) => `tiers=${value}: ожидается КЛЮЧЕВОЙ/РАЗВИВАТЬ, например 55/40`,
  badPeriod: (value) => `period=${value}: ожидается month, week или quarter`,
  badOption: (key) => `неизвестный параметр «${key}»: KEYSCORE принимает weights=, tiers=, period= и lang=`,
};

export function keyAccountSheetMessages(lang: Lang): Messages {
  return lang === 'ru' ? ru : en;
}
