/**
 * Imported text as the card, the popup and the compose notice show it: no
 * bidi control characters (a right-to-left override in a client's name must
 * not turn the rest of the line around; the text is shown inside `<bdi>`,
 * which isolates its direction), and at most `max` characters, ending in `…`,
 * so a 200,000-character name cannot make a 158,000-pixel card.
 *
 * @example
 * displayText('ООО «Ромашка»'); // 'ООО «Ромашка»'
 * displayText('a'.repeat(500)).length; // 200
 * displayText('\u202Eakhsamor'); // 'akhsamor'
 */
export const DISPLAY_MAX = 200;

// LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function displayText(text: string | null | undefined, max = DISPLAY_MAX): string {
  const clean = (text ?? '').replace(BIDI_CONTROLS, '');
  if (clean.length <= max) return clean;
  // By code points, so a cut never splits a surrogate pair.
  const points = Array.from(clean);
  return points.length <= max ? clean : `${points.slice(0, max - 1).join('')}…`;
}
