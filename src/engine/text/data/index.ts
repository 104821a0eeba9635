/**
 * All the analyser's word lists and its trained valence model, as one
 * module. The game loads it lazily (see `loadLanguageData`) so that the word
 * lists, the model (about 80 KB gzip) and the language profiles do not delay
 * the title screen.
 */
import valenceEn from './valence-en.json';
import valenceFr from './valence-fr.json';
import valenceIt from './valence-it.json';
import valenceEmoji from './valence-emoji.json';
import grammarEn from './grammar-en.json';
import profanityEn from './profanity-en.json';
import profanityFr from './profanity-fr.json';
import profanityIt from './profanity-it.json';
import functionWords from './function-words.json';
import valenceModel from './valence-model.json';
import cuesEn from '../cues/en.json';
import cuesFr from '../cues/fr.json';
import cuesIt from '../cues/it.json';
import { francAll } from 'franc-min';
import type { LanguageData } from '../language-data';

export const LANGUAGE_DATA: LanguageData = {
  valence: { en: valenceEn.data, fr: valenceFr.data, it: valenceIt.data, emoji: valenceEmoji.data },
  englishGrammar: { negations: grammarEn.negations, boosters: grammarEn.boosters },
  profanity: { en: profanityEn.data, fr: profanityFr.data, it: profanityIt.data },
  functionWords: functionWords.data,
  cues: { en: cuesEn, fr: cuesFr, it: cuesIt },
  valenceModel,
  // franc-min's trigram profiles cover 82 languages: kept in this lazily loaded chunk too.
  rankLanguages: (text) => francAll(text, { only: ['eng', 'fra', 'ita'], minLength: 1 }),
};
