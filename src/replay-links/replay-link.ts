import LZString from 'lz-string';
import { z } from 'zod';
import {
  DEBRIEF,
  decide,
  isLapsedAnswer,
  isWrittenAnswer,
  LOCALES,
  play,
  PlayError,
  startRun,
  transcriptOf,
  type Analyser,
  type Decision,
  type Outcome,
  type ThreadAnswerDecision,
  type Scenario,
  type Transcript,
} from '../engine';
import { hashSeed } from '../engine/random/rng';
import { playRefusalText } from '../i18n/refusals';

/**
 * A run in a link: `…#replay=1.<length>.<data>`, where data is the run
 * compressed with lz-string into URL-safe characters. The run is the
 * scenario's id and version, the seed, the decisions (choice ids, or the
 * words of a written reply) and the score, with a checksum of it all. The
 * link lives after `#`, so opening it sends nothing to any server.
 */
export const LINK_FORMAT = 1;
const KEY = 'replay=';

/**
 * The longest data a link may carry, in characters, and the longest run it may unpack to. A run of
 * the library's longest scenario with a reply written at every step takes a few thousand; the caps
 * are far above that. Both are needed: lz-string can unpack a short link into a run of millions of
 * characters, with work that grows as the square of the link's length, so the link is measured
 * before unpacking (which bounds the work) and the run after (which bounds what is parsed).
 */
export const MAX_LINK_DATA = 10_000;
export const MAX_LINK_RUN = 40_000;

/** Why a replay link cannot be played. */
export type ReplayLinkErrorCode =
  /** The address has no replay in it. */
  | 'no-replay'
  /** Part of the link is missing, as when a message app cut it. */
  | 'truncated'
  /** The link was changed or damaged: its content does not match its checksum, or is not a run. */
  | 'tampered'
  /** A newer game made it. */
  | 'link-format'
  /** This game has no scenario of that id. */
  | 'unknown-scenario'
  /** The scenario has changed since the run was played. */
  | 'scenario-version'
  /** The decisions do not fit the scenario. */
  | 'invalid-run'
  /** Replayed, the run does not give the score it was shared with. */
  | 'score-mismatch';

/** A typed refusal of a replay link, with what the message needs. */
export class ReplayLinkError extends Error {
  override readonly name = 'ReplayLinkError';
  constructor(
    readonly code: ReplayLinkErrorCode,
    message: string,
    readonly details: { scenarioId?: string; linkVersion?: number; gameVersion?: number } = {},
  ) {
    super(message);
  }
}

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(100);

/** The answers given in a step's thread: [asker, answer] for a picked one, { a, t, l } for a written one, { a, o: 1 } for one the clock left. */
const LinkThreadSchema = z
  .array(
    z.union([
      z.tuple([id, id]),
      z.strictObject({ a: id, t: z.string().min(1).max(2000), l: z.enum(LOCALES).optional() }),
      z.strictObject({ a: id, o: z.literal(1) }),
    ]),
  )
  .max(4);

/**
 * One decision in a link: a choice's id, a choice the clock made ({ o }), or a written reply ({ t, l });
 * a decision whose thread was answered carries it in `h` (a picked choice then as { c, h }).
 */
const LinkDecisionSchema = z.union([
  id,
  z.strictObject({ c: id, h: LinkThreadSchema }),
  z.strictObject({ o: id, h: LinkThreadSchema.optional() }),
  z.strictObject({ t: z.string().min(1).max(2000), l: z.enum(LOCALES).optional(), h: LinkThreadSchema.optional() }),
]);

/**
 * What a replay link holds, checked with Zod when it is opened: a tuple
 * rather than an object, as key names would make every link longer.
 */
