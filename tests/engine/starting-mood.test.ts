import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../support/problems';
import { loadScenario, play, type Scenario } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';

const rippon = loadFile('scenarios/rippon-kondo.json');

/** The Rippon scenario with every segment starting in the given mood. */
const startingIn = (mood: number): Scenario => ({
  ...rippon,
  audience: { segments: rippon.audience.segments.map((s) => ({ ...s, mood })) },
});

const outcome = (scenario: Scenario, choice: string) => play(scenario, runOf(scenario, choice), 7);
const trustAfter = (o: ReturnType<typeof outcome>) => o.steps[0]!.segments.reduce((sum, s) => sum + s.trustAfter, 0);

describe('an audience that starts angry', () => {
  it('holds silence against the brand, where a calm one lets it pass', () => {
    const calm = outcome(rippon, 'silent');
    const angry = outcome(startingIn(-0.8), 'silent');
    expect(calm.steps[0]!.totals.unfollows).toBe(0);
    expect(angry.steps[0]!.totals.unfollows).toBeGreaterThan(0);
    expect(trustAfter(angry)).toBeLessThan(trustAfter(calm));
    expect(angry.score.total).toBeLessThan(calm.score.total);
  });

  it('takes a joke worse and a warm reply better than a calm audience does', () => {
    const appraisal = (scenario: Scenario, choice: string) =>
      outcome(scenario, choice).steps[0]!.segments.reduce((sum, s) => sum + s.appraisal, 0);
    const calm = startingIn(0);
    const angry = startingIn(-0.8);
    expect(appraisal(angry, 'witty')).toBeLessThan(appraisal(calm, 'witty'));
    expect(appraisal(angry, 'warm') - appraisal(angry, 'witty')).toBeGreaterThan(
      appraisal(calm, 'warm') - appraisal(calm, 'witty'),
    );
  });

  it('is calm unless the author says otherwise, and a mood outside -1..1 is refused with its path', () => {
    expect(rippon.audience.segments.every((s) => s.mood === 0)).toBe(true);
    const data = JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8'));
    data.audience.segments[0].mood = -3;
    const result = loadScenario(JSON.stringify(data, null, 2), 'angry.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('audience.segments[0].mood');
    expect(problemText(result.problems[0]!)).toContain('mood runs from -1 (angry) to 1 (delighted)');
  });
});
