import type { Locale } from '../schema/text';
import type { ValenceModelFile } from './valence-model';

/** The cue lists every language file has: the words that signal each feature. */
export const CUE_NAMES = [
  'humour',
  'edge',
  'warmth',
  'apology',
  'accountability',
  'explanation',
  'invitation',
  'promotion',
  'mockery',
  'surveillance',
  'viewing',
  'people',
  'streak',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** One language's hand-written file in `cues/`. */
export interface CueFile {
  negations?: string[];
  boosters?: Record<string, number>;
  contrast: string[];
  secondPerson: string[];
  common: string[];
  extraValence?: Record<string, number>;
  cues: Record<CueName, string[]>;
}

/** Every word list the analyser reads (see `data/index.ts` and `scripts/lexicons.ts` for their sources). */
export interface LanguageData {
  valence: Record<Locale | 'emoji', Record<string, number>>;
  englishGrammar: { negations: string[]; boosters: Record<string, number> };
  profanity: Record<Locale, string[]>;
  /** Each language's function words (articles, pronouns, prepositions, auxiliaries, conjunctions): the stop-word lists of the stopword package. */
  functionWords: Record<Locale, string[]>;
  cues: Record<Locale, CueFile>;
  /** The trained valence model (`data/valence-model.json`); without it the valence is the lexicon's alone, as the model is trained. */
  valenceModel?: ValenceModelFile | undefined;
  /** franc's trigram ranking restricted to English, French and Italian (ISO 639-3 codes, best first, scores 0..1). */
  rankLanguages(text: string): [string, number][];
}

/**
 * Loads the word lists (a separate chunk in the browser, a plain import in
 * Node) and returns them: whoever loads them makes the analyser
 * (`createAnalyser`) and hands it on. Nothing is kept here.
 */
export async function loadLanguageData(): Promise<LanguageData> {
  return (await import('./data/index')).LANGUAGE_DATA;
}
