/**
 * The CLI's key-accounts texts, Russian and English: the score, movement,
 * portfolio and win-back sections and their help lines.
 *
 * @example
 * keyAccountCliMessages.en.movementCounts({ up: 1, down: 2, same: 3, new: 0, gone: 1 }); // 'up 1, down 2, same 3, new 0, gone 1'
 */
import type { Lang } from '../shared/options.js';

/** English count with its noun: `1 client`, `2 clients`. */
const count = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

const en = {
  usage: `Key accounts:
  --accounts FILE            the accounts table (dossier): KAM, potential, tags, 3 P's, payment delay, next step…
  --weights turnover=25,margin=15,reliability=15,tenure=10,trend=10,wallet=15,reputation=10
                             key-client score weights, % (renormalised over the known parts)
  --tiers 60/35              score from which a client is key / develop (default 60/35)
  --previous                 compare with the window just before (default: last 12 periods against the 12 before)
  --portfolio FILE.csv       write one row per KAM (load: under below 4 key accounts, over above 10)
  --kam-load 4/10            key accounts per KAM counted as a sane load (default 4/10)
  --winback FILE.csv         write the win-back list: at-risk, lost and gone clients`,
  scoreTitle: (key: number, develop: number, maintain: number, keyFrom: number, developFrom: number) =>
    `Key-client score: ${key} key, ${develop} develop, ${maintain} maintain (key from ${keyFrom}, develop from ${developFrom})`,
  topScores: (n: number) => `Top ${n} by score`,
  movementTitle: (from: string, to: string, prevFrom: string, prevTo: string) => `Class movement: ${from} … ${to} against ${prevFrom} … ${prevTo}`,
  movementCounts: (c: Record<'up' | 'down' | 'same' | 'new' | 'gone', number>) => `up ${c.up}, down ${c.down}, same ${c.same}, new ${c.new}, gone ${c.gone}`,
  wasNow: 'was \\ now',
  newRow: 'new',
  goneColumn: 'gone',
  downgradesTitle: (n: number) => `Largest downgrades (${n})`,
  noDowngrades: 'No downgrades.',
  portfolioTitle: (min: number, max: number) => `KAM portfolios (a sane load: ${min} to ${max} key accounts)`,
  portfolioHeader: ['KAM', 'clients', 'A', 'key', 'revenue', 'share', 'at risk', 'lost', 'load'],
  winbackTitle: (n: number) => `Win-back list: ${count(n, 'client')}, the largest first (revenue of the 12 months before the lapse)`,
  winbackLine: (risk: string, revenue: string, days: number, before: string, kam: string, step: string) => `${risk}, ${revenue}, ${count(days, 'day')} without orders, was ${before}` + (kam ? `, KAM ${kam}` : '') + (step ? `; next: ${step}` : ''),
  accountsRead: (file: string, read: number, used: number, rejected: number) => `Accounts ${file}: ${read} read, ${used} used, ${rejected} rejected`,
  accountsUnmatched: (n: number) => `Accounts with no purchases in the window: ${n} (not scored)`,
  written: (what: string, file: string, rows: number) => `${what} written: ${file} (${rows} rows)`,
  what: { portfolio: 'Portfolio', winback: 'Win-back list' },
  scanning: 'Finding the last date for --previous…',
  expected: {
    weights: (parts: string) => `${parts}=N, … (N a percentage; at least one weight above 0), e.g. turnover=40,margin=20`,
    tiers: 'two scores KEY/DEVELOP from 0 to 100 with KEY ≥ DEVELOP, e.g. 60/35',
    kamLoad: 'two counts MIN/MAX of key accounts with MIN ≤ MAX, e.g. 4/10',
  },
};

type Messages = typeof en;

const ru: Messages = {
  usage: `Ключевые клиенты:
  --accounts ФАЙЛ            таблица клиентов (досье): KAM, потенциал, теги, 3 P, отсрочка платежа, следующий шаг…
  --weights turnover=25,margin=15,reliability=15,tenure=10,trend=10,wallet=15,reputation=10
                             веса балла ключевого клиента, % (пересчитываются по известным частям)
  --tiers 60/35              балл, с которого клиент ключевой / развивать (по умолчанию 60/35)
  --previous                 сравнить с окном перед ним (по умолчанию последние 12 периодов с 12 предыдущими)
  --portfolio ФАЙЛ.csv       записать строку на каждого KAM (нагрузка: недогружен меньше 4 ключевых, перегружен больше 10)
  --kam-load 4/10            нормальная нагрузка KAM в ключевых клиентах (по умолчанию 4/10)
  --winback ФАЙЛ.csv         записать список на возврат: под угрозой, потерянные и ушедшие`,
  scoreTitle: (key, develop, maintain, keyFrom, developFrom) =>
    `Балл ключевого клиента: ключевых ${key}, развивать ${develop}, поддерживать ${maintain} (ключевой от ${keyFrom}, развивать от ${developFrom})`,
  topScores: (n) => `Топ-${n} по баллу`,
  movementTitle: (from, to, prevFrom, prevTo) => `Движение по классам: ${from} … ${to} против ${prevFrom} … ${prevTo}`,
  movementCounts: (c) => `вверх ${c.up}, вниз ${c.down}, без изменений ${c.same}, новых ${c.new}, ушло ${c.gone}`,
  wasNow: 'было \\ стало',
  newRow: 'новые',
  goneColumn: 'ушли',
  downgradesTitle: (n) => `Крупнейшие понижения (${n})`,
  noDowngrades: 'Понижений нет.',
  portfolioTitle: (min, max) => `Портфели KAM (нормальная нагрузка: от ${min} до ${max} ключевых клиентов)`,
  portfolioHeader: ['KAM', 'клиентов', 'A', 'ключ.', 'выручка', 'доля', 'угроза', 'потер.', 'нагрузка'],
  winbackTitle: (n) => `Список на возврат: клиентов ${n}, крупнейшие первыми (выручка за 12 месяцев до ухода)`,
  winbackLine: (risk, revenue, days, before, kam, step) => `${risk}, ${revenue}, без заказов ${days} дн., был ${before}` + (kam ? `, KAM ${kam}` : '') + (step ? `; дальше: ${step}` : ''),
  accountsRead: (file, read, used, rejected) => `Досье ${file}: прочитано ${read}, использовано ${used}, отклонено ${rejected}`,
  accountsUnmatched: (n) => `Клиентов из досье без покупок в окне: ${n}, балл не считается`,
  written: (what, file, rows) => `${what} записан: ${file} (строк: ${rows})`,
  what: { portfolio: 'Портфель', winback: 'Список на возврат' },
  scanning: 'Поиск последней даты для --previous…',
  expected: {
    weights: (parts) => `${parts}=N, … (N — процент; хотя бы один вес больше 0), например turnover=40,margin=20`,
    tiers: 'два балла КЛЮЧЕВОЙ/РАЗВИВАТЬ от 0 до 100, КЛЮЧЕВОЙ ≥ РАЗВИВАТЬ, например 60/35',
    kamLoad: 'два числа МИН/МАКС ключевых клиентов, МИН ≤ МАКС, например 4/10',
  },
};

export const keyAccountCliMessages: Record<Lang, Messages> = { en, ru };
