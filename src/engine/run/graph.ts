import type { Scenario } from '../schema/scenario';
import { DEBRIEF } from '../schema/step';
import type { PickedDecision } from '../transcript';

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
export function allPaths(scenario: Scenario, limit: number = PATH_LIMIT, from: string = scenario.start): Paths {
  const steps = new Map(scenario.steps.map((s) => [s.id, s]));
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
