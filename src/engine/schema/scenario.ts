import { checkReplyLines } from './reply-line';
import { z } from 'zod';
import { coded, withCode } from './problem';
import { AudienceSchema, ValuesSchema } from './audience';
import { BrandSchema } from './brand';
import { checkGraph } from './graph';
import { checkSteps } from './step-checks';
import { checkSources, SourceSchema, SourcesSchema } from './source';
import { checkTranslations } from './translations';
import { DEBRIEF, MAX_STEPS, StepSchema } from './step';
import { idReference, idSchema, LocaleSchema, LOCALES, TEXT_LIMITS, textSchema } from './text';

/** The scenario format this engine reads. Bump it when a change breaks old files. */
export const SCHEMA_VERSION = 1;

/** What the debrief teaches. */
export const DebriefSchema = z.strictObject({
  /** What really happened, as the source reports it. */
  outcome: textSchema(TEXT_LIMITS.paragraph),
  /** The lesson, in one or two sentences. */
  lesson: textSchema(TEXT_LIMITS.paragraph),
  /**
   * The behaviours the lesson rewards, as weights from -2 to 2 over the reply
   * features (plus `speed` and `voice`): the "lesson" part of the score.
   */
  rewards: ValuesSchema,
  /**
   * The path the lesson teaches, as the choice ids from the start to the end,
   * such as ["check-name", "own-it", "laugh-along"]. The checker warns when
   * another path scores higher.
   */
  bestPath: z.array(idReference()).min(1).max(MAX_STEPS).optional(),
});

/** A Brandstorm scenario: a case, a brand, an audience and a graph of decisions. */
export const ScenarioSchema = z
  .strictObject({
    /** The JSON Schema that editors use to check this file as it is typed. */
    $schema: z.string().max(2000).optional(),
    /** The scenario format version; this engine reads version 1. */
    schemaVersion: z.literal(SCHEMA_VERSION, withCode('schema-version')),
    /** A short id, in lowercase with dashes, unique across scenarios. */
    id: idSchema(),
    /** The content version: raise it whenever a change could alter a score. */
    version: z.number().int().min(1),
    /** The languages every text is written in. */
    locales: z.array(LocaleSchema).min(1).max(LOCALES.length, withCode('locales-once')),
    /** The title in the scenario list. */
    title: textSchema(TEXT_LIMITS.name),
    /** One line under the title in the scenario list. */
    summary: textSchema(TEXT_LIMITS.line),
    /** The year of the case, where its sources give it (the scenario list shows it). */
    year: z.number().int().min(1990).max(2100).optional(),
    /** 1 (easy) to 3 (hard). */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], withCode('difficulty')),
    /** About how many minutes a play-through takes. */
    minutes: z.number().int().min(1).max(120),
    /** The articles the case is drawn from, as the debrief lists them. */
    sources: SourcesSchema.optional(),
    /** Where the case was reported, when it is one article: the form of earlier files, read as a list of one. */
    source: SourceSchema.optional(),
    /** The account the trainee speaks for. */
    brand: BrandSchema,
    /** Who is watching. */
    audience: AudienceSchema,
    /** The briefing read before the first decision. */
    briefing: textSchema(TEXT_LIMITS.paragraph),
    /** The id of the first step. */
    start: idReference(),
    /** The decisions. */
    steps: z.array(StepSchema).min(1).max(MAX_STEPS),
    /** What the debrief says and rewards. */
    debrief: DebriefSchema,
  })
  .superRefine((scenario, ctx) => {
    checkGraph(scenario, ctx);
    checkSteps(scenario, ctx);
    checkTranslations(scenario, ctx);
    checkSources(scenario, ctx);
    checkReplyLines(scenario, ctx);
    const total = scenario.audience.segments.reduce((sum, s) => sum + s.share, 0);
    if (Math.abs(total - 1) > 0.005) {
      ctx.addIssue({
        code: 'custom',
        path: ['audience', 'segments'],
        ...coded('shares-sum', { total: Number(total.toFixed(3)) }),
      });
    }
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export { DEBRIEF };
