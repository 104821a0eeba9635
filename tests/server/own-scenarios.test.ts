import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, play, type Scenario, type Transcript } from '../../src/engine';
import { runOf } from '../engine/support/scenarios';
import { WITH_ANALYSER } from '../support/analyser';
import { call, startServer, stopPostgres, type Kind } from './support';

afterAll(() => stopPostgres());

/** An instructor's own scenario, as `npm run new-scenario` starts one and an instructor fills it in. */
const FILE = 'tests/fixtures/own-scenario/cold-fries.json';
const v1Text = readFileSync(FILE, 'utf8');
/** The same scenario after the instructor changed a reply: a new version, as the authoring guide asks. */
const v2Text = JSON.stringify({
  ...JSON.parse(v1Text),
  version: 2,
  debrief: { ...JSON.parse(v1Text).debrief, rewards: { apology: 2, accountability: 2, promotion: -2 } },
});
const parse = (text: string): Scenario => {
  const loaded = loadScenario(text, FILE);
  if (!loaded.ok) throw new Error('the fixture is not valid');
  return loaded.scenario;
};
const v1 = parse(v1Text);
const v2 = parse(v2Text);

const submission = (scenario: Scenario, transcript: Transcript, seed: number, clientRunId: string) => ({
  clientRunId,
  transcript,
  seed,
  claimedScore: play(scenario, transcript, seed, WITH_ANALYSER).score.total,
});

