import { describe, expect, it } from 'vitest';
import { refusalOf } from '../support/refusal';
import { playRefusalText } from '../../src/i18n/refusals';
import { problemText } from '../support/problems';
import {
  answerThread,
  decide,
  loadScenario,
  openThread,
  play,
  startRun,
  TranscriptSchema,
  withThreadVariants,
  allPaths,
  type Scenario,
  type Transcript,
} from '../../src/engine';
import { readFileSync } from 'node:fs';

/** Wendy's first step with a thread: a regular asks whether the fries are really fresh. */
function withThread(): Scenario {
  const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
  raw.steps[0].thread = {
    prompt: 'A customer asks you something.',
    askers: [
      {
        id: 'fresh-question',
        segment: 'regulars',
        author: 'Dana Ortiz',
        handle: '@dana_eats',
        minutesAfter: 20,
        text: 'Honest question: are the fries frozen or not?',
        wants: 'answer',
        answers: [
          {
            id: 'straight-answer',
            label: 'Answer plainly',
            post: 'Fair question! Fries are frozen, burgers never are.',
            features: { warmth: 0.6, explanation: 0.9, accountability: 0.7, personalAddress: 0.8 },
          },
          { id: 'sneer', label: 'Sneer', post: 'Read the menu, genius.', features: { mockery: 0.9, edge: 0.6 } },
          {
            id: 'dm',
            label: 'Take it private',
            post: 'Sent you a DM!',
            private: true,
            features: { warmth: 0.5, personalAddress: 0.9 },
          },
        ],
      },
    ],
  };
  const loaded = loadScenario(JSON.stringify(raw), 'wendys-thread.json');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => problemText(p)).join('\n'));
  return loaded.scenario;
}

const scenario = withThread();
const path = (thread?: Transcript['decisions'][number]['thread']): Transcript => ({
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  decisions: [
    { step: 'the-dare', choice: 'defend-the-fries', ...(thread ? { thread } : {}) },
    { step: 'real-talk', choice: 'fix-it-in-voice' },
    { step: 'rival', choice: 'back-to-the-customer' },
  ],
});

