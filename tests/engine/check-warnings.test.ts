import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/engine';
import { problemText, worded } from '../support/problems';

/** An instructor's scenario in the shape `npm run new-scenario` starts from: one step, a joke among the choices. */
const base = JSON.parse(readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8'));
const check = (changes: Record<string, unknown>) =>
  checkScenario(JSON.stringify({ ...base, ...changes }, null, 2), 'cold-fries.json');
const messages = (changes: Record<string, unknown>) => check(changes).problems.map((p) => problemText(p));
/**
 * The instructor's case: the joke mocks the customer and the lesson is against it, but "Regulars",
 * half the followers, were given a taste for jokes at anyone's expense.
 */
const mocking = () => {
  const steps = structuredClone(base.steps);
  steps[0].choices[1].features = { ...steps[0].choices[1].features, mockery: 0.9 };
  steps[0].choices[1].lesson = 'against';
  const segments = [
    {
      id: 'regulars',
      name: 'Regulars',
      share: 0.5,
      activity: 0.6,
      tolerance: 0.7,
      values: { humour: 2, mockery: 1, personalAddress: 1 },
    },
    ...base.audience.segments.slice(1),
  ];
  return {
    steps,
    audience: { segments },
    debrief: { ...base.debrief, rewards: { ...base.debrief.rewards, mockery: -2 } },
  };
};

describe("the checker's warnings for instructors", () => {
  it('the fixture itself is clean', () => {
    expect(check({}).problems).toEqual([]);
  });

  it('warns when the audience cheers a choice the lesson faults, naming the segments and the weights to change', () => {
    // The lesson faults mocking the customer, but the joke's humour still pleases most of the audience.
    const result = check(mocking());
    expect(result.scenario).toBeDefined();
    const warning = result.problems.map(worded).find((p) => p.message.includes('choice "joke"'));
    expect(warning?.path).toBe('steps[0].choices[1]');
    expect(warning?.message).toContain(
      'the audience likes choice "joke" of step "the-complaint", which goes against the lesson, at least as much as any choice that follows it',
    );
    expect(warning?.message).toContain('"Regulars" (50%: humour +2, personalAddress +1)');
    expect(warning?.message).toContain('(each with its share of followers and the weights in its "values"');
    // With the Regulars' taste for mockery gone, owning the mistake is liked more: no warning.
    const changes = mocking();
    const calmer = [
      { ...changes.audience.segments[0], values: { humour: 1, mockery: -1, accountability: 1 } },
      ...changes.audience.segments.slice(1),
    ];
    expect(
      messages({ ...changes, audience: { segments: calmer } }).filter((m) => m.includes('the audience likes')),
    ).toEqual([]);
  });

  it("warns when the lesson's path gains fewer followers than a path that goes against the lesson", () => {
    // The mocking joke wins more followers than owning the mistake, and the lesson faults it.
    const changes = mocking();
    const warning = messages({ ...changes, debrief: { ...changes.debrief, bestPath: ['own-it'] } }).find((m) =>
      m.includes('the lesson’s path (own-it)'),
    );
    expect(warning).toMatch(
      /^the lesson’s path \(own-it\) gains \d+ followers, but joke, which goes against it, gains \d+/,
    );
    // A path the lesson does not fault may gain more followers without a warning.
    expect(
      messages({ debrief: { ...base.debrief, bestPath: ['own-it'] } }).filter((m) => m.includes('followers')),
    ).toEqual([]);
  });

  it("warns when a scenario declares several languages but gives the game's own texts as plain strings", () => {
    const result = check({ locales: ['en', 'fr'] });
    const plain = result.problems.map(worded).filter((p) => p.message.startsWith('this text is one plain string'));
    expect(plain.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'title',
        'summary',
        'briefing',
        'steps[0].prompt',
        'steps[0].choices[0].label',
        'debrief.lesson',
      ]),
    );
    expect(plain[0]!.message).toContain('give it with one text per language ("en": …, "fr": …)');
    // Posts are quotations: they may stay as written.
    expect(result.problems.some((p) => p.path.includes('feed') || p.path.endsWith('.post'))).toBe(false);
    // Placed in the file, like every problem.
    expect(plain[0]!.line).toBeGreaterThan(1);
  });
});
