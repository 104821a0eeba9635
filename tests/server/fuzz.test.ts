import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopPostgres, type Kind } from './support';

afterAll(() => stopPostgres());

/** How many random requests each database's server gets. */
const REQUESTS = 5_000;
/** Requests in flight at once. */
const PARALLEL = 8;

const GETS = [
  '/api/leaderboard',
  '/api/class/library',
  '/api/class/session',
  '/api/class/me',
  '/api/class/leaderboard',
  '/api/class/answers.csv',
  '/api/class/trainees.csv',
  '/api/class/xapi.json',
  '/api/team/runs.csv',
  '/api/class/events',
  '/api/class/me/events',
];
const POSTS = [
  '/api/teams',
  '/api/join',
  '/api/runs',
  '/api/class/sessions',
  '/api/class/join',
  '/api/class/answers',
  '/api/class/stage',
  '/api/class/end',
  '/api/class/highlights',
];
/** The fields the routes read, so that hostile values reach the checks behind the first one. */
const FIELDS = [
  'name',
  'joinCode',
  'title',
  'scenarios',
  'mode',
  'clientRunId',
  'transcript',
  'seed',
  'claimedScore',
  'scenarioIndex',
  'position',
  'decision',
  'scenario',
  'open',
  'answer',
  'shown',
  'organiserKey',
];

/** Text that breaks things: NUL and other controls, lone surrogates, direction marks, zero-width spaces, emoji, and any code point. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001b',
      '\u007f',
      '\u0085',
      '\ud800',
      '\udfff',
      '\u202e',
      '\u2066',
      '\u200b',
      '\ufeff',
      '\t',
      '\n',
      '😂',
      'A',
      '-',
      '"',
      '=',
    ),
    maxLength: 30,
  }),
  fc.constantFrom('', ' ', 'rippon-kondo', 'the-joke', 'witty', '@written', 'self-paced', 'lockstep', 'x'.repeat(5000)),
);
const hugeNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(3e9, 2 ** 31, 2 ** 53, -1, 1e308, -0, 0.5, Number.MAX_SAFE_INTEGER),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    hugeNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        ...FIELDS,
        'step',
        'choice',
        'text',
        'locale',
        'timedOut',
        'decisions',
        'scenarioId',
        'scenarioVersion',
      ),
      tie('any'),
      { maxKeys: 5 },
    ),
  ),
})).any;
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }).map((o) => JSON.stringify(o)),
  value.map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
/** A query value, percent-encoded byte by byte as a hostile client would (lone surrogates included). */
const queryValue = hostileText.map((s) =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
);

type Tokens = Record<'player' | 'admin' | 'instructor' | 'trainee', string>;

/** A valid body for each route, with one field (or one field of its decision or transcript) made hostile: the checks behind the first are reached too. */
function nearlyValid(templates: Record<string, Record<string, unknown>>) {
  return fc
    .record({ path: fc.constantFrom(...POSTS), pick: fc.nat(), inner: fc.boolean(), v: value })
    .map(({ path, pick, inner, v }) => {
      const body: Record<string, unknown> = structuredClone(templates[path] ?? {});
      const keys = Object.keys(body);
      if (keys.length === 0) return { path, body: JSON.stringify(v) };
      const key = keys[pick % keys.length]!;
      const nested = body[key];
      if (inner && nested && typeof nested === 'object' && !Array.isArray(nested)) {
        const innerKeys = Object.keys(nested);
        (nested as Record<string, unknown>)[innerKeys[pick % innerKeys.length]!] = v;
      } else body[key] = v;
      return { path, body: JSON.stringify(body) };
    });
}

const request = (tokens: Tokens, templates: Record<string, Record<string, unknown>>) =>
  fc
    .record({
      // Mostly the route's own method; now and then another one.
      route: fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .record({ path: fc.constantFrom(...GETS), body: fc.constant(undefined) })
            .map((r) => ({ ...r, method: 'GET' })),
        },
        { weight: 4, arbitrary: nearlyValid(templates).map((r) => ({ ...r, method: 'POST' })) },
        {
          weight: 2,
          arbitrary: fc
            .record({ path: fc.constantFrom(...POSTS), body: fc.option(body, { nil: undefined }) })
            .map((r) => ({ ...r, method: 'POST' })),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            path: fc.constantFrom(...GETS, ...POSTS),
            body: fc.option(body, { nil: undefined }),
            method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
          }),
        },
      ),
      query: fc.option(fc.tuple(fc.constantFrom('scenario', 'team', 'x'), queryValue), { nil: undefined }),
      // Real keys of every kind, or printable junk (a header cannot carry other bytes).
      token: fc.oneof(
        { weight: 4, arbitrary: fc.constant<'own'>('own') },
        { weight: 1, arbitrary: fc.constantFrom(...Object.values(tokens)) },
        { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{0,120}$/) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      // Mostly JSON, as the API expects; sometimes not.
      json: fc.nat(9).map((n) => n > 0),
    })
    .map(({ route, token, ...r }) => ({
      ...r,
      ...route,
      token: token === 'own' ? tokens[ownerOf(route.path)] : token,
    }));

