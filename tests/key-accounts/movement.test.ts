/**
 * Class movement on a sample with known new, gone, up and down clients:
 * per client, the 9x9 summary with new/gone, the largest downgrades, the
 * windows, and the segments table's movement columns.
 */
import { describe, expect, it } from 'vitest';
import { compareWindows, lastWindows, movementOf, previousWindow } from '../../shared/key-accounts/movement.js';
import { segment } from '../../shared/segment.js';
import { formatSegmentsCsv, parseSegmentsCsv, segmentsCsvChunks, toSegmentRows } from '../../shared/segments-table.js';
import { movementSales, window2024 } from './fixture.js';

const before = previousWindow(window2024, 'month');
const current = segment(movementSales(), window2024);
const previous = segment(movementSales(), before);
const moves = compareWindows(current, previous);

describe('windows', () => {
  it('the previous window has the same length, just before', () => {
    expect(before).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousWindow({ from: '2024-04-15', to: '2024-06-02' }, 'month')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(previousWindow({ from: '2024-01-01', to: '2024-06-30' }, 'quarter')).toEqual({ from: '2023-07-01', to: '2023-12-31' });
    expect(previousWindow({ from: '2024-03-04', to: '2024-03-17' }, 'week')).toEqual({ from: '2024-02-19', to: '2024-03-03' });
  });

  it('without a window: the last 12 periods against the 12 before', () => {
    expect(lastWindows('2024-11-20', 'month')).toEqual({ current: { from: '2023-12-01', to: '2024-11-30' }, previous: { from: '2022-12-01', to: '2023-11-30' } });
  });
});

describe('compareWindows', () => {
  it('knows who went up, down, stayed, is new and is gone', () => {
    expect(Object.fromEntries([...moves.byClient].map(([client, m]) => [client, `${m.prevSegment ?? '-'} ${m.movement}`]))).toEqual({
      climber: 'CZ up',
      steady: 'AX same',
      newbie: '- new',
      faller: 'AX down',
    });
    expect(current.clients.find((c) => c.client === 'climber')!.segment).toBe('AX');
    expect(current.clients.find((c) => c.client === 'faller')!.segment).toBe('CZ');
    expect(moves.gone.map((c) => [c.client, c.segment])).toEqual([['goner', 'BX']]);
  });

  it('sums the 9x9 movement with new and gone', () => {
    expect(Object.fromEntries(moves.summary)).toEqual({ 'CZ>AX': 1, 'AX>AX': 1, 'new>BX': 1, 'AX>CZ': 1, 'BX>gone': 1 });
    const total = [...moves.summary.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(current.clients.length + moves.gone.length);
  });

  it('lists the largest downgrades by revenue lost, gone clients included', () => {
    expect(moves.downgrades.map((d) => [d.client, d.from, d.to, d.revenueBefore, d.revenueNow])).toEqual([
      ['faller', 'AX', 'CZ', 24000, 300],
      ['goner', 'BX', 'gone', 6000, 0],
    ]);
    expect(moves.downgrades[1].kam).toBe('Сидоров');
  });

  it('orders cells ABC first, then XYZ', () => {
    expect(movementOf('AZ', 'BX')).toBe('down');
    expect(movementOf('BZ', 'BY')).toBe('up');
    expect(movementOf('CY', 'CY')).toBe('same');
    expect(movementOf(undefined, 'CY')).toBe('new');
    expect(movementOf('AX', undefined)).toBe('gone');
  });
});

describe('the segments table with movement', () => {
  const rows = toSegmentRows(current, 'en', { movement: moves });

  it('adds prev_abc, prev_xyz, prev_segment, movement and keeps gone clients with total 0', () => {
    expect(rows.map((r) => [r.client, r.prev_segment, r.movement])).toEqual([
      ['climber', 'CZ', 'up'],
      ['steady', 'AX', 'same'],
      ['newbie', null, 'new'],
      ['faller', 'AX', 'down'],
      ['goner', 'BX', 'gone'],
    ]);
    const goner = rows.at(-1)!;
    expect(goner).toMatchObject({ total: 0, share: 0, abc: 'C', xyz: 'Z', segment: 'CZ', rank: 5, prev_abc: 'B', prev_xyz: 'X', last_purchase: '2023-12-10', score: null });
    expect(goner.reason).toBe('C: no revenue; was BX → no purchases now');
  });

  it('round-trips through CSV with the movement columns at the end', () => {
    const csv = formatSegmentsCsv(rows);
    expect(csv.split('\r\n')[0]).toMatch(/,reason,score,tier,share_of_wallet,qualified,score_reason,prev_abc,prev_xyz,prev_segment,movement$/);
    expect(parseSegmentsCsv(csv)).toEqual({ rows, errors: [] });
  });

  it('leaves the movement columns out of a run without --previous, and the score ones when asked to', () => {
    expect(formatSegmentsCsv(toSegmentRows(current)).split('\r\n')[0]).not.toMatch(/movement/);
    const bare = toSegmentRows(current, 'en', { keyAccounts: false });
    expect(bare[0]).not.toHaveProperty('score');
    expect(formatSegmentsCsv(bare).split('\r\n')[0]).toMatch(/,reason$/);
    expect([...segmentsCsvChunks(current, 'en', undefined, { keyAccounts: false })].join('')).toBe(formatSegmentsCsv(bare));
    expect([...segmentsCsvChunks(current, 'en', 64, { movement: moves })].join('')).toBe(formatSegmentsCsv(rows));
  });
});
