import type { Text } from '../schema/text';

/**
 * Reply lines that simulated accounts post when a scenario gives none for a
 * segment. Short and generic on purpose: a scenario's own lines fit its case better.
 */
export const DEFAULT_REPLY_LINES: Record<'positive' | 'neutral' | 'negative', Text[]> = {
  positive: [
    { en: 'Whoever runs this account deserves a raise 😂', fr: 'La personne derrière ce compte mérite une augmentation 😂', it: 'Chi gestisce questo account merita un aumento 😂' },
    { en: 'This is why I follow you.', fr: "C'est pour ça que je vous suis.", it: 'Ecco perché vi seguo.' },
    { en: 'Okay, that was good.', fr: "D'accord, celle-là était bonne.", it: 'Ok, questa era bella.' },
    { en: 'Love this ❤️', fr: "J'adore ❤️", it: 'Adoro ❤️' },
    { en: 'Brands being human: more of this please', fr: 'Une marque qui parle comme un humain : encore !', it: 'Un brand che parla da umano: ancora, per favore' },
    { en: 'Screenshotting this before it goes viral', fr: 'Capture d’écran avant que ça devienne viral', it: 'Screenshot prima che diventi virale' },
  ],
  neutral: [
    { en: 'Interesting move.', fr: 'Intéressant comme choix.', it: 'Mossa interessante.' },
    { en: 'Is this an ad?', fr: "C'est une pub ?", it: "È una pubblicità?" },
    { en: 'ok', fr: 'ok', it: 'ok' },
    { en: 'Not sure how I feel about this one.', fr: 'Je ne sais pas trop quoi en penser.', it: 'Non so bene cosa pensarne.' },
    { en: 'Who approved this?', fr: 'Qui a validé ça ?', it: "Chi l'ha approvato?" },
  ],
  negative: [
    { en: 'Not a good look.', fr: 'Pas terrible comme image.', it: 'Non una bella figura.' },
    { en: 'Unfollowing. This is not okay.', fr: "Je me désabonne. Ce n'est pas acceptable.", it: 'Smetto di seguirvi. Non va bene.' },
    { en: 'Delete this.', fr: 'Supprimez ça.', it: 'Cancellate questo post.' },
    { en: 'My kids read this feed, you know.', fr: 'Mes enfants lisent ce fil, vous savez.', it: 'I miei figli leggono questo profilo, sapete.' },
    { en: 'Whoever wrote this should not run a brand account.', fr: "La personne qui a écrit ça ne devrait pas gérer un compte de marque.", it: "Chi l'ha scritto non dovrebbe gestire l'account di un brand." },
    { en: 'Cringe.', fr: 'Gênant.', it: 'Imbarazzante.' },
  ],
};

/** First names and surnames for simulated accounts, mixed across the three languages. */
export const FIRST_NAMES = [
  'Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Riley', 'Casey', 'Jamie', 'Chloé', 'Lucas', 'Manon', 'Hugo',
  'Léa', 'Giulia', 'Marco', 'Sofia', 'Luca', 'Chiara', 'Noah', 'Emma', 'Ava', 'Mia', 'Leo', 'Nina',
];
export const LAST_NAMES = [
  'Park', 'Nguyen', 'Smith', 'Rossi', 'Bianchi', 'Martin', 'Bernard', 'Dubois', 'Garcia', 'Khan', 'Okafor', 'Ricci',
  'Moreau', 'Lopez', 'Fontaine', 'Greco', 'Kim', 'Silva', 'Conti', 'Lefèvre',
];
