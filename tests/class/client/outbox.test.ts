import { describe, expect, it } from 'vitest';
import type { ClassClient } from '../../../src/class/client/client';
import { flushAnswers, GIVE_UP_AFTER, queueAnswer, type QueuedAnswer } from '../../../src/class/client/outbox';
import { memoryTable } from '../../../src/team-client/storage';
import type { AnswerRequest } from '../../../src/protocol/class';

const TOKEN = 'trainee-token-0123456789';
const answer = (position: number, choice: string): AnswerRequest => ({
  scenarioIndex: 0,
  position,
  decision: { step: `step-${position}`, choice },
});

/** A class server that fails with a 500 on one answer and takes the others. */
function serverFailingOn(badChoice: string) {
  const received: number[] = [];
  const client = {
    answer: async (body: AnswerRequest) => {
      if ('choice' in body.decision && body.decision.choice === badChoice)
        return { ok: false as const, kind: 'offline' as const, status: 500, error: 'the server failed; try again' };
      received.push(body.position);
      return { ok: true as const, value: { position: body.position, score: 0, complete: false, duplicate: false } };
    },
  } as unknown as ClassClient;
  return { client, received };
}

describe('the outbox of class answers', () => {
  it('sets aside an answer the server fails on again and again, tells the trainee, and sends the later ones', async () => {
    const outbox = memoryTable<QueuedAnswer>();
    const { client, received } = serverFailingOn('poison');
    await queueAnswer(outbox, TOKEN, answer(0, 'poison'));
    await queueAnswer(outbox, TOKEN, answer(1, 'witty'));
    for (let round = 1; round < GIVE_UP_AFTER; round++) {
      // A failure may be passing: the answer waits, and holds the later ones back to keep their order.
      expect(await flushAnswers(outbox, client, 'en')).toMatchObject({ sent: [], refused: [], waiting: 2 });
    }
    const last = await flushAnswers(outbox, client, 'en');
    expect(last.refused).toEqual([
      {
        answer: expect.objectContaining({ body: answer(0, 'poison') }),
        error: expect.stringContaining(`failed on this answer ${GIVE_UP_AFTER} times`),
      },
    ]);
    expect(last.sent.map((a) => a.body.position)).toEqual([1]);
    expect(received).toEqual([1]);
    expect(await outbox.all()).toEqual([]);
  });

  it('keeps waiting, however long, while the server cannot be reached at all', async () => {
    const outbox = memoryTable<QueuedAnswer>();
    const client = {
      answer: async () => ({ ok: false as const, kind: 'offline' as const, error: 'Failed to fetch' }),
    } as unknown as ClassClient;
    await queueAnswer(outbox, TOKEN, answer(0, 'witty'));
    for (let round = 0; round < GIVE_UP_AFTER * 3; round++)
      expect(await flushAnswers(outbox, client, 'en')).toMatchObject({ refused: [], waiting: 1 });
  });

  it('keeps waiting, however long, while the server says its database is away (503) or a proxy cannot reach it (502, 504)', async () => {
    for (const status of [502, 503, 504]) {
      const outbox = memoryTable<QueuedAnswer>();
      const client = {
        answer: async () => ({
          ok: false as const,
          kind: 'offline' as const,
          status,
          error: 'the database is not answering; try again in a moment',
        }),
      } as unknown as ClassClient;
      await queueAnswer(outbox, TOKEN, answer(0, 'witty'));
      for (let round = 0; round < GIVE_UP_AFTER * 3; round++)
        expect(await flushAnswers(outbox, client, 'en'), `status ${status}`).toMatchObject({ refused: [], waiting: 1 });
    }
  });

  it('tells a French or Italian trainee in their language that an answer was set aside', async () => {
    const cases = [
      [
        'fr',
        `le serveur a échoué ${GIVE_UP_AFTER} fois sur cette réponse (the server failed; try again)\u00A0: elle a été mise de côté pour que vos prochaines décisions parviennent à la classe`,
      ],
      [
        'it',
        `il server non è riuscito a gestire questa risposta per ${GIVE_UP_AFTER} volte (the server failed; try again): è stata messa da parte perché le tue prossime decisioni arrivino alla classe`,
      ],
    ] as const;
    for (const [locale, said] of cases) {
      const outbox = memoryTable<QueuedAnswer>();
      const { client } = serverFailingOn('poison');
      await queueAnswer(outbox, TOKEN, answer(0, 'poison'));
      for (let round = 1; round < GIVE_UP_AFTER; round++) await flushAnswers(outbox, client, locale);
      expect((await flushAnswers(outbox, client, locale)).refused.map((r) => r.error)).toEqual([said]);
    }
  });

  it('waits for a decision the instructor has not opened, whatever the language of the server’s sentence', async () => {
    const outbox = memoryTable<QueuedAnswer>();
    const client = {
      answer: async () => ({
        ok: false as const,
        kind: 'refused' as const,
        status: 409,
        code: 'not-open',
        error: 'la décision 1 n’est pas encore ouverte\u00A0: attendez votre formateur',
      }),
    } as unknown as ClassClient;
    await queueAnswer(outbox, TOKEN, answer(0, 'witty'));
    expect(await flushAnswers(outbox, client, 'fr')).toMatchObject({ refused: [], waiting: 1 });
    expect(await outbox.all()).toHaveLength(1);
  });
});
