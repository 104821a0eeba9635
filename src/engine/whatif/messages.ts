import type { Locale } from '../schema/text';
import type { Tone } from '../outcome';

/** The words of the what-if comparison and the timeline, per language; `{…}` are filled in. */
export interface WhatIfMessages {
  /** "With “alt” instead of “mine”, …": {alt}, {mine}, {altScore}, {myScore}, {delta}. */
  differs: string;
  same: string;
  /** The path the trainee played. */
  ownPath: string;
  laterChanged: string;
  /** {part}, {delta}. */
  movedMost: string;
  /** {segment}, {alt}, {mine} (tones), {altN}, {myN} (followers). */
  segmentTone: string;
  /** {segment}, {tone}, {altN}, {myN}. */
  segmentFollowers: string;
  /** {segment}, {feature}. */
  values: Record<'more' | 'less', string>;
  dislikes: Record<'more' | 'less', string>;
  /** Tones as nouns, so that they read the same whatever the segment's grammar. */
  tones: Record<Tone | 'silent', string>;
  /** Features as nouns after "values" or "dislikes". */
  features: Record<string, string>;
  timedOut: string;
}

export const WHAT_IF_MESSAGES: Record<Locale, WhatIfMessages> = {
  en: {
    differs: 'With “{alt}” instead of “{mine}”, the score would be {altScore} instead of {myScore} ({delta}).',
    same: 'With “{alt}” instead of “{mine}”, the score would be the same: {myScore}.',
    ownPath: 'This is the path you played: pick another option to compare.',
    laterChanged: 'Later decisions differ too, so part of the difference comes from them.',
    movedMost: 'The biggest change is in {part}: {delta} points.',
    segmentTone: '{segment}: {alt} rather than {mine} ({altN} followers instead of {myN}).',
    segmentFollowers: '{segment}: {tone} either way, but {altN} followers instead of {myN}.',
    values: { more: 'Why: {segment} value {feature}, and this reply carries more of it.', less: 'Why: {segment} value {feature}, and this reply carries less of it.' },
    dislikes: { more: 'Why: {segment} dislike {feature}, and this reply carries more of it.', less: 'Why: {segment} dislike {feature}, and this reply carries less of it.' },
    tones: { loved: 'delight', liked: 'approval', shrugged: 'indifference', disliked: 'displeasure', outraged: 'outrage', silent: 'nothing to react to' },
    features: {
      humour: 'humour', edge: 'edgy content', warmth: 'warmth', apology: 'an apology', accountability: 'owning the mistake', explanation: 'an explanation',
      personalAddress: 'being spoken to personally', invitation: 'an invitation to talk', promotion: 'promotion', mockery: 'mocking customers',
      privacyExposure: 'exposing customers’ private behaviour', profanity: 'profanity', platformFit: 'posts that fit the platform', speed: 'a quick answer', voice: 'the brand’s own voice',
    },
    timedOut: 'time ran out',
  },
  fr: {
    differs: 'Avec « {alt} » au lieu de « {mine} », le score serait de {altScore} au lieu de {myScore} ({delta}).',
    same: 'Avec « {alt} » au lieu de « {mine} », le score serait le même : {myScore}.',
    ownPath: 'Voici le chemin que vous avez joué : choisissez une autre option pour comparer.',
    laterChanged: 'Des décisions suivantes diffèrent aussi : une part de l’écart vient d’elles.',
    movedMost: 'Le plus grand écart porte sur {part} : {delta} points.',
    segmentTone: '{segment} : {alt} plutôt que {mine} ({altN} abonnés au lieu de {myN}).',
    segmentFollowers: '{segment} : {tone} dans les deux cas, mais {altN} abonnés au lieu de {myN}.',
    values: { more: 'Pourquoi : {segment} apprécient {feature}, et cette réponse en contient davantage.', less: 'Pourquoi : {segment} apprécient {feature}, et cette réponse en contient moins.' },
    dislikes: { more: 'Pourquoi : {segment} rejettent {feature}, et cette réponse en contient davantage.', less: 'Pourquoi : {segment} rejettent {feature}, et cette réponse en contient moins.' },
    tones: { loved: 'l’enthousiasme', liked: 'l’approbation', shrugged: 'l’indifférence', disliked: 'le mécontentement', outraged: 'l’indignation', silent: 'rien à quoi réagir' },
    features: {
      humour: 'l’humour', edge: 'les contenus osés', warmth: 'la chaleur', apology: 'les excuses', accountability: 'la reconnaissance de l’erreur', explanation: 'les explications',
      personalAddress: 'qu’on s’adresse à eux', invitation: 'les invitations à échanger', promotion: 'la promotion', mockery: 'la moquerie envers les clients',
      privacyExposure: 'la divulgation du comportement privé des clients', profanity: 'la vulgarité', platformFit: 'les publications adaptées à la plateforme', speed: 'les réponses rapides', voice: 'la voix propre de la marque',
    },
    timedOut: 'temps écoulé',
  },
  it: {
    differs: 'Con «{alt}» invece di «{mine}», il punteggio sarebbe {altScore} invece di {myScore} ({delta}).',
    same: 'Con «{alt}» invece di «{mine}», il punteggio sarebbe lo stesso: {myScore}.',
    ownPath: 'Questo è il percorso che hai giocato: scegli un’altra opzione per confrontare.',
    laterChanged: 'Anche decisioni successive sono diverse: parte della differenza viene da loro.',
    movedMost: 'La differenza maggiore è in {part}: {delta} punti.',
    segmentTone: '{segment}: {alt} anziché {mine} ({altN} follower invece di {myN}).',
    segmentFollowers: '{segment}: {tone} in entrambi i casi, ma {altN} follower invece di {myN}.',
    values: { more: 'Perché: {segment} apprezzano {feature}, e questa risposta ne contiene di più.', less: 'Perché: {segment} apprezzano {feature}, e questa risposta ne contiene di meno.' },
    dislikes: { more: 'Perché: {segment} non amano {feature}, e questa risposta ne contiene di più.', less: 'Perché: {segment} non amano {feature}, e questa risposta ne contiene di meno.' },
    tones: { loved: 'l’entusiasmo', liked: 'l’approvazione', shrugged: 'l’indifferenza', disliked: 'il malcontento', outraged: 'l’indignazione', silent: 'niente a cui reagire' },
    features: {
      humour: 'l’umorismo', edge: 'i contenuti spinti', warmth: 'il calore', apology: 'le scuse', accountability: 'l’ammissione dell’errore', explanation: 'le spiegazioni',
      personalAddress: 'sentirsi interpellati', invitation: 'gli inviti alla conversazione', promotion: 'la promozione', mockery: 'la presa in giro dei clienti',
      privacyExposure: 'la rivelazione dei comportamenti privati dei clienti', profanity: 'la volgarità', platformFit: 'i post adatti alla piattaforma', speed: 'le risposte rapide', voice: 'la voce propria del brand',
    },
    timedOut: 'tempo scaduto',
  },
};
