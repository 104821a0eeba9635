/**
 * What the evaluation commands share: the library, the analyser, the score a
 * written reply earns at a step, and the public data sets beside the checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser, loadLanguageData, play, routeTo, transcriptOf, type Analyser, type Locale, type Scenario, type Step } from '../src/engine';
import { readScenarioFolder } from '../src/library/scenario-folder';

/** The analyser the game uses, made once. */
export const analyser: Analyser = createAnalyser(await loadLanguageData());

/** The library's scenarios by id. */
export const library: Map<string, Scenario> = new Map(readScenarioFolder('scenarios').entries.map((e) => [e.scenario.id, e.scenario]));

/** Every step of the library that accepts writing, with its scenario. */
export function freeTextSteps(): { scenario: Scenario; step: Step }[] {
  return [...library.values()].flatMap((scenario) => scenario.steps.filter((s) => s.freeText).map((step) => ({ scenario, step })));
}

/**
 * The score of a run that reaches `step` by the shortest route and answers it
 * with `text` (or the step's choice `choice`), then stops: what the trainee's
 * reply is worth at that step, everything before it being equal.
 */
export function scoreAt(scenario: Scenario, stepId: string, reply: { text: string; locale: Locale } | { choice: string }): number {
  const route = routeTo(scenario, stepId);
  if (!route) throw new Error(`${scenario.id}: step "${stepId}" cannot be reached`);
  const decision = 'text' in reply ? { step: stepId, text: reply.text, locale: reply.locale } : { step: stepId, choice: reply.choice };
  return play(scenario, transcriptOf(scenario, [...route, decision]), 1, { analyser, visibleReplies: 0 }).score.total;
}

/** Where the public data sets are: `../shared/datasets/` beside the checkout, or BRANDSTORM_DATASETS. */
export const DATASETS = process.env.BRANDSTORM_DATASETS ?? join('..', 'shared', 'datasets');

/** A data set's lines, or null (with a note on the error stream) when it is not there. */
export function readLines(path: string): string[] | null {
  const full = join(DATASETS, path);
  if (!existsSync(full)) {
    console.error(`missing: ${full} (the public data sets live beside the checkout, or set BRANDSTORM_DATASETS)`);
    return null;
  }
  return readFileSync(full, 'utf8').split(/\r?\n/).filter((l, i, all) => l.length > 0 || i < all.length - 1);
}
