import type { Locale } from '../engine';

/** What the game says when a part of it loaded on demand is late or could not be loaded, per language. */
const STRINGS = {
  en: {
    analyserWaiting: 'Your reply can be posted once the analyser’s word lists are in',
    analyserFailed: 'The analyser’s word lists could not be loaded. Check the connection and try again; your reply is kept. You can also go back and pick one of the replies.',
    tryAgain: 'Try again',
  },
  fr: {
    analyserWaiting: 'Votre réponse pourra être publiée dès que les listes de mots de l’analyseur seront arrivées',
    analyserFailed: 'Les listes de mots de l’analyseur n’ont pas pu être chargées. Vérifiez la connexion et réessayez ; votre réponse est gardée. Vous pouvez aussi revenir choisir une des réponses.',
    tryAgain: 'Réessayer',
  },
  it: {
    analyserWaiting: 'La risposta si potrà pubblicare appena arrivano gli elenchi di parole dell’analizzatore',
    analyserFailed: 'Non è stato possibile caricare gli elenchi di parole dell’analizzatore. Controlla la connessione e riprova; la risposta resta qui. Puoi anche tornare indietro e scegliere una delle risposte.',
    tryAgain: 'Riprova',
  },
} satisfies Record<Locale, Record<string, string>>;

export type LoadingStringKey = keyof (typeof STRINGS)['en'];

/** A sentence about a part of the game that is loading or failed to load. */
export function tl(locale: Locale, key: LoadingStringKey): string {
  return STRINGS[locale][key];
}
