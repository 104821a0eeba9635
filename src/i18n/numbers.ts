import type { Locale } from '../engine/schema/text';
import { t } from './index';

/** A whole number with the locale's grouping: 12,345 / 12 345 / 12.345. */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A signed change: +1,234 or −56 (with a real minus sign), 0 without a sign. */
export function formatDelta(n: number, locale: Locale): string {
  const abs = formatCount(Math.abs(n), locale);
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : '0';
}

/** A signed decimal with a real minus sign and the locale's decimal mark: +0.75 / +0,75, −0.20; 0 without a sign. */
export function formatSigned(x: number, locale: Locale, digits = 2): string {
  const abs = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    Math.abs(x),
  );
  return (x > 0 ? '+' : x < 0 ? '−' : '') + abs;
}

/** A share as a percentage in the locale's way: 12.3% / 12,3 % / 12,3%; two decimals below 1%, unless `digits` says. */
export function percent(x: number, locale: Locale, digits = x < 0.01 ? 2 : 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(x);
}

const unit = (n: number, name: 'minute' | 'hour' | 'day', locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(n);

/** A span of simulated minutes in a few characters, in the locale's units: "4 min", "1 h, 30 min", "2 j, 3 h". */
export function duration(minutes: number, locale: Locale): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return unit(m, 'minute', locale);
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
  if (m < 24 * 60)
    return list.format([unit(Math.floor(m / 60), 'hour', locale), ...(m % 60 ? [unit(m % 60, 'minute', locale)] : [])]);
  const hours = Math.round(m / 60);
  return list.format([
    unit(Math.floor(hours / 24), 'day', locale),
    ...(hours % 24 ? [unit(hours % 24, 'hour', locale)] : []),
  ]);
}

/** How long ago a post appeared, as the locale says it: "3 min. ago", "il y a 2 h", "4 gg fa". */
export function formatAgo(minutes: number, locale: Locale): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { style: 'short', numeric: 'always' });
  if (minutes < 60) return rtf.format(-Math.max(1, Math.round(minutes)), 'minute');
  if (minutes < 60 * 24) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / 1440), 'day');
}

/** A text in the reader's quotation marks: “English”, « français » (with thin no-break spaces), «italiano». */
export function quote(text: string, locale: Locale): string {
  return t(locale, 'quoted', { text });
}
