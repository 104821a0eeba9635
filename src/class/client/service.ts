import { createStore } from 'zustand/vanilla';
import { DEBRIEF, loadScenario, type Decision, type Scenario } from '../../engine';
import { normalizeJoinCode } from '../../protocol/join-code';
import type { Table } from '../../team-client/storage';
import { isOpen, type SessionInfo, type TraineeState } from '../../protocol/class';
import { freshSeed, pendingThread, retake, startRun } from '../../store/actions';
import type { GameStore } from '../../store/game-store';
import { classStream, type ClassClient, type StreamStatus } from './client';
import { flushAnswers, queueAnswer, type QueuedAnswer } from './outbox';
import { t } from '../../i18n';

/** The trainee's place in a class, kept in localStorage: the token is what lets them answer. */
export interface ClassMembership {
  token: string;
  trainee: string;
  title: string;
  joinCode: string;
}

/** The class run being played: which scenario of the playlist, and how many of its decisions are already with the class. */
export interface ActiveClassRun {
  scenarioIndex: number;
  scenarioId: string;
  seed: number;
  reported: number;
}

export interface ClassroomState {
  membership?: ClassMembership;
  session?: SessionInfo;
  /** The trainee's own decisions per scenario, as the server has them. */
  progress: TraineeState['progress'];
  answered: number[];
  trainees: number;
  connection: StreamStatus['state'] | 'idle';
  /** Answers waiting in this browser for the server. */
  pending: number;
  /** The last answer the server refused for good, and why. */
  refused?: string;
  active?: ActiveClassRun;
}

const MEMBERSHIP_KEY = 'brandstorm.class';

function savedMembership(): ClassMembership | undefined {
  try {
    const m = JSON.parse(localStorage.getItem(MEMBERSHIP_KEY) ?? 'null') as ClassMembership | null;
    return m && typeof m.token === 'string' && typeof m.trainee === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The trainee's side of a class session, on top of the game's store: it
 * sends each decision of a class run as it is made (queued in IndexedDB
 * while the server cannot be reached), follows the class over the
 * trainee's live stream, and rebuilds a run after the tab was closed. Scenes
 * only read its store and call its actions.
 */
export function startClassroom(game: GameStore, outbox: Table<QueuedAnswer>, client: ClassClient, retryMs = 5000) {
  const store = createStore<ClassroomState>()(() => ({
    membership: savedMembership(),
    progress: [],
    answered: [],
    trainees: 0,
    connection: 'idle',
    pending: 0,
  }));
  let stream: { close(): void } | undefined;
  let flushing: Promise<void> | null = null;

  const countPending = async () => {
    const token = store.getState().membership?.token;
    const all = await outbox.all();
    store.setState({ pending: all.filter((a) => a.token === token).length });
  };
  const doFlush = async () => {
    const result = await flushAnswers(outbox, client, game.getState().locale);
    if (result.refused.length) store.setState({ refused: result.refused.at(-1)!.error });
    await countPending();
    // The server's word on the trainee's progress (scores, finished scenarios) after what was just stored.
    const token = store.getState().membership?.token;
    if ((result.sent.length || result.refused.length) && token) {
      const me = await client.me(token);
      if (me.ok && store.getState().membership?.token === token)
        store.setState({
          session: me.value.session,
          progress: me.value.progress,
          answered: me.value.answered,
          trainees: me.value.trainees,
        });
    }
  };
  const flush = () => (flushing ??= doFlush().finally(() => (flushing = null)));

  const connect = () => {
    stream?.close();
    const m = store.getState().membership;
    if (!m) return store.setState({ connection: 'idle' });
    stream = classStream('api/class/me/events', m.token, {
      event: (type, data) => {
        if (type === 'state') {
          const s = data as TraineeState;
          store.setState({ session: s.session, progress: s.progress, answered: s.answered, trainees: s.trainees });
        } else if (type === 'class') {
          const c = data as { session: SessionInfo; answered: number[]; trainees: number };
          store.setState({ session: c.session, answered: c.answered, trainees: c.trainees });
          // The instructor opened a decision this browser holds an answer for.
          if (store.getState().pending > 0) void flush();
        }
      },
      status: (s) => {
        store.setState({ connection: s.state });
        if (s.state === 'live') void flush();
      },
    });
  };

  // Each new decision of the class run goes to the class, in order.
  game.subscribe((state) => {
    const run = state.run;
    const { active, membership } = store.getState();
    if (!run || !active || !membership || run.scenarioId !== active.scenarioId || run.seed !== active.seed) return;
    // A decision whose thread is still open goes once it is answered, so that the class gets its answers too.
    const settled = pendingThread(game) ? run.decisions.length - 1 : run.decisions.length;
    if (settled <= active.reported) return;
    const fresh = run.decisions
      .slice(active.reported, settled)
      .map((decision, i) => ({ scenarioIndex: active.scenarioIndex, position: active.reported + i, decision }));
    store.setState({ active: { ...active, reported: settled } });
    void (async () => {
      for (const body of fresh) await queueAnswer(outbox, membership.token, body);
      await countPending();
      await flush();
    })();
  });

  /**
   * The session's scenarios that the game does not ship (the instructor's own files), fetched
   * from the server at the version it replays and checked again here before they are played.
   */
  const fetched = new Map<string, Promise<Scenario | undefined>>();
  const fetchOwnScenarios = async (): Promise<void> => {
    const { session, membership } = store.getState();
    if (!session || !membership) return;
    await Promise.all(
      session.scenarios.map(async (id, index) => {
        if (game.getState().catalog.entries.some((e) => e.scenario.id === id)) return;
        let pending = fetched.get(id);
        if (!pending) {
          pending = client.scenario(index, membership.token).then((answer) => {
            const loaded = answer.ok ? loadScenario(JSON.stringify(answer.value.scenario), id) : undefined;
            if (!loaded?.ok) fetched.delete(id);
            return loaded?.ok ? loaded.scenario : undefined;
          });
          fetched.set(id, pending);
        }
        // Added again if the catalog was replaced meanwhile (the library finishing loading).
        const scenario = await pending;
        if (scenario && !game.getState().catalog.entries.some((e) => e.scenario.id === id))
          addClassScenario(game, scenario, membership.title);
      }),
    );
  };
  store.subscribe((s, before) => {
    if (s.session && s.session.scenarios !== before.session?.scenarios) void fetchOwnScenarios();
  });

  const classroom = {
    store,
    client,
    flush,
    async join(code: string, name: string): Promise<string | null> {
      const joinCode = normalizeJoinCode(code);
      const answer = await client.join(joinCode, name);
      if (!answer.ok) return answer.kind === 'offline' ? t(game.getState().locale, 'offline') : answer.error;
      const membership = {
        token: answer.value.token,
        trainee: answer.value.trainee,
        title: answer.value.session.title,
        joinCode,
      };
      try {
        localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify(membership));
      } catch {
        // Without storage the membership lasts until the tab closes.
      }
      store.setState({
        membership,
        session: answer.value.session,
        progress: [],
        refused: undefined,
        active: undefined,
      });
      connect();
      return null;
    },
    leave() {
      try {
        localStorage.removeItem(MEMBERSHIP_KEY);
      } catch {
        // nothing kept
      }
      stream?.close();
      store.setState({
        membership: undefined,
        session: undefined,
        progress: [],
        active: undefined,
        connection: 'idle',
        pending: 0,
      });
    },
    /** The decisions of a scenario of the playlist: the server's, then those still queued here. */
    async decisionsOf(scenarioIndex: number): Promise<Decision[]> {
      const { progress, membership } = store.getState();
      const known = progress.find((p) => p.scenarioIndex === scenarioIndex)?.decisions ?? [];
      const queued = (await outbox.all())
        .filter(
          (a) =>
            a.token === membership?.token && a.body.scenarioIndex === scenarioIndex && a.body.position >= known.length,
        )
        .sort((a, b) => a.body.position - b.body.position)
        .map((a) => a.body.decision);
      return [...known, ...queued];
    },
    /**
     * Starts (or picks up again) a scenario of the playlist as a class run:
     * earlier decisions are replayed through the engine, so the trainee
     * continues where they were. Returns the step the run is at.
     */
    async play(scenarioIndex: number): Promise<string> {
      const scenarioId = store.getState().session?.scenarios[scenarioIndex];
      if (!scenarioId) throw new Error(t(game.getState().locale, 'server.noScenarioNumber', { n: scenarioIndex + 1 }));
      await fetchOwnScenarios();
      const earlier = await this.decisionsOf(scenarioIndex);
      const seed = freshSeed();
      // The class plays as the instructor set it up: timers run even for a player who turned them off.
      startRun(game, scenarioId, seed, { alwaysTimed: true });
      store.setState({ active: { scenarioIndex, scenarioId, seed, reported: earlier.length } });
      // Each as it was made: a decision the clock made stays the clock's, a reply keeps the language it was written in.
      for (const d of earlier) retake(game, d);
      return game.getState().run?.stepId ?? DEBRIEF;
    },
    /** True while the game plays the class run. */
    isClassRun(): boolean {
      const run = game.getState().run;
      const active = store.getState().active;
      return Boolean(
        run &&
          active &&
          store.getState().membership &&
          run.scenarioId === active.scenarioId &&
          run.seed === active.seed,
      );
    },
  };

  if (store.getState().membership) connect();
  void countPending();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => void flush());
    setInterval(() => {
      if (store.getState().pending > 0) void flush();
    }, retryMs);
  }
  return classroom;
}

