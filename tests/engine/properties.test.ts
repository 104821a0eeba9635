import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraise, trustDelta, voiceConsistency } from '../../src/engine/audience/appraisal';
import { apportion } from '../../src/engine/series/apportion';
import { completeFeatures, FEATURE_NAMES, type Features } from '../../src/engine/schema/features';
import type { Segment } from '../../src/engine/schema/audience';
import { play, type Outcome, type Scenario } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';

const rippon: Scenario = loadFile('scenarios/rippon-kondo.json');

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const features = fc.record(
  Object.fromEntries(FEATURE_NAMES.map((n) => [n, unit])) as Record<keyof Features, typeof unit>,
);
const weight = fc.double({ min: -2, max: 2, noNaN: true });
const segment = fc
  .record({
    tolerance: unit,
    activity: unit,
    values: fc.record(Object.fromEntries([...FEATURE_NAMES, 'voice', 'speed'].map((n) => [n, weight]))),
  })
  .map((s) => ({ id: 's', name: 'S', share: 1, outside: 1, trust: 0.6, ...s }) as Segment);
const brandVoice = fc.record({
  description: fc.constant('voice'),
  humour: unit,
  edge: unit,
  warmth: unit,
  promotion: unit,
});
const state = fc.record({ mood: fc.double({ min: -1, max: 1, noNaN: true }), trust: unit });

describe('the audience model, for any segment and reply', () => {
  it('never likes a reply more for more edge past its tolerance', () => {
    fc.assert(
      fc.property(segment, state, features, brandVoice, unit, unit, unit, (seg, st, x, voice, e1, e2, speed) => {
        const [lo, hi] = [
          seg.tolerance + (1 - seg.tolerance) * Math.min(e1, e2),
          seg.tolerance + (1 - seg.tolerance) * Math.max(e1, e2),
        ];
        // The edge also moves the reply's fit with the brand's voice, as in the engine.
        const at = (edge: number) => appraise(seg, st, { ...x, edge }, voiceConsistency({ ...x, edge }, voice), speed);
        expect(at(hi)).toBeLessThanOrEqual(at(lo) + 1e-9);
      }),
    );
  });

  it('never gains trust by exposing customers’ private data', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), features, unit, unit, (valence, x, p1, p2) => {
        const [lo, hi] = [Math.min(p1, p2), Math.max(p1, p2)];
        expect(trustDelta(valence, { ...x, privacyExposure: hi })).toBeLessThanOrEqual(
          trustDelta(valence, { ...x, privacyExposure: lo }) + 1e-12,
        );
        expect(trustDelta(valence, { ...x, privacyExposure: 1 })).toBeLessThan(0);
      }),
    );
  });

  it('completes a reply’s features in the order of FEATURE_NAMES, as outcomes list them', () => {
    expect(Object.keys(completeFeatures({}))).toEqual([...FEATURE_NAMES]);
    expect(completeFeatures({ edge: 0.5 })).toEqual(
      Object.fromEntries(FEATURE_NAMES.map((n) => [n, n === 'edge' ? 0.5 : 0])),
    );
  });

  it('splits a whole total into whole parts that add up to it', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 100 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect([...parts].every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        },
      ),
    );
  });

  it('gives each slot its exact share rounded down or up, the extra units going to the largest remainders, ties to the earliest', () => {
    // Few distinct weights, so that ties are common.
    const weights = fc
      .array(fc.constantFrom(0, 1, 2, 3, 7, 10.5), { minLength: 1, maxLength: 60 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(fc.nat(1_000), weights, (total, w) => {
        const sum = w.reduce((a: number, b) => a + b, 0);
        const exact = w.map((x) => (total * x) / sum);
        const parts = apportion(total, w);
        const extra = (i: number) => parts[i]! - Math.floor(exact[i]!);
        w.forEach((_, i) => {
          expect([0, 1]).toContain(extra(i));
        });
        const rem = (i: number) => exact[i]! - Math.floor(exact[i]!);
        for (let i = 0; i < w.length; i++) {
          for (let j = 0; j < w.length; j++) {
            // A slot that got no extra unit never has a larger remainder, nor an equal one earlier, than one that did.
            if (extra(i) === 0 && extra(j) === 1) expect(rem(i) < rem(j) || (rem(i) === rem(j) && i > j)).toBe(true);
          }
        }
      }),
    );
  });
});

/** Every count of an outcome, with where it is. */
function counts(o: Outcome): [string, number][] {
  const out: [string, number][] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number') {
      if (/(likes|positive|neutral|negative|reshares|quotes|follows|unfollows|exposures|engagement)$/.test(path))
        out.push([path, v]);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}[${i}]`);
      });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(
    {
      steps: o.steps.map((s) => ({ totals: s.totals, segments: s.segments })),
      reactions: o.reactions,
      series: { engagement: o.series.engagement },
    },
    '',
  );
  return out;
}

describe('outcomes of the Rippon scenario with any features and any seed', () => {
  const arbitraryChoice = fc.record({
    features,
    delay: fc.double({ min: 0, max: 600, noNaN: true }),
    seed: fc.nat(0xffffffff),
    followers: fc.integer({ min: 1, max: 50_000_000 }),
  });

  it('keeps counts whole and never negative, and followers at the end = start + follows − unfollows', () => {
    fc.assert(
      fc.property(arbitraryChoice, ({ features: x, delay, seed, followers }) => {
        const scenario = structuredClone(rippon);
        scenario.brand.followers = followers;
        Object.assign(scenario.steps[0]!.choices[0]!, { features: x, delayMinutes: delay });
        const o = play(scenario, runOf(scenario, 'witty'), seed);
        for (const [path, n] of counts(o)) {
          expect(Number.isInteger(n), path).toBe(true);
          expect(n, path).toBeGreaterThanOrEqual(0);
        }
        expect(o.followers.end).toBe(o.followers.start + o.reactions.follows - o.reactions.unfollows);
        expect(o.series.followers[o.series.followers.length - 1]).toBe(o.followers.end);
        for (const s of o.steps)
          expect(s.totals.follows - s.totals.unfollows).toBe(
            s.segments.reduce((sum, g) => sum + g.follows - g.unfollows, 0),
          );
      }),
      { numRuns: 60 },
    );
  });

  it('never raises any segment’s trust when the same reply also exposes private data', () => {
    fc.assert(
      fc.property(features, (x) => {
        const withExposure = (p: number) => {
          const scenario = structuredClone(rippon);
          scenario.steps[0]!.choices[0]!.features = { ...x, privacyExposure: p };
          return play(scenario, runOf(scenario, 'witty'), 1);
        };
        const clean = withExposure(0);
        const exposed = withExposure(1);
        exposed.steps[0]!.segments.forEach((s, i) => {
          expect(s.trustAfter).toBeLessThanOrEqual(clean.steps[0]!.segments[i]!.trustAfter + 1e-12);
        });
      }),
      { numRuns: 40 },
    );
  });
});