export const ReplayPayloadSchema = z.tuple([
  /** Link format. */
  z.literal(LINK_FORMAT),
  /** Scenario id and version. */
  id,
  z.number().int().min(1),
  /** Texture seed. */
  z.number().int().min(0).max(0xffffffff),
  z.array(LinkDecisionSchema).min(1).max(100),
  /** The score, checked again on replay. */
  z.number().int().min(0).max(100_000),
  /** Checksum of everything before it. */
  z.string().regex(/^[0-9a-z]{1,8}$/),
]);
export type ReplayPayload = z.infer<typeof ReplayPayloadSchema>;
type LinkDecision = z.infer<typeof LinkDecisionSchema>;
const FIELDS = ['link format', 'scenario', 'scenario version', 'seed', 'decisions', 'score', 'checksum'];

/** A run read back from a link, checked against its scenario and played. */
export interface Replay {
  scenario: Scenario;
  transcript: Transcript;
  seed: number;
  outcome: Outcome;
}

function checksum(body: unknown[]): string {
  return (hashSeed(JSON.stringify(body)) >>> 0).toString(36);
}

/** The link that replays a finished run: `base` (the game's address) with the run after `#replay=`. */
export function replayLink(base: string, transcript: Transcript, seed: number, outcome: Outcome): string {
  const d: LinkDecision[] = transcript.decisions.map((x) => {
    const h = x.thread
      ? {
          h: x.thread.map((a) =>
            isWrittenAnswer(a)
              ? { a: a.asker, t: a.text, ...(a.locale ? { l: a.locale } : {}) }
              : isLapsedAnswer(a)
                ? { a: a.asker, o: 1 as const }
                : ([a.asker, a.answer] as [string, string]),
          ),
        }
      : {};
    return 'text' in x
      ? { t: x.text, ...(x.locale ? { l: x.locale } : {}), ...h }
      : x.timedOut
        ? { o: x.choice, ...h }
        : x.thread
          ? { c: x.choice, h: h.h! }
          : x.choice;
  });
  const body = [LINK_FORMAT, transcript.scenarioId, transcript.scenarioVersion, seed, d, outcome.score.total];
  const data = LZString.compressToEncodedURIComponent(JSON.stringify([...body, checksum(body)]));
  return `${base.split('#')[0]}#${KEY}${LINK_FORMAT}.${data.length}.${data}`;
}

/** True when an address carries a replay. */
export function hasReplay(href: string): boolean {
  return href.includes(`#${KEY}`) || href.startsWith(KEY);
}

/**
 * Reads the run in a link (a whole address, or what follows `#`), checking
 * its length, checksum and shape with Zod. Throws a ReplayLinkError that says
 * what is wrong; never returns a run other than the one shared.
 */
export function decodeReplayLink(href: string): ReplayPayload {
  const at = href.indexOf(KEY);
  if (at < 0) throw new ReplayLinkError('no-replay', 'this address has no replay in it');
  // Some apps escape characters of a pasted link; the data's own alphabet never needs it.
  let rest = href.slice(at + KEY.length);
  try {
    rest = decodeURIComponent(rest);
  } catch {
    throw new ReplayLinkError('tampered', 'the replay link contains characters a link made by Brandstorm never has');
  }
  if (rest.trim() === '')
    throw new ReplayLinkError('truncated', 'the replay link is cut short: nothing follows "replay="');
  const match = /^(\d+)(?:\.(\d*)(?:\.(.*))?)?$/s.exec(rest.trim());
  if (!match) throw new ReplayLinkError('tampered', 'the replay link does not start the way Brandstorm writes them');
  const format = Number(match[1]);
  if (format !== LINK_FORMAT) {
    throw new ReplayLinkError(
      'link-format',
      `the replay link is in format ${format}; this game reads format ${LINK_FORMAT}`,
      { linkVersion: format },
    );
  }
  const length = match[2] ? Number(match[2]) : NaN;
  const data = match[3] ?? '';
  if (!Number.isFinite(length) || data.length < length) {
    throw new ReplayLinkError(
      'truncated',
      `the replay link is cut short: ${Number.isFinite(length) ? `${data.length} of its ${length} characters arrived` : 'its end is missing'}`,
    );
  }
  if (data.length > length)
    throw new ReplayLinkError('tampered', `the replay link has ${data.length - length} characters more than it should`);
  const tooLong = new ReplayLinkError(
    'tampered',
    'the replay link is longer than any link Brandstorm makes: it has been changed',
  );
  if (data.length > MAX_LINK_DATA) throw tooLong;
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (text && text.length > MAX_LINK_RUN) throw tooLong;
  let json: unknown;
  try {
    if (!text) throw new Error('empty');
    json = JSON.parse(text);
  } catch {
    throw new ReplayLinkError('tampered', 'the replay link has been changed or damaged: it no longer holds a run');
  }
  const parsed = ReplayPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && typeof issue.path[0] === 'number' ? FIELDS[issue.path[0]] : undefined;
    throw new ReplayLinkError(
      'tampered',
      `the replay link has been changed: ${issue ? `${field ?? 'its content'}: ${issue.message}` : 'it is not a run'}`,
    );
  }
  const body = parsed.data.slice(0, -1);
  if (checksum(body) !== parsed.data[6])
    throw new ReplayLinkError('tampered', 'the replay link has been changed: its content does not match its checksum');
  return parsed.data;
}

