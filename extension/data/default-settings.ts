/**
 * Settings before the user changes any: the browser's language, every site
 * on, the core's default thresholds. Kept apart from the schema so the
 * content script reads settings without bundling zod.
 *
 * @example
 * const settings = { ...defaultSettings, ...stored };
 */
import type { SegmentOptionsInput } from '../../shared/options.js';
import type { Lang } from '../../shared/options.js';
import type { SegmentSettings, Settings } from './settings.js';

export const defaultSettings: Settings = {
  lang: 'auto',
  sites: {},
  customSites: [],
  segment: { period: 'month', a: 0.8, b: 0.95, x: 0.1, y: 0.25, breadwinnerShare: 0.1, lostDays: 180 },
  subscription: null,
  kamName: '',
  currency: '₽',
  crmLinks: {},
};

/** The core's options for these settings. */
export function segmentOptions(segment: SegmentSettings, lang: Lang): SegmentOptionsInput {
  return {
    period: segment.period,
    abc: { a: segment.a, b: segment.b },
    xyz: { x: segment.x, y: segment.y },
    breadwinnerShare: segment.breadwinnerShare,
    lostDays: segment.lostDays,
    lang,
  };
}
