import { describe, expect, it } from 'vitest';
import { play, playByStep, STORM_MIN_ANGRY, STORM_SHARE, timelineOf, type Transcript } from '../../../src/engine';
import { loadFile, runOf } from '../support/scenarios';

const rippon = loadFile('scenarios/rippon-kondo.json');
const prince = loadFile('scenarios/christmas-prince-53.json');

/** Posts the draft that names 53 viewers, lets the clock answer the accusations, then teases a sequel. */
const stormy: Transcript = {
  ...runOf(prince),
  decisions: [
    { step: 'the-draft', choice: 'post-it' },
    { step: 'first-accusations', choice: 'say-nothing', timedOut: true },
    { step: 'delete-or-clarify', choice: 'delete-and-say-why' },
  ],
};

describe('playing step by step', () => {
  it('gives the outcome play() gives, and hours that add up to the run’s', () => {
    const { outcome, hours } = playByStep(prince, stormy, 5);
    expect(outcome).toEqual(play(prince, stormy, 5));
    expect(hours).toHaveLength(3);
    outcome.series.engagement.forEach((e, h) => {
      const sum = hours.reduce((s, x) => s + x.approving[h]! + x.neutral[h]! + x.angry[h]!, 0);
      expect(sum).toBeCloseTo(e, 6);
    });
  });
});

describe('the decision timeline', () => {
  it('gives each decision its time, how long it took, and what it set off', () => {
    const timeline = timelineOf(prince, stormy, 5);
    const [draft, clock, last] = timeline.entries;
    expect(draft).toMatchObject({
      step: 'the-draft',
      dueAt: 0,
      postedAt: 2,
      tookMinutes: 2,
      timedOut: false,
      silent: false,
    });
    expect(clock).toMatchObject({ step: 'first-accusations', dueAt: 60, timedOut: true, silent: true, reactions: 0 });
    expect(last!.dueAt).toBe(300);
    const totals = timeline.outcome.reactions;
    const all =
      totals.likes +
      totals.reshares +
      totals.quotes +
      totals.replies.positive +
      totals.replies.neutral +
      totals.replies.negative;
    expect(timeline.entries.reduce((s, e) => s + e.reactions, 0)).toBe(all);
    expect(timeline.entries.reduce((s, e) => s + e.followers, 0)).toBe(timeline.outcome.followers.delta);
  });

  it('marks the hour a storm began: angry reactions over a fifth of the hour’s, and at least twenty', () => {
    const timeline = timelineOf(prince, stormy, 5);
    const storm = timeline.entries[0]!.storm!;
    expect(storm.hour).toBe(0);
    expect(timeline.firstStorm).toEqual({ index: 0, hour: 0 });
    const e = timeline.entries[0]!;
    const i = storm.hour - Math.floor(e.postedAt / 60);
    expect(e.hourly.angry[i]!).toBeGreaterThanOrEqual(STORM_MIN_ANGRY);
    expect(e.hourly.angry[i]! / (e.hourly.angry[i]! + e.hourly.approving[i]!)).toBeGreaterThanOrEqual(STORM_SHARE);
    expect(timeline.entries[1]!.storm).toBeNull();
  });

  it('finds no storm in a reply the audience loved', () => {
    const timeline = timelineOf(rippon, runOf(rippon, 'witty'), 5);
    expect(timeline.entries[0]!.storm).toBeNull();
    expect(timeline.firstStorm).toBeNull();
    expect(timeline.entries[0]!.tookMinutes).toBe(4);
  });
});
