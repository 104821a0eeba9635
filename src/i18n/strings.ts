import type { Locale } from '../engine';

/** The interface's words, per language. Scenario text comes from the scenario files. */
const STRINGS = {
  en: {
    tagline: 'Speak for a brand. Watch the audience react.',
    start: 'Start',
    language: 'Language',
    loading: 'Loading scenarios…',
    chooseScenario: 'Choose a scenario',
    difficulty: ['Easy', 'Medium', 'Hard'],
    minutes: '{n} min',
    brokenFiles: '{n} scenario file(s) could not be loaded',
    noScenarios: 'No scenario can be played in this language yet.',
    briefing: 'Briefing',
    source: 'Source',
    begin: 'Begin',
    back: 'Back',
    decision: 'Decision {n}',
    yourReply: 'Your reply',
    silentPreview: 'Nothing is posted.',
    post: 'Post',
    keysHint: '↑↓ to choose · Enter to post · 1–{n} to pick directly',
    reaction: 'The audience reacts',
    likes: 'Likes',
    replies: 'Replies',
    reshares: 'Reshares',
    quotes: 'Quote posts',
    followers: 'Followers',
    sentiment: 'Sentiment',
    hoursLater: '{n} h later',
    skip: 'Skip',
    continue: 'Continue',
    toDebrief: 'See the debrief',
    debrief: 'Debrief',
    score: 'Score',
    followerChange: 'Follower change',
    whatHappened: 'What really happened',
    lesson: 'The lesson',
    playAgain: 'Play again',
    otherScenario: 'Other scenarios',
    illustrative: 'Follower figures are illustrative.',
    silence: 'You stayed silent: nothing was posted, and nobody reacted.',
    errorTitle: 'Something went wrong',
    reload: 'Reload',
  },
  fr: {
    tagline: 'Parlez au nom d’une marque. Regardez le public réagir.',
    start: 'Commencer',
    language: 'Langue',
    loading: 'Chargement des scénarios…',
    chooseScenario: 'Choisissez un scénario',
    difficulty: ['Facile', 'Moyen', 'Difficile'],
    minutes: '{n} min',
    brokenFiles: '{n} fichier(s) de scénario illisible(s)',
    noScenarios: 'Aucun scénario n’est encore jouable dans cette langue.',
    briefing: 'Briefing',
    source: 'Source',
    begin: 'Commencer',
    back: 'Retour',
    decision: 'Décision {n}',
    yourReply: 'Votre réponse',
    silentPreview: 'Rien n’est publié.',
    post: 'Publier',
    keysHint: '↑↓ pour choisir · Entrée pour publier · 1–{n} pour choisir directement',
    reaction: 'Le public réagit',
    likes: 'J’aime',
    replies: 'Réponses',
    reshares: 'Partages',
    quotes: 'Citations',
    followers: 'Abonnés',
    sentiment: 'Sentiment',
    hoursLater: '{n} h plus tard',
    skip: 'Passer',
    continue: 'Continuer',
    toDebrief: 'Voir le bilan',
    debrief: 'Bilan',
    score: 'Score',
    followerChange: 'Évolution des abonnés',
    whatHappened: 'Ce qui s’est vraiment passé',
    lesson: 'La leçon',
    playAgain: 'Rejouer',
    otherScenario: 'Autres scénarios',
    illustrative: 'Les chiffres d’abonnés sont illustratifs.',
    silence: 'Vous êtes resté silencieux : rien n’a été publié, personne n’a réagi.',
    errorTitle: 'Une erreur est survenue',
    reload: 'Recharger',
  },
  it: {
    tagline: 'Parla a nome di un brand. Guarda il pubblico reagire.',
    start: 'Inizia',
    language: 'Lingua',
    loading: 'Caricamento degli scenari…',
    chooseScenario: 'Scegli uno scenario',
    difficulty: ['Facile', 'Medio', 'Difficile'],
    minutes: '{n} min',
    brokenFiles: '{n} file di scenario non caricabili',
    noScenarios: 'Nessuno scenario è ancora giocabile in questa lingua.',
    briefing: 'Briefing',
    source: 'Fonte',
    begin: 'Inizia',
    back: 'Indietro',
    decision: 'Decisione {n}',
    yourReply: 'La tua risposta',
    silentPreview: 'Non viene pubblicato nulla.',
    post: 'Pubblica',
    keysHint: '↑↓ per scegliere · Invio per pubblicare · 1–{n} per scegliere subito',
    reaction: 'Il pubblico reagisce',
    likes: 'Mi piace',
    replies: 'Risposte',
    reshares: 'Condivisioni',
    quotes: 'Citazioni',
    followers: 'Follower',
    sentiment: 'Sentimento',
    hoursLater: '{n} h dopo',
    skip: 'Salta',
    continue: 'Continua',
    toDebrief: 'Vedi il debriefing',
    debrief: 'Debriefing',
    score: 'Punteggio',
    followerChange: 'Variazione dei follower',
    whatHappened: 'Cosa è successo davvero',
    lesson: 'La lezione',
    playAgain: 'Gioca di nuovo',
    otherScenario: 'Altri scenari',
    illustrative: 'I numeri dei follower sono illustrativi.',
    silence: 'Sei rimasto in silenzio: non è stato pubblicato nulla e nessuno ha reagito.',
    errorTitle: 'Qualcosa è andato storto',
    reload: 'Ricarica',
  },
} satisfies Record<Locale, Record<string, string | string[]>>;

export type StringKey = { [K in keyof (typeof STRINGS)['en']]: (typeof STRINGS)['en'][K] extends string ? K : never }[keyof (typeof STRINGS)['en']];

/** The interface text for a key, with `{n}` filled in. */
export function t(locale: Locale, key: StringKey, n?: number | string): string {
  const s = STRINGS[locale][key] as string;
  return n === undefined ? s : s.replace('{n}', String(n));
}

/** The word for a difficulty from 1 to 3. */
export function difficultyName(locale: Locale, level: 1 | 2 | 3): string {
  return STRINGS[locale].difficulty[level - 1]!;
}

/** The browser's preferred interface language, when Brandstorm speaks it. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const base = lang.slice(0, 2).toLowerCase();
    if (base === 'en' || base === 'fr' || base === 'it') return base;
  }
  return 'en';
}
