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

// Numbers and times in the locale's way live with the catalogue; the scenes import them from here too.
export { formatAgo, formatCount, formatDelta } from '../../src/i18n';