export type Classroom = ReturnType<typeof startClassroom>;

/** Makes a class's own scenario playable in this tab (it is not kept: the class serves it each time). */
function addClassScenario(game: GameStore, scenario: Scenario, classTitle: string): void {
  game.setState((s) => ({
    catalog: {
      ...s.catalog,
      entries: [
        ...s.catalog.entries.filter((e) => e.scenario.id !== scenario.id),
        { file: `class ${classTitle}`, scenario, imported: true, served: 'class' },
      ],
    },
  }));
}

/** What comes next for a trainee in a class. */
export type NextInClass =
  | { kind: 'play'; index: number; resume: boolean }
  | { kind: 'wait'; index: number }
  | { kind: 'done' }
  | { kind: 'ended' }
  | { kind: 'unknown' };

/** What the trainee can do next in the class: start or continue a scenario, wait for the instructor, or nothing more. */
export function nextInClass(s: ClassroomState): NextInClass {
  if (s.connection === 'refused') return { kind: 'unknown' };
  const session = s.session;
  if (!session) return { kind: 'wait', index: 0 };
  const index = session.scenarios.findIndex((_, i) => !s.progress.find((p) => p.scenarioIndex === i)?.complete);
  if (index < 0) return { kind: 'done' };
  const resume = (s.progress.find((p) => p.scenarioIndex === index)?.decisions.length ?? 0) > 0;
  if (session.mode === 'lockstep' && index > session.stage.scenario) return { kind: 'wait', index };
  if (session.status === 'ended' && !resume) return { kind: 'ended' };
  return { kind: 'play', index, resume };
}

/** Whether a trainee playing a class run must wait before this decision: a lockstep class that has not opened it yet. */
export function mustWaitForClass(state: ClassroomState, decisionsMade: number): boolean {
  const { session, active } = state;
  return Boolean(active) && !isOpen(session, active!.scenarioIndex, decisionsMade);
}
