import type Phaser from 'phaser';
import type { Locale } from '../../src/engine';
import type { GameStore } from '../../src/store/game-store';

/** The game's store, kept in the game registry by main.ts. */
export function storeOf(scene: Phaser.Scene): GameStore {
  return scene.registry.get('store') as GameStore;
}

/** Whether the player asked for reduced motion (the operating system's setting unless changed in the game). */
export function reducedMotion(scene: Phaser.Scene): boolean {
  return storeOf(scene).getState().settings.reducedMotion;
}

/**
 * Text a player gave (a name, a team's or a class's title) set apart from what surrounds it:
 * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so that a right-to-left
 * name, or one ending in digits, never runs into the rank or the score drawn beside it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Text drawn with `isolate`, as the page's screen text gives it: there the DOM keeps each line apart already. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** A whole number with the locale's grouping: 12,345 / 12 345 / 12.345. */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A signed change: +1,234 or −56 (with a real minus sign). */
export function formatDelta(n: number, locale: Locale): string {
  const abs = formatCount(Math.abs(n), locale);
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : '0';
}

/** A short relative time: "3 min", "2 h", "4 d". */
export function formatAgo(minutes: number): string {
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} min`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}