describe('a thread: answers to replies that ask', () => {
  it('is part of the transcript, and its answer moves the asker segment’s trust as the model appraises it', () => {
    const answered = path([{ asker: 'fresh-question', answer: 'straight-answer' }]);
    expect(TranscriptSchema.safeParse(answered).success).toBe(true);
    const good = play(scenario, answered, 7);
    const bad = play(scenario, path([{ asker: 'fresh-question', answer: 'sneer' }]), 7);
    const none = play(scenario, path([]), 7);
    const exchange = good.steps[0]!.thread![0]!;
    expect(exchange).toMatchObject({
      asker: 'fresh-question',
      segment: 'regulars',
      answer: 'straight-answer',
      private: false,
    });
    expect(exchange.valence).toBeGreaterThan(0);
    expect(exchange.trustAfter).toBeGreaterThan(exchange.trustBefore);
    const sneer = bad.steps[0]!.thread![0]!;
    expect(sneer.valence).toBeLessThan(0);
    expect(sneer.trustAfter).toBeLessThan(sneer.trustBefore);
    expect(none.steps[0]!.thread).toEqual([]);
    // A sneer at a customer costs, against a straight answer and against none.
    expect(bad.score.total).toBeLessThan(good.score.total);
    expect(bad.score.total).toBeLessThan(none.score.total);
    // The post's own reactions do not change with the answers given under it.
    expect(good.steps[0]!.totals).toEqual(none.steps[0]!.totals);
    // And a replay gives the same outcome.
    expect(play(scenario, answered, 7)).toEqual(good);
  });

  it('a private answer is read by the asker alone, and moves trust less than the same warmth in public', () => {
    const dm = play(scenario, path([{ asker: 'fresh-question', answer: 'dm' }]), 1).steps[0]!.thread![0]!;
    expect(dm.private).toBe(true);
    expect(dm.reactions.exposures).toBe(1);
    expect(dm.askedAt).toBe(play(scenario, path([]), 1).steps[0]!.postedAt + 20);
  });

  it('opens after a post, not after silence, and answerThread records the answers on the decision that opened it', () => {
    let run = startRun(scenario);
    const silent = decide(scenario, run, { step: 'the-dare', choice: 'let-it-slide' });
    expect(silent.ok && openThread(scenario, silent.run)).toBe(null);
    const posted = decide(scenario, run, { step: 'the-dare', choice: 'defend-the-fries' });
    if (!posted.ok) throw posted.error;
    run = posted.run;
    expect(openThread(scenario, run)?.id).toBe('the-dare');
    const answered = answerThread(scenario, run, [{ asker: 'fresh-question', answer: 'straight-answer' }]);
    if (!answered.ok) throw answered.error;
    expect(answered.run.stepId).toBe('real-talk');
    expect(answered.run.decisions).toEqual([
      {
        step: 'the-dare',
        choice: 'defend-the-fries',
        thread: [{ asker: 'fresh-question', answer: 'straight-answer' }],
      },
    ]);
    expect(openThread(scenario, answered.run)).toBe(null);
    const again = answerThread(scenario, answered.run, []);
    expect(again.ok).toBe(false);
  });

  it('refuses answers to nobody, unknown answers, two answers to one asker and answers after silence, naming them', () => {
    const refusal = (t: Transcript) => refusalOf(() => play(scenario, t, 1));
    const nobody = refusal(path([{ asker: 'nobody', answer: 'x' }]));
    expect(nobody).toMatchObject({
      code: 'unknown-asker',
      values: { case: 'unknown', asker: 'nobody', step: 'the-dare' },
    });
    expect(nobody.values).toMatchObject({ askers: expect.stringMatching(/^fresh-question/) });
    const shrug = refusal(path([{ asker: 'fresh-question', answer: 'shrug' }]));
    expect(shrug).toMatchObject({ code: 'unknown-answer', values: { asker: 'fresh-question', answer: 'shrug' } });
    expect(playRefusalText(shrug, 'en')).toMatch(
      /^decision 1 gives "fresh-question" the answer "shrug", which is not one of its answers \(.*dm.*\)$/,
    );
    expect(
      refusal(
        path([
          { asker: 'fresh-question', answer: 'dm' },
          { asker: 'fresh-question', answer: 'sneer' },
        ]),
      ),
    ).toMatchObject({ code: 'unknown-asker', values: { case: 'twice', asker: 'fresh-question' } });
    const silent: Transcript = {
      ...path(),
      decisions: [{ step: 'the-dare', choice: 'let-it-slide', thread: [{ asker: 'fresh-question', answer: 'dm' }] }],
    };
    expect(refusal(silent)).toMatchObject({ code: 'no-thread', values: { case: 'silent', step: 'the-dare' } });
    const wrongStep: Transcript = {
      ...path(),
      decisions: [path().decisions[0]!, { step: 'real-talk', choice: 'fix-it-in-voice', thread: [] }],
    };
    expect(refusal(wrongStep)).toMatchObject({
      code: 'no-thread',
      values: { case: 'step', decision: 2, step: 'real-talk' },
    });
  });

  it('the paths the tools play try each answer, and leaving the thread unanswered', () => {
    const { paths, complete } = withThreadVariants(scenario, allPaths(scenario), 10_000);
    expect(complete).toBe(true);
    const throughDare = paths.filter(
      (p) =>
        p[0]!.choice === 'defend-the-fries' &&
        p[1]!.choice === 'fix-it-in-voice' &&
        p[2]!.choice === 'back-to-the-customer',
    );
    expect(throughDare.map((p) => p[0]!.thread)).toEqual([
      [],
      [{ asker: 'fresh-question', answer: 'straight-answer' }],
      [{ asker: 'fresh-question', answer: 'sneer' }],
      [{ asker: 'fresh-question', answer: 'dm' }],
    ]);
    expect(paths.filter((p) => p[0]!.choice === 'let-it-slide').every((p) => p[0]!.thread === undefined)).toBe(true);
  });

  it('tells the author when an asker belongs to no segment', () => {
    const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
    raw.steps[0].thread = {
      prompt: 'Answer?',
      askers: [
        {
          id: 'q',
          segment: 'regular',
          author: 'A',
          handle: '@a',
          minutesAfter: 5,
          text: 'Hm?',
          wants: 'answer',
          answers: [{ id: 'a', label: 'A', post: 'A' }],
        },
      ],
    };
    const loaded = loadScenario(JSON.stringify(raw), 'w.json');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.problems.map((p) => problemText(p))).toContain(
        'the asker "q" belongs to the segment "regular", which the audience does not have; did you mean "regulars"?',
      );
  });
});

