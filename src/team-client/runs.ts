import type { Transcript } from '../engine';
import type { Table } from './storage';

/** A finished run, kept in the browser: the local leaderboard, and the proof to send to a team server. */
export interface LocalRun {
  /** Also the id the team server uses to store the run once. */
  id: string;
  player: string;
  scenarioId: string;
  scenarioVersion: number;
  score: number;
  /** ISO date of the end of the run. */
  date: string;
  transcript: Transcript;
  seed: number;
}

/** Where a run stands with the team server. */
export type Delivery =
  | { state: 'local' }
  | { state: 'queued'; attempts: number; lastError?: string; failures?: number }
  | { state: 'sent' }
  | { state: 'refused'; error: string };

export interface Outgoing {
  run: LocalRun;
  token: string;
  delivery: Delivery;
}

/** Keeps a finished run; never throws, as storage may be full or refused and the run is still shown. */
export async function keepRun(runs: Table<LocalRun>, run: LocalRun): Promise<boolean> {
  try {
    await runs.put(run.id, run);
    return true;
  } catch {
    return false;
  }
}

/** Best run per scenario, and the best overall (the sum of the bests), from the runs kept in this browser. */
export async function localBests(runs: Table<LocalRun>): Promise<{ scenarios: LocalRun[]; total: number }> {
  const best = new Map<string, LocalRun>();
  for (const run of await runs.all()) {
    const current = best.get(run.scenarioId);
    if (!current || run.score > current.score || (run.score === current.score && run.date < current.date))
      best.set(run.scenarioId, run);
  }
  const scenarios = [...best.values()].sort((a, b) => b.score - a.score);
  return { scenarios, total: scenarios.reduce((sum, r) => sum + r.score, 0) };
}

/** A fresh id for a run: random, so two browsers never collide. */
export function runId(): string {
  return crypto.randomUUID();
}
