import type { Source } from '../engine/schema/source';
import { localize, type Locale } from '../engine/schema/text';
import { labelled, t } from './index';
import { quote } from './numbers';

/**
 * The conventions for dates that the scenarios' own texts follow: "28 September 2011" in English
 * (day first, as in the debriefs), "28 septembre 2011", "28 settembre 2011".
 */
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT' };

/** A source's date in the reader's language: "2011", "September 2011", "1er septembre 2011". */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  // Noon UTC, read in UTC: the day cannot slip across a time zone.
  const at = Date.UTC(year!, month - 1, day ?? 1, 12);
  const text = new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(at);
  // French writes the first of the month as an ordinal.
  return locale === 'fr' && day === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** A language's name as the reader's language writes it inside a sentence: "French", "français", "francese". */
function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return locale === 'en' ? name : name.toLocaleLowerCase(locale);
}

/**
 * One source as a trainee would look it up: who signed it, its title, where it appeared, its date,
 * the scenario's note, then its language, and whether quotations from it are translated for this reader.
 */
export function describeSource(source: Source, locale: Locale): string {
  const parts = [
    source.author,
    source.title && quote(source.title, locale),
    source.publication && localize(source.publication, locale),
    source.date && formatSourceDate(source.date, locale),
    source.note && localize(source.note, locale),
  ].filter((p): p is string => !!p);
  const text = parts.join(', ');
  const language = source.language
    ? [
        t(locale, 'sourceLanguage', { language: languageName(source.language, locale) }),
        ...(source.language !== locale ? [t(locale, 'sourceTranslated')] : []),
      ]
    : [];
  const described = language.length > 0 ? `${text} (${language.join(', ')})` : text;
  // A described publication ("unsigned blog article") opens the line when nothing precedes it; a name keeps its own case.
  const opensWithDescription = !source.author && !source.title && typeof source.publication === 'object';
  return opensWithDescription ? described.charAt(0).toLocaleUpperCase(locale) + described.slice(1) : described;
}

/**
 * The debrief's source line in the reader's language: "Source: …" for one,
 * "Sources:" and one line each for several.
 */
export function sourceLine(sources: Source[], locale: Locale): string {
  const heading = t(locale, 'sources', { n: sources.length });
  if (sources.length === 1) return labelled(locale, heading, describeSource(sources[0]!, locale));
  return `${labelled(locale, heading, '').trimEnd()}\n${sources.map((s) => `• ${describeSource(s, locale)}`).join('\n')}`;
}
