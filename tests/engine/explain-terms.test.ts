// The explanations word the model's own terms: with every segment angry (mood −1), a joke's
// humour term is negative, and neither the debrief nor What if may say that anyone liked it.
import { describe, expect, it } from 'vitest';
import { play, whatIf, type Scenario } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';
import { WITH_ANALYSER } from '../support/analyser';
import { explainWritten } from '../../src/i18n/written';

const rippon = loadFile('scenarios/rippon-kondo.json');
const startingIn = (mood: number): Scenario => ({
  ...rippon,
  audience: { segments: rippon.audience.segments.map((s) => ({ ...s, mood })) },
});
const JOKE = "Haha we'd tell you which organs spark joy, but this is a family website 😂";

describe('explanations follow the sign of the model’s terms', () => {
  for (const mood of [0, -1]) {
    it(`names as pleased, in a written reply's debrief, only segments whose term for the feature was positive (mood ${mood})`, () => {
      const scenario = startingIn(mood);
      const step = rippon.steps[0]!;
      const outcome = play(
        scenario,
        {
          scenarioId: rippon.id,
          scenarioVersion: rippon.version,
          decisions: [{ step: step.id, text: JOKE, locale: 'en' }],
        },
        3,
        WITH_ANALYSER,
      );
      const reacted = outcome.steps[0]!;
      const lines = explainWritten(scenario, reacted, 'en').filter((l) => l.feature !== 'valence');
      expect(lines.some((l) => l.feature === 'humour')).toBe(true);
      for (const line of lines) {
        for (const { segment, effect } of line.segments) {
          const term =
            reacted.segments.find((s) => s.segment === segment)!.terms.features[
              line.feature as Exclude<typeof line.feature, 'valence'>
            ] ?? 0;
          expect(effect, `${line.feature} for ${segment}`).toBe(term);
          const name = scenario.audience.segments.find((s) => s.id === segment)!.name;
          const named = typeof name === 'string' ? name : name.en!;
          if (term < 0)
            expect(line.text, `${line.feature} for ${segment}`).not.toMatch(
              new RegExp(`${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (liked|loved)`),
            );
        }
      }
      if (mood === -1) {
        // Families value humour when calm (a positive weight), but an angry mood weighs a joke lower than they value it.
        const humour = lines.find((l) => l.feature === 'humour')!;
        expect(rippon.audience.segments.find((s) => s.id === 'families')!.values.humour).toBeGreaterThan(0);
        expect(humour.segments.find((s) => s.segment === 'families')!.effect).toBeLessThan(0);
        // An angry segment enjoys the joke less the angrier it is: the one that valued it most is now the most put off, and named.
        const worst = [...humour.segments].sort((a, b) => a.effect - b.effect)[0]!;
        const worstName = scenario.audience.segments.find((s) => s.id === worst.segment)!.name;
        expect(humour.text).toContain(`${typeof worstName === 'string' ? worstName : worstName.en} reacted badly`);
      }
    });

    it(`says in What if that a segment values a feature only when the model's term for it rose with it (mood ${mood})`, () => {
      const scenario = startingIn(mood);
      const mine = runOf(scenario, 'corporate');
      const played = { transcript: mine, outcome: play(scenario, mine, 3) };
      for (const choice of ['witty', 'edgy', 'warm']) {
        const alt = whatIf(scenario, played, 3, 0, { step: rippon.steps[0]!.id, choice });
        const driver = alt.comparison.driver;
        if (!driver) continue;
        const termOf = (o: typeof played.outcome) => {
          const t = o.steps[0]!.segments.find((s) => s.segment === driver.segment)!.terms;
          return driver.feature === 'speed'
            ? t.speed
            : driver.feature === 'voice'
              ? t.voice
              : (t.features[driver.feature] ?? 0);
        };
        const rose = termOf(alt.outcome) - termOf(played.outcome);
        expect(driver.effect, `${choice}: ${driver.segment} ${driver.feature}`).toBeCloseTo(rose, 12);
        // "values more" or "dislikes less" when the term rose; the opposite when it fell.
        const pleased = (driver.attitude === 'values') === (driver.direction === 'more');
        expect(pleased, `${choice}: ${driver.segment} ${driver.attitude} ${driver.direction} ${driver.feature}`).toBe(
          rose > 0,
        );
      }
    });
  }

  it('adds the terms up to the appraisal the model used', () => {
    const outcome = play(startingIn(-1), runOf(rippon, 'witty'), 3);
    for (const s of outcome.steps[0]!.segments) {
      const sum =
        Object.values(s.terms.features).reduce((a, b) => a + b, 0) + s.terms.voice + s.terms.speed + s.terms.trust;
      expect(sum).toBeCloseTo(s.appraisal, 12);
    }
  });
});
