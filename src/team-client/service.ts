import { DEBRIEF, loadScenario, transcriptOfRun } from '../engine';
import type { GameStore } from '../store/game-store';
import type { TeamClient } from './client';
import { normalizeJoinCode } from '../protocol/join-code';
import { enqueue, flush, waiting } from './outbox';
import { keepRun, runId, type LocalRun, type Outgoing } from './runs';
import type { Table } from './storage';

/** The player's team membership, kept in localStorage (the token is what lets them post to their team). */
export interface Membership {
  team: string;
  player: string;
  joinCode: string;
  token: string;
}

const MEMBERSHIP_KEY = 'brandstorm.team';

export function savedMembership(): Membership | undefined {
  try {
    const raw = localStorage.getItem(MEMBERSHIP_KEY);
    const m = raw ? (JSON.parse(raw) as Membership) : undefined;
    return m && typeof m.token === 'string' && typeof m.team === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

export interface Online {
  runs: Table<LocalRun>;
  outbox: Table<Outgoing>;
  client: TeamClient;
  join(joinCode: string, name: string): Promise<string | null>;
  leave(): void;
  /** Sends what is queued; safe to call at any time. */
  flush(): Promise<void>;
  membership(): Membership | undefined;
}

/**
 * Records every finished run in the browser and, for a team member, sends it
 * to the team server or queues it until the server can be reached. Runs on
 * the store: the scenes only show the `online` state.
 */
export function startOnline(
  store: GameStore,
  runs: Table<LocalRun>,
  outbox: Table<Outgoing>,
  client: TeamClient,
  retryMs = 15_000,
): Online {
  let membership = savedMembership();
  const setTeam = () =>
    store.setState((s) => ({
      online: {
        ...s.online,
        ...(membership
          ? { team: { name: membership.team, player: membership.player, joinCode: membership.joinCode } }
          : { team: undefined }),
      },
    }));
  setTeam();
  let flushing: Promise<void> | null = null;
  const recordedKeys = new Set<string>();
  /** The run the debrief is showing, whose delivery the game reports. */
  let lastRunId = '';
  const doFlush = async () => {
    const result = await flush(outbox, client, store.getState().locale);
    const lastId = lastRunId;
    let next = store.getState().online.last;
    if (result.sent.some((r) => r.id === lastId)) next = { state: 'sent' };
    const refused = result.refused.find((r) => r.run.id === lastId);
    if (refused) next = { state: 'refused', message: refused.error };
    store.setState((s) => ({ online: { ...s.online, waiting: result.waiting, ...(next ? { last: next } : {}) } }));
  };
  /**
   * The team's own scenarios, checked again here and added to the catalog once the library has
   * loaded (loading replaces the catalog's entries). A server that cannot be reached leaves the
   * library as it is; the next start or join tries again.
   */
  const addTeamScenarios = async () => {
    const m = membership;
    if (!m || store.getState().catalog.status !== 'ready') return;
    const answer = await client.scenarios(m.token);
    if (!answer.ok || membership !== m) return;
    const own = answer.value.scenarios.flatMap((s) => {
      const loaded = loadScenario(JSON.stringify(s), `team ${m.team}`);
      return loaded.ok ? [loaded.scenario] : [];
    });
    store.setState((s) => ({
      catalog: {
        ...s.catalog,
        entries: [
          ...s.catalog.entries.filter((e) => e.served !== 'team' && !own.some((o) => o.id === e.scenario.id)),
          ...own.map((scenario) => ({ file: `team ${m.team}`, scenario, imported: true, served: 'team' as const })),
        ],
      },
    }));
  };
  store.subscribe((s, before) => {
    if (s.catalog.status === 'ready' && before.catalog.status !== 'ready') void addTeamScenarios();
  });

  const online: Online = {
    runs,
    outbox,
    client,
    membership: () => membership,
    async join(joinCode, name) {
      const code = normalizeJoinCode(joinCode);
      const answer = await client.join(code, name.trim());
      if (!answer.ok) return answer.error;
      membership = { team: answer.value.team, player: answer.value.player, joinCode: code, token: answer.value.token };
      try {
        localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify(membership));
      } catch {
        // Without storage the membership lasts until the tab closes.
      }
      setTeam();
      void addTeamScenarios();
      return null;
    },
    leave() {
      membership = undefined;
      try {
        localStorage.removeItem(MEMBERSHIP_KEY);
      } catch {
        // nothing kept
      }
      store.setState((s) => ({
        catalog: { ...s.catalog, entries: s.catalog.entries.filter((e) => e.served !== 'team') },
      }));
      setTeam();
    },
    flush() {
      flushing ??= doFlush().finally(() => (flushing = null));
      return flushing;
    },
  };

  // Record a run once, when it reaches the debrief (a run is its scenario, seed and decisions).
  store.subscribe((state) => {
    const run = state.run;
    // A run opened from someone's replay link is theirs, not this player's: it is never recorded or sent.
    if (!run || run.replay || run.stepId !== DEBRIEF || !run.outcome?.complete) return;
    const key = JSON.stringify([run.scenarioId, run.seed, run.decisions]);
    if (recordedKeys.has(key)) return;
    recordedKeys.add(key);
    // Played without its timers: a practice run is shown, never ranked against timed ones.
    if (run.practice) return store.setState((s) => ({ online: { ...s.online, last: { state: 'practice' } } }));
    // A file or link opened in this browser only: no server has it, so none could re-check the score.
    const entry = state.catalog.entries.find((e) => e.scenario.id === run.scenarioId);
    const unranked = entry?.imported && entry.served !== 'team';
    const local: LocalRun = {
      id: runId(),
      player: membership?.player ?? '',
      scenarioId: run.scenarioId,
      scenarioVersion: run.scenarioVersion,
      score: run.outcome.score.total,
      date: new Date().toISOString(),
      transcript: transcriptOfRun(run),
      seed: run.seed,
    };
    lastRunId = local.id;
    void (async () => {
      await keepRun(runs, local);
      if (unranked)
        return store.setState((s) => ({
          online: { ...s.online, last: { state: entry.served === 'class' ? 'local' : 'unranked' } },
        }));
      if (!membership) return store.setState((s) => ({ online: { ...s.online, last: { state: 'local' } } }));
      await enqueue(outbox, local, membership.token);
      store.setState((s) => ({ online: { ...s.online, last: { state: 'queued' }, waiting: s.online.waiting + 1 } }));
      await online.flush();
    })();
  });

  void addTeamScenarios();
  void waiting(outbox).then((n) => store.setState((s) => ({ online: { ...s.online, waiting: n } })));
  void online.flush();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => void online.flush());
    setInterval(() => void online.flush(), retryMs);
  }
  return online;
}
