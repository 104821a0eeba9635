import type { Locale } from '../../engine';
import { t } from '../../i18n';
import { failedOnRequest } from '../../team-client/client';
import type { Table } from '../../team-client/storage';
import type { AnswerRequest } from '../../protocol/class';
import type { ClassClient } from './client';

/** A decision waiting for the class server, kept in IndexedDB so that a closed tab or a dropped connection loses nothing. */
export interface QueuedAnswer {
  key: string;
  token: string;
  body: AnswerRequest;
  /** The server failed on this answer (a 5xx) this many times in a row, with this sentence. */
  failed?: { times: number; error: string };
}

/**
 * How many times the server may fail the same way on one answer before it is set aside: a failure
 * that repeats is the answer's doing, and waiting on it would hold back every decision after it.
 */
export const GIVE_UP_AFTER = 3;

/** The queue's key: one answer per trainee, scenario of the playlist and decision. */
export const answerKey = (token: string, a: AnswerRequest) =>
  `${token.slice(0, 12)}:${a.scenarioIndex}:${String(a.position).padStart(3, '0')}`;

/** Keeps an answer until the server has it; queuing the same decision again replaces it. */
export async function queueAnswer(outbox: Table<QueuedAnswer>, token: string, body: AnswerRequest): Promise<void> {
  const key = answerKey(token, body);
  await outbox.put(key, { key, token, body });
}

export interface ClassFlush {
  sent: QueuedAnswer[];
  /** Refused for good (the server will not change its mind): dropped, with the reason. */
  refused: { answer: QueuedAnswer; error: string }[];
  /** Still waiting: the server could not be reached, or the decision is not open yet. */
  waiting: number;
}

/**
 * Sends queued answers in order. Order matters (decision 2 after decision 1),
 * so the first one that cannot go yet stops the round; the next round
 * starts from it. One the server fails on GIVE_UP_AFTER times the same way
 * is dropped as refused, so that it cannot hold back the rest for good.
 */
export async function flushAnswers(
  outbox: Table<QueuedAnswer>,
  client: ClassClient,
  locale: Locale,
): Promise<ClassFlush> {
  const queued = (await outbox.all()).sort((a, b) => a.key.localeCompare(b.key));
  const result: ClassFlush = { sent: [], refused: [], waiting: 0 };
  for (const [i, item] of queued.entries()) {
    const answer = await client.answer(item.body, item.token);
    if (answer.ok) {
      await outbox.remove(item.key);
      result.sent.push(item);
      continue;
    }
    const serverFailed = failedOnRequest(answer);
    const times = serverFailed && item.failed?.error === answer.error ? item.failed.times + 1 : 1;
    if (serverFailed && times >= GIVE_UP_AFTER) {
      await outbox.remove(item.key);
      result.refused.push({
        answer: item,
        error: t(locale, 'outbox.answerSetAside', { n: times, error: answer.error }),
      });
      continue;
    }
    // Not open yet (a lockstep class moved back, a clock ahead): it will be, later.
    // Told by its code, not its sentence, which is in the trainee's language.
    const retryLater = answer.kind === 'offline' || (answer.status === 409 && answer.code === 'not-open');
    if (retryLater) {
      if (serverFailed) await outbox.put(item.key, { ...item, failed: { times, error: answer.error } });
      result.waiting = queued.length - i;
      break;
    }
    await outbox.remove(item.key);
    result.refused.push({ answer: item, error: answer.error });
  }
  return result;
}
