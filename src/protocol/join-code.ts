/**
 * Spaces of any kind and dashes of any kind: class codes are shown as
 * ABCD-EFGH, people copy a team's code with the dash they saw elsewhere, and
 * phones turn a typed "-" into "–".
 */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]+/gu;

/**
 * A join code (a team's or a class's) as the server stores it, whatever the
 * player typed or pasted: "6cyj-44unu4" and " 6CYJ 44UNU4 " are both "6CYJ44UNU4".
 */
export function normalizeJoinCode(typed: string): string {
  return typed.replace(SEPARATORS, '').toUpperCase();
}
