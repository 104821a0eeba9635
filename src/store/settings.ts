import type { GameStore } from './game-store';

/** Text sizes the player can pick: the smallest zoom at which the stage is drawn. */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

/** The player's preferences, kept in this browser. */
export interface Settings {
  /** Short cues for a new mention, a burst of likes and a backlash. Off until the player turns it on. */
  sound: boolean;
  /** No sliding or ticking: a reaction shows its result at once. Defaults to the operating system's setting. */
  reducedMotion: boolean;
  /** Text at least this many times its base size; a window too small for the wide stage gets one column. */
  textScale: TextScale;
  /** Decision timers run; with them off (practice), runs are not ranked. */
  timers: boolean;
}

const KEY = 'brandstorm.settings';

/** This browser's storage, or nothing where it is refused (private browsing) or absent (Node). */
export function browserStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** What a player who never opened the settings gets. */
export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return { sound: false, reducedMotion: prefersReducedMotion, textScale: 1, timers: true };
}

/** The settings kept in this browser, field by field over the defaults (a damaged or older entry keeps what it can). */
export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined, prefersReducedMotion: boolean): Settings {
  const settings = defaultSettings(prefersReducedMotion);
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: the defaults stand.
  }
  if (typeof saved.sound === 'boolean') settings.sound = saved.sound;
  if (typeof saved.reducedMotion === 'boolean') settings.reducedMotion = saved.reducedMotion;
  if (typeof saved.timers === 'boolean') settings.timers = saved.timers;
  if ((TEXT_SCALES as readonly unknown[]).includes(saved.textScale)) settings.textScale = saved.textScale as TextScale;
  return settings;
}

/** Changes some settings and keeps them for next time (storage may be refused: they still hold for this visit). */
export function changeSettings(store: GameStore, patch: Partial<Settings>, storage?: Pick<Storage, 'setItem'>): void {
  const settings = { ...store.getState().settings, ...patch };
  store.setState({ settings });
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private browsing may refuse storage.
  }
}

/** The next text size after this one, back to the first after the last. */
export function nextTextScale(scale: TextScale): TextScale {
  return TEXT_SCALES[(TEXT_SCALES.indexOf(scale) + 1) % TEXT_SCALES.length]!;
}
