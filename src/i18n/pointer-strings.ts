import type { Locale } from '../engine';

/** The words of choosing a reply with a mouse or a finger, per language. */
const STRINGS = {
  en: {
    postThis: 'Post this reply',
    staySilent: 'Stay silent',
    chooseFirst: 'Choose a reply to read it here in full, then post it.',
  },
  fr: {
    postThis: 'Publier cette réponse',
    staySilent: 'Ne rien publier',
    chooseFirst: 'Choisissez une réponse pour la lire ici en entier, puis publiez-la.',
  },
  it: {
    postThis: 'Pubblica questa risposta',
    staySilent: 'Non pubblicare nulla',
    chooseFirst: 'Scegli una risposta per leggerla qui per intero, poi pubblicala.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type PointerStringKey = keyof (typeof STRINGS)['en'];

/** A sentence about choosing and posting a reply with a pointer. */
export function tp(locale: Locale, key: PointerStringKey): string {
  return STRINGS[locale][key];
}
