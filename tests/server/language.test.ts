import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
