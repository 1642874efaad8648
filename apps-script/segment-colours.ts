/**
 * The colour of each ABC-XYZ cell, the same on every sheet the add-on
 * writes: green for large steady clients (AX) through yellow to red for
 * small irregular ones (CZ), by how far the cell is from AX.
 *
 * @example
 * segmentColour('AX'); // '#57bb8a'
 * segmentColour('CZ'); // '#ea9999'
 */
import type { CellCode } from '../shared/messages.js';

const RAMP = ['#57bb8a', '#b7e1cd', '#ffe599', '#f9cb9c', '#ea9999'];

export function segmentColour(cell: CellCode | string): string {
  const distance = 'ABC'.indexOf(cell[0]) + 'XYZ'.indexOf(cell[1]);
  return RAMP[distance] ?? '#ffffff';
}

export const HEADER_COLOUR = '#e8eaed';
