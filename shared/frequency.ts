/**
 * Purchase frequency, the second XYZ basis: the share of periods in which a
 * client bought at all. It reads better than CV for clients who buy in
 * bursts: a client buying in 10 of 12 months is `frequent` whatever the sizes.
 * Defaults: frequent from 75% of periods, regular from 40%, else irregular.
 *
 * @example
 * classifyFrequency(10 / 12); // 'frequent'
 * classifyFrequency(3 / 12); // 'irregular'
 */
import { atLeast } from './boundary.js';

export type FrequencyClass = 'frequent' | 'regular' | 'irregular';

export type FrequencyThresholds = { frequent: number; regular: number };

export const defaultFrequencyThresholds: FrequencyThresholds = { frequent: 0.75, regular: 0.4 };

export function classifyFrequency(share: number, { frequent, regular }: FrequencyThresholds = defaultFrequencyThresholds): FrequencyClass {
  return atLeast(share, frequent) ? 'frequent' : atLeast(share, regular) ? 'regular' : 'irregular';
}
