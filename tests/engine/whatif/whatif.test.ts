import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../support/refusal';
import { playRefusalText } from '../../../src/i18n/refusals';
import { allPaths, bestContinuation, play, whatIf, type Transcript } from '../../../src/engine';
import { loadFile, runOf } from '../support/scenarios';
import { TEST_ANALYSER, WITH_ANALYSER } from '../../support/analyser';
import { explainComparison } from '../../../src/i18n/whatif';

const rippon = loadFile('scenarios/rippon-kondo.json');
const prince = loadFile('scenarios/christmas-prince-53.json');
const broadcast = loadFile('scenarios/broadcast-or-conversation.json');
const SEED = 2024;
const mineOf = (scenario: typeof rippon, transcript: Transcript) => ({
  transcript,
  outcome: play(scenario, transcript, SEED),
});

describe('what if a decision had been different', () => {
  it('gives exactly the outcome play() gives on the altered transcript', () => {
    const mine = mineOf(rippon, runOf(rippon, 'corporate'));
    const alt = whatIf(rippon, mine, SEED, 0, { step: 'the-joke', choice: 'witty' });
    expect(alt.transcript).toEqual(runOf(rippon, 'witty'));
    expect(alt.outcome).toEqual(play(rippon, runOf(rippon, 'witty'), SEED));
    expect(alt.comparison.score).toEqual({
      mine: mine.outcome.score.total,
      alt: alt.outcome.score.total,
      delta: alt.outcome.score.total - mine.outcome.score.total,
      max: 1000,
    });
  });

  it('keeps the decisions before the change and finishes by the best continuation', () => {
    const mine = mineOf(broadcast, runOf(broadcast, 'book-now', 'push-again', 'scroll-past', 'sold-out'));
    const alt = whatIf(broadcast, mine, SEED, 1, { step: 'quiet-feed', choice: 'answer-mo' });
    expect(alt.transcript.decisions.slice(0, 2)).toEqual([
      { step: 'monday-post', choice: 'book-now' },
      { step: 'quiet-feed', choice: 'answer-mo' },
    ]);
    expect(alt.outcome).toEqual(play(broadcast, alt.transcript, SEED));
    // No continuation from there scores higher: every one is played to check.
    const from = allPaths(broadcast).filter((p) => p[0]!.choice === 'book-now' && p[1]!.choice === 'answer-mo');
    const best = Math.max(...from.map((p) => play(broadcast, { ...alt.transcript, decisions: p }, SEED).score.total));
    expect(alt.outcome.score.total).toBe(best);
    expect(alt.outcome.complete).toBe(true);
  });

  it('follows the story where the changed decision leads, even to other steps', () => {
    const mine = mineOf(prince, runOf(prince, 'post-it', 'lean-in', 'sequel'));
    const alt = whatIf(prince, mine, SEED, 0, { step: 'the-draft', choice: 'ask-fans' });
    expect(alt.transcript.decisions.map((d) => d.step)).toEqual(['the-draft', 'fans-answer']);
    expect(alt.outcome).toEqual(play(prince, alt.transcript, SEED));
    expect(alt.comparison.changedAt).toBe(0);
    expect(alt.comparison.laterChanged).toBe(2);
  });

  it('lets the trainee choose again further down the alternative path', () => {
    const mine = mineOf(broadcast, runOf(broadcast, 'book-now', 'push-again', 'scroll-past', 'sold-out'));
    const first = whatIf(broadcast, mine, SEED, 0, { step: 'monday-post', choice: 'ask-a-question' });
    const again = whatIf(broadcast, mine, SEED, 2, { step: 'friday-fans', choice: 'wink' }, first.transcript);
    expect(again.transcript.decisions.slice(0, 2)).toEqual(first.transcript.decisions.slice(0, 2));
    expect(again.transcript.decisions[2]).toEqual({ step: 'friday-fans', choice: 'wink' });
    expect(again.outcome).toEqual(play(broadcast, again.transcript, SEED));
  });

  it('goes back to the trainee’s own run when they switch back to their choice', () => {
    const mine = mineOf(broadcast, runOf(broadcast, 'book-now', 'push-again', 'scroll-past', 'sold-out'));
    const away = whatIf(broadcast, mine, SEED, 1, { step: 'quiet-feed', choice: 'answer-mo' });
    const back = whatIf(broadcast, mine, SEED, 1, { step: 'quiet-feed', choice: 'push-again' }, away.transcript);
    expect(back.transcript).toEqual(mine.transcript);
    expect(back.comparison.changedAt).toBeNull();
    expect(back.comparison.score.delta).toBe(0);
    expect(explainComparison(broadcast, back.comparison, mine.transcript, back.transcript, 'en')).toEqual([
      'This is the path you played: pick another option to compare.',
    ]);
  });

  it('compares a written reply with a picked one, and a written alternative with its play()', () => {
    const written: Transcript = {
      ...runOf(rippon),
      decisions: [{ step: 'the-joke', text: "@Adaripp We'd tell you which organs spark joy 😉", locale: 'en' }],
    };
    const mine = { transcript: written, outcome: play(rippon, written, SEED, WITH_ANALYSER) };
    const alt = whatIf(
      rippon,
      mine,
      SEED,
      0,
      { step: 'the-joke', text: 'Check out our new releases this week!', locale: 'en' },
      mine.transcript,
      TEST_ANALYSER,
    );
    expect(alt.outcome).toEqual(play(rippon, alt.transcript, SEED, WITH_ANALYSER));
    const lines = explainComparison(rippon, alt.comparison, mine.transcript, alt.transcript, 'en');
    expect(lines[0]).toContain(
      "“Check out our new releases this week!” instead of “@Adaripp We'd tell you which organs spark joy 😉”",
    );
  });

  it('refuses a change at a decision the run does not have, or for another step', () => {
    const mine = mineOf(rippon, runOf(rippon, 'witty'));
    const missing = refusalOf(() => whatIf(rippon, mine, SEED, 3, { step: 'the-joke', choice: 'edgy' }));
    expect(missing).toMatchObject({ code: 'unknown-step', values: { case: 'change', decision: 4, decisions: 1 } });
    expect(playRefusalText(missing, 'it')).toBe('non c’è una decisione 4 da cambiare: la partita ne ha solo una');
    expect(refusalOf(() => whatIf(rippon, mine, SEED, 0, { step: 'elsewhere', choice: 'edgy' }))).toMatchObject({
      code: 'out-of-order',
      values: { case: 'change', decision: 1, step: 'elsewhere', at: 'the-joke' },
    });
    expect(refusalOf(() => whatIf(rippon, mine, SEED, 0, { step: 'the-joke', choice: 'nonsense' }))).toMatchObject({
      code: 'unknown-choice',
      values: { step: 'the-joke', choice: 'nonsense' },
    });
  });
});

