import { completeFeatures } from '../schema/features';
import type { Scenario } from '../schema/scenario';
import type { Choice } from '../schema/step';
import { transcriptOf, type PickedDecision } from '../run/decision';
import { play } from '../play';
import { allPaths, routeTo } from '../run/graph';

/** A design problem: the file is valid, but the scenario would not teach well. */
export interface DesignProblem {
  path: (string | number)[];
  message: string;
}

/** Scores this close (out of 1,000) differ only by the random draws. */
const SAME_SCORE = 10;

/** What the audience reacts to in a choice: two choices alike here are alike to the engine. */
const effectOf = (c: Choice) => JSON.stringify([c.silent, c.silent ? 0 : c.delayMinutes, c.silent ? {} : completeFeatures(c.features)]);

/**
 * Checks what the schema cannot: choices the engine cannot tell apart, and
 * steps where every choice scores the same, found by playing each choice
 * after the shortest route to its step.
 */
export function designProblems(scenario: Scenario): DesignProblem[] {
  const problems: DesignProblem[] = [];
  scenario.steps.forEach((step, si) => {
    const seen = new Map<string, string>();
    step.choices.forEach((choice, ci) => {
      const twin = seen.get(effectOf(choice));
      if (twin) {
        problems.push({
          path: ['steps', si, 'choices', ci],
          message: `choices "${twin}" and "${choice.id}" of step "${step.id}" have the same features and timing, so the audience takes them the same way: make them differ or keep one`,
        });
      } else seen.set(effectOf(choice), choice.id);
    });
    const route = routeTo(scenario, step.id);
    if (!route || step.choices.length < 2) return;
    const scores = step.choices.map((c) => play(scenario, transcriptOf(scenario, [...route, { step: step.id, choice: c.id }]), 1).score.total);
    const [low, high] = [Math.min(...scores), Math.max(...scores)];
    // Each choice draws its own random counts, so "the same" means within the noise.
    if (high - low <= SAME_SCORE && seen.size > 1) {
      problems.push({
        path: ['steps', si, 'choices'],
        message: `every choice of step "${step.id}" scores between ${low} and ${high}: the decision teaches nothing; give the choices features the audience segments weigh differently`,
      });
    }
  });
  problems.push(...threadProblems(scenario));
  const lesson = bestPathProblem(scenario);
  if (lesson) problems.push(lesson);
  return problems;
}

/**
 * Each asker's answers must matter: played after the shortest route to the step and its first
 * choice that posts, at least one answer must score apart from leaving the reply unanswered.
 */
function threadProblems(scenario: Scenario): DesignProblem[] {
  const problems: DesignProblem[] = [];
  scenario.steps.forEach((step, si) => {
    const route = routeTo(scenario, step.id);
    const posting = step.choices.find((c) => !c.silent);
    if (!step.thread || !route || !posting) return;
    const scoreOf = (thread: PickedDecision['thread']) => play(scenario, transcriptOf(scenario, [...route, { step: step.id, choice: posting.id, thread }]), 1).score.total;
    const unanswered = scoreOf([]);
    step.thread.askers.forEach((asker, ai) => {
      // A reply that asks must come while the reaction still plays, before the next decision is due.
      const next = step.choices.filter((c) => !c.silent).map((c) => scenario.steps.find((s) => s.id === c.next)).find((s) => s?.after !== undefined && asker.minutesAfter >= s.after);
      if (next) {
        problems.push({
          path: ['steps', si, 'thread', 'askers', ai, 'minutesAfter'],
          message: `the reply "${asker.id}" comes ${asker.minutesAfter} minutes after the post, but step "${next.id}" is due ${next.after} minutes after it: the trainee could never answer it; make it come sooner`,
        });
      }
      const scores = asker.answers.map((n) => scoreOf([{ asker: asker.id, answer: n.id }]));
      if (scores.every((x) => Math.abs(x - unanswered) <= THREAD_SAME_SCORE)) {
        problems.push({
          path: ['steps', si, 'thread', 'askers', ai, 'answers'],
          message: `every answer to "${asker.id}" at step "${step.id}" scores within ${THREAD_SAME_SCORE} points of leaving it unanswered (${unanswered}): the trainee learns nothing from answering; give the answers features the segment "${asker.segment}" weighs`,
        });
      }
    });
  });
  return problems;
}

/** One answer to one person moves less than a post: a difference this small still shows. */
const THREAD_SAME_SCORE = 2;

/**
 * The most paths the checker plays to compare the lesson's path with: the
 * library's largest scenario has 520. Past this, the checker says it cannot tell.
 */
export const MAX_CHECKED_PATHS = 1000;

/** The path the lesson teaches must score best, or the game would reward something else. */
function bestPathProblem(scenario: Scenario): DesignProblem | null {
  const taught = scenario.debrief.bestPath;
  if (!taught) return null;
  const paths = allPaths(scenario, MAX_CHECKED_PATHS);
  if (!paths.complete) {
    return {
      path: ['debrief', 'bestPath'],
      message: `the scenario has more than ${MAX_CHECKED_PATHS} paths from the start to the debrief, too many to play them all, so the checker cannot tell whether the lesson's path scores best: fewer choices, or choices that lead to the debrief sooner, make it checkable`,
    };
  }
  const scoreOf = (decisions: PickedDecision[]) => play(scenario, transcriptOf(scenario, decisions), 1).score.total;
  const named = (decisions: PickedDecision[]) => decisions.map((d) => d.choice).join(' → ');
  const lessonPath = paths.find((p) => named(p) === taught.join(' → '));
  if (!lessonPath) return null; // not a path: the schema's graph check says why
  const lessonScore = scoreOf(lessonPath);
  let best = { path: lessonPath, score: lessonScore };
  for (const p of paths) {
    const score = scoreOf(p);
    if (score > best.score) best = { path: p, score };
  }
  if (best.path === lessonPath) return null;
  return {
    path: ['debrief', 'bestPath'],
    message: `the lesson's path (${named(lessonPath)}) scores ${lessonScore}, but ${named(best.path)} scores ${best.score}: adjust the choices' features or the segments' values so that the lesson wins`,
  };
}
