/**
 * Text made safe and uniform for matching, with a map back to the original
 * so that the words a feature came from can be underlined where the trainee
 * wrote them. Length-changing steps (dropped invisible characters) are
 * tracked in `origin`.
 */
export interface Prepared {
  /** The text as written, minus invisible and control characters, with curly quotes and odd spaces made plain. */
  cased: string;
  /** `cased` in lower case, the same length. */
  lower: string;
  /** For each UTF-16 unit of `cased`, its index in the original; one more entry for the end. */
  origin: Int32Array;
}

// Zero-width characters, bidirectional controls and C0/C1 controls other than tab and newline.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`´]/;
const QUOTES = /[\u201C\u201D\u00AB\u00BB\u201E]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\r]/;

export function prepare(text: string): Prepared {
  let cased = '';
  let lower = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    if (INVISIBLE.test(ch)) continue;
    const plain = APOSTROPHES.test(ch) ? "'" : QUOTES.test(ch) ? '"' : SPACES.test(ch) ? ' ' : ch;
    const low = plain.toLowerCase();
    // A few letters change length in lower case (İ); keep those as written so both strings stay aligned.
    const kept = low.length === plain.length ? low : plain;
    cased += plain;
    lower += kept;
    for (let k = 0; k < plain.length; k++) origin.push(at + k);
  }
  origin.push(text.length);
  return { cased, lower, origin: Int32Array.from(origin) };
}

/** The original span of a span of the prepared text (end exclusive). */
export function originalSpan(p: Prepared, start: number, end: number): [number, number] {
  return end > start ? [p.origin[start]!, p.origin[end - 1]! + 1] : [p.origin[start]!, p.origin[start]!];
}