describe('coherent time: a step due "after" the previous post', () => {
  it('comes later when the previous reply went out later', () => {
    const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
    delete raw.steps[1].at;
    raw.steps[1].after = 30;
    const loaded = loadScenario(JSON.stringify(raw), 'w.json');
    if (!loaded.ok) throw new Error(problemText(loaded.problems[0]!));
    const s = loaded.scenario;
    const run = (choice: string) =>
      play(
        s,
        {
          scenarioId: s.id,
          scenarioVersion: s.version,
          decisions: [
            { step: 'the-dare', choice },
            { step: 'real-talk', choice: 'fix-it-in-voice' },
          ],
        },
        1,
      ).steps;
    const quick = run('defend-the-fries');
    const slow = run('by-the-book');
    expect(quick[1]!.dueAt).toBe(quick[0]!.postedAt + 30);
    expect(slow[1]!.dueAt).toBe(slow[0]!.postedAt + 30);
    expect(slow[1]!.dueAt).toBeGreaterThan(quick[1]!.dueAt);
  });

  it('is refused with a sentence when it gives both "at" and "after", or neither', () => {
    const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
    raw.steps[1].at = 25;
    raw.steps[1].after = 30;
    delete raw.steps[2].at;
    delete raw.steps[2].after;
    const loaded = loadScenario(JSON.stringify(raw), 'w.json');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      const messages = loaded.problems.map((p) => problemText(p));
      expect(messages).toContain(
        'step "real-talk" gives both "at" and "after": keep one ("after" follows the run as played)',
      );
      expect(messages.some((m) => m.startsWith('step "pile-on" does not say when it happens'))).toBe(true);
    }
  });
});

describe('the checker and threads', () => {
  it('says when a reply that asks comes after the next decision is due', async () => {
    const { checkScenario } = await import('../../src/engine');
    const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
    raw.steps[0].thread.askers[0].minutesAfter = 40;
    const problems = checkScenario(JSON.stringify(raw), 'w.json').problems.map((p) => problemText(p));
    expect(problems).toContain(
      'the reply "fries-question" comes 40 minutes after the post, but step "real-talk" is due 21 minutes after it: the trainee could never answer it; make it come sooner',
    );
  });

  it('says when no answer to an asker changes the score', async () => {
    const { checkScenario } = await import('../../src/engine');
    const raw = JSON.parse(readFileSync('scenarios/wendys-sassy-voice.json', 'utf8'));
    // Answers that neither carry features nor a verdict on the lesson all score alike.
    for (const a of raw.steps[0].thread.askers[0].answers) {
      a.features = {};
      delete a.lesson;
    }
    const problems = checkScenario(JSON.stringify(raw), 'w.json').problems.map((p) => problemText(p));
    expect(
      problems.some((m) =>
        m.startsWith(
          'every answer to "fries-question" at step "the-dare" scores within 2 points of leaving it unanswered',
        ),
      ),
    ).toBe(true);
  });
});
