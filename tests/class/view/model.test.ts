import { describe, expect, it } from 'vitest';
import { applyEvent, classRanking, stepStats } from '../../../src/class/view/model';
import { summarize } from '../../../src/class/server/replay';
import type { ClassAnswer, ClassSnapshot } from '../../../src/protocol/class-view';
import { loadFile } from '../../engine/support/scenarios';

const rippon = summarize(loadFile('scenarios/rippon-kondo.json'));
const wendys = summarize(loadFile('scenarios/wendys-sassy-voice.json'));

const answer = (
  id: number,
  trainee: number,
  choice: string,
  sentiment: number,
  score: number,
  extra: Partial<ClassAnswer> = {},
): ClassAnswer => ({
  id,
  trainee,
  scenarioIndex: 0,
  position: 0,
  step: 'the-joke',
  choice,
  text: null,
  features: null,
  thread: null,
  sentiment,
  score,
  scoreMax: 1000,
  complete: true,
  highlighted: false,
  at: '2026-11-23T10:00:00.000Z',
  ...extra,
});

const empty: ClassSnapshot = {
  session: {
    title: 'T',
    mode: 'self-paced',
    scenarios: ['rippon-kondo'],
    status: 'open',
    stage: { scenario: 0, open: 0 },
    joinCode: 'ABCDEFGH',
  },
  scenarios: [rippon],
  trainees: [
    { id: 1, name: 'Ada', joinedAt: '' },
    { id: 2, name: 'Bob', joinedAt: '' },
    { id: 3, name: 'Cy', joinedAt: '' },
  ],
  answers: [],
};

describe("the class view's picture", () => {
  it('counts each answer once, however often the stream repeats it (a reconnection resends what was missed)', () => {
    let s = applyEvent(null, { type: 'snapshot', data: empty });
    const a = answer(1, 1, 'witty', 0.8, 800);
    s = applyEvent(s, { type: 'answer', data: a });
    s = applyEvent(s, { type: 'answer', data: a });
    s = applyEvent(s, { type: 'answer', data: answer(2, 2, 'witty', 0.4, 600) });
    s = applyEvent(s, { type: 'answer', data: answer(3, 3, '@written', -0.2, 300, { text: 'hello' }) });
    const [step] = stepStats(s!, 0, 'en');
    expect(step!.answered).toBe(3);
    const witty = step!.options.find((o) => o.id === 'witty')!;
    expect(witty).toMatchObject({ count: 2, share: 2 / 3, score: 700 });
    expect(witty.sentiment).toBeCloseTo(0.6);
    expect(step!.options.find((o) => o.id === 'edgy')).toMatchObject({
      count: 0,
      share: 0,
      score: null,
      sentiment: null,
    });
    expect(step!.options.at(-1)).toMatchObject({ id: '@written', count: 1, score: 300 });
    expect(step!.written.map((w) => w.text)).toEqual(['hello']);
    s = applyEvent(s, { type: 'highlight', data: { answer: 3, shown: true } });
    expect(stepStats(s!, 0, 'en')[0]!.written[0]!.highlighted).toBe(true);
    expect(classRanking(s!).map((r) => [r.name, r.score])).toEqual([
      ['Ada', 800],
      ['Bob', 600],
      ['Cy', 300],
    ]);
  });

  it('ignores live events until the first snapshot arrives', () => {
    expect(applyEvent(null, { type: 'answer', data: answer(1, 1, 'witty', 0, 0) })).toBeNull();
  });

  it("shows each trainee's thread answers per decision: picked, private, written, left, or left by the clock", () => {
    const dare = (id: number, trainee: number, choice: string, thread: ClassAnswer['thread']) =>
      answer(id, trainee, choice, 0, 500, { step: 'the-dare', thread, at: `2026-11-23T10:00:0${id}.000Z` });
    const s: ClassSnapshot = {
      ...empty,
      scenarios: [wendys],
      answers: [
        dare(1, 1, 'defend-the-fries', [
          { asker: 'fries-question', answer: 'make-it-right' },
          { asker: 'roast-my-brother', text: '@kevduarte Bring him in, fries on us.' },
        ]),
        dare(2, 2, 'defend-the-fries', [{ asker: 'fries-question', answer: 'dm-her' }]),
        dare(3, 3, 'by-the-book', [
          { asker: 'fries-question', text: '@tashagreene_eats Sorry, which restaurant?', locale: 'fr' },
          { asker: 'roast-my-brother', timedOut: true },
        ]),
        // Silence draws no thread: nothing to answer, nothing counted.
        dare(4, 1, 'let-it-slide', null),
      ],
    };
    const [step] = stepStats(s, 0, 'fr');
    const [fries, brother] = step!.askers;
    expect(fries).toMatchObject({ author: 'Tasha Greene', handle: '@tashagreene_eats', reached: 3 });
    expect(fries!.options.map((o) => [o.label, o.count])).toEqual([
      ['Le reconnaître, avec votre ton', 1],
      ['Lui renvoyer une pique', 0],
      ['Passée en messages privés', 1],
      ['Réponse écrite', 1],
      ['Laissé sans réponse', 0],
    ]);
    expect(fries!.written.map((w) => [w.answer.trainee, w.text])).toEqual([
      [3, '@tashagreene_eats Sorry, which restaurant?'],
    ]);
    expect(brother!.options.map((o) => [o.id, o.count])).toEqual([
      ['wink-at-brother', 0],
      ['roast-the-brother', 0],
      ['@written', 1],
      ['@left', 1],
      ['@lapsed', 1],
    ]);
    expect(brother!.written[0]).toMatchObject({ answer: { id: 1 }, text: '@kevduarte Bring him in, fries on us.' });
    // A step without a thread has no askers.
    expect(stepStats(s, 0, 'en')[1]!.askers).toEqual([]);
  });
});
