import { z } from 'zod';
import { coded, withCode } from './problem';

/** The interface languages Brandstorm ships. */
export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export const LocaleSchema = z.enum(LOCALES);

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

/** The longest id (of a scenario, a step, a choice or a segment), and so of a name that refers to one. */
export const ID_LIMIT = 64;

/** A plain string of 1 to `max` characters. */
export function limitedString(max: number) {
  return z.string().min(1).max(max);
}

/**
 * A string that names a step or a choice, at most ID_LIMIT characters. One
 * that is longer stops the checks of the step graph, whose messages quote names.
 */
export function idReference() {
  return z.string().min(1).max(ID_LIMIT, { abort: true });
}

/** An id: lowercase letters, digits and dashes, at most ID_LIMIT characters, such as `first-reply`. */
export function idSchema() {
  return z
    .string()
    .max(ID_LIMIT, { abort: true })
    .regex(/^[a-z0-9][a-z0-9-]*$/, withCode('id-form'));
}

/**
 * Text a trainee reads, in each of the scenario's languages:
 * `{ "en": "…", "fr": "…", "it": "…" }`, at most `max` characters in each.
 * A plain string is kept as it is in every language: use it for quotations of
 * real posts, which stay in their original words.
 */
export function textSchema(max: number) {
  const one = limitedString(max);
  return z.union([
    one,
    z
      .strictObject({ en: one.optional(), fr: one.optional(), it: one.optional() })
      .refine((t) => Object.keys(t).length > 0, coded('text-no-language')),
  ]);
}

export type Text = z.infer<ReturnType<typeof textSchema>>;

/** Picks the text for a locale, falling back to English, then to any language. */
export function localize(text: Text, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? '';
}