/**
 * Rebuilds the shared run against the game's scenarios and plays it: the
 * scenario must be the same id and version, the decisions must fit it, and
 * the replay must give the score the link was shared with. `analyser` reads
 * its written replies.
 */
export function resolveReplay(payload: ReplayPayload, scenarios: readonly Scenario[], analyser?: Analyser): Replay {
  const [, scenarioId, version, seed, decisions, score] = payload;
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (!scenario)
    throw new ReplayLinkError('unknown-scenario', `this game has no scenario "${scenarioId}"`, { scenarioId });
  if (scenario.version !== version) {
    throw new ReplayLinkError(
      'scenario-version',
      `the run was played on version ${version} of "${scenarioId}"; this game has version ${scenario.version}`,
      {
        scenarioId,
        linkVersion: version,
        gameVersion: scenario.version,
      },
    );
  }
  // The link stores each decision without its step: the run says which step it is for, one decision at a time.
  let run = startRun(scenario);
  try {
    for (const d of decisions) {
      const step = run.stepId;
      const thread =
        typeof d !== 'string' && d.h
          ? {
              thread: d.h.map(
                (a): ThreadAnswerDecision =>
                  Array.isArray(a)
                    ? { asker: a[0], answer: a[1] }
                    : 'o' in a
                      ? { asker: a.a, timedOut: true }
                      : { asker: a.a, text: a.t, ...(a.l ? { locale: a.l } : {}) },
              ),
            }
          : {};
      const decision: Decision =
        typeof d === 'string'
          ? { step, choice: d }
          : 'c' in d
            ? { step, choice: d.c, ...thread }
            : 'o' in d
              ? { step, choice: d.o, timedOut: true, ...thread }
              : { step, text: d.t, ...(d.l ? { locale: d.l } : {}), ...thread };
      const next = decide(scenario, run, decision, analyser);
      if (!next.ok) throw next.error;
      run = next.run;
    }
    if (run.stepId !== DEBRIEF) throw new PlayError('out-of-order', { case: 'unfinished', at: run.stepId });
    const transcript: Transcript = transcriptOf(scenario, run.decisions);
    const outcome = play(scenario, transcript, seed, { analyser });
    if (outcome.score.total !== score) {
      throw new ReplayLinkError(
        'score-mismatch',
        `replayed here, the run scores ${outcome.score.total}, not the ${score} it was shared with`,
        { scenarioId },
      );
    }
    return { scenario, transcript, seed: seed, outcome };
  } catch (err) {
    if (err instanceof PlayError)
      throw new ReplayLinkError(
        'invalid-run',
        `the run does not fit the scenario "${scenarioId}": ${playRefusalText(err, 'en')}`,
        {
          scenarioId,
        },
      );
    throw err;
  }
}
