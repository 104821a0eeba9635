import { z } from 'zod';
import { coded, withCode } from './problem';
import { limitedString, TEXT_LIMITS, textSchema } from './text';

/** The most sources one scenario lists: a case is drawn from a few articles, not a bibliography. */
export const MAX_SOURCES = 8;

/**
 * One article (or post) a case is drawn from, described as a trainee would
 * need it to look the article up: who signed it or where it appeared, its
 * title and date where it has them, and its language. Nothing is guessed: an
 * undated article has no `date`, an unsigned one no `author`.
 */
export const SourceSchema = z
  .strictObject({
    /** Who signed the article, as it is signed: "David Amerland", "yikyak". */
    author: limitedString(TEXT_LIMITS.name).optional(),
    /**
     * Where it appeared: the publication's name ("Time", "Firstpost"), or where none can be named, a
     * description in each language like any other text ({ "en": "unsigned blog article", "fr": "…" }).
     */
    publication: textSchema(TEXT_LIMITS.name).optional(),
    /** The article's title as published, in its own language. */
    title: limitedString(TEXT_LIMITS.line).optional(),
    /** The date of the article, only where it gives one: "2011-09-28", "2011-09" or "2011". */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}){0,2}$/, withCode('date-form'))
      .optional(),
    /**
     * The language the article is written in, as a two-letter code ("en", "fr", "it"). The game names
     * it, and says that quotations from it are translated when the trainee reads another language.
     */
    language: z
      .string()
      .regex(/^[a-z]{2}$/, withCode('language-code'))
      .optional(),
    /** A short remark shown after the source, such as what the scenario takes from it ("for the date of the tweet"). */
    note: textSchema(TEXT_LIMITS.line).optional(),
    /** A link to the article. */
    url: z.url(withCode('web-address')).max(2000).optional(),
  })
  .refine((s) => s.author !== undefined || s.publication !== undefined, coded('source-signed'));

export type Source = z.infer<typeof SourceSchema>;

/** Several sources, in the order the debrief lists them. */
export const SourcesSchema = z.array(SourceSchema).min(1).max(MAX_SOURCES);

/**
 * Checks that a scenario names its sources once: in `sources` (a list), or in
 * `source` (one, the form of earlier files), not in both and not in neither.
 */
export function checkSources(
  scenario: { source?: Source | undefined; sources?: Source[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if (scenario.source && scenario.sources) {
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      ...coded('sources-twice'),
    });
  } else if (!scenario.source && !scenario.sources) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      ...coded('no-sources'),
    });
  }
}

/** A scenario's sources as a list, whichever of `sources` or `source` it uses. */
export function sourcesOf(scenario: { source?: Source | undefined; sources?: Source[] | undefined }): Source[] {
  return scenario.sources ?? (scenario.source ? [scenario.source] : []);
}
