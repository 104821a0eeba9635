import { readFileSync } from 'node:fs';
import { DEBRIEF, loadScenario, type Decision, type Scenario, type Transcript } from '../../../src/engine';
import { formatProblem } from '../../../src/i18n/problems';

/** Loads and validates a scenario file, failing loudly if it is broken. */
export function loadFile(path: string): Scenario {
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.scenario;
}

/** The transcript that picks these choices, one per step, from the start along the graph. */
export function runOf(scenario: Scenario, ...choices: string[]): Transcript {
  const decisions: Decision[] = [];
  let step = scenario.start;
  for (const choice of choices) {
    decisions.push({ step, choice });
    step = scenario.steps.find((s) => s.id === step)?.choices.find((c) => c.id === choice)?.next ?? DEBRIEF;
  }
  return { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions };
}

/**
 * A scenario of `n` steps, an hour apart, each a copy of the first step of
 * `base` whose every choice leads to the next copy: a multi-step run to test
 * what carries over from step to step.
 */
export function chained(base: Scenario, n: number, followers = base.brand.followers): Scenario {
  const first = base.steps[0]!;
  const steps = Array.from({ length: n }, (_, i) => ({
    ...first,
    id: `step-${i + 1}`,
    at: i * 60,
    choices: first.choices.map((c) => ({ ...c, next: i + 1 < n ? `step-${i + 2}` : DEBRIEF })),
  }));
  return { ...base, id: `${base.id}-chained`, brand: { ...base.brand, followers }, start: 'step-1', steps };
}
