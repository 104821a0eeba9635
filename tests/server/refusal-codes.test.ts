import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { refusalMessage } from '../../src/i18n/refusals';
import { startServer, stopPostgres, type Kind, type TestServer } from './support';

afterAll(() => stopPostgres());

const coldFries = readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8');

/** A request as a French page sends it: the answer's status, code and values, and its sentence. */
async function ask(server: TestServer, path: string, init: { body?: unknown; token?: string } = {}) {
  const res = await fetch(server.url + path, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'Accept-Language': 'fr',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const json = (await res.json()) as { code: string; values: Record<string, string | number>; error: string };
  return { status: res.status, ...json };
}

describe.each<Kind>(['sqlite', 'postgres'])('the refusals of the class and team routes on %s', (kind) => {
  it('carry a code and its values, and a sentence that is the one the pages make from them', async () => {
    const server = await startServer(kind);
    try {
      const session = (title: string, more: object = {}) => ({
        title,
        scenarios: ['rippon-kondo'],
        mode: 'self-paced',
        ...more,
      });
      const lockstep = await ask(server, '/api/class/sessions', { body: session('Lockstep', { mode: 'lockstep' }) });
      const selfPaced = await ask(server, '/api/class/sessions', { body: session('Self-paced') });
      const instructor = (lockstep as unknown as { instructorToken: string }).instructorToken;
      const join = (code: unknown) => ask(server, '/api/class/join', { body: { joinCode: code, name: 'Ada' } });
      const waiting = (await join((lockstep as unknown as { joinCode: string }).joinCode)) as unknown as {
        token: string;
      };
      const playing = (await join((selfPaced as unknown as { joinCode: string }).joinCode)) as unknown as {
        token: string;
      };
      const answer = (token: string, body: object) => ask(server, '/api/class/answers', { body, token });
      const upload = { file: 'cold-fries.json', text: coldFries };

      const cases: [string, ReturnType<typeof ask>, number, string, Record<string, unknown>][] = [
        ['run without a player', ask(server, '/api/runs', { body: {} }), 401, 'join-team-first', {}],
        ['unknown team’s board', ask(server, '/api/leaderboard?team=NOPE2345XY'), 404, 'wrong-team-code', {}],
        [
          'team without a name',
          ask(server, '/api/teams', { body: { name: '  ' } }),
          400,
          'name-missing',
          { what: 'team', field: 'name' },
        ],
        [
          'session without a title',
          ask(server, '/api/class/sessions', { body: session(' ') }),
          400,
          'name-missing',
          { what: 'title', field: 'title' },
        ],
        [
          'title too long',
          ask(server, '/api/class/sessions', { body: session('x'.repeat(81)) }),
          400,
          'name-too-long',
          { what: 'title', max: 80, field: 'title' },
        ],
        [
          'no scenario',
          ask(server, '/api/class/sessions', { body: session('T', { scenarios: [] }) }),
          400,
          'no-scenario-picked',
          { field: 'scenarios' },
        ],
        [
          'eleven scenarios',
          ask(server, '/api/class/sessions', { body: session('T', { scenarios: Array(11).fill('rippon-kondo') }) }),
          400,
          'too-many-scenarios',
          { max: 10, field: 'scenarios' },
        ],
        [
          'four files',
          ask(server, '/api/class/sessions', { body: session('T', { uploads: Array(4).fill(upload) }) }),
          400,
          'too-many-uploads',
          { max: 3, field: 'uploads' },
        ],
        [
          'a file too large',
          ask(server, '/api/class/sessions', {
            body: session('T', { uploads: [{ file: 'big.json', text: ' '.repeat(512_001) }] }),
          }),
          400,
          'file-too-large',
          { max: 512, field: 'uploads.0.text' },
        ],
        [
          'an unknown mode',
          ask(server, '/api/class/sessions', { body: session('T', { mode: 'fast' }) }),
          400,
          'invalid-field',
          { field: 'mode', detail: expect.any(String) },
        ],
        [
          'two files of one id',
          ask(server, '/api/class/sessions', {
            body: session('T', { scenarios: ['cold-fries'], uploads: [upload, { ...upload, file: 'copy.json' }] }),
          }),
          400,
          'two-files-one-id',
          { id: 'cold-fries' },
        ],
        [
          'an unknown scenario',
          ask(server, '/api/class/sessions', { body: session('T', { scenarios: ['nowhere'] }) }),
          404,
          'no-such-scenario',
          { id: 'nowhere' },
        ],
        ['class view without a key', ask(server, '/api/class/session'), 401, 'instructor-key', {}],
        ['trainee state without a key', ask(server, '/api/class/me'), 401, 'join-class-first', {}],
        [
          'moving to scenario 6',
          ask(server, '/api/class/stage', { body: { scenario: 5, open: 0 }, token: instructor }),
          400,
          'no-scenario-number',
          { n: 6 },
        ],
        [
          'opening too many decisions',
          ask(server, '/api/class/stage', { body: { scenario: 0, open: 99 }, token: instructor }),
          400,
          'at-most-decisions',
          { n: expect.any(Number) },
        ],
        [
          'showing no written reply',
          ask(server, '/api/class/highlights', { body: { answer: 999, shown: true }, token: instructor }),
          404,
          'no-written-reply',
          {},
        ],
        [
          'answering before the instructor opens',
          answer(waiting.token, { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'witty' } }),
          409,
          'not-open',
          { n: 1 },
        ],
        [
          'answering scenario 6',
          answer(playing.token, { scenarioIndex: 5, position: 0, decision: { step: 'the-joke', choice: 'witty' } }),
          404,
          'no-scenario-number',
          { n: 6 },
        ],
        [
          'answering decision 3 first',
          answer(playing.token, { scenarioIndex: 0, position: 2, decision: { step: 'the-joke', choice: 'witty' } }),
          409,
          'out-of-order',
          { n: 3, before: 1 },
        ],
        [
          'a choice the step does not have',
          answer(playing.token, { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'teleport' } }),
          422,
          'cannot-play',
          {
            reason: 'unknown-choice',
            decision: 1,
            step: 'the-joke',
            choice: 'teleport',
            choices: 'witty, edgy, corporate, warm, silent',
          },
        ],
        [
          'a reply with a control character',
          answer(playing.token, { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text: 'a\u0007b' } }),
          400,
          'text-control',
          { what: 'reply', field: 'decision.text' },
        ],
      ];
      for (const [what, asked, status, code, values] of cases) {
        const answer = await asked;
        expect({ what, status: answer.status, code: answer.code, values: answer.values }).toEqual({
          what,
          status,
          code,
          values,
        });
        // The server's own sentence, for API users, is the one a French page makes from the code and values.
        expect(answer.error, what).toBe(refusalMessage('fr', answer.code, answer.values));
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});
