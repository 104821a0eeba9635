import { JoinResponse, LeaderboardResponse, SubmitRunResponse, type Leaderboard } from '../protocol/team';
import type { LocalRun } from './runs';
import { preferredLocale, t } from '../i18n';
import { refusalText } from '../i18n/refusals';

/** An answer from the team server, or why there was none. */
export type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'offline' | 'refused'; status?: number; error: string; code?: string };

type Fetch = typeof fetch;

/**
 * Calls the team server with a time limit; a network failure is "offline", an error status is
 * "refused". Either way `error` is the sentence to show, in the page's language: a refusal is
 * worded from its code and values, and `code` says what it is whatever the language.
 */
export async function call<T>(
  fetchFn: Fetch,
  url: string,
  init: RequestInit,
  parse: (x: unknown) => T,
  timeoutMs = 8000,
): Promise<Answer<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // The page's language is the player's (or the instructor's): the server answers in it, and so does this client.
  const lang = pageLanguage();
  const locale = preferredLocale([lang]);
  try {
    const headers = lang
      ? { ...(init.headers as Record<string, string> | undefined), 'Accept-Language': lang }
      : init.headers;
    const res = await fetchFn(url, { ...init, headers, signal: controller.signal });
    const body: unknown = await res.json().catch(() => null);
    if (res.status === 429 || res.status >= 500)
      return {
        ok: false,
        kind: 'offline',
        status: res.status,
        error: refusalText(locale, body, res.status),
        ...codeOf(body),
      };
    if (!res.ok)
      return {
        ok: false,
        kind: 'refused',
        status: res.status,
        error: refusalText(locale, body, res.status),
        ...codeOf(body),
      };
    return { ok: true, value: parse(body) };
  } catch (err) {
    return {
      ok: false,
      kind: 'offline',
      error: controller.signal.aborted ? t(locale, 'server.noAnswerInTime') : (err as Error).message,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The language of the page the client runs in ('' outside a browser). */
export const pageLanguage = (): string => (typeof document === 'undefined' ? '' : document.documentElement.lang);

/** The server's code for a refusal, which says what it is whatever the language of its sentence. */
const codeOf = (body: unknown): { code?: string } =>
  body && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string'
    ? { code: (body as { code: string }).code }
    : {};
export const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/** The team server's API, from the game (same origin as the game by default). */
export function teamClient(base = '', fetchFn: Fetch = (...a) => fetch(...a)) {
  return {
    join: (joinCode: string, name: string) =>
      call(fetchFn, `${base}/api/join`, json({ joinCode, name }), (x) => JoinResponse.parse(x)),
    submit: (run: LocalRun, token: string) =>
      call(
        fetchFn,
        `${base}/api/runs`,
        json({ clientRunId: run.id, transcript: run.transcript, seed: run.seed, claimedScore: run.score }, token),
        (x) => SubmitRunResponse.parse(x),
      ),
    /** The team's own scenarios (latest version of each), for its players to play. */
    scenarios: (token: string) =>
      call(
        fetchFn,
        `${base}/api/team/scenarios`,
        { method: 'GET', headers: { Authorization: `Bearer ${token}` } },
        (x) => x as { scenarios: unknown[] },
      ),
    /** A leaderboard; with the player's token, as a server with an organiser key asks (it then shows the player's team only). */
    leaderboard: (scenario?: string, team?: string, token?: string): Promise<Answer<Leaderboard>> => {
      const q = new URLSearchParams({ ...(scenario ? { scenario } : {}), ...(team ? { team } : {}) });
      return call(
        fetchFn,
        `${base}/api/leaderboard?${q}`,
        { method: 'GET', ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}) },
        (x) => LeaderboardResponse.parse(x),
      );
    },
  };
}
export type TeamClient = ReturnType<typeof teamClient>;

/**
 * True when the server failed on the request itself (a 500 and its kin), which sending it again
 * may repeat; false for 502, 503 and 504: a proxy that cannot reach the server, or a server whose
 * database is away, says nothing of the request, which is kept until they are back.
 */
export function failedOnRequest(answer: { ok: false; status?: number }): boolean {
  return (
    answer.status !== undefined &&
    answer.status >= 500 &&
    answer.status !== 502 &&
    answer.status !== 503 &&
    answer.status !== 504
  );
}
