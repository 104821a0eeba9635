import { describe, expect, it } from 'vitest';
import { refusalOf } from '../support/refusal';
import { playRefusalText } from '../../src/i18n/refusals';
import { problemText } from '../support/problems';
import { readFileSync } from 'node:fs';
import {
  decide,
  loadScenario,
  play,
  replayTranscript,
  startRun,
  threadTimeOut,
  transcriptOfRun,
  TranscriptSchema,
  type RunState,
  type Scenario,
  type Transcript,
} from '../../src/engine';
import { decodeReplayLink, replayLink, resolveReplay } from '../../src/replay-links/replay-link';

function library(id: string): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${id}.json`, 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => problemText(p)).join('\n'));
  return loaded.scenario;
}

// Wendy's first step opens a thread with two askers: a regular's question, then a dare to roast a brother.
const wendys = library('wendys-sassy-voice');
const rest = [
  { step: 'real-talk', choice: 'fix-it-in-voice' },
  { step: 'rival', choice: 'back-to-the-customer' },
];
const transcript = (thread: NonNullable<Transcript['decisions'][number]['thread']>): Transcript => ({
  scenarioId: wendys.id,
  scenarioVersion: wendys.version,
  decisions: [{ step: 'the-dare', choice: 'defend-the-fries', thread }, ...rest],
});

/** The run with the dare's post out and its thread open. */
function opened(): RunState {
  const next = decide(wendys, startRun(wendys), { step: 'the-dare', choice: 'defend-the-fries' });
  if (!next.ok) throw next.error;
  return next.run;
}

describe('a thread against the clock', () => {
  it('records the replies the time ran out on after the answers given, and the run goes on', () => {
    const out = threadTimeOut(wendys, opened(), [{ asker: 'fries-question', answer: 'make-it-right' }], 1);
    if (!out.ok) throw out.error;
    expect(out.run.decisions[0]!.thread).toEqual([
      { asker: 'fries-question', answer: 'make-it-right' },
      { asker: 'roast-my-brother', timedOut: true },
    ]);
    expect(out.run.stepId).toBe('real-talk');
    expect(TranscriptSchema.safeParse(transcriptOfRun(out.run)).success).toBe(true);
  });

  it('a reply the trainee left before the time ran out stays left by the trainee, not by the clock', () => {
    const out = threadTimeOut(wendys, opened(), [], 1);
    if (!out.ok) throw out.error;
    expect(out.run.decisions[0]!.thread).toEqual([{ asker: 'roast-my-brother', timedOut: true }]);
  });

  it('plays a reply the clock left exactly as one left unanswered, and says which it was', () => {
    const lapsed = play(wendys, transcript([{ asker: 'fries-question', timedOut: true }]), 11);
    const left = play(wendys, transcript([]), 11);
    expect(lapsed.score).toEqual(left.score);
    expect(lapsed.series).toEqual(left.series);
    expect(lapsed.steps[0]!.thread).toEqual([]);
    expect(lapsed.steps[0]!.threadLapsed).toEqual(['fries-question']);
    expect(left.steps[0]!.threadLapsed).toBeUndefined();
    // An answer given before the time ran out counts as given.
    const answered = [{ asker: 'fries-question', answer: 'make-it-right' }];
    const partly = play(wendys, transcript([...answered, { asker: 'roast-my-brother', timedOut: true }]), 11);
    expect(partly.score.total).toBe(play(wendys, transcript(answered), 11).score.total);
    expect(partly.steps[0]!.thread!.map((e) => e.asker)).toEqual(['fries-question']);
  });

  it('replays the same from the transcript, and from a replay link', () => {
    const run = transcript([
      { asker: 'fries-question', answer: 'snap-back' },
      { asker: 'roast-my-brother', timedOut: true },
    ]);
    const outcome = play(wendys, run, 5);
    expect(replayTranscript(wendys, run).run.decisions).toEqual(run.decisions);
    const link = replayLink('https://example.org/', run, 5, outcome);
    const replay = resolveReplay(decodeReplayLink(link), [wendys]);
    expect(replay.transcript).toEqual(run);
    expect(replay.outcome.score).toEqual(outcome.score);
  });

  it('refuses an answer after the time ran out, and a clock with no reply left, naming them', () => {
    const late = refusalOf(() =>
      play(
        wendys,
        transcript([
          { asker: 'fries-question', timedOut: true },
          { asker: 'roast-my-brother', answer: 'wink-at-brother' },
        ]),
        1,
      ),
    );
    expect(late).toMatchObject({
      code: 'not-timed',
      values: { case: 'lapsed', decision: 1, asker: 'roast-my-brother', lapsed: 'fries-question' },
    });
    expect(playRefusalText(late, 'en')).toBe(
      'decision 1 answers "roast-my-brother" after the thread’s time ran out on "fries-question"',
    );
    const all = threadTimeOut(wendys, opened(), [{ asker: 'fries-question', answer: 'make-it-right' }], 2);
    expect(all).toMatchObject({ ok: false, error: { code: 'not-timed' } });
    expect(threadTimeOut(wendys, startRun(wendys), [], 0)).toMatchObject({ ok: false, error: { code: 'no-thread' } });
  });
});
