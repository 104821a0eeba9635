import { afterAll, describe, expect, it } from 'vitest';
import { play, type Transcript } from '../../src/engine';
import { classClient, classStream } from '../../src/class/client/client';
import { XapiStatement } from '../../src/class/server/xapi';
import type { ClassAnswer, ClassSnapshot } from '../../src/protocol/class-view';
import { loadFile, runOf } from '../engine/support/scenarios';
import { startServer, stopPostgres, type Kind } from './support';
import { WITH_ANALYSER } from '../support/analyser';

afterAll(() => stopPostgres());

const rippon = loadFile('scenarios/rippon-kondo.json');
const prince = loadFile('scenarios/christmas-prince-53.json');
const wendys = loadFile('scenarios/wendys-sassy-voice.json');

async function get(url: string, token?: string) {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json, headers: res.headers };
}

/** The class view's live stream, as the instructor's page holds it: every event, in order. */
function watch(url: string, token: string) {
  const events: { type: string; data: any }[] = [];
  const statuses: string[] = [];
  const stream = classStream(`${url}/api/class/events`, token, {
    event: (type, data) => events.push({ type, data }),
    status: (s) => statuses.push(s.state === 'refused' ? `refused ${s.status}` : s.state),
  });
  return { events, statuses, close: stream.close };
}

