import type { Locale } from '../engine';
import { PLAY_ERROR_CODES, type PlayErrorCode, type PlayErrorValues } from '../engine/run/refusal';
import { isRefusalCode, RefusalBody, type RefusalCode, type RefusalValues } from '../protocol/refusal';
import { type MessageKey, type MessageValues, t } from './index';

/** Every code the server refuses a request with has its sentence in the catalogue: a missing one fails the build. */
const KEYS: { [C in RefusalCode]: MessageKey } = {
  'wrong-team-code': 'server.wrongTeamCode',
  'team-name-taken': 'server.teamNameTaken',
  'join-team-first': 'server.joinTeamFirst',
  'team-instructor-token': 'server.teamInstructorToken',
  'team-token': 'server.teamToken',
  'unknown-scenario-version': 'server.unknownScenarioVersion',
  'cannot-replay': 'server.cannotReplay',
  incomplete: 'server.incomplete',
  'score-mismatch': 'server.scoreMismatch',
  'leaderboard-closed': 'server.leaderboardClosed',
  'leaderboard-own-team': 'server.leaderboardOwnTeam',
  'library-has-id': 'server.libraryHasId',
  'version-taken': 'server.versionTaken',
  'organiser-key-needed': 'server.organiserKeyNeeded',
  'organiser-key-wrong': 'server.organiserKeyWrong',
  'wrong-class-code': 'server.wrongClassCode',
  'class-name-taken': 'server.classNameTaken',
  'join-class-first': 'server.joinClassFirst',
  'trainee-key': 'server.traineeKey',
  'instructor-key': 'server.instructorKey',
  'no-scenario-number': 'server.noScenarioNumber',
  'not-open': 'server.notOpen',
  'already-answered': 'server.answeredDifferently',
  'out-of-order': 'server.outOfOrder',
  'cannot-play': 'server.cannotPlay',
  'two-files-one-id': 'server.twoFilesOneId',
  'no-such-scenario': 'server.noSuchScenario',
  'at-most-decisions': 'server.atMostDecisions',
  'no-written-reply': 'server.noWrittenReply',
  'streams-per-key': 'server.streamsPerKey',
  'streams-per-address': 'server.streamsPerAddress',
  'upload-refused': 'server.uploadRefused',
  'no-scenario-file': 'server.noScenarioFile',
  'method-not-allowed': 'server.methodNotAllowed',
  'not-found': 'server.notFound',
  'too-many-requests': 'server.tooManyRequests',
  'too-large': 'server.tooLarge',
  'request-refused': 'server.requestRefused',
  'database-away': 'server.databaseAway',
  failed: 'server.failed',
  'name-missing': 'request.nameMissing',
  'name-too-long': 'request.nameTooLong',
  'name-one-line': 'request.nameOneLine',
  'name-reverses': 'request.nameReverses',
  'name-invisible': 'request.nameInvisible',
  'text-broken': 'request.textBroken',
  'text-control': 'request.textControl',
  'no-scenario-picked': 'request.noScenarioPicked',
  'too-many-scenarios': 'request.tooManyScenarios',
  'too-many-uploads': 'request.tooManyUploads',
  'file-too-large': 'request.fileTooLarge',
  'invalid-field': 'request.invalidField',
};

/**
 * The catalogue key of an engine refusal, `refusal.<code>`, as `cannot-replay` and `cannot-play` name
 * them too; the return type fails the build for a code without its sentence.
 */
export function playRefusalKey(code: PlayErrorCode): MessageKey {
  const key: `refusal.${PlayErrorCode}` = `refusal.${code}`;
  return key;
}

/** Whether a value passed along by the server names a refusal of the engine. */
const isPlayErrorCode = (code: string): code is PlayErrorCode => (PLAY_ERROR_CODES as readonly string[]).includes(code);

/** An engine refusal as it is thrown (a PlayError) or passed on: its code and the values it names. */
export interface PlayRefusal<C extends PlayErrorCode = PlayErrorCode> {
  code: C;
  values: PlayErrorValues[C];
}

/**
 * Why the engine refused a run or a decision, in the reader's language: its sentence made from
 * the catalogue with the decision, step, choice, asker or limit the refusal names.
 */
export function playRefusalText(refusal: PlayRefusal, locale: Locale): string {
  return t(locale, playRefusalKey(refusal.code), refusal.values as MessageValues);
}

/**
 * A refusal's sentence in the reader's language, from its code and values; undefined for a code
 * this build does not know or values its sentence cannot be made from. Two values are codes
 * worded in turn: `what` (the kind of field, the sentence's subject) and `reason` (the engine's,
 * worded with the values the engine gave it, which the server passes along beside it).
 */
export function refusalMessage(locale: Locale, code: string, values: RefusalValues = {}): string | undefined {
  if (!isRefusalCode(code)) return undefined;
  const words: MessageValues = { ...values };
  if (typeof values.what === 'string') words.subject = t(locale, 'request.subject', { what: values.what });
  try {
    if (typeof values.reason === 'string' && isPlayErrorCode(values.reason))
      words.reason = playRefusalText({ code: values.reason, values } as PlayRefusal, locale);
    return t(locale, KEYS[code], words);
  } catch {
    // A value the sentence needs is missing: the caller falls back to the server's own sentence.
    return undefined;
  }
}

/**
 * What a page shows for an error answer of the server: the refusal worded from its code in the
 * page's language; for a code this page does not know (a newer server), the server's sentence,
 * which is in the language the page asked for; for an answer with neither, its status.
 */
export function refusalText(locale: Locale, body: unknown, status?: number): string {
  const parsed = RefusalBody.safeParse(body);
  const worded = parsed.success ? refusalMessage(locale, parsed.data.code, parsed.data.values) : undefined;
  if (worded) return worded;
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'string' && error) return error;
  return status === undefined ? t(locale, 'server.failed') : t(locale, 'load.serverAnswered', { status });
}
