import type { Features } from '../schema/features';
import type { Locale } from '../schema/text';

/** The longest reply the Twitter-like feed accepts, in characters. */
export const PLATFORM_LIMIT = 280;

/** How many characters (code points, once trimmed) a reply runs over the feed's limit: 0 when it fits. */
export function charactersOver(text: string): number {
  return Math.max(0, [...text.trim()].length - PLATFORM_LIMIT);
}

/** A part of the reply, as [start, end) offsets in the text as written, and the words there. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Why the analyser gave a feature its value: the words that triggered it. */
export interface Signal {
  feature: keyof Features | 'valence';
  /** The feature's value, or the valence for 'valence'. */
  value: number;
  spans: Span[];
  /** How many identifiable customers the reply mentioned, for privacy exposure. */
  count?: number;
}

/**
 * What a reply does, beyond the words it holds, that the debrief names:
 * an apology taken back, made conditional or undone by a "but", the fault put on the customer,
 * contempt in a clause, one person's habits told in public, a customer asked for their
 * details where everyone reads them, a pile of cues,
 * a company's script, a reply that says nothing or speaks of something else, a reply in
 * another language than the audience's.
 */
export const MOVES = [
  'negated-apology',
  'conditional-apology',
  'apology-then-blame',
  'apology-then-but',
  'blame',
  'apology-then-insult',
  'sarcasm',
  'personal-exposure',
  'details-in-public',
  'boilerplate',
  'cue-pile',
  'says-nothing',
  'off-topic',
  'other-language',
] as const;
export type Move = (typeof MOVES)[number];

/** A move the reply makes, with the words that make it. */
export interface MoveSignal {
  move: Move;
  spans: Span[];
}

/** What the analyser read in a reply. */
export interface Analysis {
  language: Locale;
  /** How the language was chosen: detected, or assumed from the hint or the scenario. */
  languageFrom: 'detected' | 'hint' | 'forced';
  /** Characters as the platform counts them (code points). */
  length: number;
  limit: number;
  /** Sentiment from −1 (hostile) to 1 (delighted), VADER's compound score. */
  valence: number;
  features: Features;
  /** One per feature found, strongest first, with the words that triggered it. */
  signals: Signal[];
  /** What the reply does that the audience reads past its words (none for most replies). */
  moves: MoveSignal[];
  /**
   * How much of the reply's good intentions its readers take in, 0..1: less from a pile of cues, stock
   * phrases, another language, another subject, or words that take up nothing of the post answered.
   * The audience weighs the reply's speed, its fit with the brand's voice and the pleasure of its edge by it.
   */
  heard: number;
  /** True when the reply says nothing the audience can answer (gibberish, emoji alone, "ok."): it is played as silence. */
  saysNothing: boolean;
}

/** Options for `analyse`. */
export interface AnalyseOptions {
  /** Read the reply as this language, without detecting it. */
  language?: Locale;
  /** The language to assume when the reply is too short to tell (the language being played). */
  hint?: Locale;
  /** Handles of the people in the feed, with or without "@": answering one of them is personal address. */
  handles?: readonly string[];
  /** Names of the brand, whose hashtags ("#Netflix") count as promotion. */
  brand?: readonly string[];
  /** Words a scenario adds to a feature's cues, in any language (its in-jokes, its taboo words). */
  cues?: Partial<Record<keyof Features, readonly string[]>>;
  /** What the conversation is about (the words of the feed and the prompt): a reply sharing none of them is off topic. */
  topic?: readonly string[];
  /**
   * What the post answered says, language by language (the step's situation, prompt and feed): a reply is
   * heard in proportion to how much of it it takes up, as a reader takes a reply that names what happened
   * over stock phrases that could answer anything.
   */
  conversation?: Partial<Record<Locale, readonly string[]>>;
}
