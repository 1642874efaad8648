/**
 * Reading the yes/no/unknown cells of the three P's and the contact roles as
 * KAMs type them: `да`, `+`, `yes`, a ticked Sheets checkbox; `ЛПР`,
 * `закупщик`, `decision maker`.
 *
 * @example
 * parseAnswer('Да'); // 'yes'
 * parseAnswer(''); // 'unknown'
 * parseContactRole('ЛПР'); // 'decision-maker'
 */
import type { Answer, ContactRole } from './account.js';

const YES = new Set(['yes', 'y', 'true', '1', '+', '✓', 'да', 'д', 'есть']);
const NO = new Set(['no', 'n', 'false', '0', '-', '—', 'нет', 'н']);
const UNKNOWN = new Set(['', 'unknown', '?', 'n/a', 'неизвестно', 'не знаю', 'н/д', '—?']);

/** The answer, or undefined for text that is none of them. */
export function parseAnswer(value: unknown): Answer | undefined {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === null || value === undefined) return 'unknown';
  const text = String(value).trim().toLowerCase().replace(/ё/g, 'е');
  if (YES.has(text)) return 'yes';
  if (NO.has(text)) return 'no';
  if (UNKNOWN.has(text)) return 'unknown';
  return undefined;
}

const ROLE_WORDS: [ContactRole, RegExp][] = [
  ['decision-maker', /^(лпр|decision[\s-]*maker|dm|принимает решени|лицо, принимающее)/],
  ['influencer', /^(influencer|влия)/],
  ['buyer', /^(buyer|procurement|purchas|закуп|снабжен)/],
  ['blocker', /^(blocker|блок|против)/],
  ['user', /^(user|пользовател)/],
];

/** A role in words, Russian or English, or undefined when the text names none. */
export function parseContactRole(text: string): ContactRole | undefined {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е');
  for (const [role, pattern] of ROLE_WORDS) if (pattern.test(t)) return role;
  return undefined;
}
