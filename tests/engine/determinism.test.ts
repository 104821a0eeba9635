import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../support/refusal';
import { CHECK_ONLY, play, PlayError, type Transcript } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';

const rippon = loadFile('scenarios/rippon-kondo.json');
const run = (choice: string): Transcript => runOf(rippon, choice);

describe('play() is a pure function', () => {
  it('gives the same outcome twice for the same inputs', () => {
    expect(JSON.stringify(play(rippon, run('edgy'), 7))).toBe(JSON.stringify(play(rippon, run('edgy'), 7)));
  });

  it('gives the same outcome, byte for byte, in a separate process', () => {
    const other = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/engine/support/outcome-json.ts', 'witty', '7'],
      { encoding: 'utf8' },
    );
    expect(other).toBe(JSON.stringify(play(rippon, run('witty'), 7)));
  });

  it('keeps the score when the seed changes, and varies only the texture', () => {
    const a = play(rippon, run('witty'), 1);
    const b = play(rippon, run('witty'), 2);
    expect(b.score).toEqual(a.score);
    expect(b.followers).toEqual(a.followers);
    expect(b.reactions).toEqual(a.reactions);
    expect(b.steps[0]!.replies.map((r) => r.handle)).not.toEqual(a.steps[0]!.replies.map((r) => r.handle));
  });

  it('draws as many replies as the game asks for, without changing a count or the score', () => {
    const few = play(rippon, run('witty'), 3);
    const many = play(rippon, run('witty'), 3, { visibleReplies: 400 });
    expect(few.steps[0]!.replies).toHaveLength(40);
    expect(many.steps[0]!.replies).toHaveLength(400);
    expect(many.score).toEqual(few.score);
    expect(many.series).toEqual(few.series);
    expect(many.reactions).toEqual(few.reactions);
    // The first draws are the same accounts: more replies add to the feed, they do not reshuffle it.
    const handles = new Set(many.steps[0]!.replies.map((r) => r.handle));
    expect(few.steps[0]!.replies.every((r) => handles.has(r.handle))).toBe(true);
    // A server re-checking the run draws none, and gets the same figures.
    const check = play(rippon, run('witty'), 3, CHECK_ONLY);
    expect(check.steps[0]!.replies).toEqual([]);
    expect({ ...check, steps: check.steps.map((s) => ({ ...s, replies: [] })) }).toEqual({
      ...few,
      steps: few.steps.map((s) => ({ ...s, replies: [] })),
    });
  });

  it('plays a transcript that stops before the end as incomplete', () => {
    const partial = play(rippon, { ...run('witty'), decisions: [] }, 1);
    expect(partial.complete).toBe(false);
    expect(partial.followers.delta).toBe(0);
    expect(play(rippon, run('witty'), 1).complete).toBe(true);
  });
});

describe('play() refuses bad input with a typed error', () => {
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      expect(err).toBeInstanceOf(PlayError);
      return (err as PlayError).code;
    }
    throw new Error('play() accepted bad input');
  };

  it('names the unknown choice and lists the real ones', () => {
    expect(refusal(() => play(rippon, run('sarcastic'), 1))).toBe('unknown-choice');
    expect(refusalOf(() => play(rippon, run('sarcastic'), 1)).values).toEqual({
      decision: 1,
      step: 'the-joke',
      choice: 'sarcastic',
      choices: 'witty, edgy, corporate, warm, silent',
    });
  });

  it('refuses a transcript for another scenario or version', () => {
    expect(refusal(() => play(rippon, { ...run('witty'), scenarioId: 'qwikster' }, 1))).toBe('wrong-scenario');
    expect(refusal(() => play(rippon, { ...run('witty'), scenarioVersion: 2 }, 1))).toBe('wrong-version');
  });

  it('refuses steps that do not exist, decisions after the end and bad seeds', () => {
    expect(refusal(() => play(rippon, { ...run('witty'), decisions: [{ step: 'nowhere', choice: 'witty' }] }, 1))).toBe(
      'unknown-step',
    );
    expect(
      refusal(() =>
        play(
          rippon,
          {
            ...run('witty'),
            decisions: [
              { step: 'the-joke', choice: 'witty' },
              { step: 'the-joke', choice: 'edgy' },
            ],
          },
          1,
        ),
      ),
    ).toBe('after-end');
    expect(refusal(() => play(rippon, run('witty'), -1))).toBe('bad-seed');
    expect(refusalOf(() => play(rippon, run('witty'), 1.5))).toMatchObject({ code: 'bad-seed', values: { seed: 1.5 } });
  });

  it('refuses features outside 0..1 that slipped past the schema', () => {
    const forged = structuredClone(rippon);
    forged.steps[0]!.choices[0]!.features = { humour: 7 };
    expect(refusalOf(() => play(forged, run('witty'), 1))).toMatchObject({
      code: 'features-out-of-range',
      values: { case: 'choice', choice: 'witty', step: 'the-joke', feature: 'humour' },
    });
  });
});
