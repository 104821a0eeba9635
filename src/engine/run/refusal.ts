/** Why the engine refused a run or a decision: each code has its sentence in the catalogue (`refusal.<code>`). */
export const PLAY_ERROR_CODES = [
  'wrong-scenario',
  'wrong-version',
  'unknown-step',
  'out-of-order',
  'unknown-choice',
  'after-end',
  'features-out-of-range',
  'no-free-text',
  'empty-reply',
  'reply-too-long',
  'text-not-ready',
  'bad-seed',
  'not-timed',
  'no-thread',
  'unknown-asker',
  'unknown-answer',
] as const;

export type PlayErrorCode = (typeof PLAY_ERROR_CODES)[number];

/** A decision's number in the run, counted from 1, as the trainee counts them. */
type Numbered = { decision: number };

/**
 * What each refusal names, by code: the values its catalogue sentence (`refusal.<code>`) is made
 * from. Where a code is refused in more than one way, `case` says which, and the sentence's select
 * follows it. Ids are the scenario's own (step, choice, asker, answer); lists of ids are joined by
 * ", ". The engine writes no words: whoever shows a refusal words it in the reader's language.
 */
export interface PlayErrorValues {
  'wrong-scenario': { scenario: string; runScenario: string };
  'wrong-version': { scenario: string; version: number; runVersion: number };
  'unknown-step':
    | (Numbered & { case: 'decision'; step: string })
    | { case: 'run'; step: string; scenario: string }
    | (Numbered & { case: 'change'; decisions: number });
  'out-of-order':
    | (Numbered & { case: 'decision' | 'change'; step: string; at: string })
    | { case: 'unfinished'; at: string };
  'unknown-choice': Numbered & { step: string; choice: string; choices: string };
  'after-end': Numbered;
  'features-out-of-range':
    | { case: 'choice'; choice: string; step: string; feature: string }
    | { case: 'answer'; answer: string; asker: string; feature: string };
  'no-free-text':
    | (Numbered & { case: 'step'; step: string })
    | (Numbered & { case: 'thread'; step: string; asker: string });
  'empty-reply': (Numbered & { case: 'step' }) | (Numbered & { case: 'thread'; asker: string });
  'reply-too-long':
    | (Numbered & { case: 'step'; length: number; limit: number })
    | (Numbered & { case: 'thread'; asker: string; length: number; limit: number });
  'text-not-ready': Record<string, never>;
  'bad-seed': { seed: number };
  'not-timed':
    | { case: 'ended' }
    | { case: 'noTimer' | 'threadDone'; step: string }
    | (Numbered & { case: 'decisionNoTimer'; step: string })
    | (Numbered & { case: 'otherChoice'; step: string; choice: string; timerChoice: string })
    | (Numbered & { case: 'lapsed'; asker: string; lapsed: string });
  'no-thread': { case: 'none' } | (Numbered & { case: 'step' | 'silent'; step: string });
  'unknown-asker':
    | (Numbered & { case: 'unknown'; asker: string; step: string; askers: string })
    | (Numbered & { case: 'twice'; asker: string });
  'unknown-answer': Numbered & { asker: string; answer: string; answers: string };
}

/**
 * A typed refusal: the engine never falls back to a default on bad input. It carries a code and
 * the values its sentence names; its `message` is the two as they are (`unknown-step {"decision":2,…}`),
 * for logs: the sentence a person reads comes from the catalogue (`playRefusalText` in `src/i18n`).
 */
export class PlayError<C extends PlayErrorCode = PlayErrorCode> extends Error {
  override readonly name = 'PlayError';
  constructor(
    readonly code: C,
    readonly values: PlayErrorValues[C],
  ) {
    super(`${code} ${JSON.stringify(values)}`);
  }
}
