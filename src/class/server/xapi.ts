import { createHash } from 'node:crypto';
import { z } from 'zod';
import { localize, WRITTEN, type Locale, type Scenario, type Text } from '../../engine';
import type { ClassAnswer, ClassTrainee } from '../../protocol/class-view';

/**
 * The subset of the xAPI 1.0.3 statement that Brandstorm exports: an agent
 * identified by an account on this server, an ADL verb, an activity, a
 * result with a score, and the session as the context's registration.
 * Every exported statement is checked against it in the tests.
 */
/** A language map: at least one language (a failed check says "Invalid input" at the map's path). */
const LanguageMap = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/), z.string().min(1))
  .refine((m) => Object.keys(m).length > 0);
const Iri = z.url({ protocol: /^https?$/ });
const Activity = z.strictObject({
  objectType: z.literal('Activity'),
  id: Iri,
  definition: z
    .strictObject({
      name: LanguageMap,
      description: LanguageMap.optional(),
      type: Iri,
      interactionType: z.enum(['choice', 'fill-in', 'long-fill-in', 'other']).optional(),
      choices: z.array(z.strictObject({ id: z.string().min(1), description: LanguageMap })).optional(),
    })
    .optional(),
});
export const XapiStatement = z.strictObject({
  id: z.uuid(),
  actor: z.strictObject({
    objectType: z.literal('Agent'),
    name: z.string().min(1),
    account: z.strictObject({ homePage: Iri, name: z.string().min(1) }),
  }),
  verb: z.strictObject({ id: Iri, display: LanguageMap }),
  object: Activity,
  result: z.strictObject({
    score: z
      .strictObject({ scaled: z.number().min(-1).max(1), raw: z.number(), min: z.number(), max: z.number() })
      // The raw score lies between min and max (a failed check says "Invalid input" at result.score.raw).
      .refine((s) => s.min <= s.raw && s.raw <= s.max && s.min < s.max, { path: ['raw'] }),
    success: z.boolean().optional(),
    completion: z.boolean().optional(),
    response: z.string().optional(),
    extensions: z.record(Iri, z.unknown()).optional(),
  }),
  context: z.strictObject({
    registration: z.uuid(),
    platform: z.string().optional(),
    language: z.string().optional(),
    contextActivities: z.strictObject({ parent: z.array(Activity).optional(), grouping: z.array(Activity).optional() }),
  }),
  timestamp: z.iso.datetime({ offset: true }),
  version: z.literal('1.0.3'),
});
export type XapiStatement = z.infer<typeof XapiStatement>;

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
const MEETING = 'http://adlnet.gov/expapi/activities/meeting';

/** A name-based UUID (RFC 4122 version 5, URL namespace): the same answer always gets the same statement id, so a learning record store keeps it once. */
export function nameUuid(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const b = createHash('sha1')
    .update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
    .digest()
    .subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const languageMap = (text: Text, locales: readonly Locale[]) =>
  Object.fromEntries(locales.map((l) => [l, localize(text, l)]));

export interface XapiInput {
  /** This server's address, the root of every activity id. */
  origin: string;
  session: { id: number; title: string };
  /** The playlist's scenarios, by index. */
  scenarios: (Scenario | undefined)[];
  trainees: ClassTrainee[];
  answers: ClassAnswer[];
}

/** The session's results as xAPI statements: one "answered" per decision, one "completed" per finished scenario. */
export function xapiStatements({ origin, session, scenarios, trainees, answers }: XapiInput): XapiStatement[] {
  const names = new Map(trainees.map((t) => [t.id, t.name]));
  const sessionKey = `${origin}/class/${session.id}`;
  const registration = nameUuid(sessionKey);
  const grouping = {
    objectType: 'Activity' as const,
    id: `${origin}/xapi/sessions/${registration}`,
    definition: { name: { en: session.title }, type: MEETING },
  };
  const scenarioActivity = (s: Scenario) => ({
    objectType: 'Activity' as const,
    id: `${origin}/xapi/scenarios/${encodeURIComponent(s.id)}`,
    definition: {
      name: languageMap(s.title, s.locales),
      description: languageMap(s.summary, s.locales),
      type: SIMULATION,
    },
  });
  const actor = (id: number) => ({
    objectType: 'Agent' as const,
    name: names.get(id) ?? `trainee ${id}`,
    account: { homePage: origin, name: `${sessionKey}/trainees/${id}` },
  });
  const score = (raw: number, max: number) => ({ raw, min: 0, max, scaled: Math.round((raw / max) * 1000) / 1000 });
  const statements: XapiStatement[] = [];
  for (const a of answers) {
    const scenario = scenarios[a.scenarioIndex];
    const step = scenario?.steps.find((s) => s.id === a.step);
    if (!scenario || !step) continue;
    const context = {
      registration,
      platform: 'Brandstorm',
      contextActivities: { parent: [scenarioActivity(scenario)], grouping: [grouping] },
    };
    const written = a.choice === WRITTEN;
    statements.push({
      id: nameUuid(`${sessionKey}/answers/${a.id}`),
      actor: actor(a.trainee),
      verb: { id: VERBS.answered, display: { en: 'answered' } },
      object: {
        objectType: 'Activity',
        id: `${origin}/xapi/scenarios/${encodeURIComponent(scenario.id)}/steps/${encodeURIComponent(step.id)}`,
        definition: {
          name: languageMap(step.title, scenario.locales),
          description: languageMap(step.prompt, scenario.locales),
          type: INTERACTION,
          interactionType: written ? 'long-fill-in' : 'choice',
          ...(written
            ? {}
            : {
                choices: step.choices.map((c) => ({ id: c.id, description: languageMap(c.label, scenario.locales) })),
              }),
        },
      },
      result: {
        // The run's score after this decision, out of the scenario's maximum.
        score: score(a.score, a.scoreMax),
        response: written ? (a.text ?? '') : a.choice,
        extensions: {
          [`${origin}/xapi/extensions/audience-sentiment`]: a.sentiment,
          ...(a.features ? { [`${origin}/xapi/extensions/features-found`]: a.features } : {}),
          // The answers given in the step's thread, as recorded: picked (by id), written, or left when the time ran out.
          ...(a.thread ? { [`${origin}/xapi/extensions/thread-answers`]: a.thread } : {}),
        },
      },
      context,
      timestamp: a.at,
      version: '1.0.3',
    });
    if (a.complete) {
      statements.push({
        id: nameUuid(`${sessionKey}/completed/${a.id}`),
        actor: actor(a.trainee),
        verb: { id: VERBS.completed, display: { en: 'completed' } },
        object: scenarioActivity(scenario),
        result: { score: score(a.score, a.scoreMax), completion: true },
        context: { registration, platform: 'Brandstorm', contextActivities: { grouping: [grouping] } },
        timestamp: a.at,
        version: '1.0.3',
      });
    }
  }
  return statements;
}