const ok = <T>(a: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

/** A simple CSV reader for the tests (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trim().split('\r\n')) {
    const fields = [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"'));
    rows.push(fields);
  }
  return rows;
}

describe.each<Kind>(['sqlite', 'postgres'])('class sessions on %s, over HTTP on loopback', (kind) => {
  it('shows the instructor every decision live, scored by the server, and exports CSV and xAPI', async () => {
    const server = await startServer(kind);
    const api = classClient(server.url);
    try {
      const opened = ok(await api.open('Tuesday workshop', ['rippon-kondo'], 'self-paced'));
      expect(opened.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      const live = watch(server.url, opened.instructorToken);
      await expect.poll(() => live.events.map((e) => e.type)).toContain('snapshot');
      // Typed as shown (ABCD-EFGH), in lower case, or with spaces: the same class.
      const dashed = `${opened.joinCode.slice(0, 4)}-${opened.joinCode.slice(4)}`.toLowerCase();
      const ada = ok(await api.join(dashed, 'Ada'));
      const bob = ok(await api.join(` ${opened.joinCode} `, 'Bob'));
      const cy = ok(await api.join(opened.joinCode, 'Cy'));
      expect(ada).toMatchObject({
        trainee: 'Ada',
        session: { title: 'Tuesday workshop', mode: 'self-paced', scenarios: ['rippon-kondo'] },
      });

      const text = '@Adaripp which of your organs spark joy? 😉 #KonMari';
      const a1 = ok(
        await api.answer({ scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'witty' } }, ada.token),
      );
      const b1 = ok(
        await api.answer(
          { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'corporate' } },
          bob.token,
        ),
      );
      const c1 = ok(
        await api.answer(
          { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', text, locale: 'en' } },
          cy.token,
        ),
      );
      // The server's own replay gives the score, the same as the engine's.
      expect(a1).toMatchObject({
        score: play(rippon, runOf(rippon, 'witty'), 1).score.total,
        complete: true,
        duplicate: false,
      });
      const written: Transcript = {
        scenarioId: rippon.id,
        scenarioVersion: rippon.version,
        decisions: [{ step: 'the-joke', text, locale: 'en' }],
      };
      expect(c1.score).toBe(play(rippon, written, 9, WITH_ANALYSER).score.total);
      expect(b1.score).toBe(play(rippon, runOf(rippon, 'corporate'), 2).score.total);

      // Sent again (the outbox after a drop): stored once; a different answer to the same decision is refused.
      expect(
        ok(
          await api.answer(
            { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'witty' } },
            ada.token,
          ),
        ).duplicate,
      ).toBe(true);
      const changed = await api.answer(
        { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'edgy' } },
        ada.token,
      );
      expect(changed).toMatchObject({ ok: false, status: 409 });
      // A score cannot be sent at all, and an impossible choice is refused by the replay.
      const forged = await fetch(`${server.url}/api/class/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bob.token}` },
        body: JSON.stringify({
          scenarioIndex: 0,
          position: 1,
          decision: { step: 'the-joke', choice: 'witty' },
          score: 1000,
        }),
      });
      expect(forged.status).toBe(400);
      const impossible = await api.answer(
        { scenarioIndex: 0, position: 0, decision: { step: 'the-joke', choice: 'teleport' } },
        ok(await api.join(opened.joinCode, 'Dee')).token,
      );
      expect(impossible).toMatchObject({ ok: false, status: 422 });

      // The live stream got each trainee and each answer, without asking again.
      await expect.poll(() => live.events.filter((e) => e.type === 'answer').length).toBe(3);
      const answers: ClassAnswer[] = live.events.filter((e) => e.type === 'answer').map((e) => e.data);
      expect(answers.map((a) => a.choice)).toEqual(['witty', 'corporate', '@written']);
      expect(live.events.filter((e) => e.type === 'trainee').map((e) => e.data.name)).toEqual([
        'Ada',
        'Bob',
        'Cy',
        'Dee',
      ]);
      const cyAnswer = answers[2]!;
      expect(cyAnswer.text).toBe(text);
      expect(cyAnswer.features?.map((f) => f.feature)).toEqual(expect.arrayContaining(['humour', 'personalAddress']));
      expect(cyAnswer.score).toBe(c1.score);
      live.close();

      // A fresh class view starts from the same picture.
      const snap: ClassSnapshot = (await get(`${server.url}/api/class/session`, opened.instructorToken)).json;
      expect(snap.session.joinCode).toBe(opened.joinCode);
      expect(snap.trainees.map((t) => t.name)).toEqual(['Ada', 'Bob', 'Cy', 'Dee']);
      expect(snap.answers).toEqual(answers);
      expect(snap.scenarios[0]).toMatchObject({ id: 'rippon-kondo', depth: 1 });

      // Trainees see their own decisions and the leaderboard, nothing of the others' answers.
      const me = ok(await api.me(cy.token));
      expect(me.progress).toEqual([
        { scenarioIndex: 0, decisions: [{ step: 'the-joke', text, locale: 'en' }], complete: true, score: c1.score },
      ]);
      expect(JSON.stringify(me)).not.toContain('corporate');
      const board = ok(await api.leaderboard(bob.token));
      expect(board.players.find((p) => p.name === 'Dee')).toEqual({ name: 'Dee', score: 0, finished: 0 });
      expect(board.players.slice(0, 3).map((p) => p.score)).toEqual(
        [a1.score, b1.score, c1.score].sort((x, y) => y - x),
      );

      // Highlighting a written reply for the projector; a picked choice cannot be.
      expect((await api.highlight(cyAnswer.id, true, opened.instructorToken)).ok).toBe(true);
      expect(await api.highlight(answers[0]!.id, true, opened.instructorToken)).toMatchObject({
        ok: false,
        status: 404,
      });
      expect((await get(`${server.url}/api/class/session`, opened.instructorToken)).json.answers[2].highlighted).toBe(
        true,
      );

      // The exports.
      const csv = await get(`${server.url}/api/class/answers.csv`, opened.instructorToken);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const rows = parseCsv(csv.text);
      expect(rows[0]).toEqual([
        'trainee',
        'scenario_number',
        'scenario',
        'decision',
        'step',
        'step_title',
        'choice',
        'reply',
        'features_found',
        'audience_sentiment',
        'score_after',
        'score_max',
        'ended_scenario',
        'answered_at',
        'thread_answers',
      ]);
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
      const cyRow = rows.find((r) => r[0] === 'Cy')!;
      expect(cyRow.slice(0, 7)).toEqual(['Cy', '1', 'rippon-kondo', '1', 'the-joke', expect.any(String), 'written']);
      // A reply starting with @ is kept, defused so that a spreadsheet never reads it as a formula.
      expect(cyRow[7]).toBe(`'${text}`);
      expect(cyRow[8]).toMatch(/humour/);
      expect(Number(cyRow[10])).toBe(c1.score);
      const perTrainee = parseCsv((await get(`${server.url}/api/class/trainees.csv`, opened.instructorToken)).text);
      expect(perTrainee.map((r) => [r[0], r[4], r[5]])).toEqual([
        ['trainee', 'finished', 'final_score'],
        ['Ada', 'yes', String(a1.score)],
        ['Bob', 'yes', String(b1.score)],
        ['Cy', 'yes', String(c1.score)],
        ['Dee', 'no', ''],
      ]);

      const xapi = await get(`${server.url}/api/class/xapi.json`, opened.instructorToken);
      expect(xapi.status).toBe(200);
      const statements: unknown[] = xapi.json;
      // Three answers, three completions: each checked against the statement's structure.
      expect(statements).toHaveLength(6);
      for (const s of statements) expect(XapiStatement.safeParse(s).error?.issues ?? []).toEqual([]);
      const parsed = statements.map((s) => XapiStatement.parse(s));
      expect(
        parsed
          .filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered')
          .map((s) => [s.actor.name, s.result.response, s.result.score.raw]),
      ).toEqual([
        ['Ada', 'witty', a1.score],
        ['Bob', 'corporate', b1.score],
        ['Cy', text, c1.score],
      ]);
      expect(
        parsed
          .filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed')
          .every((s) => s.result.completion === true && s.result.score.max === 1000),
      ).toBe(true);
      expect(new Set(parsed.map((s) => s.id)).size).toBe(6);
      // The same export twice gives the same statement ids: a learning record store keeps them once.
      expect(
        (await get(`${server.url}/api/class/xapi.json`, opened.instructorToken)).json.map((s: { id: string }) => s.id),
      ).toEqual(parsed.map((s) => s.id));
    } finally {
      await server.close();
    }
  }, 60_000);

  it("refuses a trainee's key on the class view (403) and any wrong join code with one same answer", async () => {
    const server = await startServer(kind);
    const api = classClient(server.url);
    try {
      const opened = ok(await api.open('Room 2', ['rippon-kondo'], 'self-paced'));
      const other = ok(await api.open('Room 3', ['rippon-kondo'], 'self-paced'));
      const ada = ok(await api.join(opened.joinCode, 'Ada'));
      for (const path of [
        '/api/class/session',
        '/api/class/events',
        '/api/class/answers.csv',
        '/api/class/trainees.csv',
        '/api/class/xapi.json',
      ]) {
        const res = await get(server.url + path, ada.token);
        expect(res.status, path).toBe(403);
        expect(res.json.code).toBe('trainee-key');
        expect(res.json.error).toBe(
          'this is a trainee’s key: only the instructor who opened the session sees the class view',
        );
        expect((await get(server.url + path, 'x'.repeat(43))).status, path).toBe(401);
        expect((await get(server.url + path)).status, path).toBe(401);
      }
      expect(await api.stage(0, 1, ada.token)).toMatchObject({ ok: false, status: 403 });
      expect(await api.highlight(1, true, ada.token)).toMatchObject({ ok: false, status: 403 });
      // The live stream refuses it too, for good, with the reason.
      const statuses: string[] = [];
      const stream = classStream(`${server.url}/api/class/events`, ada.token, {
        event: () => {},
        status: (s) => statuses.push(s.state === 'refused' ? `refused ${s.status}` : s.state),
      });
      await expect.poll(() => statuses.at(-1)).toBe('refused 403');
      stream.close();
      // An instructor's key opens only its own session.
      expect((await get(`${server.url}/api/class/session`, other.instructorToken)).json.session.title).toBe('Room 3');

      // Unknown, malformed, one letter off, empty, or the code of an ended session: the same answer.
      await api.end(other.instructorToken);
      const oneOff = opened.joinCode.slice(0, 7) + (opened.joinCode[7] === 'A' ? 'B' : 'A');
      const answers = [];
      for (const code of ['ZZZZ-ZZZZ', 'not a code', oneOff, '', other.joinCode, '<script>', 'A'.repeat(40)]) {
        const res = await fetch(`${server.url}/api/class/join`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ joinCode: code, name: 'Eve' }),
        });
        answers.push({ status: res.status, body: await res.text() });
      }
      expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
        new Set([
          JSON.stringify({
            status: 404,
            body: JSON.stringify({
              code: 'wrong-class-code',
              values: {},
              error: 'no open class has this code: check it with your instructor',
            }),
          }),
        ]),
      );
      // A missing name is said as such.
      const noName = await fetch(`${server.url}/api/class/join`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ joinCode: opened.joinCode, name: ' ' }),
      });
      expect(await noName.json()).toEqual({
        code: 'name-missing',
        values: { what: 'name', field: 'name' },
        error: 'give a name',
      });
    } finally {
      await server.close();
    }
  }, 60_000);

  it("takes a decision the step's timer made, replays it as such, and finishes the trainee's scenario", async () => {
    const server = await startServer(kind);
    const api = classClient(server.url);
    try {
      const opened = ok(await api.open('Against the clock', ['wendys-sassy-voice'], 'self-paced'));
      const live = watch(server.url, opened.instructorToken);
      await expect.poll(() => live.events.map((e) => e.type)).toContain('snapshot');
      const ada = ok(await api.join(opened.joinCode, 'Ada'));
      // Ada's timer ran out on the first decision: the game sends the timer's choice, marked as the clock's.
      const timedOut = { step: 'the-dare', choice: 'let-it-slide', timedOut: true as const };
      const first = ok(await api.answer({ scenarioIndex: 0, position: 0, decision: timedOut }, ada.token));
      expect(first).toMatchObject({ complete: false, duplicate: false });
      // Sent again by the outbox after a dropped connection: the same decision, stored once.
      expect(ok(await api.answer({ scenarioIndex: 0, position: 0, decision: timedOut }, ada.token)).duplicate).toBe(
        true,
      );
      const last = ok(
        await api.answer(
          { scenarioIndex: 0, position: 1, decision: { step: 'rival', choice: 'back-to-the-customer' } },
          ada.token,
        ),
      );
      const run: Transcript = {
        scenarioId: wendys.id,
        scenarioVersion: wendys.version,
        decisions: [timedOut, { step: 'rival', choice: 'back-to-the-customer' }],
      };
      expect(last).toMatchObject({ complete: true, score: play(wendys, run, 3).score.total });
      expect(ok(await api.me(ada.token)).progress).toEqual([
        { scenarioIndex: 0, decisions: run.decisions, complete: true, score: last.score },
      ]);
      // The instructor sees Ada finish.
      await expect
        .poll(() => live.events.filter((e) => e.type === 'answer').map((e) => [e.data.choice, e.data.complete]))
        .toEqual([
          ['let-it-slide', false],
          ['back-to-the-customer', true],
        ]);
      expect(ok(await api.leaderboard(ada.token)).players).toEqual([{ name: 'Ada', score: last.score, finished: 1 }]);
      live.close();
      // Only the timer's own choice can be the clock's.
      const bob = ok(await api.join(opened.joinCode, 'Bob'));
      const forged = await api.answer(
        { scenarioIndex: 0, position: 0, decision: { step: 'the-dare', choice: 'roast-him', timedOut: true } },
        bob.token,
      );
      expect(forged).toMatchObject({ ok: false, status: 422 });
    } finally {
      await server.close();
    }
  }, 60_000);

  it("keeps a decision's thread answers and replays them with every later decision", async () => {
    const server = await startServer(kind);
    const api = classClient(server.url);
    try {
      const opened = ok(await api.open('Threads', ['wendys-sassy-voice'], 'self-paced'));
      const ada = ok(await api.join(opened.joinCode, 'Ada'));
      const dare = {
        step: 'the-dare',
        choice: 'defend-the-fries',
        thread: [{ asker: 'fries-question', answer: 'snap-back' }],
      };
      const rest = [
        { step: 'real-talk', choice: 'fix-it-in-voice' },
        { step: 'rival', choice: 'back-to-the-customer' },
      ];
      ok(await api.answer({ scenarioIndex: 0, position: 0, decision: dare }, ada.token));
      ok(await api.answer({ scenarioIndex: 0, position: 1, decision: rest[0]! }, ada.token));
      const last = ok(await api.answer({ scenarioIndex: 0, position: 2, decision: rest[1]! }, ada.token));
      const run: Transcript = { scenarioId: wendys.id, scenarioVersion: wendys.version, decisions: [dare, ...rest] };
      const unanswered: Transcript = { ...run, decisions: [{ step: 'the-dare', choice: 'defend-the-fries' }, ...rest] };
      // The server's score is the run with its thread, which differs from the run without.
      expect(last.score).toBe(play(wendys, run, 1).score.total);
      expect(last.score).not.toBe(play(wendys, unanswered, 1).score.total);
      expect(ok(await api.me(ada.token)).progress[0]!.decisions).toEqual(run.decisions);
      // Bob moves Tasha to private messages, and the clock runs out on Kev: the server replays it as the game does.
      const bob = ok(await api.join(opened.joinCode, 'Bob'));
      const timed = {
        step: 'the-dare',
        choice: 'defend-the-fries',
        thread: [
          { asker: 'fries-question', answer: 'dm-her' },
          { asker: 'roast-my-brother', timedOut: true as const },
        ],
      };
      const bobs = ok(await api.answer({ scenarioIndex: 0, position: 0, decision: timed }, bob.token));
      const bobRun: Transcript = { ...run, decisions: [timed] };
      expect(bobs.score).toBe(play(wendys, bobRun, 1).score.total);
      // A reply the clock left scores as one left unanswered.
      expect(bobs.score).toBe(
        play(wendys, { ...run, decisions: [{ ...timed, thread: timed.thread.slice(0, 1) }] }, 1).score.total,
      );
      // An answer after the time ran out is refused.
      const late = { ...timed, thread: [timed.thread[1]!, { asker: 'fries-question', answer: 'make-it-right' }] };
      expect(await api.answer({ scenarioIndex: 0, position: 0, decision: late }, ada.token)).toMatchObject({
        ok: false,
      });
      // The class view gets the answers, with the askers to name them.
      const live = watch(server.url, opened.instructorToken);
      await expect.poll(() => live.events.find((e) => e.type === 'snapshot')).toBeTruthy();
      const snapshot: ClassSnapshot = live.events.find((e) => e.type === 'snapshot')!.data;
      expect(snapshot.scenarios[0]!.steps[0]!.askers!.map((k) => [k.id, k.handle])).toEqual([
        ['fries-question', '@tashagreene_eats'],
        ['roast-my-brother', '@kevduarte'],
      ]);
      expect(snapshot.answers.filter((a) => a.position === 0).map((a) => a.thread)).toEqual([
        dare.thread,
        timed.thread,
      ]);
      live.close();
      // The instructor's export names the answers given, the private one and the one the time ran out on.
      const rows = parseCsv((await get(`${server.url}/api/class/answers.csv`, opened.instructorToken)).text);
      expect(rows.map((r) => r.at(-1))).toEqual([
        'thread_answers',
        'fries-question: snap-back',
        '',
        '',
        'fries-question: dm-her (private); roast-my-brother: (time ran out)',
      ]);
      // The xAPI statements carry them too.
      const statements: XapiStatement[] = (await get(`${server.url}/api/class/xapi.json`, opened.instructorToken)).json;
      const threads = statements.flatMap((st) =>
        Object.entries(st.result?.extensions ?? {}).filter(([k]) => k.endsWith('/thread-answers')),
      );
      expect(threads.map(([, v]) => v)).toEqual([dare.thread, timed.thread]);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('lockstep: the server refuses and does not reveal a decision before the instructor opens it', async () => {
    const server = await startServer(kind);
    const api = classClient(server.url);
    try {
      const opened = ok(await api.open('Lockstep', ['christmas-prince-53', 'rippon-kondo'], 'lockstep'));
      const ada = ok(await api.join(opened.joinCode, 'Ada'));
      const bob = ok(await api.join(opened.joinCode, 'Bob'));
      const first = prince.start;
      const path = runOf(prince, ...prince.debrief.bestPath!).decisions;
      expect(ok(await api.me(ada.token))).toMatchObject({
        session: { stage: { scenario: 0, open: 0 } },
        answered: [],
        trainees: 2,
      });
      // The briefing only: decision 1 is not open.
      expect(await api.answer({ scenarioIndex: 0, position: 0, decision: path[0]! }, ada.token)).toMatchObject({
        ok: false,
        status: 409,
        error: 'decision 1 is not open yet: wait for your instructor',
      });
      // The trainee's stream says when it opens.
      const seen: any[] = [];
      const stream = classStream(`${server.url}/api/class/me/events`, ada.token, {
        event: (type, data) => seen.push({ type, data }),
        status: () => {},
      });
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0].type).toBe('state');
      expect(Object.keys(seen[0].data).sort()).toEqual(['answered', 'progress', 'session', 'trainee', 'trainees']);
      // Nothing in what a trainee receives names a step (only their own decisions do).
      expect(JSON.stringify(seen[0].data)).not.toContain(first);

      expect((await api.stage(0, 1, opened.instructorToken)).ok).toBe(true);
      await expect.poll(() => seen.at(-1)?.data.session.stage).toEqual({ scenario: 0, open: 1 });
      expect(ok(await api.answer({ scenarioIndex: 0, position: 0, decision: path[0]! }, ada.token)).complete).toBe(
        false,
      );
      // The next decision waits for the instructor again, even for a trainee who is ahead.
      expect(await api.answer({ scenarioIndex: 0, position: 1, decision: path[1]! }, ada.token)).toMatchObject({
        ok: false,
        status: 409,
      });
      // The next scenario is closed too.
      expect(
        await api.answer({ scenarioIndex: 1, position: 0, decision: { step: 'the-joke', choice: 'witty' } }, ada.token),
      ).toMatchObject({ ok: false, status: 409 });
      await expect.poll(() => seen.at(-1)?.data.answered).toEqual([1]);
      expect(ok(await api.answer({ scenarioIndex: 0, position: 0, decision: path[0]! }, bob.token)).duplicate).toBe(
        false,
      );
      await expect.poll(() => seen.at(-1)?.data.answered).toEqual([2]);

      expect((await api.stage(0, 2, opened.instructorToken)).ok).toBe(true);
      expect(ok(await api.answer({ scenarioIndex: 0, position: 1, decision: path[1]! }, ada.token)).duplicate).toBe(
        false,
      );
      // Out of order is refused; beyond the scenario's longest path the instructor cannot open.
      expect(
        await api.answer(
          { scenarioIndex: 0, position: 1, decision: path[1]! },
          ok(await api.join(opened.joinCode, 'Cy')).token,
        ),
      ).toMatchObject({ ok: false, status: 409 });
      expect(await api.stage(0, 99, opened.instructorToken)).toMatchObject({ ok: false, status: 400 });
      expect(await api.stage(2, 0, opened.instructorToken)).toMatchObject({ ok: false, status: 400 });

      // On to the next scenario: the earlier one stays open, so answers queued offline still count.
      expect((await api.stage(1, 1, opened.instructorToken)).ok).toBe(true);
      await expect
        .poll(() => seen.at(-1)?.data)
        .toMatchObject({ session: { stage: { scenario: 1, open: 1 } }, answered: [] });
      expect(ok(await api.answer({ scenarioIndex: 0, position: 1, decision: path[1]! }, bob.token)).duplicate).toBe(
        false,
      );
      expect(
        ok(
          await api.answer(
            { scenarioIndex: 1, position: 0, decision: { step: 'the-joke', choice: 'witty' } },
            bob.token,
          ),
        ).complete,
      ).toBe(true);
      stream.close();
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('join limits', () => {
  it('answers 429 past the join attempts allowed per address and minute', async () => {
    const server = await startServer('sqlite', { classJoinLimit: 3 });
    try {
      const statuses: (number | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await classClient(server.url).join('WRNG-CODE', 'Eve');
        statuses.push(answer.ok ? 201 : answer.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
    } finally {
      await server.close();
    }
  });
});
