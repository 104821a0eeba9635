/** What a spreadsheet may run as a formula when a cell starts with it, after any white space it skips. */
const FORMULA_START = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/** Control characters but tab and line breaks: they hide text, or break a row apart in some readers. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern replaces.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * One CSV field: quoted, quotes doubled, control characters replaced by U+FFFD, and a field that
 * could start a formula (=, +, − or @, full-width forms too, even after white space, or a leading
 * tab or carriage return) defused with a leading ' so that a spreadsheet never runs it.
 */
function field(value: unknown): string {
  let s = String(value ?? '').replace(CONTROL, '\ufffd');
  if (FORMULA_START.test(s) || /^[\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** Rows as CSV text with a header line, CRLF line ends (RFC 4180). */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((r) => r.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
