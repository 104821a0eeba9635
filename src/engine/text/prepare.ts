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
  /** For each UTF-16 unit of `cased`, its index in the original; one more entry for the end. None when nothing was dropped: each unit is where it was written. */
  origin: Int32Array | undefined;
}

// Zero-width characters, bidirectional controls and C0/C1 controls other than tab and newline are dropped;
// curly apostrophes and quotes, and odd spaces, are made plain. Every one of them is a single UTF-16 unit.
// biome-ignore-start lint/suspicious/noControlCharactersInRegex: control characters are what this pattern removes.
const SPECIAL =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2018\u2019\u02BC\u2032`\u00B4\u201C\u201D\u00AB\u00BB\u201E\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: the pattern ends here.
/**
 * The only letters whose lower case is not one for one (Unicode's
 * SpecialCasing): İ grows to two units, Σ depends on its neighbours (final
 * sigma). Without them, lowering the whole string lowers each character.
 */
const UNEVEN_CASE = /[\u0130\u03A3]/;

/** What a unit of the text becomes: -1 when dropped (invisible), else the unit to keep. */
function plain(c: number): number {
  if (c < 0x20) return c === 0x09 || c === 0x0a ? c : -1;
  if (c < 0x7f) return c === 0x60 ? 0x27 : c;
  if (c <= 0x9f || c === 0xad || c === 0xfeff) return -1;
  if (c === 0xa0) return 0x20;
  if (c === 0xb4 || c === 0x2bc) return 0x27;
  if (c === 0xab || c === 0xbb) return 0x22;
  if (c < 0x2000) return c;
  if (c <= 0x200a) return 0x20;
  if (c <= 0x200f) return -1;
  if (c === 0x2018 || c === 0x2019 || c === 0x2032) return 0x27;
  if (c === 0x201c || c === 0x201d || c === 0x201e) return 0x22;
  if (c >= 0x202a && c <= 0x202e) return -1;
  if (c === 0x202f || c === 0x205f || c === 0x3000) return 0x20;
  if (c >= 0x2060 && c <= 0x2069) return -1;
  return c;
}

export function prepare(text: string): Prepared {
  let cased = text;
  let origin: Int32Array | undefined;
  // Most replies have nothing to drop or replace: the text is kept as it is, each unit in its place.
  if (SPECIAL.test(text)) {
    const kept: number[] = [];
    cased = '';
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const q = plain(c);
      if (q === c) {
        kept.push(i);
        continue;
      }
      cased += text.slice(run, i);
      run = i + 1;
      if (q >= 0) {
        cased += String.fromCharCode(q);
        kept.push(i);
      }
    }
    cased += text.slice(run);
    kept.push(text.length);
    // Curly quotes made plain keep every unit in its place; only dropped characters need the map.
    if (kept.length < text.length + 1) origin = Int32Array.from(kept);
  }
  return { cased, lower: UNEVEN_CASE.test(cased) ? lowerEach(cased) : cased.toLowerCase(), origin };
}

/** Lower case one character at a time, keeping as written those that would change length (İ), so both strings stay aligned. */
function lowerEach(cased: string): string {
  let lower = '';
  for (const ch of cased) {
    const low = ch.toLowerCase();
    lower += low.length === ch.length ? low : ch;
  }
  return lower;
}

/** The original span of a span of the prepared text (end exclusive). */
export function originalSpan(p: Prepared, start: number, end: number): [number, number] {
  const o = p.origin;
  if (!o) return [start, Math.max(end, start)];
  return end > start ? [o[start]!, o[end - 1]! + 1] : [o[start]!, o[start]!];
}

/**
 * The text as the analyser reads it, reduced to what changes its meaning:
 * invisible characters dropped, odd spaces made plain and runs of white
 * space made one, lower case. Two replies that differ only by characters
 * nobody sees read the same, so they draw the same score.
 */
export function normalisedText(text: string): string {
  return prepare(text).lower.replace(/\s+/g, ' ').trim();
}
