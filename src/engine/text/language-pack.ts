import type { Locale } from '../schema/text';
import valenceEn from './data/valence-en.json';
import valenceFr from './data/valence-fr.json';
import valenceIt from './data/valence-it.json';
import valenceEmoji from './data/valence-emoji.json';
import grammarEn from './data/grammar-en.json';
import profanityEn from './data/profanity-en.json';
import profanityFr from './data/profanity-fr.json';
import profanityIt from './data/profanity-it.json';
import cuesEn from './cues/en.json';
import cuesFr from './cues/fr.json';
import cuesIt from './cues/it.json';
import { compileCueSet, type CueSet } from './cue-match';

/** The cue lists every language file has: the words that signal each feature. */
export const CUE_NAMES = [
  'humour', 'edge', 'warmth', 'apology', 'accountability', 'explanation', 'invitation',
  'promotion', 'mockery', 'surveillance', 'viewing', 'people', 'streak',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

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

interface CueFile {
  negations?: string[];
  boosters?: Record<string, number>;
  contrast: string[];
  secondPerson: string[];
  common: string[];
  extraValence?: Record<string, number>;
  cues: Record<CueName, string[]>;
}

/** Emoji and emoticons score the same in every language; the emoticons come from VADER's lexicon. */
const SYMBOLS: [string, number][] = [
  ...Object.entries(valenceEn.data).filter(([w]) => !/\p{L}/u.test(w)),
  ...Object.entries(valenceEmoji.data),
];

function pack(locale: Locale, lexicon: Record<string, number>, file: CueFile, profanity: string[], negations: string[], boosters: Record<string, number>): LanguagePack {
  // One-word intensifiers only: VADER looks at the three words before a sentiment word one by one.
  const single = Object.entries(boosters).filter(([w]) => !w.includes(' '));
  // Intensifiers and negations act on the next words; they carry no valence of their own.
  const valence = new Map([...SYMBOLS, ...Object.entries(lexicon), ...Object.entries(file.extraValence ?? {})]);
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

/** The language packs, built on first use (a few milliseconds) rather than when the module loads. */
export function languagePacks(): Record<Locale, LanguagePack> {
  packs ??= {
    en: pack('en', valenceEn.data, cuesEn, profanityEn.data, grammarEn.negations, grammarEn.boosters),
    fr: pack('fr', valenceFr.data, cuesFr, profanityFr.data, cuesFr.negations, cuesFr.boosters),
    it: pack('it', valenceIt.data, cuesIt, profanityIt.data, cuesIt.negations, cuesIt.boosters),
  };
  return packs;
}
