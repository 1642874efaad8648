/**
 * Clients per matrix cell, for the popup's 3×3 overview.
 *
 * @example
 * segmentCounts([{ segment: 'AX' }, { segment: 'AX' }, { segment: 'CZ' }]).AX; // 2
 */
import { cellCodes } from '../../shared/matrix.js';
import type { CellCode } from '../../shared/messages.js';

export function segmentCounts(clients: readonly { segment: string }[]): Record<CellCode, number> {
  const counts = Object.fromEntries(cellCodes.map((code) => [code, 0])) as Record<CellCode, number>;
  for (const client of clients) if (client.segment in counts) counts[client.segment as CellCode]++;
  return counts;
}
