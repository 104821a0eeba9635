import type { Scenario } from '../schema/scenario';
import { DEBRIEF } from '../schema/step';
import type { PickedDecision } from '../transcript';

/** Every path of picked choices from the start to the debrief; a loop is cut at its first revisit. */
export function allPaths(scenario: Scenario): PickedDecision[][] {
  const steps = new Map(scenario.steps.map((s) => [s.id, s]));
  const out: PickedDecision[][] = [];
  const walk = (id: string, so: PickedDecision[], seen: Set<string>) => {
    if (id === DEBRIEF) return void out.push(so);
    const step = steps.get(id);
    if (!step || seen.has(id)) return;
    for (const c of step.choices) walk(c.next, [...so, { step: id, choice: c.id }], new Set([...seen, id]));
  };
  walk(scenario.start, [], new Set());
  return out;
}
