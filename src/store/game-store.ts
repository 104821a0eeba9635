import { createStore } from 'zustand/vanilla';
import type { Decision, Locale, Outcome, Scenario, ScenarioProblem } from '../engine';

/** A scenario that loaded, with the file it came from. */
export interface CatalogEntry {
  file: string;
  scenario: Scenario;
  /** Opened by the instructor (file, drop or link) rather than shipped with the game. */
  imported?: boolean;
}

/** The last scenario file the instructor opened in the game, and what the checker said. */
export interface ImportState {
  status: 'idle' | 'checking' | 'ready' | 'failed';
  /** The file name or link. */
  file?: string;
  /** The scenario's id once it is playable. */
  scenarioId?: string;
  /** Errors that stop the file from being played, or design warnings for a playable one. */
  problems: ScenarioProblem[];
}

export interface Catalog {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Files fetched so far, of `total`: for the loading bar. */
  loaded: number;
  total: number;
  entries: CatalogEntry[];
  /** Problems of the files that did not load; the others stay playable. */
  problems: ScenarioProblem[];
  /** Why the whole catalog failed, when it did. */
  error?: string;
}

/** A run in progress: the decisions so far and the outcome they led to. */
export interface Run {
  scenarioId: string;
  seed: number;
  /** The step to decide next, or "debrief" at the end. */
  stepId: string;
  decisions: Decision[];
  /** The outcome of the decisions so far; null before the first. */
  outcome: Outcome | null;
}

/** The player's team, and where their runs stand with the team server. */
export interface OnlineState {
  team?: { name: string; player: string; joinCode: string };
  /** Runs waiting for the server. */
  waiting: number;
  /** What happened to the last finished run: kept locally, sent, queued, or refused with the server's reason. */
  last?: { state: 'local' | 'sent' | 'queued' | 'refused'; message?: string };
}

export interface GameState {
  locale: Locale;
  catalog: Catalog;
  run: Run | null;
  imports: ImportState;
  online: OnlineState;
}

/** Makes a fresh store: one for the game, one per test. */
export function createGameStore(locale: Locale = 'en') {
  return createStore<GameState>()(() => ({
    locale,
    catalog: { status: 'idle', loaded: 0, total: 0, entries: [], problems: [] },
    run: null,
    imports: { status: 'idle', problems: [] },
    online: { waiting: 0 },
  }));
}

export type GameStore = ReturnType<typeof createGameStore>;
