import { createStore } from 'zustand/vanilla';
import type { Analyser, Comparison, Decision, Locale, Outcome, RunState, Scenario, Text, Transcript } from '../engine';
import type { Problem } from '../i18n/problems';
import { defaultSettings, type Settings } from './settings';

/** A scenario that loaded, with the file it came from. */
export interface CatalogEntry {
  file: string;
  scenario: Scenario;
  /** Opened by the instructor (file, drop or link) rather than shipped with the game. */
  imported?: boolean;
  /** Served by a server that re-checks its runs: the player's team's own scenario, or a class session's. */
  served?: 'team' | 'class';
}

/** The last scenario file the instructor opened (or removed) in the game, and what the checker said. */
export interface ImportState {
  status: 'idle' | 'checking' | 'ready' | 'failed' | 'removed';
  /** The file name or link. */
  file?: string;
  /** The scenario's id once it is playable, or once removed. */
  scenarioId?: string;
  /** The title of a scenario just removed, which the catalog no longer holds. */
  title?: Text;
  /** Errors that stop the file from being played, or design warnings for a playable one. */
  problems: Problem[];
}

export interface Catalog {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Files fetched so far, of `total`: for the loading bar. */
  loaded: number;
  total: number;
  entries: CatalogEntry[];
  /** Problems of the files that did not load; the others stay playable. */
  problems: Problem[];
  /** Why the whole catalog failed, when it did. */
  error?: string;
}

/** A run in progress: the decisions so far and the outcome they led to. */
/** A run being played: the engine's run (its transcript and the step it has reached) and what the game keeps beside it. */
export interface Run extends RunState {
  seed: number;
  /** The outcome of the decisions so far; null before the first. */
  outcome: Outcome | null;
  /** For a run opened from a replay link: every decision, played back one at a time. */
  replay?: Decision[];
  /** Played with the decision timers off: kept out of the leaderboards. */
  practice?: true;
}

/** The debrief's "what if": the alternative path being explored beside the trainee's run. */
export interface WhatIfState {
  /** The decision in focus. */
  row: number;
  /** The decision whose "write your own" option is showing, before anything is written. */
  writing: number | null;
  /** The last decision the trainee changed: those after it are the best continuation (or their own). */
  picked: number | null;
  /** The replies written in this "what if", by step: trying another option and coming back finds them again. */
  written?: Record<string, Decision>;
  transcript: Transcript;
  outcome: Outcome;
  comparison: Comparison;
}

/** A replay link being opened, and why it could not be when it could not. */
export interface ReplayState {
  status: 'idle' | 'opening' | 'ready' | 'failed';
  /** The run's score, checked by replaying it, once the link is open. */
  score?: { total: number; max: number };
  error?: {
    code: string;
    message: string;
    details: { scenarioId?: string; linkVersion?: number; gameVersion?: number };
  };
}

/** The player's team, and where their runs stand with the team server. */
export interface OnlineState {
  team?: { name: string; player: string; joinCode: string };
  /** Runs waiting for the server. */
  waiting: number;
  /** What happened to the last finished run: kept locally, sent, queued, refused with the server's reason, or not ranked as practice. */
  last?: { state: 'local' | 'sent' | 'queued' | 'refused' | 'practice' | 'unranked'; message?: string };
}

export interface GameState {
  locale: Locale;
  catalog: Catalog;
  run: Run | null;
  imports: ImportState;
  online: OnlineState;
  whatIf: WhatIfState | null;
  replay: ReplayState;
  settings: Settings;
  /** The text analyser that reads written replies, once its word lists have loaded (`loadTextAnalyser`); null until then. */
  analyser: Analyser | null;
  /** Replies being written, per run and step, so that closing the panel or leaving the scene loses nothing. */
  drafts: Record<string, string>;
}

/** Makes a fresh store: one for the game, one per test. */
export function createGameStore(locale: Locale = 'en', settings: Settings = defaultSettings(false)) {
  return createStore<GameState>()(() => ({
    locale,
    catalog: { status: 'idle', loaded: 0, total: 0, entries: [], problems: [] },
    run: null,
    imports: { status: 'idle', problems: [] },
    online: { waiting: 0 },
    whatIf: null,
    replay: { status: 'idle' },
    settings,
    analyser: null,
    drafts: {},
  }));
}

export type GameStore = ReturnType<typeof createGameStore>;