/** Whose key a route takes. */
function ownerOf(path: string): keyof Tokens {
  if (path === '/api/runs' || path === '/api/leaderboard') return 'player';
  if (path === '/api/team/runs.csv' || path === '/api/teams' || path === '/api/join') return 'admin';
  if (/^\/api\/class\/(me|answers$|leaderboard|join)/.test(path)) return 'trainee';
  return 'instructor';
}

describe.each<Kind>(['sqlite', 'postgres'])('random requests to every route on %s', (kind) => {
  it(`answers ${REQUESTS} of them without a 5xx, and keeps serving`, async () => {
    const server = await startServer(kind, { rateLimit: 1_000_000, classJoinLimit: 1_000_000 });
    const post = async (path: string, data: unknown, token?: string) =>
      (
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(data),
        })
      ).json() as Promise<any>;
    try {
      const team = await post('/api/teams', { name: 'Fuzz desk' });
      const player = await post('/api/join', { joinCode: team.joinCode, name: 'Ada' });
      const session = await post('/api/class/sessions', {
        title: 'Fuzz',
        scenarios: ['rippon-kondo', 'wendys-sassy-voice'],
        mode: 'lockstep',
      });
      const trainee = await post('/api/class/join', { joinCode: session.joinCode, name: 'Bo' });
      const tokens: Tokens = {
        player: player.token,
        admin: team.adminToken,
        instructor: session.instructorToken,
        trainee: trainee.token,
      };

      const templates: Record<string, Record<string, unknown>> = {
        '/api/teams': { name: 'Desk' },
        '/api/join': { joinCode: team.joinCode, name: 'Cy' },
        '/api/runs': {
          clientRunId: 'fuzz-run-0001',
          transcript: {
            scenarioId: 'rippon-kondo',
            scenarioVersion: 1,
            decisions: [{ step: 'the-joke', choice: 'witty' }],
          },
          seed: 1,
          claimedScore: 0,
        },
        '/api/class/sessions': { title: 'Session', scenarios: ['rippon-kondo'], mode: 'self-paced' },
        '/api/class/join': { joinCode: session.joinCode, name: 'Di' },
        '/api/class/answers': { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text: 'Nice one' } },
        '/api/class/stage': { scenario: 0, open: 1 },
        '/api/class/end': {},
        '/api/class/highlights': { answer: 1, shown: true },
      };
      const requests = fc.sample(request(tokens, templates), { numRuns: REQUESTS, seed: 21 });
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      const started = Date.now();
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const url = `${server.url}${r.path}${r.query ? `?${r.query[0]}=${r.query[1]}` : ''}`;
          const controller = new AbortController();
          const res = await fetch(url, {
            method: r.method,
            signal: controller.signal,
            headers: {
              ...(r.json ? { 'Content-Type': 'application/json' } : { 'Content-Type': 'text/plain' }),
              ...(r.token !== undefined ? { Authorization: `Bearer ${r.token}` } : {}),
            },
            ...(r.body !== undefined && r.method !== 'GET' ? { body: r.body } : {}),
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          // A live stream that opened stays open: its first bytes are enough.
          if (res.headers.get('content-type')?.startsWith('text/event-stream')) controller.abort();
          else await res.arrayBuffer();
          if (res.status >= 500) failures.push(`${r.method} ${url.slice(server.url.length)} -> ${res.status}`);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const seconds = (Date.now() - started) / 1000;
      const seen = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      console.log(`fuzz on ${kind}: ${REQUESTS} requests in ${seconds.toFixed(1)} s; statuses ${seen}`);
      expect(failures).toEqual([]);
      // Still serving, and still right: a new player joins and reads the board.
      const late = await post('/api/join', { joinCode: team.joinCode, name: 'Late' });
      expect(late.token).toBeDefined();
      expect((await fetch(`${server.url}/api/leaderboard`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 300_000);
});
