/** A word, emoticon or emoji of a reply, with where it sits in the prepared text. */
export interface Token {
  /** As written (case kept), without surrounding punctuation. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Which clause of the text the token is in: a negation does not reach across a full stop. */
  clause: number;
}

/** At a code point: is it an emoji? Sticky, so it is tested in place without cutting the text. */
const EMOJI_AT = /\p{Extended_Pictographic}/uy;
/** The first emoji (Extended_Pictographic) is ©, U+00A9: no unit below it starts one. */
const FIRST_EMOJI = 0xa9;
const WORDISH = /^[\p{L}\p{N}'-]+$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** White space as `\s` has it (all in the Basic Multilingual Plane), tested on one UTF-16 unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** ASCII letters and digits; every other printable ASCII character is punctuation or a symbol (\p{P} or \p{S}). */
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/**
 * Splits a text the way VADER does (on white space, keeping emoticons such
 * as ":)" and contractions), but also cuts emoji out of the words they are
 * stuck to and strips punctuation around any word, not only one mark.
 */
export function tokenize(cased: string, lower: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  const n = cased.length;
  let i = 0;
  // A hand-written scan for runs of non-space (as /\S+/gu would find them): no match objects to build.
  while (i < n) {
    if (isSpace(cased.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // The highest unit of the chunk tells whether it may hold an emoji, or anything but ASCII.
    let high = 0;
    for (; i < n; i++) {
      const c = cased.charCodeAt(i);
      if (isSpace(c)) break;
      if (c > high) high = c;
    }
    const end = i;
    if (high < FIRST_EMOJI) {
      push(tokens, cased, lower, start, end, clause, high < 0x80);
    } else {
      splitEmoji(tokens, cased, lower, start, end, clause);
    }
    // A chunk ending a sentence or clause.
    const last = cased.charCodeAt(end - 1);
    if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3b) clause++;
  }
  return tokens;
}

/** Emoji are tokens of their own: "great😂" is "great" and "😂". */
function splitEmoji(tokens: Token[], cased: string, lower: string, start: number, end: number, clause: number): void {
  let pieceStart = start;
  for (let j = start; j < end; ) {
    const c = cased.charCodeAt(j);
    if (c < FIRST_EMOJI) {
      j++;
      continue;
    }
    const size = c >= 0xd800 && c <= 0xdbff && j + 1 < end && (cased.charCodeAt(j + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    EMOJI_AT.lastIndex = j;
    if (EMOJI_AT.test(cased)) {
      push(tokens, cased, lower, pieceStart, j, clause);
      const ch = cased.slice(j, j + size);
      tokens.push({ text: ch, lower: ch, start: j, end: j + size, clause });
      pieceStart = j + size;
    }
    j += size;
  }
  push(tokens, cased, lower, pieceStart, end, clause);
}

function push(
  tokens: Token[],
  cased: string,
  lower: string,
  start: number,
  end: number,
  clause: number,
  ascii?: boolean,
): void {
  if (end <= start) return;
  const [s, e] = wordIn(cased, start, end, ascii);
  // One letter left (":D", "D:") means an emoticon, kept whole as VADER does.
  if (e - s > 1 && s >= 0) {
    // A word: drop the punctuation around it, keep its place.
    // VADER ignores one-letter words ("a", "I").
    tokens.push({ text: cased.slice(s, e), lower: lower.slice(s, e), start: s, end: e, clause });
  } else if (end - start > 1) {
    // Punctuation only, or mixed: an emoticon such as ":)" or "<3" (VADER ignores one-letter words such as "a").
    tokens.push({ text: cased.slice(start, end), lower: lower.slice(start, end), start, end, clause });
  }
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (text.charCodeAt(j) >= 0x80) return false;
  return true;
}

/**
 * Where the word is in cased[start, end) once the punctuation and symbols
 * around it are stripped, or [-1, -1] when what is left is not a word
 * (letters, digits, apostrophes and hyphens). All-ASCII pieces, most of
 * them, are read unit by unit; others go through the Unicode regexes.
 */
function wordIn(cased: string, start: number, end: number, ascii = isAscii(cased, start, end)): [number, number] {
  if (!ascii) {
    const raw = cased.slice(start, end);
    const stripped = raw.replace(EDGE_PUNCTUATION, '');
    if (!WORDISH.test(stripped)) return [-1, -1];
    const s = start + raw.indexOf(stripped);
    return [s, s + stripped.length];
  }
  let s = start;
  while (s < end && !isAsciiAlnum(cased.charCodeAt(s))) s++;
  let e = end;
  while (e > s && !isAsciiAlnum(cased.charCodeAt(e - 1))) e--;
  for (let j = s; j < e; j++) {
    const c = cased.charCodeAt(j);
    if (!isAsciiAlnum(c) && c !== 0x27 && c !== 0x2d) return [-1, -1];
  }
  return s < e ? [s, e] : [-1, -1];
}

/** Whether a token is a handle: "@popcorn_priya" keeps its "@", "@jen" loses it as punctuation is stripped, so the text before it tells. */
export const isHandle = (text: string, t: Token): boolean =>
  t.text.startsWith('@') || (t.start > 0 && text.charCodeAt(t.start - 1) === 0x40);

/** The first token that ends after `pos` (the one that holds it, or the next); -1 if none. Tokens are in order: a binary search. */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

const WORDLIKE = /\p{L}/u;
/**
 * Whether token i opens its sentence: no word stands before it there but handles, emoji and what `aside` lets by
 * ("lol relax", "@nate Stream it now").
 */
export function opensSentence(
  tokens: readonly Token[],
  i: number,
  text: string,
  aside: (t: Token) => boolean = () => false,
): boolean {
  for (let j = i - 1; j >= 0 && tokens[j]!.clause === tokens[i]!.clause; j--) {
    const t = tokens[j]!;
    if (!isHandle(text, t) && WORDLIKE.test(t.text) && !aside(t)) return false;
  }
  return true;
}
