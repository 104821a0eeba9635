import type { Locale } from '../engine';
import { t } from '../i18n';
import { failedOnRequest, type TeamClient } from './client';
import type { LocalRun, Outgoing } from './runs';
import type { Table } from './storage';

/**
 * Runs waiting for the team server, kept in IndexedDB so that closing the
 * tab loses nothing. A run leaves the outbox when the server stores it, or
 * when it refuses it (a refusal will not change by retrying); it stays when
 * the server cannot be reached.
 */
export async function enqueue(outbox: Table<Outgoing>, run: LocalRun, token: string): Promise<void> {
  await outbox.put(run.id, { run, token, delivery: { state: 'queued', attempts: 0 } });
}

/** How many times in a row the server may fail the same way on one run (a 5xx with the same sentence) before the run is set aside as refused. */
export const GIVE_UP_AFTER = 3;

export interface FlushResult {
  sent: LocalRun[];
  refused: { run: LocalRun; error: string }[];
  waiting: number;
}

/** Tries to send every queued run once, oldest first. */
export async function flush(outbox: Table<Outgoing>, client: TeamClient, locale: Locale): Promise<FlushResult> {
  const result: FlushResult = { sent: [], refused: [], waiting: 0 };
  const queued = (await outbox.all())
    .filter((o) => o.delivery.state === 'queued')
    .sort((a, b) => a.run.date.localeCompare(b.run.date));
  for (const item of queued) {
    const answer = await client.submit(item.run, item.token);
    if (answer.ok) {
      await outbox.remove(item.run.id);
      result.sent.push(item.run);
    } else if (answer.kind === 'refused') {
      await outbox.put(item.run.id, { ...item, delivery: { state: 'refused', error: answer.error } });
      result.refused.push({ run: item.run, error: answer.error });
    } else {
      const previous = item.delivery.state === 'queued' ? item.delivery : undefined;
      const attempts = (previous?.attempts ?? 0) + 1;
      const serverFailed = failedOnRequest(answer);
      const failures = serverFailed ? (previous?.lastError === answer.error ? (previous.failures ?? 0) : 0) + 1 : 0;
      if (failures >= GIVE_UP_AFTER) {
        // The same failure again and again is this run's doing: the player hears of it, and it stops being retried.
        const error = t(locale, 'outbox.runSetAside', { n: failures, error: answer.error });
        await outbox.put(item.run.id, { ...item, delivery: { state: 'refused', error } });
        result.refused.push({ run: item.run, error });
        continue;
      }
      await outbox.put(item.run.id, {
        ...item,
        delivery: { state: 'queued', attempts, lastError: answer.error, ...(failures ? { failures } : {}) },
      });
      result.waiting++;
    }
  }
  return result;
}

/** How many runs are still waiting to be sent. */
export async function waiting(outbox: Table<Outgoing>): Promise<number> {
  return (await outbox.all()).filter((o) => o.delivery.state === 'queued').length;
}
