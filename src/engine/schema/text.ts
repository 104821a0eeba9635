import { z } from 'zod';
import { coded } from './problem';

/** The interface languages Brandstorm ships. */
export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export const LocaleSchema = z.enum(LOCALES, {
  error: `expected one of the languages ${LOCALES.map((l) => `"${l}"`).join(', ')}`,
});

/**
 * The longest text of each kind, in characters, in any one language. Each is
 * several times the longest of its kind in the library (a title of 59, a post
 * of 335, a briefing of 741), so that no real case meets it; a file past it is
 * refused before the game ever draws it, since a title of a million
 * characters froze the page for good.
 */
export const TEXT_LIMITS = {
  /** Titles, names, labels, ids: a few words. */
  name: 150,
  /** A summary, a prompt, a note, a reply line: a sentence or two. */
  line: 400,
  /** A post, the brand's or another account's. */
  post: 1000,
  /** A situation, a briefing, an outcome, a lesson: a paragraph or a few. */
  paragraph: 3000,
} as const;

/** 1234567 → "1,234,567", the same on every machine. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The longest id (of a scenario, a step, a choice or a segment), and so of a name that refers to one. */
export const ID_LIMIT = 64;

/** The message for a string over its limit, naming what it is: "a title may have at most 150 characters; this one has 5,000". */
export function tooLong(what: string, max: number) {
  return {
    error: (issue: { input?: unknown }) =>
      `${what} may have at most ${count(max)} characters; this one has ${count(String(issue.input).length)}`,
  };
}

/** A plain string of 1 to `max` characters; `what` names it in the message for a longer one. */
export function limitedString(what: string, max: number) {
  return z.string().min(1, { error: 'must not be empty' }).max(max, tooLong(what, max));
}

/**
 * A string that names a step or a choice, at most ID_LIMIT characters. One
 * that is longer stops the checks of the step graph, whose messages quote names.
 */
export function idReference(what: string, empty = 'must not be empty') {
  return z
    .string()
    .min(1, { error: empty })
    .max(ID_LIMIT, { ...tooLong(what, ID_LIMIT), abort: true });
}

/** An id: lowercase letters, digits and dashes, at most ID_LIMIT characters, such as `example`. */
export function idSchema(example: string) {
  return z
    .string()
    .max(ID_LIMIT, { ...tooLong('an id', ID_LIMIT), abort: true })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: `use lowercase letters, digits and dashes, such as "${example}"` });
}

/**
 * Text a trainee reads, in each of the scenario's languages:
 * `{ "en": "…", "fr": "…", "it": "…" }`, at most `max` characters in each.
 * A plain string is kept as it is in every language: use it for quotations of
 * real posts, which stay in their original words.
 */
export function textSchema(what: string, max: number) {
  const one = limitedString(what, max);
  return z.union(
    [
      one,
      z
        .strictObject({ en: one.optional(), fr: one.optional(), it: one.optional() })
        .refine((t) => Object.keys(t).length > 0, {
          error: 'give the text in at least one language',
          ...coded('text-no-language'),
        }),
    ],
    { error: 'expected a text: a string, or an object such as { "en": "…", "fr": "…" }' },
  );
}

export type Text = z.infer<ReturnType<typeof textSchema>>;

/** Picks the text for a locale, falling back to English, then to any language. */
export function localize(text: Text, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? '';
}
