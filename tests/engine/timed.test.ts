import { describe, expect, it } from 'vitest';
import { refusalOf } from '../support/refusal';
import { playRefusalText } from '../../src/i18n/refusals';
import { play, type Transcript } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';
import { explainPart } from '../../src/i18n/debrief';

const prince = loadFile('scenarios/christmas-prince-53.json');

/** post-it, then the accusations step (timer: say-nothing), then a last choice. */
function run(second: { choice: string; timedOut?: true }): Transcript {
  const base = runOf(prince, 'post-it', second.choice, 'delete-and-say-why');
  base.decisions[1] = { step: 'first-accusations', ...second };
  return base;
}

describe('running out of time is a decision', () => {
  it('is scored as the timer choice, recorded as the clock’s and said in the debrief', () => {
    const chosen = play(prince, run({ choice: 'say-nothing' }), 3);
    const clock = play(prince, run({ choice: 'say-nothing', timedOut: true }), 3);
    expect(clock.steps[1]!.timedOut).toBe(true);
    expect(clock.steps[1]!.silent).toBe(true);
    expect(chosen.steps[1]!.timedOut).toBeUndefined();
    expect(clock.score.total).toBe(chosen.score.total);
    expect(clock.followers).toEqual(chosen.followers);
    const lesson = clock.score.parts.find((p) => p.id === 'lesson')!;
    expect(explainPart(prince, lesson, 'en')).toContain('Decisions the clock made for you when time ran out: 1');
    expect(explainPart(prince, lesson, 'fr')).toContain('Décisions prises par l’horloge, faute de temps\u00A0: 1');
    expect(explainPart(prince, chosen.score.parts.find((p) => p.id === 'lesson')!, 'en').join(' ')).not.toContain(
      'clock',
    );
  });

  it('is refused at a step with no timer, or for another choice than the timer’s', () => {
    const noTimer = runOf(prince, 'post-it', 'say-nothing', 'delete-and-say-why');
    noTimer.decisions[0] = { step: 'the-draft', choice: 'post-it', timedOut: true };
    expect(refusalOf(() => play(prince, noTimer, 1))).toMatchObject({
      code: 'not-timed',
      values: { case: 'decisionNoTimer', decision: 1, step: 'the-draft' },
    });
    const other = refusalOf(() => play(prince, run({ choice: 'lean-in', timedOut: true }), 1));
    expect(other).toMatchObject({
      code: 'not-timed',
      values: { case: 'otherChoice', choice: 'lean-in', timerChoice: 'say-nothing' },
    });
    expect(playRefusalText(other, 'fr')).toMatch(
      /mais l’étape «\u202F.+\u202F» prend alors «\u202Fsay-nothing\u202F», et non «\u202Flean-in\u202F»$/,
    );
  });
});
