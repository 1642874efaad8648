/**
 * The role column of a contacts file (Должность, Роль, Role, Position, Job
 * title): who the person behind an address is, so the card can say "the
 * sender is the client's chief buyer". Found by header name; a role is kept
 * as written, capped at 200 characters.
 *
 * @example
 * roleColumn(['ИНН', 'Клиент', 'E-mail', 'Должность']); // 3
 * roleColumn(['client', 'email']); // undefined
 */
const ROLE_HEADERS = new Set(['должность', 'роль', 'позиция', 'role', 'position', 'job title', 'jobtitle', 'job_title']);

export function roleColumn(header: readonly string[]): number | undefined {
  const at = header.findIndex((name) => ROLE_HEADERS.has(name.replace(/^\uFEFF/, '').trim().toLowerCase()));
  return at < 0 ? undefined : at;
}

export function cleanRole(text: string): string | undefined {
  const role = text.replace(/\s+/g, ' ').trim();
  return role ? role.slice(0, 200) : undefined;
}
