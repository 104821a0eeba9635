import { afterEach, describe, expect, it } from 'vitest';
import { teamClient } from '../../src/team-client/client';
import { classClient, classStream, type StreamStatus } from '../../src/class/client/client';
import { refusalMessage, refusalText } from '../../src/i18n/refusals';
import { REFUSAL_CODES } from '../../src/protocol/refusal';
import { LOCALES } from '../../src/engine';

/** A server that answers every request with one status and body, as the real one refuses in English by default. */
const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The page the client runs in, in the player's language. */
function pageIn(lang: string): void {
  (globalThis as { document?: unknown }).document = { documentElement: { lang } };
}
afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('a refusal of the server, in the game', () => {
  const notOpen = {
    code: 'not-open',
    values: { n: 2 },
    error: 'decision 2 is not open yet: wait for your instructor',
  };

  it('is worded from its code in the page’s language, whatever language the server wrote it in', async () => {
    pageIn('fr');
    const fr = await classClient('', answering(409, notOpen)).answer(
      { scenarioIndex: 0, position: 1, decision: { step: 's', choice: 'c' } },
      'token',
    );
    expect(fr).toMatchObject({
      ok: false,
      status: 409,
      code: 'not-open',
      error: 'la décision 2 n’est pas encore ouverte\u00A0: attendez votre formateur',
    });
    pageIn('it-IT');
    const it = await teamClient('', answering(409, { code: 'team-name-taken', values: { name: 'Léa' } })).join(
      'ABCD2345',
      'Léa',
    );
    expect(it).toMatchObject({
      ok: false,
      error: 'qualcuno in questa squadra si chiama già «Léa»: scegli un altro nome',
    });
  });

  it('words the engine’s reason and the field a request got wrong', async () => {
    pageIn('it');
    const run = await teamClient(
      '',
      answering(422, {
        code: 'cannot-replay',
        values: { reason: 'unknown-choice', decision: 2, step: 'the-joke', choice: 'nope', choices: 'witty, edgy' },
        error: 'in English',
      }),
    ).leaderboard();
    expect(run).toMatchObject({
      error:
        'questa partita non si può rigiocare: la decisione 2 prende la scelta «nope», che il passaggio «the-joke» non ha (le sue scelte: witty, edgy)',
    });
    // A server that sends the engine's code without its values: its own sentence stands.
    expect(refusalText('it', { code: 'cannot-play', values: { reason: 'after-end' }, error: 'as sent' })).toBe(
      'as sent',
    );
    expect(refusalText('fr', { code: 'name-too-long', values: { what: 'team', max: 60, field: 'name' } })).toBe(
      'le nom de l’équipe ne doit pas dépasser 60 caractères',
    );
    expect(refusalText('it', { code: 'name-missing', values: { what: 'title', field: 'title' } })).toBe(
      'indica un titolo',
    );
    expect(refusalText('fr', { code: 'too-many-requests', values: { seconds: 1 } })).toBe(
      'trop de requêtes\u00A0: attendez 1 seconde et réessayez',
    );
  });

  it('falls back to the server’s sentence for a code it does not know, and to the status for no sentence at all', async () => {
    pageIn('fr');
    const newer = await teamClient(
      '',
      answering(409, { code: 'from-a-newer-server', values: {}, error: 'as sent' }),
    ).join('ABCD2345', 'Léa');
    expect(newer).toMatchObject({ ok: false, code: 'from-a-newer-server', error: 'as sent' });
    // A known code whose values are missing cannot be worded: the server's sentence stands.
    expect(refusalText('fr', { code: 'not-open', values: {}, error: 'as sent' })).toBe('as sent');
    const proxy = await teamClient('', async () => new Response('<html>Bad gateway</html>', { status: 400 })).join(
      'ABCD2345',
      'Léa',
    );
    expect(proxy).toMatchObject({ ok: false, error: 'le serveur a répondu 400' });
  });

  it('closes the class view’s live stream with the refusal worded in the page’s language', async () => {
    pageIn('it');
    const statuses: StreamStatus[] = [];
    const stream = classStream(
      'http://127.0.0.1:9/api/class/events',
      'a-trainee-token',
      { event: () => {}, status: (s) => statuses.push(s) },
      answering(403, { code: 'trainee-key', values: {}, error: 'this is a trainee’s key' }),
    );
    await expect
      .poll(() => statuses.at(-1))
      .toEqual({
        state: 'refused',
        status: 403,
        error:
          'questa è la chiave di un partecipante: solo il formatore che ha aperto la sessione vede la vista della classe',
      });
    stream.close();
  });

  it('says one and many as each language does', () => {
    const wait = (locale: 'en' | 'fr' | 'it', seconds: number) =>
      refusalMessage(locale, 'too-many-requests', { seconds });
    expect([wait('en', 1), wait('en', 30)]).toEqual([
      'too many requests: wait 1 second and try again',
      'too many requests: wait 30 seconds and try again',
    ]);
    expect(wait('it', 1)).toBe('troppe richieste: aspetta 1 secondo e riprova');
    expect(refusalMessage('fr', 'too-many-uploads', { max: 1 })).toBe(
      'une session accepte au plus 1 fichier de scénario personnel',
    );
    expect(refusalMessage('it', 'too-many-uploads', { max: 3 })).toBe(
      'una sessione accetta al massimo 3 file di scenario tuoi',
    );
  });

  it('has a sentence for every code in every language', () => {
    const sample = { n: 2, before: 1, max: 3, id: 'x', version: 1, name: 'A', file: 'f.json', seconds: 2 };
    const values = { ...sample, what: 'name', reason: 'bad-seed', seed: -1, claimed: 1, total: 2, method: 'GET' };
    const all = { ...values, allow: 'POST', path: '/api/x', status: 400, detail: 'd', field: 'f' };
    for (const locale of LOCALES)
      for (const code of REFUSAL_CODES)
        expect(refusalMessage(locale, code, all), `${locale} ${code}`).toMatch(/^[^{}]+$/);
  });
});
