/**
 * Colours of the nine matrix cells: the hue says ABC (A green, B blue, C
 * grey), the fill says XYZ (X solid, Y tinted, Z outlined), so a chip reads
 * at a glance and still reads without colour (the letters are on it).
 *
 * @example
 * cellColours('AX'); // { bg: '#0f7b3f', fg: '#ffffff', border: '#0f7b3f' }
 */
export type CellColours = { bg: string; fg: string; border: string };

const hues = {
  A: { strong: '#0f7b3f', tint: '#d3eedc', tintText: '#0b5a2d', tintBorder: '#3a8f5c' },
  B: { strong: '#1d5fbf', tint: '#dbe7fb', tintText: '#163f80', tintBorder: '#4f83d1' },
  C: { strong: '#5b6472', tint: '#e6e8eb', tintText: '#374151', tintBorder: '#7c8591' },
} as const;

export function cellColours(segment: string): CellColours {
  const hue = hues[(segment[0] as keyof typeof hues) in hues ? (segment[0] as keyof typeof hues) : 'C'];
  if (segment[1] === 'X') return { bg: hue.strong, fg: '#ffffff', border: hue.strong };
  if (segment[1] === 'Y') return { bg: hue.tint, fg: hue.tintText, border: hue.tintBorder };
  return { bg: '#ffffff', fg: hue.strong, border: hue.strong };
}

/** CSS custom properties for a chip of the cell. */
export function cellStyle(segment: string): string {
  const c = cellColours(segment);
  return `--cell-bg:${c.bg};--cell-fg:${c.fg};--cell-border:${c.border}`;
}
