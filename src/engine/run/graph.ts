/**
 * The scenario's story as a graph, in one place: where a choice leads, which steps can be
 * reached, the paths to the debrief (with a limit), the longest run and the way to a step. The
 * checker, What if, the command line, the class server and replay links all ask it.
 */
import { DEBRIEF } from '../schema/step';
import type { PickedDecision } from './decision';

/** What the graph needs of a scenario: its start and its steps' ways on (also true of a file not yet fully checked). */
export interface StoryGraph {
  start: string;
  steps: readonly GraphStep[];
}

/** A step as the graph sees it: its choices and where a written reply may lead. */
export interface GraphStep {
  id: string;
  choices: readonly { id: string; next: string }[];
  freeText?: { next: string; branches?: readonly { next: string }[] | undefined } | undefined;
}

/** The steps by id. */
export function stepsById<S extends GraphStep>(graph: { steps: readonly S[] }): Map<string, S> {
  return new Map(graph.steps.map((s) => [s.id, s]));
}

/** Where a choice of a step leads, or undefined when the step has no such choice. */
export function nextAfter(step: GraphStep, choiceId: string): string | undefined {
  return step.choices.find((c) => c.id === choiceId)?.next;
}

/** Every step (or the debrief) a step may lead to: by its choices, and by a written reply and its branches. */
export function successors(step: GraphStep): string[] {
  const written = step.freeText ? [step.freeText.next, ...(step.freeText.branches ?? []).map((b) => b.next)] : [];
  return [...new Set([...step.choices.map((c) => c.next), ...written])];
}

/** Every id reached from `from` by following `next` (a breadth-first walk; `from` included). */
export function reachable(from: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  while (queue.length > 0) {
    for (const to of next(queue.pop()!)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Where following choices by id from the start ends: the step reached, or the first choice that cannot be followed and why. */
export type Followed =
  | { ok: true; at: string }
  | { ok: false; index: number; at: string; why: 'no-such-choice' | 'after-debrief' | 'no-such-step' };

/** Follows a path of choice ids from the start, as a run that picks them would. */
export function followChoices(graph: StoryGraph, choiceIds: readonly string[]): Followed {
  const steps = stepsById(graph);
  let at = graph.start;
  for (const [index, id] of choiceIds.entries()) {
    if (at === DEBRIEF) return { ok: false, index, at, why: 'after-debrief' };
    const step = steps.get(at);
    if (!step) return { ok: false, index, at, why: 'no-such-step' };
    const next = nextAfter(step, id);
    if (next === undefined) return { ok: false, index, at, why: 'no-such-choice' };
    at = next;
  }
  return { ok: true, at };
}

/** The most decisions any run takes, written replies' branches included (a loop counts once). */
export function depthOf(graph: StoryGraph): number {
  const steps = stepsById(graph);
  const walk = (id: string, seen: Set<string>): number => {
    const step = steps.get(id);
    if (id === DEBRIEF || !step || seen.has(id)) return 0;
    const inner = new Set([...seen, id]);
    return 1 + Math.max(0, ...successors(step).map((n) => walk(n, inner)));
  };
  return walk(graph.start, new Set());
}

/** The shortest way of picked choices from the start to a step, or null when no choice leads there. */
export function routeTo(graph: StoryGraph, target: string): PickedDecision[] | null {
  const steps = stepsById(graph);
  const queue: { id: string; route: PickedDecision[] }[] = [{ id: graph.start, route: [] }];
  const seen = new Set<string>([graph.start]);
  while (queue.length > 0) {
    const { id, route } = queue.shift()!;
    if (id === target) return route;
    for (const c of steps.get(id)?.choices ?? []) {
      if (c.next !== DEBRIEF && !seen.has(c.next)) {
        seen.add(c.next);
        queue.push({ id: c.next, route: [...route, { step: id, choice: c.id }] });
      }
    }
  }
  return null;
}

/** The paths a walk found, each as its picked choices, in the scenario's order of steps and choices. */
export interface Paths extends Array<PickedDecision[]> {
  /** False when the walk stopped at its limit: the scenario may have more paths. */
  complete: boolean;
}

/** The limit when none is given: twenty times the paths of the library's largest scenario. */
export const PATH_LIMIT = 10_000;

/**
 * The paths of picked choices from a step (the start by default) to the
 * debrief, a loop cut at its first revisit, and at most `limit` of them. The
 * walk counts as it goes and stops at the limit, so 26 two-choice steps (2^26
 * paths) cost no more than `limit` paths do. Walks that end in a loop find no
 * path but cost all the same: after as many steps as `limit` paths through
 * every step would take, the walk stops too.
 */
export function allPaths(scenario: StoryGraph, limit: number = PATH_LIMIT, from: string = scenario.start): Paths {
  const steps = stepsById(scenario);
  const paths: PickedDecision[][] = [];
  let stepsLeft = limit * (scenario.steps.length + 1);
  const route: PickedDecision[] = [];
  const onRoute = new Set<string>();
  /** False once the walk must stop. */
  const walk = (id: string): boolean => {
    if (id === DEBRIEF) {
      if (paths.length === limit) return false;
      paths.push([...route]);
      return true;
    }
    if (--stepsLeft < 0) return false;
    const step = steps.get(id);
    if (!step || onRoute.has(id)) return true;
    onRoute.add(id);
    for (const c of step.choices) {
      route.push({ step: id, choice: c.id });
      const going = walk(c.next);
      route.pop();
      if (!going) return false;
    }
    onRoute.delete(id);
    return true;
  };
  return Object.assign(paths, { complete: walk(from) });
}
