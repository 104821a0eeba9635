import type { Locale } from '../schema/text';
import { compileCueSet, type CueSet } from './cue-match';
import { languageData, type CueFile, type CueName } from './language-data';

export type { CueName } from './language-data';

/** Everything the analyser knows about one language. */
export interface LanguagePack {
  locale: Locale;
  valence: Map<string, number>;
  negations: Set<string>;
  boosters: Map<string, number>;
  contrast: Set<string>;
  secondPerson: Set<string>;
  /** The language's most common short words, which tell languages apart in a short reply. */
  common: Set<string>;
  /** The feature cues and the profanity list, matched in one pass. */
  cues: CueSet<CueName | 'profanity'>;
}

/** What a language's lists say of one word. */
export interface WordInfo {
  /** Its valence; never for an intensifier or a negation. */
  valence: number | undefined;
  /** Its intensity, for an intensifier. */
  booster: number | undefined;
  negation: boolean;
  contrast: boolean;
  secondPerson: boolean;
}

/** What the lists of all the languages say of one word: a single look-up per token serves the language vote and the valence rules. */
export interface Lexeme {
  /** The languages the word is common in, one bit each, in the order of `languagePacks()`. */
  common: number;
  /** What each language's lists say of it, in the same order; undefined where they do not have it. */
  info: (WordInfo | undefined)[];
}

function pack(locale: Locale, symbols: [string, number][], lexicon: Record<string, number>, file: CueFile, profanity: string[], negations: string[], boosters: Record<string, number>): LanguagePack {
  // One-word intensifiers only: VADER looks at the three words before a sentiment word one by one.
  const single = Object.entries(boosters).filter(([w]) => !w.includes(' '));
  // Intensifiers and negations act on the next words; they carry no valence of their own.
  const valence = new Map([...symbols, ...Object.entries(lexicon), ...Object.entries(file.extraValence ?? {})]);
  for (const w of [...negations, ...single.map(([w]) => w)]) valence.delete(w);
  return {
    locale,
    valence,
    negations: new Set(negations),
    boosters: new Map(single),
    contrast: new Set(file.contrast),
    secondPerson: new Set(file.secondPerson),
    common: new Set([...file.common, ...file.secondPerson, ...file.contrast, ...negations.filter((w) => !w.includes(' '))]),
    cues: compileCueSet({ ...file.cues, profanity }),
  };
}

let packs: Record<Locale, LanguagePack> | undefined;
let lexemes: Map<string, Lexeme> | undefined;

/** The language packs, built on first use (a few milliseconds) from the word lists. */
export function languagePacks(): Record<Locale, LanguagePack> {
  if (packs) return packs;
  const d = languageData();
  // Emoji and emoticons score the same in every language; the emoticons come from VADER's lexicon.
  const symbols: [string, number][] = [...Object.entries(d.valence.en).filter(([w]) => !/\p{L}/u.test(w)), ...Object.entries(d.valence.emoji)];
  packs = {
    en: pack('en', symbols, d.valence.en, d.cues.en, d.profanity.en, d.englishGrammar.negations, d.englishGrammar.boosters),
    fr: pack('fr', symbols, d.valence.fr, d.cues.fr, d.profanity.fr, d.cues.fr.negations ?? [], d.cues.fr.boosters ?? {}),
    it: pack('it', symbols, d.valence.it, d.cues.it, d.profanity.it, d.cues.it.negations ?? [], d.cues.it.boosters ?? {}),
  };
  return packs;
}

/** Every word any language's lists name, with what they say of it (built once, with the packs). */
export function lexicon(): Map<string, Lexeme> {
  if (lexemes) return lexemes;
  const all = Object.values(languagePacks());
  const built = new Map<string, Lexeme>();
  const entry = (w: string) => {
    let e = built.get(w);
    if (!e) built.set(w, (e = { common: 0, info: all.map(() => undefined) }));
    return e;
  };
  all.forEach((p, i) => {
    for (const w of p.common) entry(w).common |= 1 << i;
    for (const w of [...p.valence.keys(), ...p.boosters.keys(), ...p.negations, ...p.contrast, ...p.secondPerson]) {
      entry(w).info[i] ??= { valence: p.valence.get(w), booster: p.boosters.get(w), negation: p.negations.has(w), contrast: p.contrast.has(w), secondPerson: p.secondPerson.has(w) };
    }
  });
  lexemes = built;
  return lexemes;
}

/** The lexicon's entry for each token. */
export function lexemesOf(tokens: readonly { lower: string }[]): (Lexeme | undefined)[] {
  const words = lexicon();
  return tokens.map((t) => words.get(t.lower));
}

/** What a language's lists say of each token, from the tokens' entries. */
export function wordInfoOf(lexemes: readonly (Lexeme | undefined)[], lang: LanguagePack): (WordInfo | undefined)[] {
  const i = (Object.keys(languagePacks()) as Locale[]).indexOf(lang.locale);
  return lexemes.map((e) => e?.info[i]);
}
