import { describe, expect, it } from 'vitest';
import { play, type Outcome, type Scenario } from '../../src/engine';
import { loadFile as load, runOf } from './support/scenarios';

const outcomeOf = (scenario: Scenario, choice: string): Outcome => play(scenario, runOf(scenario, choice), 1);

/** Approving minus angry reactions per person reached. */
const engagementRate = (o: Outcome) =>
  (o.reactions.likes + o.reactions.reshares + o.reactions.replies.positive + o.reactions.replies.neutral) /
  Math.max(1, o.reactions.exposures);

describe('the Rippon case (Netflix US, February 2019)', () => {
  const rippon = load('scenarios/rippon-kondo.json');
  const score = (c: string) => outcomeOf(rippon, c).score.total;

  it('scores the witty reply above the corporate one and the one that crosses the line', () => {
    expect(score('witty')).toBeGreaterThan(score('corporate'));
    expect(score('witty')).toBeGreaterThan(score('edgy'));
    expect(score('witty')).toBeGreaterThan(score('warm'));
  });

  it('shows families turning against the edgy reply while young streamers enjoy it', () => {
    const edgy = outcomeOf(rippon, 'edgy').steps[0]!.segments;
    expect(edgy.find((s) => s.segment === 'families')!.valence).toBeLessThan(-0.3);
    expect(edgy.find((s) => s.segment === 'families')!.unfollows).toBeGreaterThan(0);
    expect(edgy.find((s) => s.segment === 'young-streamers')!.valence).toBeGreaterThan(0.5);
  });
});

describe('a joke built on the viewing data of a few identifiable customers (the "53 people" case, December 2017)', () => {
  const prince = load('tests/engine/fixtures/christmas-prince.json');
  const mock = outcomeOf(prince, 'mock-viewers');
  const laugh = outcomeOf(prince, 'laugh-with');

  it('sets off a negative cascade: more angry quote-posts than reshares, followers lost', () => {
    expect(mock.reactions.quotes).toBeGreaterThan(mock.reactions.reshares);
    expect(mock.followers.delta).toBeLessThan(0);
    expect(mock.sentiment).toBeLessThan(laugh.sentiment);
  });

  it('costs the trust of privacy-minded users, and scores below laughing with the audience', () => {
    const privacy = mock.steps[0]!.segments.find((s) => s.segment === 'privacy-minded')!;
    expect(privacy.trustAfter).toBeLessThan(privacy.trustBefore);
    expect(mock.score.total).toBeLessThan(laugh.score.total);
  });

  it('gives a broadcast post with a link far less engagement per person reached than a conversation', () => {
    const broadcast = outcomeOf(prince, 'broadcast');
    expect(engagementRate(broadcast)).toBeLessThan(engagementRate(laugh) / 3);
    expect(outcomeOf(load('scenarios/rippon-kondo.json'), 'corporate').reactions.reshares).toBeLessThan(
      outcomeOf(load('scenarios/rippon-kondo.json'), 'witty').reactions.reshares / 10,
    );
  });
});
