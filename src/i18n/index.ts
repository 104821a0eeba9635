import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isTimeElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from '../engine/schema/text';
import { en, type MessageKey } from './catalogue/en';

export type { MessageKey };

type Catalogue = Record<MessageKey, string>;

/**
 * The catalogues loaded so far. English is always there; French and Italian are loaded when a
 * player or an instructor reads them (`loadCatalogue`), so a page carries only the words it shows.
 * Each has every key of the English one: the compiler checks it in `fr.ts` and `it.ts`.
 */
const loaded: Partial<Record<Locale, Catalogue>> = { en };

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./catalogue/fr').then((m) => m.fr),
  it: () => import('./catalogue/it').then((m) => m.it),
};

/** Loads a language's catalogue, once; `t` can then speak it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  loaded[locale] ??= await LOADERS[locale]();
}

/** Every language's catalogue, for the server and the command line, which answer in any of them. */
export async function loadCatalogues(): Promise<void> {
  await Promise.all(LOCALES.map(loadCatalogue));
}

function catalogue(locale: Locale): Catalogue {
  const found = loaded[locale];
  if (!found)
    throw new Error(`the ${locale} catalogue is not loaded yet: await loadCatalogue('${locale}') before speaking it`);
  return found;
}

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
/** A compiled message, and the placeholders it only ever prints as they are (`{total}`, not `{n, plural, …}`). */
interface Compiled {
  format: IntlMessageFormat;
  plain: ReadonlySet<string>;
}

const compiled = new Map<string, Compiled>();

/** The names a message prints as plain `{name}`, and those it reads as numbers or choices, at any depth. */
function argumentUses(elements: MessageFormatElement[], plain: Set<string>, read: Set<string>): void {
  for (const e of elements) {
    if (isArgumentElement(e)) plain.add(e.value);
    else if (isPluralElement(e) || isSelectElement(e)) {
      read.add(e.value);
      for (const option of Object.values(e.options)) argumentUses(option.value, plain, read);
    } else if (isTagElement(e)) argumentUses(e.children, plain, read);
    else if (isNumberElement(e) || isDateElement(e) || isTimeElement(e)) read.add(e.value);
  }
}

function formatter(locale: Locale, key: MessageKey): Compiled {
  const id = `${locale}\u0000${key}`;
  let entry = compiled.get(id);
  if (!entry) {
    const message = catalogue(locale)[key];
    const format = new IntlMessageFormat(locale === 'fr' ? frenchTypography(message) : message, locale);
    const plain = new Set<string>();
    const read = new Set<string>();
    argumentUses(format.getAst(), plain, read);
    for (const name of read) plain.delete(name);
    entry = { format, plain };
    compiled.set(id, entry);
  }
  return entry;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * The locale's decimal mark, without grouping: a plain number may be a year, a line or a port;
 * a message that wants "1,000" says `{n, number}`.
 */
function plainNumber(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false });
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * A message in the reader's language, its placeholders filled: plurals and selects follow the
 * language's rules (`Intl.PluralRules`), and a number printed as it is takes the language's
 * decimal mark ("1,55" in Italian).
 */
export function t(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const { format, plain } = formatter(locale, key);
  let filled = values;
  for (const name of plain) {
    const v = values[name];
    if (typeof v !== 'number') continue;
    if (filled === values) filled = { ...values };
    filled[name] = plainNumber(locale).format(v);
  }
  return String(format.format(filled));
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

/** A language's name in that language, as a picker lists it (English, Français, Italiano), from `Intl`. */
export function ownLanguageName(l: Locale): string {
  const name = new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
  return name.charAt(0).toLocaleUpperCase(l) + name.slice(1);
}

/** The browser's preferred interface language, when Brandstorm speaks it. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const base = lang.slice(0, 2).toLowerCase();
    if (base === 'en' || base === 'fr' || base === 'it') return base;
  }
  return 'en';
}

export { duration, formatAgo, formatCount, formatDelta, formatSigned, percent, quote } from './numbers';
