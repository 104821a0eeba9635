import { CHECK_ONLY, depthOf, play, transcriptOf, type Analyser, type Decision, type Scenario } from '../../engine';
import type { FoundFeature, ScenarioSummary } from '../../protocol/class-view';

/** What the server's replay says of a trainee's latest decision. */
export interface Replayed {
  stepId: string;
  choiceId: string;
  features: FoundFeature[] | null;
  sentiment: number;
  score: number;
  scoreMax: number;
  complete: boolean;
}

/**
 * Replays a trainee's run up to and including a new decision with the
 * engine: the score and the audience's reaction are the server's own, never
 * the client's. Throws the engine's PlayError for a decision the run cannot
 * take (a choice the step lacks, a step out of order, a reply too long).
 * `analyser` reads the written replies.
 */
export function replayAnswer(
  scenario: Scenario,
  earlier: Decision[],
  decision: Decision,
  analyser: Analyser,
): Replayed {
  // Counts and score do not depend on the texture seed (see play.ts): any seed gives the trainee's figures.
  const outcome = play(scenario, transcriptOf(scenario, [...earlier, decision]), 0, { ...CHECK_ONLY, analyser });
  const last = outcome.steps.at(-1)!;
  const features = last.written
    ? last.written.signals
        .filter((s) => s.feature !== 'valence')
        .map((s) => ({
          feature: s.feature,
          value: Math.round(s.value * 100) / 100,
          words: [...new Set(s.spans.map((sp) => sp.text))].slice(0, 6),
        }))
    : null;
  return {
    stepId: last.step,
    choiceId: last.choice,
    features,
    sentiment: Math.round(last.sentiment * 1000) / 1000,
    score: outcome.score.total,
    scoreMax: outcome.score.max,
    complete: outcome.complete,
  };
}

/** The texts of a scenario the class view shows: titles, prompts, options, the real outcome and the lesson. */
export function summarize(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    outcome: scenario.debrief.outcome,
    lesson: scenario.debrief.lesson,
    locales: scenario.locales,
    depth: depthOf(scenario),
    steps: scenario.steps.map((s) => ({
      id: s.id,
      title: s.title,
      prompt: s.prompt,
      choices: s.choices.map((c) => ({ id: c.id, label: c.label })),
      freeText: Boolean(s.freeText),
      ...(s.thread
        ? {
            askers: s.thread.askers.map((k) => ({
              id: k.id,
              author: k.author,
              handle: k.handle,
              text: k.text,
              answers: k.answers.map((n) => ({ id: n.id, label: n.label, private: n.private })),
            })),
          }
        : {}),
    })),
  };
}
