import type { FeatureName, Locale } from '../../../src/engine';

/** Replies that carry a feature, and replies that do not, in each language. */
export interface Examples {
  feature: FeatureName;
  yes: Partial<Record<Locale, string[]>>;
  no: Partial<Record<Locale, string[]>>;
}

export const EXAMPLES: Examples[] = [
  {
    feature: 'humour',
    yes: {
      en: ['Asking for a friend: can we watch it again? 😂', 'Haha, we did NOT see that plot twist coming'],
      fr: ['Mdr, on ne l’avait pas vue venir celle-là 😂', 'Sans mauvais jeu de mots, ça déménage'],
      it: ['Ahahah, chiedo per un amico 😂', 'Colpo di scena: stavamo scherzando'],
    },
    no: {
      en: ['Our new season starts on Friday.', 'We have updated our terms of service.'],
      fr: ['La nouvelle saison commence vendredi.', 'Nous avons mis à jour nos conditions.'],
      it: ['La nuova stagione inizia venerdì.', 'Abbiamo aggiornato i nostri termini.'],
    },
  },
  {
    feature: 'edge',
    yes: {
      en: [
        'We would tell you which organs spark joy, but that gets naughty fast',
        'Sexy and naked, just like our new show 🍆',
      ],
      fr: [
        'On vous dirait quels organes vous rendent heureux, mais le sujet est un peu osé',
        'Sexy et nus, comme notre nouvelle série 🍆',
      ],
      it: [
        'Ti diremmo quali organi ti rendono felice, ma è un argomento piccante',
        'Sexy e nudi, come la nostra nuova serie 🍆',
      ],
    },
    no: {
      // "Organs" is anatomy, not innuendo: the real Netflix reply was on topic, not edgy.
      en: ['Thanks for watching with your family tonight.', 'Marie Kondo would thank your organs for their service'],
      fr: ['Merci de regarder en famille ce soir.', 'Marie Kondo remercierait vos organes pour leurs services'],
      it: ['Grazie per aver guardato in famiglia stasera.', 'Marie Kondo ringrazierebbe i tuoi organi per il servizio'],
    },
  },
  {
    feature: 'profanity',
    yes: {
      en: ['This finale is fucking brilliant'],
      fr: ['Ce final est putain de génial'],
      it: ['Questo finale è un cazzo di capolavoro'],
    },
    no: { en: ['This finale is brilliant'], fr: ['Ce final est génial'], it: ['Questo finale è un capolavoro'] },
  },
  {
    feature: 'warmth',
    yes: {
      en: ['Thank you so much, we hear you and we are here for you ❤️'],
      fr: ['Merci beaucoup, on vous entend et on est là pour vous ❤️'],
      it: ['Grazie mille, vi ascoltiamo e siamo qui per voi ❤️'],
    },
    no: {
      en: ['The episode is available at 9pm.'],
      fr: ["L'épisode est disponible à 21h."],
      it: ["L'episodio è disponibile alle 21."],
    },
  },
  {
    feature: 'apology',
    yes: {
      en: ['We are sorry for the outage last night.', 'Our apologies, this should not have happened.'],
      fr: ['Nous sommes désolés pour la panne d’hier soir.', 'Toutes nos excuses, cela n’aurait pas dû arriver.'],
      it: ['Ci scusiamo per il guasto di ieri sera.', 'Ci dispiace, non doveva succedere.'],
    },
    no: {
      en: ['The outage is over, enjoy!'],
      fr: ['La panne est terminée, profitez-en !'],
      it: ['Il guasto è risolto, buona visione!'],
    },
  },
  {
    feature: 'accountability',
    yes: {
      en: ['We messed up and that is on us. We will fix it.'],
      fr: ["On s'est trompés, c'est notre faute. Nous allons corriger."],
      it: ['Abbiamo sbagliato, è colpa nostra. Correggeremo.'],
    },
    no: {
      en: ['Some users had trouble because of their internet provider.'],
      fr: ["Certains ont eu des soucis à cause de leur fournisseur d'accès."],
      it: ['Alcuni hanno avuto problemi con il loro fornitore internet.'],
    },
  },
  {
    feature: 'explanation',
    yes: {
      en: [
        "Here's why prices change: we are investing in more shows.",
        'We split the service because DVDs and streaming are different businesses.',
      ],
      fr: [
        'Voici pourquoi les prix changent : nous investissons dans plus de séries.',
        'Nous séparons le service parce que les DVD et le streaming sont deux métiers.',
      ],
      it: [
        'Ecco perché i prezzi cambiano: investiamo in più serie.',
        'Separiamo il servizio perché DVD e streaming sono due mestieri.',
      ],
    },
    no: { en: ['Prices change on Monday.'], fr: ['Les prix changent lundi.'], it: ['I prezzi cambiano lunedì.'] },
  },
  {
    feature: 'personalAddress',
    yes: {
      en: ['@Adaripp you made our day'],
      fr: ['@Adaripp tu as illuminé notre journée'],
      it: ['@Adaripp ci hai fatto la giornata'],
    },
    no: {
      en: ['Our catalogue grows every week.'],
      fr: ['Notre catalogue grandit chaque semaine.'],
      it: ['Il nostro catalogo cresce ogni settimana.'],
    },
  },
  {
    feature: 'invitation',
    yes: {
      en: ['Which show should we add next? Tell us below'],
      fr: ['Quelle série ajouter ensuite ? Dites-nous en commentaire'],
      it: ['Quale serie aggiungiamo? Diteci nei commenti'],
    },
    no: {
      en: ['We added twelve shows this week.'],
      fr: ['Nous avons ajouté douze séries cette semaine.'],
      it: ['Abbiamo aggiunto dodici serie questa settimana.'],
    },
  },
  {
    feature: 'promotion',
    yes: {
      en: ['Stream now at netflix.com, only $7.99 a month #Netflix', 'Sign up today for a free trial!'],
      fr: ['Abonnez-vous dès maintenant, seulement 7,99 € par mois #Netflix'],
      it: ['Abbonati ora, solo 7,99 € al mese #Netflix'],
    },
    // Words that only begin like sales talk ("subscribers", "offered", "abbonati"), and a sale refused, are not promotion.
    no: {
      en: ['What a game last night.', 'Our subscribers offered to help, and the name is not for sale.'],
      fr: ['Quel match hier soir.', 'Nos abonnés nous ont aidés, et le nom ne se vend pas.'],
      it: ['Che partita ieri sera.', "L'avevamo promesso ai nostri abbonati: il nome non è in vendita."],
    },
  },
  {
    feature: 'mockery',
    yes: {
      en: ['Who hurt you? Some of you need to touch grass 🤡'],
      fr: ['Qui vous a fait du mal ? Certains d’entre vous sont pathétiques 🤡'],
      it: ['Chi ti ha fatto del male? Alcuni di voi sono patetici 🤡'],
    },
    no: {
      en: ['We love how much you love this show.'],
      fr: ['On adore voir à quel point vous aimez cette série.'],
      it: ['Adoriamo quanto amate questa serie.'],
    },
  },
  {
    feature: 'privacyExposure',
    yes: {
      en: [
        "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?",
        'We saw that you watched it four times yesterday',
      ],
      fr: [
        'Aux 53 personnes qui ont regardé A Christmas Prince tous les jours depuis 18 jours : qui vous a fait du mal ?',
        'On a vu que vous aviez regardé le film quatre fois hier',
      ],
      it: [
        'Alle 53 persone che hanno guardato A Christmas Prince ogni giorno per 18 giorni: chi vi ha fatto del male?',
        'Abbiamo visto che lo hai guardato quattro volte ieri',
      ],
    },
    no: {
      en: ['A Christmas Prince is streaming now, enjoy it with 3 friends'],
      fr: ['A Christmas Prince est disponible, à voir avec 3 amis'],
      it: ['A Christmas Prince è disponibile, da vedere con 3 amici'],
    },
  },
];
