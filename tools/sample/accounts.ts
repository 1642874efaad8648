/**
 * The sample accounts table (the dossier) for the sample sales: the clients
 * a KAM would keep a dossier on — the top of the revenue ranking, the new
 * ones and every tagged or declared-potential client — with realistic
 * potentials, 3 P's, payment delays, contracts, decision makers, competitors,
 * needs and next steps. Deterministic: a seed always gives the same table.
 *
 * @example
 * const accounts = generateAccounts(generateSample()); // seed 42, the committed sample/accounts.csv
 * accounts[0].kam; // 'Кузнецов Д. А.'
 */
import type { Account } from '../../shared/key-accounts/account.js';
import type { SampleRow } from './generate.js';
import { initials, personName } from './names.js';
import { chance, createRng, int, lognormal, pick, uniform, weighted } from './random.js';

const COMPETITORS = ['ТД «Стройресурс»', 'Мегаснаб', 'ГК «Профит»', 'Леруа Мерлен Про', 'Петрович', 'Сатурн', 'Бауцентр', 'местный дилер'];
const NEEDS = [
  'расширение ассортимента, поставки под объекты',
  'стабильные сроки поставки, отсрочка 30 дней',
  'открывают два филиала в 2025 году',
  'снижение цены за счёт годового объёма',
  'переход на ЭДО и автозаказ',
  'сезонный пик в апреле–июне, нужен страховой запас',
  'тендер на годовую поставку в I квартале',
];
const STEPS = ['встреча с ЛПР', 'отправить КП на годовой объём', 'согласовать график поставок', 'звонок по просроченной оплате', 'презентация новой линейки', 'подписать допсоглашение', 'выяснить причину паузы в заказах'];
const ROLES = [['buyer', 3], ['influencer', 2], ['user', 1], ['blocker', 0.5]] as const;

export function generateAccounts(rows: readonly SampleRow[], seed = 11): Account[] {
  const rng = createRng(seed);
  const byClient = new Map<string, { name: string; kam: string; revenue: number; first: string; last: string; tags: string[]; potential?: number }>();
  for (const r of rows) {
    const c = byClient.get(r.client) ?? { name: r.name, kam: r.kam, revenue: 0, first: r.date, last: r.date, tags: [], potential: undefined };
    c.revenue += r.amount;
    if (r.date > c.last) c.last = r.date;
    for (const tag of r.tags ?? []) if (!c.tags.includes(tag)) c.tags.push(tag);
    if (r.potential !== undefined) c.potential = r.potential;
    byClient.set(r.client, c);
  }
  const ranked = [...byClient.entries()].sort((a, b) => b[1].revenue - a[1].revenue);
  const chosen = ranked.filter(([, c], i) => i < 60 || c.tags.length > 0 || c.potential !== undefined || c.first >= '2024-07-01');
  return chosen.map(([client, c], i): Account => {
    const yearly = Math.max(0, c.revenue) / 2;
    const potential = c.potential ?? (chance(rng, 0.85) ? Math.round((yearly * uniform(rng, 1.05, 3.2)) / 10_000) * 10_000 : undefined);
    const isNew = c.first >= '2024-07-01';
    const answer = (pYes: number, pNo: number) => weighted(rng, [['yes', pYes], ['no', pNo], ['unknown', 1 - pYes - pNo]] as const);
    const people = int(rng, 1, 3);
    const decisionMakers = Array.from({ length: people }, (_, k) => ({ name: initials(personName(rng)), role: k === 0 ? 'decision-maker' : weighted(rng, ROLES) }));
    const stepDay = int(rng, 8, 27);
    const stepMonth = pick(rng, ['01', '01', '02', '03']);
    const lapsed = c.last < '2024-09-01';
    return {
      client,
      name: c.name,
      kam: c.kam,
      potential,
      tags: c.tags.map((t) => (t === 'brand' ? 'бренд' : t === 'expert' ? 'эксперт' : t)),
      need: isNew ? answer(0.6, 0.1) : answer(0.85, 0.03),
      solvency: answer(0.75, i % 17 === 5 ? 0.25 : 0.05),
      authority: isNew ? answer(0.45, 0.15) : answer(0.7, 0.05),
      payment_delay_days: chance(rng, 0.8) ? Math.min(90, Math.round(lognormal(rng, Math.log(18), 0.6))) : undefined,
      contract_until: !isNew && chance(rng, 0.7) ? `${pick(rng, ['2025', '2025', '2026'])}-${pick(rng, ['03', '06', '09', '12'])}-${pick(rng, ['30', '28'])}` : undefined,
      decision_makers: decisionMakers,
      competitors: chance(rng, 0.75) ? [...new Set([pick(rng, COMPETITORS), pick(rng, COMPETITORS)])].join(', ') : '',
      needs: chance(rng, 0.7) ? pick(rng, NEEDS) : '',
      next_step: lapsed ? 'выяснить причину паузы в заказах' : pick(rng, STEPS),
      next_step_date: `2025-${stepMonth}-${String(stepDay).padStart(2, '0')}`,
      notes: chance(rng, 0.2) ? pick(rng, ['ключевой объект — ЖК на 1200 квартир', 'просили персонального менеджера на складе', 'сравнивают цены каждый квартал', 'платят стабильно, но торгуются']) : '',
    };
  });
}
