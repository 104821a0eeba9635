import type { EventSource } from 'eventsource';
import { call, json, pageLanguage, type Answer } from '../../team-client/client';
import { preferredLocale } from '../../i18n';
import { refusalText } from '../../i18n/refusals';
import type { ScenarioUpload } from '../../protocol/uploads';
import {
  AnswerResponse,
  ClassJoinResponse,
  ClassLeaderboard,
  OpenSessionResponse,
  TraineeState,
  type AnswerRequest,
  type ClassMode,
} from '../../protocol/class';

type Fetch = typeof fetch;

const bearer = (token: string): RequestInit => ({ method: 'GET', headers: { Authorization: `Bearer ${token}` } });

/** The class sessions' API: the same calls from the game, the class view, the tests and the benchmark. */
export function classClient(base = '', fetchFn: Fetch = (...a) => fetch(...a)) {
  return {
    /** Opens a session playing `scenarios` in this order; `uploads` are the instructor's own files among them. */
    open: (
      title: string,
      scenarios: string[],
      mode: ClassMode,
      organiserKey?: string,
      uploads: ScenarioUpload[] = [],
    ) =>
      call(
        fetchFn,
        `${base}/api/class/sessions`,
        json({
          title,
          scenarios,
          mode,
          ...(organiserKey ? { organiserKey } : {}),
          ...(uploads.length > 0 ? { uploads } : {}),
        }),
        (x) => OpenSessionResponse.parse(x),
      ),
    /** A scenario of the trainee's session, at the version the server replays. */
    scenario: (index: number, token: string) =>
      call(fetchFn, `${base}/api/class/scenario?index=${index}`, bearer(token), (x) => x as { scenario: unknown }),
    join: (joinCode: string, name: string) =>
      call(fetchFn, `${base}/api/class/join`, json({ joinCode, name }), (x) => ClassJoinResponse.parse(x)),
    answer: (body: AnswerRequest, token: string) =>
      call(fetchFn, `${base}/api/class/answers`, json(body, token), (x) => AnswerResponse.parse(x)),
    me: (token: string) => call(fetchFn, `${base}/api/class/me`, bearer(token), (x) => TraineeState.parse(x)),
    leaderboard: (token: string): Promise<Answer<ClassLeaderboard>> =>
      call(fetchFn, `${base}/api/class/leaderboard`, bearer(token), (x) => ClassLeaderboard.parse(x)),
    stage: (scenario: number, open: number, token: string) =>
      call(fetchFn, `${base}/api/class/stage`, json({ scenario, open }, token), (x) => x),
    end: (token: string) => call(fetchFn, `${base}/api/class/end`, json({}, token), (x) => x),
    highlight: (answer: number, shown: boolean, token: string) =>
      call(fetchFn, `${base}/api/class/highlights`, json({ answer, shown }, token), (x) => x),
  };
}
export type ClassClient = ReturnType<typeof classClient>;

/** Where a live stream stands: connecting the first time, live, trying again after a drop, or refused for good. */
export type StreamStatus =
  | { state: 'connecting' | 'live' | 'reconnecting' }
  | { state: 'refused'; status: number; error: string };

/**
 * A Server-Sent Events stream that carries the bearer token (the browser's
 * own EventSource cannot send one) and reconnects by itself after a drop,
 * or after an error status such as a proxy's 502 while the server restarts.
 * A refusal (401, 403) closes it for good, with the server's sentence.
 */
export function classStream(
  url: string,
  token: string,
  on: { event: (type: string, data: unknown) => void; status: (s: StreamStatus) => void },
  fetchFn: Fetch = (...a) => fetch(...a),
) {
  let everOpen = false;
  let stopped = false;
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    let refusal: StreamStatus | undefined;
    // The stream's library is fetched when a class is joined: most players never need it before the title screen.
    const { EventSource } = await import('eventsource');
    if (stopped) return;
    const es = new EventSource(url, {
      fetch: async (input, init) => {
        const lang = pageLanguage();
        const headers = {
          ...init.headers,
          Authorization: `Bearer ${token}`,
          ...(lang ? { 'Accept-Language': lang } : {}),
        };
        const res = await fetchFn(input, { ...init, headers });
        if (res.status === 401 || res.status === 403) {
          const body: unknown = await res
            .clone()
            .json()
            .catch(() => null);
          refusal = {
            state: 'refused',
            status: res.status,
            error: refusalText(preferredLocale([lang]), body, res.status),
          };
        }
        return res;
      },
    });
    source = es;
    es.addEventListener('open', () => {
      everOpen = true;
      on.status({ state: 'live' });
    });
    es.addEventListener('error', () => {
      if (stopped) return;
      if (refusal) return on.status(refusal);
      on.status({ state: everOpen ? 'reconnecting' : 'connecting' });
      // EventSource retries a dropped connection itself, but gives up on an error status: try again in a while.
      if (es.readyState === EventSource.CLOSED) retry = setTimeout(() => void connect(), 2000);
    });
    for (const type of ['snapshot', 'answer', 'trainee', 'session', 'highlight', 'state', 'class']) {
      es.addEventListener(type, (e) => on.event(type, JSON.parse((e as MessageEvent<string>).data)));
    }
  };
  on.status({ state: 'connecting' });
  void connect();
  return {
    close() {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    },
  };
}
