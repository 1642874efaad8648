/**
 * The core's message catalogue: every text a KAM reads from the core (cell
 * actions, type and risk names, reasons) in Russian and English.
 *
 * @example
 * messages.en.cellAction.AX; // 'Key account: personal KAM, long-term contract, joint planning'
 * messages.ru.reasonXyz('Z', '41%', 12, 'month'); // 'Z: КВ 41% за 12 мес.'
 */
import { pluralRu } from './format.js';
import type { Lang, Period } from './options.js';

export type CellCode = `${'A' | 'B' | 'C'}${'X' | 'Y' | 'Z'}`;
export type AccountType = 'breadwinner' | 'prospect' | 'image-maker' | 'expert';

type Catalogue = {
  cellAction: Record<CellCode, string>;
  accountType: Record<AccountType, string>;
  trend: Record<'rising' | 'falling' | 'stable', string>;
  risk: Record<'at-risk' | 'lost', string>;
  frequency: Record<'frequent' | 'regular' | 'irregular', string>;
  reasonAbc(abc: string, cumulative: string, rule: 'before' | 'including', rank: number, of: number): string;
  reasonAbcTie(abc: string, rank: number): string;
  reasonAbcNoRevenue(): string;
  reasonAbcLoss(total: string): string;
  reasonXyz(xyz: string, cv: string, periods: number, period: Period): string;
  reasonXyzNoSales(periods: number, period: Period): string;
  reasonNew(first: string): string;
  reasonFrequency(bought: number, periods: number, period: Period, label: string): string;
  reasonAtRisk(days: number, gap: number): string;
  reasonLost(days: number): string;
  reasonBreadwinner(share: string): string;
};

const periodEn = (n: number, period: Period) => `${n} ${period}${n === 1 ? '' : 's'}`;
const periodRu = { month: 'мес.', week: 'нед.', quarter: 'кв.' } as const;
const daysRu = (n: number) => `${n} ${pluralRu(n, 'день', 'дня', 'дней')}`;

export const messages: Record<Lang, Catalogue> = {
  en: {
    cellAction: {
      AX: 'Key account: personal KAM, long-term contract, joint planning',
      AY: 'Key account with swings: personal KAM, agreed order schedule and safety stock',
      AZ: 'Large but unpredictable: find the cause of the swings, forecast orders with the client',
      BX: 'Steady mid-size: grow share of wallet, cross-sell, volume bonuses',
      BY: 'Mid-size: regular contact, develop towards A, plan stock',
      BZ: 'Mid-size, irregular: work on regularity, offer a supply agreement',
      CX: 'Small, steady: automate service, standard terms, upsell',
      CY: 'Small: standard terms, low-cost channels',
      CZ: 'Minimal service cost, standard terms, review the relationship',
    },
    accountType: { breadwinner: 'Breadwinner', prospect: 'Prospect', 'image-maker': 'Image-maker', expert: 'Expert' },
    trend: { rising: 'rising', falling: 'falling', stable: 'stable' },
    risk: { 'at-risk': 'at risk', lost: 'lost' },
    frequency: { frequent: 'frequent', regular: 'regular', irregular: 'irregular' },
    reasonAbc: (abc, cum, rule, rank, of) => `${abc}: ${cum} cumulative ${rule === 'before' ? 'before it' : 'including it'}, rank ${rank} of ${of}`,
    reasonAbcTie: (abc, rank) => `${abc}: same total as rank ${rank}`,
    reasonAbcNoRevenue: () => 'C: no revenue',
    reasonAbcLoss: (total) => `C: loss of ${total}`,
    reasonXyz: (xyz, cv, periods, period) => `${xyz}: CV ${cv} over ${periodEn(periods, period)}`,
    reasonXyzNoSales: (periods, period) => `Z: no net sales over ${periodEn(periods, period)}`,
    reasonNew: (first) => `new client since ${first}`,
    reasonFrequency: (bought, periods, period, label) => `bought in ${bought} of ${periodEn(periods, period)} (${label})`,
    reasonAtRisk: (days, gap) => `at risk: ${days} days since the last order, usual gap ${gap}`,
    reasonLost: (days) => `lost: ${days} days since the last order`,
    reasonBreadwinner: (share) => `Breadwinner: ${share} of the total`,
  },
  ru: {
    cellAction: {
      AX: 'Ключевой клиент: персональный KAM, долгосрочный договор, совместное планирование',
      AY: 'Ключевой с колебаниями: персональный KAM, согласованный график заказов и страховой запас',
      AZ: 'Крупный, но непредсказуемый: выяснить причину колебаний, прогнозировать заказы вместе с клиентом',
      BX: 'Стабильный средний: наращивать долю закупок, кросс-продажи, бонусы за объём',
      BY: 'Средний: регулярный контакт, развивать до группы A, планировать запас',
      BZ: 'Средний нерегулярный: работать над регулярностью, предложить договор поставки',
      CX: 'Малый стабильный: автоматизировать обслуживание, стандартные условия, допродажи',
      CY: 'Малый: стандартные условия, недорогие каналы',
      CZ: 'Минимальные затраты на обслуживание, стандартные условия, пересмотреть работу',
    },
    accountType: { breadwinner: 'Кормилец', prospect: 'Перспективный', 'image-maker': 'Имиджмейкер', expert: 'Эксперт' },
    trend: { rising: 'рост', falling: 'спад', stable: 'стабильно' },
    risk: { 'at-risk': 'под угрозой', lost: 'потерян' },
    frequency: { frequent: 'часто', regular: 'регулярно', irregular: 'нерегулярно' },
    reasonAbc: (abc, cum, rule, rank, of) => `${abc}: ${cum} накопленной доли ${rule === 'before' ? 'до него' : 'с ним'}, место ${rank} из ${of}`,
    reasonAbcTie: (abc, rank) => `${abc}: та же сумма, что у места ${rank}`,
    reasonAbcNoRevenue: () => 'C: нет выручки',
    reasonAbcLoss: (total) => `C: убыток ${total}`,
    reasonXyz: (xyz, cv, periods, period) => `${xyz}: КВ ${cv} за ${periods} ${periodRu[period]}`,
    reasonXyzNoSales: (periods, period) => `Z: нет чистых продаж за ${periods} ${periodRu[period]}`,
    reasonNew: (first) => `новый клиент с ${first}`,
    reasonFrequency: (bought, periods, period, label) => `покупки в ${bought} из ${periods} ${periodRu[period]} (${label})`,
    reasonAtRisk: (days, gap) => `под угрозой: ${daysRu(days)} без заказов, обычный интервал ${gap}`,
    reasonLost: (days) => `потерян: ${daysRu(days)} без заказов`,
    reasonBreadwinner: (share) => `Кормилец: ${share} от общей суммы`,
  },
};
