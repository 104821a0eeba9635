import type { LanguagePack } from './language-pack';
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

/** A token without letters: an emoji or an emoticon. */
const isSymbol = (t: Token) => !/\p{L}/u.test(t.text);
const isUpper = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * VADER's rules (Hutto and Gilbert 2014) over any language's lexicon: a word's
 * valence is raised by a preceding intensifier ("very"), flipped and damped
 * by a negation in the three words before it, raised when it alone is in
 * capitals, weighed down before a contrast ("but") and up after it; then
 * exclamation marks and repeated question marks add emphasis, and the sum is
 * squashed to −1..1.
 */
export function valenceOf(tokens: Token[], text: string, lang: LanguagePack): ValenceResult {
  const n = tokens.length;
  let caps = 0;
  for (const t of tokens) if (isUpper(t.text)) caps++;
  // Capitals stress a word only when the rest is not shouted too.
  const capDiff = caps > 0 && caps < n;
  const scores = new Float64Array(n);
  const isNegation = (w: string) => lang.negations.has(w) || (lang.locale === 'en' && w.includes("n't"));
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (lang.boosters.has(t.lower)) continue;
    if (t.lower === 'kind' && tokens[i + 1]?.lower === 'of') continue;
    let v = lang.valence.get(t.lower);
    if (v === undefined) continue;
    // "No" before a sentiment word negates it rather than counting as negative itself.
    if (t.lower === 'no' && i + 1 < n && lang.valence.has(tokens[i + 1]!.lower)) v = 0;
    if (capDiff && isUpper(t.text)) v += v > 0 ? C_INCR : -C_INCR;
    for (let back = 0; back < 3; back++) {
      const prev = tokens[i - back - 1];
      if (!prev || prev.clause !== t.clause) break;
      if (lang.valence.has(prev.lower)) continue;
      let s = lang.boosters.get(prev.lower) ?? 0;
      if (s !== 0) {
        if (v < 0) s = -s;
        if (capDiff && isUpper(prev.text)) s += v > 0 ? C_INCR : -C_INCR;
        s *= back === 0 ? 1 : back === 1 ? 0.95 : 0.9;
      }
      v += s;
      // Emoji and emoticons keep their own sign: in "not judging 👑" the crown is not negated.
      if (isSymbol(t)) continue;
      if (back === 1 && prev.lower === 'never' && (tokens[i - 1]!.lower === 'so' || tokens[i - 1]!.lower === 'this')) v *= 1.25;
      else if (isNegation(prev.lower)) v *= N_SCALAR;
    }
    scores[i] = v;
  }
  // Contrast: what comes after "but" weighs more than what came before.
  const but = tokens.findIndex((t) => lang.contrast.has(t.lower));
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
  let ep = 0;
  let qm = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) ep++;
    else if (c === 63) qm++;
  }
  return Math.min(ep, 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
}
