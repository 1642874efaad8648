/**
 * Key-account types. Breadwinner (Кормилец): at least `breadwinnerShare`
 * (10%) of the total and not new. Prospect (Перспективный): new, with a
 * rising trend or a declared potential. Image-maker (Имиджмейкер) and expert
 * (Эксперт) come from the client's tags, in Russian or English.
 *
 * @example
 * accountTypes({ share: 0.12, isNew: false, trend: 'stable', potential: undefined, tags: ['Эксперт'] }, 0.1);
 * // ['breadwinner', 'expert']
 */
import { atLeast } from './boundary.js';
import type { AccountType } from './messages.js';
import type { Trend } from './trend.js';

const imageTags = new Set(['brand', 'image', 'image-maker', 'imagemaker', 'бренд', 'имидж', 'имиджмейкер']);
const expertTags = new Set(['expert', 'эксперт']);

export type TypeInput = { share: number; isNew: boolean; trend: Trend | undefined; potential: number | undefined; tags: readonly string[] };

export function accountTypes(client: TypeInput, breadwinnerShare: number): AccountType[] {
  const types: AccountType[] = [];
  const tags = client.tags.length ? client.tags.map((tag) => tag.trim().toLowerCase()) : client.tags;
  // Exactly 10% (0.30 of 3.00 is 0.09999999999999999 in floats) is a breadwinner: see boundary.ts.
  if (atLeast(client.share, breadwinnerShare) && !client.isNew) types.push('breadwinner');
  if (client.isNew && (client.trend === 'rising' || (client.potential ?? 0) > 0)) types.push('prospect');
  if (tags.some((tag) => imageTags.has(tag))) types.push('image-maker');
  if (tags.some((tag) => expertTags.has(tag))) types.push('expert');
  return types;
}
