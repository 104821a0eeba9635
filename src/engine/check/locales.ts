import type { Scenario } from '../schema/scenario';
import type { DesignProblem } from './design';

/** Problems listed one by one at most; past this, one more says how many are left. */
const LISTED = 12;

/**
 * The texts a trainee reads as the game's own words (titles, briefing, prompts, choices' labels,
 * the debrief), as opposed to quotations (posts, names), which stay in the language they were written in.
 */
function interfaceTexts(scenario: Scenario): { path: (string | number)[]; value: unknown }[] {
  return [
    { path: ['title'], value: scenario.title },
    { path: ['summary'], value: scenario.summary },
    { path: ['briefing'], value: scenario.briefing },
    ...scenario.steps.flatMap((step, si) => [
      { path: ['steps', si, 'title'], value: step.title },
      { path: ['steps', si, 'situation'], value: step.situation },
      { path: ['steps', si, 'prompt'], value: step.prompt },
      ...step.choices.map((c, ci) => ({ path: ['steps', si, 'choices', ci, 'label'], value: c.label })),
    ]),
    { path: ['debrief', 'outcome'], value: scenario.debrief.outcome },
    { path: ['debrief', 'lesson'], value: scenario.debrief.lesson },
  ];
}

/**
 * A scenario that declares several languages but gives one of the game's own
 * texts as a plain string: players of the other languages would meet it in
 * the author's language by surprise.
 */
export function untranslatedProblems(scenario: Scenario): DesignProblem[] {
  if (scenario.locales.length < 2) return [];
  const plain = interfaceTexts(scenario).filter((t) => typeof t.value === 'string');
  const wanted = scenario.locales.map((l) => `"${l}": …`).join(', ');
  const problems: DesignProblem[] = plain.slice(0, LISTED).map((t) => ({
    path: t.path,
    code: 'untranslated' as const,
    values: { declared: scenario.locales.join(', '), wanted },
  }));
  if (plain.length > LISTED) {
    problems.push({
      path: ['locales'],
      code: 'untranslated-more',
      values: { n: plain.length - LISTED, declared: scenario.locales.join(', ') },
    });
  }
  return problems;
}