describe('the comparison', () => {
  const mine = mineOf(rippon, runOf(rippon, 'corporate'));
  const alt = whatIf(rippon, mine, SEED, 0, { step: 'the-joke', choice: 'witty' });
  const c = alt.comparison;

  it('splits the score difference into its parts and names the part that moved most', () => {
    expect(c.parts.reduce((s, p) => s + p.delta, 0)).toBe(c.score.delta);
    expect(c.movedMost).toEqual([...c.parts].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0]);
  });

  it('lists the segments that reacted differently, with what each path won or lost', () => {
    expect(c.segments.length).toBeGreaterThan(0);
    const young = c.segments.find((s) => s.segment === 'young-streamers')!;
    const sum = (o: typeof mine.outcome) => o.steps[0]!.segments.find((s) => s.segment === 'young-streamers')!;
    expect(young.mine.followers).toBe(sum(mine.outcome).follows - sum(mine.outcome).unfollows);
    expect(young.alt.followers).toBe(sum(alt.outcome).follows - sum(alt.outcome).unfollows);
    expect(young.alt.tone).toBe('loved');
  });

  it('overlays both follower curves and sentiments on one time axis', () => {
    expect(c.chart.mine.followers).toHaveLength(c.chart.alt.followers.length);
    expect(c.chart.mine.sentiment).toHaveLength(c.chart.alt.followers.length);
    expect(c.chart.mine.followers.at(-1)).toBe(mine.outcome.followers.end);
    expect(c.chart.alt.followers.at(-1)).toBe(alt.outcome.followers.end);
    for (const s of [...c.chart.mine.sentiment, ...c.chart.alt.sentiment]) expect(Math.abs(s)).toBeLessThanOrEqual(1);
  });

  it('explains the difference in English, French and Italian', () => {
    const en = explainComparison(rippon, c, mine.transcript, alt.transcript, 'en');
    expect(en[0]).toBe(
      `With “A quick joke that stays clean” instead of “A safe promotional post”, the score would be ${c.score.alt} instead of ${c.score.mine} (+${c.score.delta}).`,
    );
    expect(en.join(' ')).toMatch(/Young streamers: delight rather than (displeasure|indifference)/);
    expect(en.at(-1)).toBe('Why: Young streamers value humour, and this reply carries more of it.');
    const fr = explainComparison(rippon, c, mine.transcript, alt.transcript, 'fr');
    // French typography: thin no-break spaces inside the quotation marks.
    expect(fr[0]).toMatch(
      /^Avec «\u202FUne blague rapide qui reste propre\u202F» au lieu de «\u202F.+\u202F», le score serait de \d+ au lieu de \d+ \(\+\d+\)\.$/,
    );
    const it = explainComparison(rippon, c, mine.transcript, alt.transcript, 'it');
    // A segment's name stands as a label, not as the subject a verb would have to agree with.
    expect(it.at(-1)).toBe(
      'Perché (Giovani appassionati di streaming): questo gruppo apprezza l’umorismo, e questa risposta ne contiene di più.',
    );
  });
});

describe('the best continuation', () => {
  it('does not depend on the seed', () => {
    const head = { ...runOf(prince, 'post-it') };
    expect(bestContinuation(prince, head, 1)).toEqual(bestContinuation(prince, head, 99));
  });

  it('is the highest-scoring way to the debrief from where the run stands', () => {
    for (const first of prince.steps[0]!.choices.map((c) => c.id)) {
      const head = runOf(prince, first);
      const best = bestContinuation(prince, head, SEED);
      const scores = allPaths(prince)
        .filter((p) => p[0]!.choice === first)
        .map((p) => play(prince, { ...head, decisions: p }, SEED).score.total);
      expect(play(prince, { ...head, decisions: [...head.decisions, ...best] }, SEED).score.total).toBe(
        Math.max(...scores),
      );
    }
  });

  it('is empty once the run has reached the debrief', () => {
    expect(bestContinuation(rippon, runOf(rippon, 'witty'), 1)).toEqual([]);
  });
});
