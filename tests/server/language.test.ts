import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { loadFile, runOf } from '../engine/support/scenarios';
import { startServer, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startServer('sqlite');
});
afterAll(async () => {
  await server?.close();
});

/** Joins a team with a code no team has, asking for the answer in `language`. */
async function wrongCode(language?: string): Promise<string> {
  const res = await fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(language ? { 'Accept-Language': language } : {}) },
    body: JSON.stringify({ joinCode: 'NOPE2345XY', name: 'Léa' }),
  });
  expect(res.status).toBe(404);
  return ((await res.json()) as { error: string }).error;
}

describe('the server’s answers to a player', () => {
  it('are in the language the game asks for, English by default', async () => {
    expect(await wrongCode()).toBe('no team has this join code: check it with your instructor');
    expect(await wrongCode('fr')).toBe('aucune équipe n’a ce code\u00A0: vérifiez-le auprès de votre formateur');
    expect(await wrongCode('it-IT,it;q=0.9,en;q=0.5')).toBe(
      'nessuna squadra ha questo codice: verificalo con il tuo formatore',
    );
    expect(await wrongCode('de-DE')).toBe('no team has this join code: check it with your instructor');
  });
});

/** A request with its answer's language: the status and the server's sentence. */
async function ask(path: string, language: string, body?: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'Accept-Language': language,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, ...((await res.json()) as { error: string; code: string; values: object }) };
}

describe('the server’s refusals that a player or a trainee reads', () => {
  it('say why the engine refused a run in French and Italian', async () => {
    const team = await ask('/api/teams', 'fr', { name: 'Desk' });
    const player = (await ask('/api/join', 'fr', { joinCode: (team as any).joinCode, name: 'Léa' })) as any;
    const rippon = loadFile('scenarios/rippon-kondo.json');
    const transcript = runOf(rippon, 'edgy');
    const run = {
      clientRunId: 'run-language-01',
      transcript: { ...transcript, decisions: [{ step: 'the-joke', choice: 'teleport' }] },
      seed: 1,
      claimedScore: play(rippon, transcript, 1).score.total,
    };
    expect(await ask('/api/runs', 'fr', run, player.token)).toMatchObject({
      status: 422,
      code: 'cannot-replay',
      values: { reason: 'unknown-choice', decision: 1, step: 'the-joke', choice: 'teleport' },
      error:
        'cette partie ne peut pas être rejouée\u00A0: la décision 1 prend le choix «\u202Fteleport\u202F», que l’étape «\u202Fthe-joke\u202F» n’a pas (ses choix\u00A0: witty, edgy, corporate, warm, silent)',
    });
    expect(await ask('/api/runs', 'it', run, player.token)).toMatchObject({
      error:
        'questa partita non si può rigiocare: la decisione 1 prende la scelta «teleport», che il passaggio «the-joke» non ha (le sue scelte: witty, edgy, corporate, warm, silent)',
    });
  });

  it('refuse a trainee’s name and an unknown team’s leaderboard in the trainee’s language', async () => {
    const session = (await ask('/api/class/sessions', 'it', {
      title: 'Workshop',
      scenarios: ['rippon-kondo'],
      mode: 'self-paced',
    })) as any;
    expect(await ask('/api/class/join', 'it', { joinCode: session.joinCode, name: 'x'.repeat(41) })).toMatchObject({
      status: 400,
      code: 'name-too-long',
      values: { what: 'name', max: 40, field: 'name' },
      error: 'il nome non deve superare 40 caratteri',
    });
    expect(await ask('/api/leaderboard?team=NOPE2345XY', 'fr')).toMatchObject({
      status: 404,
      error: 'aucune équipe n’a ce code\u00A0: vérifiez-le auprès de votre formateur',
    });
  });
});
