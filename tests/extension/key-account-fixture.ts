/**
 * The extension fixture's segments table with the key-account columns a
 * `kam segment --previous` run adds: made from fixtures/segments.csv with
 * the core's writer, so it never drifts from the format.
 *
 * @example
 * writeFileSync(path, keyAccountSegmentsCsv());
 */
import { formatSegmentsCsv, parseSegmentsCsv, type SegmentRow } from '../../shared/segments-table.js';
import { fixture } from './helpers.js';

const extra: Record<string, Partial<SegmentRow>> = {
  '7701000001': { score: 78.4, tier: 'key', share_of_wallet: 0.54, qualified: true, score_reason: 'балл 78 (ключевой): оборот 32,0% общей суммы при 10% у кормильца → 25 из 25; надёжность X, покупки в 17 из 18 периодов → 14 из 15; доля закупок 54%, потенциал 9 000 000 в год → 15 из 15', prev_abc: 'A', prev_xyz: 'Y', prev_segment: 'AY', movement: 'up' },
  '7702000002': { score: 52, tier: 'develop', share_of_wallet: null, qualified: null, score_reason: 'балл 52 (развивать): оборот 20,6% общей суммы при 10% у кормильца → 25 из 28', prev_abc: 'A', prev_xyz: 'X', prev_segment: 'AX', movement: 'down' },
};

export function keyAccountSegmentsCsv(): string {
  const { rows } = parseSegmentsCsv(fixture('segments.csv'));
  return formatSegmentsCsv(rows.map((row) => ({ score: 20, tier: 'maintain', share_of_wallet: null, qualified: null, score_reason: 'балл 20 (поддерживать): оборот → 20 из 25', prev_abc: null, prev_xyz: null, prev_segment: null, movement: 'new', ...row, ...extra[row.client] })));
}
