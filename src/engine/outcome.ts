import type { AppraisalTerms } from './audience/appraisal';
import type { Features } from './schema/features';
import type { Locale } from './schema/text';
import type { MoveSignal, Signal } from './text/analysis';

/** Replies split by sentiment. */
export interface ReplyMix {
  positive: number;
  neutral: number;
  negative: number;
}

/** Counted reactions; every count is a whole number, never negative. */
export interface Reactions {
  exposures: number;
  likes: number;
  replies: ReplyMix;
  reshares: number;
  quotes: number;
  follows: number;
  unfollows: number;
}

/** How one segment took one reply. */
export interface SegmentReaction extends Reactions {
  segment: string;
  /** The appraisal behind the valence (unbounded). */
  appraisal: number;
  /** −1 (outraged) to 1 (delighted). */
  valence: number;
  /** What each feature, the voice, the speed and trust added to the appraisal (none for silence). */
  terms: AppraisalTerms;
  trustBefore: number;
  trustAfter: number;
}

/** A reply from a simulated account, for the feed to show. */
export interface VisibleReply {
  /** Simulated minutes since the scenario began. */
  at: number;
  segment: string;
  sentiment: keyof ReplyMix;
  /** Index into the scenario's reply lines, its segments' then the game's (see `replyLine`). */
  line: number;
  /** Words of the post the line quotes back, as written. */
  quote?: string;
  name: string;
  handle: string;
}

/** One answer the trainee gave in a thread, and how the asker's segment took it. */
export interface ThreadExchange {
  /** The asker answered, by id. */
  asker: string;
  /** The asker's segment, which appraised the answer. */
  segment: string;
  /** The authored answer's id, or "@written". */
  answer: string;
  /** The answer moved the conversation to private messages. */
  private: boolean;
  /** Simulated minute the asker's reply came. */
  askedAt: number;
  /** Simulated minute the answer went out. */
  at: number;
  features: Features;
  /** How timely the answer was, as for a post. */
  speed: number;
  /** How close it sat to the brand's voice, as for a post. */
  voice: number;
  /** How the segment took the answer, −1..1. */
  valence: number;
  trustBefore: number;
  trustAfter: number;
  moodBefore: number;
  moodAfter: number;
  /** The onlookers' reactions to the answer (only the asker's, for a private one). */
  reactions: Reactions;
  /** For an answer the trainee wrote: the text and what the analyser read in it. */
  written?: WrittenReply;
}

/** What one decision set off. */
export interface StepOutcome {
  step: string;
  choice: string;
  /** Where the decision led: the next step, or "debrief". */
  next: string;
  silent: boolean;
  /** The time ran out and the step's timer choice was taken for the trainee. */
  timedOut?: true;
  /** Simulated minute the decision was due: the feed's times count back from it. */
  dueAt: number;
  /** Simulated minute the reply went out. */
  postedAt: number;
  features: Features;
  speed: number;
  voice: number;
  segments: SegmentReaction[];
  totals: Reactions;
  /** How the audience took this reply, −1..1: the segments' valences weighted by their share of followers, as the score weighs them. */
  sentiment: number;
  replies: VisibleReply[];
  /** For a reply the trainee wrote: the text and what the analyser read in it. */
  written?: WrittenReply;
  /** The answers given in the step's thread, in order (none when the thread was left unanswered). */
  thread?: ThreadExchange[];
  /** The askers of the step's thread the time ran out on (timers on), by id: left unanswered by the clock. */
  threadLapsed?: string[];
}

/** A written reply as the debrief shows it: the words that triggered each feature. */
export interface WrittenReply {
  text: string;
  language: Locale;
  languageFrom: 'detected' | 'hint' | 'forced';
  length: number;
  limit: number;
  valence: number;
  signals: Signal[];
  /** What the reply does that the audience reads past its words ("you apologised, then blamed the customer"); none for most replies. */
  moves: MoveSignal[];
}

/** One sentence-worth of explanation, kept as data so each language can word it. */
export interface Reason {
  key: string;
  segment?: string;
  feature?: string;
  /** The step the sentence is about, by id. */
  step?: string;
  /** How the segment took the replies overall, where it matters to the sentence. */
  tone?: Tone;
  value: number;
}

/** A valence put in words: from delighted to outraged. */
export type Tone = 'loved' | 'liked' | 'shrugged' | 'disliked' | 'outraged';

/** Words for a valence in −1..1. */
export function toneOf(valence: number): Tone {
  if (valence > 0.5) return 'loved';
  if (valence > 0.15) return 'liked';
  if (valence >= -0.15) return 'shrugged';
  if (valence >= -0.5) return 'disliked';
  return 'outraged';
}

/** One part of the score. */
export interface ScorePart {
  id: 'followers' | 'engagement' | 'trust' | 'lesson';
  points: number;
  max: number;
  reasons: Reason[];
}

/** Where a run stands: "strong" (followed the lesson, and the audience agreed), "mixed", or "harmful" (worse than saying nothing, or mostly against the lesson). */
export type BandId = 'strong' | 'mixed' | 'harmful';

/** The run's band and the reasons for it, as data. */
export interface Band {
  id: BandId;
  reasons: Reason[];
}

export interface Score {
  total: number;
  max: number;
  parts: ScorePart[];
  band: Band;
}

/** Per simulated hour since the scenario began. */
export interface Series {
  followers: number[];
  engagement: number[];
  /** −1..1, or 0 in an hour with no reaction. */
  sentiment: number[];
}

/** Everything `play()` returns: plain JSON. */
export interface Outcome {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  /** True when the transcript reached the debrief. */
  complete: boolean;
  steps: StepOutcome[];
  series: Series;
  followers: { start: number; end: number; delta: number };
  reactions: Reactions;
  /** How the audience took the run, −1..1: the mean over posted replies of their weighted sentiment. */
  sentiment: number;
  score: Score;
}
