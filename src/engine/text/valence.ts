import type { LanguagePack, WordInfo } from './language-pack';
import type { Token } from './tokens';

// VADER's empirically derived constants (Hutto and Gilbert 2014).
const C_INCR = 0.733;
const N_SCALAR = -0.74;
const ALPHA = 15;

/** A valence in −1..1, and the tokens that carried it most. */
export interface ValenceResult {
  valence: number;
  /** Each sentiment-bearing token's contribution after negation, intensifiers and emphasis. */
  contributions: { token: Token; value: number }[];
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** A token without letters: an emoji or an emoticon. */
const isSymbol = (t: Token) => !LETTER.test(t.text);
/** In capitals: some upper-case letter and no lower-case one. ASCII words, most of them, are read unit by unit. */
function isUpper(w: string): boolean {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return UPPER.test(w) && !LOWER.test(w);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper;
}

/**
 * VADER's rules (Hutto and Gilbert 2014) over any language's lexicon: a word's
 * valence is raised by a preceding intensifier ("very"), flipped and damped
 * by a negation in the three words before it, raised when it alone is in
 * capitals, weighed down before a contrast ("but") and up after it; then
 * exclamation marks and repeated question marks add emphasis, and the sum is
 * squashed to −1..1.
 */
export function valenceOf(
  tokens: Token[],
  text: string,
  lang: LanguagePack,
  info: readonly (WordInfo | undefined)[],
): ValenceResult {
  const n = tokens.length;
  let caps = 0;
  // Whether each token is in capitals, worked out once: a token is looked at again as the word before the next three.
  const upper: boolean[] = tokens.map((t) => isUpper(t.text));
  for (const u of upper) if (u) caps++;
  // Capitals stress a word only when the rest is not shouted too.
  const capDiff = caps > 0 && caps < n;
  // A plain array: allocating a typed array costs more than the few scores it would hold.
  const scores: number[] = new Array<number>(n).fill(0);
  const english = lang.locale === 'en';
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = info[i];
    if (w?.booster !== undefined) continue;
    if (t.lower === 'kind' && tokens[i + 1]?.lower === 'of') continue;
    let v = w?.valence;
    if (v === undefined) continue;
    // "No" before a sentiment word negates it rather than counting as negative itself.
    if (t.lower === 'no' && i + 1 < n && info[i + 1]?.valence !== undefined) v = 0;
    if (capDiff && upper[i]) v += v > 0 ? C_INCR : -C_INCR;
    const symbol = isSymbol(t);
    for (let back = 0; back < 3; back++) {
      const prev = tokens[i - back - 1];
      if (!prev || prev.clause !== t.clause) break;
      const pw = info[i - back - 1];
      if (pw?.valence !== undefined) continue;
      let s = pw?.booster ?? 0;
      if (s !== 0) {
        if (v < 0) s = -s;
        if (capDiff && upper[i - back - 1]) s += v > 0 ? C_INCR : -C_INCR;
        s *= back === 0 ? 1 : back === 1 ? 0.95 : 0.9;
      }
      v += s;
      // Emoji and emoticons keep their own sign: in "not judging 👑" the crown is not negated.
      if (symbol) continue;
      if (back === 1 && prev.lower === 'never' && (tokens[i - 1]!.lower === 'so' || tokens[i - 1]!.lower === 'this'))
        v *= 1.25;
      else if (pw?.negation || (english && prev.lower.includes("n't"))) v *= N_SCALAR;
    }
    scores[i] = v;
  }
  // Contrast: what comes after "but" weighs more than what came before.
  const but = info.findIndex((w) => w?.contrast === true);
  if (but >= 0) for (let i = 0; i < n; i++) scores[i] = scores[i]! * (i < but ? 0.5 : i > but ? 1.5 : 1);

  let sum = 0;
  const contributions: ValenceResult['contributions'] = [];
  for (let i = 0; i < n; i++) {
    if (scores[i] !== 0) {
      sum += scores[i]!;
      contributions.push({ token: tokens[i]!, value: scores[i]! });
    }
  }
  if (sum !== 0) {
    const emphasis = punctuationEmphasis(text);
    sum += sum > 0 ? emphasis : -emphasis;
  }
  const valence = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
  return { valence, contributions };
}

/** Up to four exclamation marks add 0.292 each; two or three question marks 0.18 each, more 0.96. */
function punctuationEmphasis(text: string): number {
  const ep = count(text, '!');
  const qm = count(text, '?');
  return Math.min(ep, 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
}

/** How many times a character occurs, by the built-in search rather than a loop over every character. */
function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}
