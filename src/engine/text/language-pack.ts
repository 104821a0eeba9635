import type { Locale } from '../schema/text';
import { compileCueSet, type CueSet } from './cue-match';
import type { CueFile, CueName, LanguageData } from './language-data';
import { NUMBER_WORDS } from './strategy';
import { compileValenceModel, type ValenceModel } from './valence-model';

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
  /** The words that hold a sentence together (articles, pronouns, prepositions, auxiliaries, conjunctions), the commonest included. */
  functionWords: Set<string>;
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
  /** The languages the word is common in, one bit each, in the order of `Languages.locales`. */
  common: number;
  /** What each language's lists say of it, in the same order; undefined where they do not have it. */
  info: (WordInfo | undefined)[];
}

function pack(
  locale: Locale,
  symbols: [string, number][],
  lexicon: Record<string, number>,
  file: CueFile,
  profanity: string[],
  functionWords: string[],
  negations: string[],
  boosters: Record<string, number>,
): LanguagePack {
  // One-word intensifiers only: VADER looks at the three words before a sentiment word one by one.
  const single = Object.entries(boosters).filter(([w]) => !w.includes(' '));
  // Intensifiers and negations act on the next words; they carry no valence of their own.
  const valence = new Map([...symbols, ...Object.entries(lexicon), ...Object.entries(file.extraValence ?? {})]);
  for (const w of [...negations, ...single.map(([w]) => w)]) valence.delete(w);
  const common = new Set([
    ...file.common,
    ...file.secondPerson,
    ...file.contrast,
    ...negations.filter((w) => !w.includes(' ')),
  ]);
  return {
    locale,
    valence,
    negations: new Set(negations),
    boosters: new Map(single),
    contrast: new Set(file.contrast),
    secondPerson: new Set(file.secondPerson),
    common,
    // Numbers count as determiners: "one site, one account", "deux commandes".
    functionWords: new Set([
      ...common,
      ...functionWords,
      ...NUMBER_WORDS[locale],
      'no',
      'non',
      'yes',
      'oui',
      'sì',
      'why',
      'when',
      'pourquoi',
      'quand',
      'quando',
    ]),
    cues: compileCueSet({ ...file.cues, profanity }),
  };
}

/** Everything the analyser reads, built once from the word lists by `buildLanguages` and never changed after. */
export interface Languages {
  packs: Readonly<Record<Locale, LanguagePack>>;
  /** The locales in the order of the lexemes' bits and entries. */
  locales: readonly Locale[];
  /** Every word any language's lists name, with what they say of it. */
  lexicon: ReadonlyMap<string, Lexeme>;
  rankLanguages: LanguageData['rankLanguages'];
  /** Each language's trained valence model, when the data has one. */
  valenceModels: Readonly<Record<Locale, ValenceModel>> | undefined;
}

/** The language packs and the lexicon, built (a few milliseconds) from the word lists. */
export function buildLanguages(d: LanguageData): Languages {
  // Emoji and emoticons score the same in every language; the emoticons come from VADER's lexicon.
  const symbols: [string, number][] = [
    ...Object.entries(d.valence.en).filter(([w]) => !/\p{L}/u.test(w)),
    ...Object.entries(d.valence.emoji),
  ];
  const packs: Record<Locale, LanguagePack> = {
    en: pack(
      'en',
      symbols,
      d.valence.en,
      d.cues.en,
      d.profanity.en,
      d.functionWords.en,
      d.englishGrammar.negations,
      d.englishGrammar.boosters,
    ),
    fr: pack(
      'fr',
      symbols,
      d.valence.fr,
      d.cues.fr,
      d.profanity.fr,
      d.functionWords.fr,
      d.cues.fr.negations ?? [],
      d.cues.fr.boosters ?? {},
    ),
    it: pack(
      'it',
      symbols,
      d.valence.it,
      d.cues.it,
      d.profanity.it,
      d.functionWords.it,
      d.cues.it.negations ?? [],
      d.cues.it.boosters ?? {},
    ),
  };
  const all = Object.values(packs);
  const lexicon = new Map<string, Lexeme>();
  const entry = (w: string) => {
    let e = lexicon.get(w);
    if (!e) {
      e = { common: 0, info: all.map(() => undefined) };
      lexicon.set(w, e);
    }
    return e;
  };
  all.forEach((p, i) => {
    for (const w of p.common) entry(w).common |= 1 << i;
    for (const w of [...p.valence.keys(), ...p.boosters.keys(), ...p.negations, ...p.contrast, ...p.secondPerson]) {
      entry(w).info[i] ??= {
        valence: p.valence.get(w),
        booster: p.boosters.get(w),
        negation: p.negations.has(w),
        contrast: p.contrast.has(w),
        secondPerson: p.secondPerson.has(w),
      };
    }
  });
  return {
    packs,
    locales: Object.keys(packs) as Locale[],
    lexicon,
    rankLanguages: d.rankLanguages,
    valenceModels: d.valenceModel ? compileValenceModel(d.valenceModel) : undefined,
  };
}

/** The lexicon's entry for each token. */
export function lexemesOf(languages: Languages, tokens: readonly { lower: string }[]): (Lexeme | undefined)[] {
  const words = languages.lexicon;
  return tokens.map((t) => words.get(t.lower));
}

/** What a language's lists say of each token, from the tokens' entries. */
export function wordInfoOf(
  languages: Languages,
  lexemes: readonly (Lexeme | undefined)[],
  lang: LanguagePack,
): (WordInfo | undefined)[] {
  const i = languages.locales.indexOf(lang.locale);
  return lexemes.map((e) => e?.info[i]);
}
