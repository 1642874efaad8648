/**
 * The key-accounts flags of `kam segment`: `--accounts FILE`, `--previous`,
 * `--portfolio FILE`, `--winback FILE`, `--weights`, `--tiers`, `--kam-load`.
 * Kept apart from args.ts so the core flags and these grow independently.
 *
 * @example
 * parseKeyAccountArgs({ weights: 'turnover=40,reputation=0', tiers: '70/40' }, fail).score;
 * // { weights: { turnover: 0.4, reputation: 0 }, tiers: { key: 70, develop: 40 } }
 */
import { defaultWeights, type ScoreOptionsInput } from '../shared/key-accounts/score-options.js';
import { scorePartNames } from '../shared/key-accounts/score.js';
import type { LoadLimits } from '../shared/key-accounts/portfolio.js';
import type { Lang } from '../shared/options.js';
import { keyAccountCliMessages } from './key-account-messages.js';

export type KeyAccountArgs = {
  accounts?: string;
  previous: boolean;
  portfolio?: string;
  winback?: string;
  score: ScoreOptionsInput;
  load?: LoadLimits;
};

export const keyAccountFlags = {
  accounts: { type: 'string' },
  previous: { type: 'boolean' },
  portfolio: { type: 'string' },
  winback: { type: 'string' },
  weights: { type: 'string' },
  tiers: { type: 'string' },
  'kam-load': { type: 'string' },
} as const;

export function parseKeyAccountArgs(v: Record<string, unknown>, fail: (option: string, expected: string) => never, lang: Lang = 'en'): KeyAccountArgs {
  const expected = keyAccountCliMessages[lang].expected;
  const score: ScoreOptionsInput = {};
  if (v.weights !== undefined) {
    const weights: Record<string, number> = {};
    for (const item of String(v.weights).split(/\s*,\s*/).filter(Boolean)) {
      const match = /^([a-z]+)\s*[=:]\s*(\d+(?:[.,]\d+)?)$/.exec(item.trim());
      if (!match || !scorePartNames.includes(match[1] as never)) fail('weights', expected.weights(scorePartNames.join('|')));
      weights[match![1]] = Number(match![2].replace(',', '.')) / 100;
    }
    // Unnamed parts keep their defaults; all of them at 0 would leave nothing to score by.
    const merged = { ...defaultWeights, ...weights };
    if (!Object.values(merged).some((w) => w > 0)) fail('weights', expected.weights(scorePartNames.join('|')));
    score.weights = weights;
  }
  const pair = (option: string): [number, number] | undefined => {
    if (v[option] === undefined) return undefined;
    const match = /^(\d+(?:[.,]\d+)?)\s*[/:]\s*(\d+(?:[.,]\d+)?)$/.exec(String(v[option]).trim());
    if (!match) return fail(option, option === 'tiers' ? expected.tiers : expected.kamLoad);
    return [Number(match[1].replace(',', '.')), Number(match[2].replace(',', '.'))];
  };
  const tiers = pair('tiers');
  if (tiers) {
    if (!(tiers[0] <= 100 && tiers[1] <= tiers[0])) fail('tiers', expected.tiers);
    score.tiers = { key: tiers[0], develop: tiers[1] };
  }
  const load = pair('kam-load');
  if (load && !(load[0] <= load[1])) fail('kam-load', expected.kamLoad);
  return {
    accounts: v.accounts as string | undefined,
    previous: Boolean(v.previous),
    portfolio: v.portfolio as string | undefined,
    winback: v.winback as string | undefined,
    score,
    ...(load && { load: { min: load[0], max: load[1] } }),
  };
}
