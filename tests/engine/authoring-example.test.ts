import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { checkScenario } from '../../src/engine';

/** The scenario docs/authoring.md builds, step by step. */
const FILE = 'docs/examples/cold-fries.json';
const example = readFileSync(FILE, 'utf8');
const walkThrough = readFileSync('docs/authoring.md', 'utf8').split('## Every field')[0]!;

describe("docs/authoring.md's worked example", () => {
  it('passes the checker with no problem and no warning, as the walk-through ends', () => {
    expect(checkScenario(example, FILE).problems.map((p) => problemText(p))).toEqual([]);
  });

  it('is what the walk-through quotes: every text and id in its JSON snippets is in the example file', () => {
    const snippets = [...walkThrough.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThan(3);
    const strings = snippets.flatMap((s) => [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!));
    for (const s of strings.filter((x) => x !== '…')) expect(example, s).toContain(`"${s}"`);
  });

  it('has what the walk-through teaches: a branch, a timer, written replies with cues and exemplars of each verdict', () => {
    const scenario = checkScenario(example, FILE).scenario!;
    const first = scenario.steps.find((s) => s.id === scenario.start)!;
    expect(new Set(first.choices.map((c) => c.next)).size).toBeGreaterThan(1);
    expect(first.timer).toBeDefined();
    expect(Object.keys(first.freeText?.cues ?? {})).toContain('mockery');
    expect(new Set(first.freeText?.exemplars?.map((e) => e.verdict))).toEqual(new Set(['good', 'weak', 'harmful']));
    expect(scenario.sources?.[0]?.publication).toBe('Invented for training');
  });
});
