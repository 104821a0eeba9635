import type { Locale } from '../schema/text';
import { lexemesOf, type Languages } from './language-pack';
import type { Token } from './tokens';

const ISO: Record<string, Locale> = { eng: 'en', fra: 'fr', ita: 'it' };
/** Below this many letters franc cannot tell languages apart reliably (its own default is 10). */
const MIN_LENGTH = 16;
/** franc scores the best language 1 and the others relative to it (0..1); each common word adds this much. */
const COMMON_WORD_WEIGHT = 0.25;
/** The language being played gets a small head start. */
const HINT_BONUS = 0.05;
/** A lead smaller than this is too close to call. */
const CLOSE = 0.1;
/** Mentions, links and hashtags are names, not language. */
const NOT_LANGUAGE = /@\w+|#[\p{L}\p{N}_]+|https?:\/\/\S+|www\.\S+/gu;

/** Which language a reply is in, and whether that was detected or assumed. */
export interface Detection {
  language: Locale;
  /** 'detected' from the text, 'hint' when the text was too short or too close to call, 'forced' by the scenario. */
  how: 'detected' | 'hint' | 'forced';
}

/**
 * Detects English, French or Italian. Common short words ("the", "nous",
 * "che") and franc's trigram profiles both vote: trigrams alone are
 * unreliable on a tweet, and a clear lead in common words decides alone.
 * Short or ambiguous replies fall back to the hint, the language the
 * trainee is playing in.
 */
export function detectLanguage(
  languages: Languages,
  text: string,
  tokens: readonly Token[],
  hint: Locale = 'en',
  lexemes = lexemesOf(languages, tokens),
): Detection {
  const { locales } = languages;
  const tally = locales.map(() => 0);
  for (const e of lexemes) {
    const bits = e?.common ?? 0;
    if (bits) for (let b = 0; b < tally.length; b++) if (bits & (1 << b)) tally[b]!++;
  }
  const votes = new Map(locales.map((l, b) => [l, tally[b]!]));
  // A clear lead in common words settles it without the slower trigram count.
  const counts = [...votes.values()].sort((a, b) => b - a);
  if (counts[0]! - counts[1]! >= 2) {
    const leader = locales.find((l) => votes.get(l) === counts[0])!;
    return { language: leader, how: 'detected' };
  }
  const letters = text
    .replace(NOT_LANGUAGE, ' ')
    .replace(/[^\p{L}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const franc = new Map<Locale, number>();
  if (letters.length >= MIN_LENGTH) {
    for (const [code, score] of languages.rankLanguages(letters)) if (ISO[code]) franc.set(ISO[code], score);
  }
  const score = (l: Locale) => (franc.get(l) ?? 0) + COMMON_WORD_WEIGHT * votes.get(l)! + (l === hint ? HINT_BONUS : 0);
  const ranked = [...locales].sort((a, b) => score(b) - score(a));
  const [best, next] = ranked as [Locale, Locale];
  // Nothing to go on (no common word, too short for trigrams): assume the hint.
  if (franc.size === 0 && votes.get(best) === 0) return { language: hint, how: 'hint' };
  if (best !== hint && score(best) - score(next) < CLOSE) return { language: hint, how: 'hint' };
  return { language: best, how: best === hint && score(best) - score(next) < CLOSE ? 'hint' : 'detected' };
}
