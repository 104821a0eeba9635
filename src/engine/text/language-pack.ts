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
