import { z } from 'zod';

/** The interface languages Brandstorm ships. */
export const LOCALES = ['en', 'fr', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export const LocaleSchema = z.enum(LOCALES, {
  error: `expected one of the languages ${LOCALES.map((l) => `"${l}"`).join(', ')}`,
});

/**
 * Text a trainee reads, in each of the scenario's languages:
 * `{ "en": "…", "fr": "…", "it": "…" }`. A plain string is kept as it is in
 * every language: use it for quotations of real posts, which stay in their
 * original words.
 */
export const TextSchema = z.union(
  [
    z.string().min(1, { error: 'must not be empty' }),
    z
      .strictObject({
        en: z.string().min(1, { error: 'must not be empty' }).optional(),
        fr: z.string().min(1, { error: 'must not be empty' }).optional(),
        it: z.string().min(1, { error: 'must not be empty' }).optional(),
      })
      .refine((t) => Object.keys(t).length > 0, { error: 'give the text in at least one language' }),
  ],
  { error: 'expected a text: a string, or an object such as { "en": "…", "fr": "…" }' },
);

export type Text = z.infer<typeof TextSchema>;

/** Picks the text for a locale, falling back to English, then to any language. */
export function localize(text: Text, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? '';
}