describe.each<Kind>(['sqlite', 'postgres'])("instructors' own scenarios on %s", (kind) => {
  it("a team's own scenario is checked, played, re-checked and ranked, each version on its own board", async () => {
    const server = await startServer(kind);
    try {
      const team = (await call(server.url, '/api/teams', { body: { name: 'Burger desk' } })).json;
      const other = (await call(server.url, '/api/teams', { body: { name: 'Elsewhere' } })).json;
      const upload = (text: string, token = team.adminToken) =>
        call(server.url, '/api/team/scenarios', { body: { file: 'cold-fries.json', text }, token });

      // A broken file is refused with the checker's own messages, placed in the file.
      const broken = await upload(v1Text.replace('"start": "the-complaint"', '"start": "nowhere"'));
      expect(broken.status).toBe(422);
      expect(broken.json).toMatchObject({ code: 'upload-refused', values: { file: 'cold-fries.json', n: 2 } });
      expect(broken.json.problems).toHaveLength(2);
      expect(broken.json.error).toContain('cold-fries.json is not a scenario the game can play');
      expect(broken.json.problems.join('\n')).toMatch(/cold-fries\.json, line \d+, column \d+, .*nowhere/);
      // Only the team's instructor uploads; a library id cannot be taken.
      expect(await upload(v1Text, 'not-a-token')).toMatchObject({
        status: 401,
        json: { code: 'team-instructor-token', values: {} },
      });
      expect(await upload(v1Text.replace('"id": "cold-fries"', '"id": "rippon-kondo"'))).toMatchObject({
        status: 409,
        json: {
          code: 'library-has-id',
          values: { id: 'rippon-kondo' },
          error: 'the library already has a scenario "rippon-kondo": give yours another id',
        },
      });

      expect((await upload(v1Text)).status).toBe(201);
      expect((await upload(v1Text)).status).toBe(200);
      // A change under the same version would make stored runs replay differently.
      const changed = await upload(v1Text.replace('Fries arrived stone cold', 'Fries arrived lukewarm'));
      expect(changed).toMatchObject({
        status: 409,
        json: { code: 'version-taken', values: { id: 'cold-fries', version: 1 } },
      });
      expect(changed.json.error).toContain('raise "version"');

      const ada = (await call(server.url, '/api/join', { body: { joinCode: team.joinCode, name: 'Ada' } })).json;
      const bob = (await call(server.url, '/api/join', { body: { joinCode: team.joinCode, name: 'Bob' } })).json;
      const eve = (await call(server.url, '/api/join', { body: { joinCode: other.joinCode, name: 'Eve' } })).json;
      // The team's players get it to play; another team's do not.
      const shelf = await call(server.url, '/api/team/scenarios', { token: ada.token });
      expect(shelf.json.scenarios.map((s: Scenario) => [s.id, s.version])).toEqual([['cold-fries', 1]]);
      expect((await call(server.url, '/api/team/scenarios', { token: eve.token })).json.scenarios).toEqual([]);
      expect(await call(server.url, '/api/team/scenarios', { token: 'not-a-token' })).toMatchObject({
        status: 401,
        json: { code: 'team-token', values: {} },
      });

      const adaV1 = submission(v1, runOf(v1, 'own-it'), 4, 'run-ada-v1-0001');
      expect((await call(server.url, '/api/runs', { body: adaV1, token: ada.token })).status).toBe(201);
      expect(
        (
          await call(server.url, '/api/runs', {
            body: submission(v1, runOf(v1, 'joke'), 4, 'run-eve-v1-0001'),
            token: eve.token,
          })
        ).status,
      ).toBe(404);
      // A forged score on a team scenario is refused like one on the library's.
      expect(
        (
          await call(server.url, '/api/runs', {
            body: { ...adaV1, clientRunId: 'run-ada-v1-0002', claimedScore: adaV1.claimedScore + 50 },
            token: ada.token,
          })
        ).status,
      ).toBe(422);

      expect((await upload(v2Text)).status).toBe(201);
      expect(
        (await call(server.url, '/api/team/scenarios', { token: bob.token })).json.scenarios.map(
          (s: Scenario) => s.version,
        ),
      ).toEqual([2]);
      const written: Transcript = {
        scenarioId: v2.id,
        scenarioVersion: 2,
        decisions: [
          {
            step: 'the-complaint',
            text: "@samrivera Sorry Sam, that's on us. DM us your order and we'll make it right tonight.",
            locale: 'en',
          },
        ],
      };
      const bobV2 = submission(v2, written, 9, 'run-bob-v2-0001');
      expect((await call(server.url, '/api/runs', { body: bobV2, token: bob.token })).status).toBe(201);
      // Ada's old run still replays against its own version.
      expect(
        (
          await call(server.url, '/api/runs', {
            body: submission(v1, runOf(v1, 'promote'), 5, 'run-ada-v1-0003'),
            token: ada.token,
          })
        ).status,
      ).toBe(201);

      const board = (q: string) => call(server.url, `/api/leaderboard?${q}&team=${team.joinCode}`).then((r) => r.json);
      const current = await board('scenario=cold-fries');
      expect(current.version).toBe(2);
      expect(current.players).toEqual([{ player: 'Bob', team: 'Burger desk', score: bobV2.claimedScore, runs: 1 }]);
      const old = await board('scenario=cold-fries&version=1');
      expect(old.players).toEqual([{ player: 'Ada', team: 'Burger desk', score: adaV1.claimedScore, runs: 2 }]);
      // The team's total counts the current version only: Ada's v1 runs are not added to anything.
      const total = (await call(server.url, `/api/leaderboard?team=${team.joinCode}`)).json;
      expect(total.players.map((p: { player: string }) => p.player)).toEqual(['Bob']);

      const csv = (await call(server.url, '/api/team/runs.csv', { token: team.adminToken })).text.trim().split('\r\n');
      expect(csv[0]).toContain('"choices","written_replies"');
      expect(csv[1]).toMatch(/^"Ada","cold-fries","1",.*"the-complaint=own-it",""$/);
      expect(csv[2]).toContain(`"the-complaint=written","the-complaint: @samrivera Sorry Sam, that's on us.`);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('a class plays a scenario the instructor uploaded when opening the session, in the order chosen', async () => {
    const server = await startServer(kind);
    try {
      const open = (body: object) =>
        call(server.url, '/api/class/sessions', { body: { title: 'Monday', mode: 'self-paced', ...body } });
      const refused = await open({
        scenarios: ['cold-fries'],
        uploads: [{ file: 'cold-fries.json', text: v1Text.replace('"share": 0.5', '"share": "half"') }],
      });
      expect(refused.status).toBe(422);
      expect(refused.json.problems[0]).toMatch(/^cold-fries\.json, line \d+, column \d+/);
      expect((await open({ scenarios: ['cold-fries'] })).json.error).toContain('none of your files has this id');

      const opened = await open({
        scenarios: ['cold-fries', 'rippon-kondo'],
        uploads: [{ file: 'cold-fries.json', text: v1Text }],
      });
      expect(opened.status).toBe(201);
      expect(opened.json.session.scenarios).toEqual(['cold-fries', 'rippon-kondo']);
      const trainee = (
        await call(server.url, '/api/class/join', { body: { joinCode: opened.json.joinCode, name: 'Noor' } })
      ).json;
      // The trainee's game gets the very version the server replays.
      const served = await call(server.url, '/api/class/scenario?index=0', { token: trainee.token });
      expect(served.json.scenario).toMatchObject({ id: 'cold-fries', version: 1, title: 'Cold fries, hot thread' });
      expect(
        (await call(server.url, '/api/class/scenario?index=0', { token: opened.json.instructorToken })).status,
      ).toBe(401);

      const answer = await call(server.url, '/api/class/answers', {
        body: { scenarioIndex: 0, position: 0, decision: { step: 'the-complaint', choice: 'own-it' } },
        token: trainee.token,
      });
      expect(answer.status).toBe(201);
      expect(answer.json).toMatchObject({
        complete: true,
        score: play(v1, runOf(v1, 'own-it'), 0, WITH_ANALYSER).score.total,
      });
      // A step of the library's Rippon scenario is not one of the uploaded scenario's: its replay refuses it.
      const foreign = await call(server.url, '/api/class/answers', {
        body: { scenarioIndex: 0, position: 1, decision: { step: 'the-joke', choice: 'witty' } },
        token: trainee.token,
      });
      expect(foreign.status).toBe(422);

      const view = (await call(server.url, '/api/class/session', { token: opened.json.instructorToken })).json;
      expect(view.scenarios.map((s: { title: unknown }) => s.title)).toEqual([
        'Cold fries, hot thread',
        expect.anything(),
      ]);
      const csv = (await call(server.url, '/api/class/answers.csv', { token: opened.json.instructorToken })).text;
      expect(csv).toContain('"Noor","1","cold-fries","1","the-complaint","Cold fries","own-it"');
    } finally {
      await server.close();
    }
  }, 60_000);
});
