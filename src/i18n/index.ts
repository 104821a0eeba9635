import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../engine/schema/text';
import { en, type MessageKey } from './catalogue/en';
import { fr } from './catalogue/fr';
import { it } from './catalogue/it';

export type { MessageKey };

/** The catalogues, one per language: each has every key of the English one (the compiler checks it). */
export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, fr, it };

/** What a message's placeholders are filled with: numbers (for plurals and locale grouping) or text. */
export type MessageValues = Record<string, string | number>;

/** No-break spaces as French typography sets them: a thin one before ; ! ? and inside « », a full one before a colon. */
const THIN = '\u202F';
const NBSP = '\u00A0';

/**
 * A French message with its spaces set: a no-break space before `: ; ! ?` and inside `« »`, whether
 * the message was written with an ordinary space there or none at all. Applied to the message, not to
 * the values put into it, so a player's text and a scenario's are shown as written.
 */
export function frenchTypography(message: string): string {
  return message
    .replace(/(?<=[^\s{])[ \u00A0\u202F]*([;!?])(?=\s|$|[)»}'’])/g, `${THIN}$1`)
    .replace(/(?<=[^\s{\d])[ \u00A0\u202F]*:(?=\s|$)/g, `${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${THIN}`)
    .replace(/[ \u00A0\u202F]*»/g, `${THIN}»`);
}

/** Compiled messages, by language and key: a message is parsed once, on first use. */
const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const message = CATALOGUES[locale][key];
    format = new IntlMessageFormat(locale === 'fr' ? frenchTypography(message) : message, locale);
    compiled.set(id, format);
  }
  return format;
}

/**
 * A message in the reader's language, its placeholders filled: plurals and selects follow the
 * language's rules (`Intl.PluralRules`), numbers its grouping.
 */
export function t(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  return String(formatter(locale, key).format(values));
}

/** Whether the catalogue has a message for a key made from a code (a reason's, a feature's). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** "Label: value", with the colon each language sets ("Score : 12" in French). */
export function labelled(locale: Locale, label: string, value: string | number): string {
  return t(locale, 'labelled', { label, value: String(value) });
}

/** The word for a difficulty from 1 to 3. */
export function difficultyName(locale: Locale, level: 1 | 2 | 3): string {
  return t(locale, 'difficulty', { level: String(level) });
}

/** The browser's preferred interface language, when Brandstorm speaks it. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const base = lang.slice(0, 2).toLowerCase();
    if (base === 'en' || base === 'fr' || base === 'it') return base;
  }
  return 'en';
}

export { duration, formatAgo, formatCount, formatDelta, percent, quote } from './numbers';
