import type { Text, ThreadAnswerDecision } from '../engine';
import type { SessionInfo } from './class';

/** What the instructor's class view receives: plain JSON, the same on the first load and over the live stream. */

/** A scenario of the playlist, with the texts the class view and the presenter view show. */
export interface ScenarioSummary {
  id: string;
  title: Text;
  outcome: Text;
  lesson: Text;
  locales: string[];
  /** The most decisions a path through it can take. */
  depth: number;
  steps: {
    id: string;
    title: Text;
    prompt: Text;
    choices: { id: string; label: Text }[];
    freeText: boolean;
    /** The replies of the step's thread that ask for an answer, and the answers they may get; absent without a thread. */
    askers?: ThreadAskerSummary[];
  }[];
}

/** A reply that asks for an answer, as the class view names it and counts its answers. */
export interface ThreadAskerSummary {
  id: string;
  author: string;
  handle: string;
  text: Text;
  answers: { id: string; label: Text; private: boolean }[];
}

/** What the analyser found in a written reply: a feature, its strength and the words that triggered it. */
export interface FoundFeature {
  feature: string;
  value: number;
  words: string[];
}

/** One trainee's decision, replayed and scored by the server. */
export interface ClassAnswer {
  id: number;
  trainee: number;
  scenarioIndex: number;
  position: number;
  step: string;
  /** The choice's id, or "@written". */
  choice: string;
  text: string | null;
  features: FoundFeature[] | null;
  /** The answers given in the step's thread, as sent: an asker's id with the answer's id or the text written; null when none were recorded. */
  thread: ThreadAnswerDecision[] | null;
  /** How the audience took the reply, −1..1: the segments' valences weighted by their share. */
  sentiment: number;
  /** The run's score after this decision. */
  score: number;
  scoreMax: number;
  complete: boolean;
  highlighted: boolean;
  at: string;
}

export interface ClassTrainee {
  id: number;
  name: string;
  joinedAt: string;
}

/** The whole session, as the class view starts from. */
export interface ClassSnapshot {
  session: SessionInfo & { joinCode: string };
  scenarios: ScenarioSummary[];
  trainees: ClassTrainee[];
  answers: ClassAnswer[];
}

/** What the live stream sends after the snapshot. */
export type ClassEvent =
  | { type: 'snapshot'; data: ClassSnapshot }
  | { type: 'answer'; data: ClassAnswer }
  | { type: 'trainee'; data: ClassTrainee }
  | { type: 'session'; data: SessionInfo & { joinCode: string } }
  | { type: 'highlight'; data: { answer: number; shown: boolean } };
