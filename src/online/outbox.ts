import type { TeamClient } from './client';
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

export interface FlushResult {
  sent: LocalRun[];
  refused: { run: LocalRun; error: string }[];
  waiting: number;
}

/** Tries to send every queued run once, oldest first. */
export async function flush(outbox: Table<Outgoing>, client: TeamClient): Promise<FlushResult> {
  const result: FlushResult = { sent: [], refused: [], waiting: 0 };
  const queued = (await outbox.all()).filter((o) => o.delivery.state === 'queued').sort((a, b) => a.run.date.localeCompare(b.run.date));
  for (const item of queued) {
    const answer = await client.submit(item.run, item.token);
    if (answer.ok) {
      await outbox.remove(item.run.id);
      result.sent.push(item.run);
    } else if (answer.kind === 'refused') {
      await outbox.put(item.run.id, { ...item, delivery: { state: 'refused', error: answer.error } });
      result.refused.push({ run: item.run, error: answer.error });
    } else {
      const attempts = item.delivery.state === 'queued' ? item.delivery.attempts + 1 : 1;
      await outbox.put(item.run.id, { ...item, delivery: { state: 'queued', attempts, lastError: answer.error } });
      result.waiting++;
    }
  }
  return result;
}

/** How many runs are still waiting to be sent. */
export async function waiting(outbox: Table<Outgoing>): Promise<number> {
  return (await outbox.all()).filter((o) => o.delivery.state === 'queued').length;
}
