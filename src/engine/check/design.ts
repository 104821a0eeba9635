import { completeFeatures } from '../schema/features';
import type { Scenario } from '../schema/scenario';
import type { Choice } from '../schema/step';
import { transcriptOf, type PickedDecision } from '../run/decision';
import { play } from '../play';
import { allPaths, routeTo, stepsById } from '../run/graph';
import { faultedByLesson, segmentLessonProblems } from './segments';
import { untranslatedProblems } from './locales';
import type { Coded } from '../schema/problem';

/** A design problem: the file is valid, but the scenario would not teach well. Worded from the catalogue by whoever shows it. */
export interface DesignProblem extends Coded {
  path: (string | number)[];
}

/** Scores this close (out of 1,000) differ only by the random draws. */
const SAME_SCORE = 10;

/** What the audience reacts to in a choice: two choices alike here are alike to the engine. */
const effectOf = (c: Choice) =>
  JSON.stringify([c.silent, c.silent ? 0 : c.delayMinutes, c.silent ? {} : completeFeatures(c.features)]);

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
          code: 'same-choices',
          values: { a: twin, b: choice.id, step: step.id },
        });
      } else seen.set(effectOf(choice), choice.id);
    });
    const route = routeTo(scenario, step.id);
    if (!route || step.choices.length < 2) return;
    const scores = step.choices.map(
      (c) => play(scenario, transcriptOf(scenario, [...route, { step: step.id, choice: c.id }]), 1).score.total,
    );
    const [low, high] = [Math.min(...scores), Math.max(...scores)];
    // Each choice draws its own random counts, so "the same" means within the noise.
    if (high - low <= SAME_SCORE && seen.size > 1) {
      problems.push({
        path: ['steps', si, 'choices'],
        code: 'same-scores',
        values: { step: step.id, low, high },
      });
    }
  });
  problems.push(
    ...threadProblems(scenario),
    ...lessonPathProblems(scenario),
    ...segmentLessonProblems(scenario),
    ...untranslatedProblems(scenario),
  );
  return problems;
}

/**
 * Choices with no `lesson` verdict: the game then reads them from their
 * features, which cannot tell a post that misses the lesson from one that
 * goes against it. One warning per step, naming its choices.
 */
export function designWarnings(scenario: Scenario): DesignProblem[] {
  const warnings: DesignProblem[] = [];
  scenario.steps.forEach((step, si) => {
    const unjudged = step.choices.filter((c) => !c.lesson).map((c) => `"${c.id}"`);
    if (unjudged.length === 0) return;
    warnings.push({
      path: ['steps', si, 'choices'],
      code: 'unjudged',
      values: { step: step.id, choices: unjudged.join(', '), n: unjudged.length },
    });
  });
  return warnings;
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
    const scoreOf = (thread: PickedDecision['thread']) =>
      play(scenario, transcriptOf(scenario, [...route, { step: step.id, choice: posting.id, thread }]), 1).score.total;
    const unanswered = scoreOf([]);
    step.thread.askers.forEach((asker, ai) => {
      // A reply that asks must come while the reaction still plays, before the next decision is due.
      const next = step.choices
        .filter((c) => !c.silent)
        .map((c) => scenario.steps.find((s) => s.id === c.next))
        .find((s) => s?.after !== undefined && asker.minutesAfter >= s.after);
      if (next) {
        problems.push({
          path: ['steps', si, 'thread', 'askers', ai, 'minutesAfter'],
          code: 'thread-late',
          values: { asker: asker.id, minutes: asker.minutesAfter, step: next.id, due: next.after ?? 0 },
        });
      }
      const scores = asker.answers.map((n) => scoreOf([{ asker: asker.id, answer: n.id }]));
      if (scores.every((x) => Math.abs(x - unanswered) <= THREAD_SAME_SCORE)) {
        problems.push({
          path: ['steps', si, 'thread', 'askers', ai, 'answers'],
          code: 'thread-flat',
          values: {
            asker: asker.id,
            step: step.id,
            within: THREAD_SAME_SCORE,
            unanswered,
            segment: asker.segment,
          },
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

/** Follower counts do not depend on the seed; a handful more, or a few percent, is too small for a trainee to notice. */
const FOLLOWERS_MARGIN = (gain: number) => Math.max(5, Math.abs(gain) * 0.05);

/**
 * The path the lesson teaches must score best, or the game would reward
 * something else; and it should not lose followers to a path that goes
 * against it, or the debrief would praise the crowd's favourite while faulting it.
 */
function lessonPathProblems(scenario: Scenario): DesignProblem[] {
  const taught = scenario.debrief.bestPath;
  if (!taught) return [];
  const paths = allPaths(scenario, MAX_CHECKED_PATHS);
  if (!paths.complete) {
    return [
      {
        path: ['debrief', 'bestPath'],
        code: 'too-many-paths',
        values: { max: MAX_CHECKED_PATHS },
      },
    ];
  }
  const named = (decisions: PickedDecision[]) => decisions.map((d) => d.choice).join(' → ');
  const played = paths.map((p) => ({ path: p, outcome: play(scenario, transcriptOf(scenario, p), 1) }));
  const lesson = played.find((p) => named(p.path) === taught.join(' → '));
  if (!lesson) return []; // not a path: the schema's graph check says why
  const problems: DesignProblem[] = [];
  const best = played.reduce((a, b) => (b.outcome.score.total > a.outcome.score.total ? b : a), lesson);
  if (best !== lesson) {
    problems.push({
      path: ['debrief', 'bestPath'],
      code: 'lesson-not-best',
      values: {
        lesson: named(lesson.path),
        score: lesson.outcome.score.total,
        best: named(best.path),
        bestScore: best.outcome.score.total,
      },
    });
  }
  const gain = lesson.outcome.followers.delta;
  const steps = stepsById(scenario);
  const against = played.filter((p) =>
    p.path.some((d) => faultedByLesson(scenario, steps.get(d.step)!.choices.find((c) => c.id === d.choice)!)),
  );
  const crowd = against.reduce((a, b) => (b.outcome.followers.delta > a.outcome.followers.delta ? b : a), lesson);
  if (crowd.outcome.followers.delta - gain > FOLLOWERS_MARGIN(gain)) {
    problems.push({
      path: ['debrief', 'bestPath'],
      code: 'crowd-prefers',
      values: {
        lesson: named(lesson.path),
        direction: gain >= 0 ? 'gains' : 'loses',
        by: Math.abs(gain),
        crowd: named(crowd.path),
        crowdGain: crowd.outcome.followers.delta,
      },
    });
  }
  return problems;
}
