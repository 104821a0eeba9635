import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, PLAY_ERROR_CODES, PlayError, type PlayErrorCode } from '../../src/engine';
import { en } from '../../src/i18n/catalogue/en';
import { fr } from '../../src/i18n/catalogue/fr';
import { it as italian } from '../../src/i18n/catalogue/it';
import { type PlayRefusal, playRefusalKey, playRefusalText } from '../../src/i18n/refusals';
import { placeholders } from '../support/catalogues';

const CATALOGUES = { en, fr, it: italian };

/** Every TypeScript file of the engine, in every folder. */
const ENGINE = readdirSync('src/engine', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src/engine', f));

/** A file's code without its comments, which may say anything. */
const codeOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

/** Every refusal the engine throws, each way it can be refused, with values of the kind it gives. */
const SAMPLES: PlayRefusal[] = [
  { code: 'wrong-scenario', values: { scenario: 'rippon-kondo', runScenario: 'qwikster' } },
  { code: 'wrong-version', values: { scenario: 'rippon-kondo', version: 3, runVersion: 2 } },
  { code: 'unknown-step', values: { case: 'decision', decision: 2, step: 'the-jok' } },
  { code: 'unknown-step', values: { case: 'run', step: 'the-jok', scenario: 'rippon-kondo' } },
  { code: 'unknown-step', values: { case: 'change', decision: 4, decisions: 3 } },
  { code: 'out-of-order', values: { case: 'decision', decision: 2, step: 'the-reply', at: 'the-joke' } },
  { code: 'out-of-order', values: { case: 'change', decision: 1, step: 'elsewhere', at: 'the-joke' } },
  { code: 'out-of-order', values: { case: 'unfinished', at: 'the-draft' } },
  {
    code: 'unknown-choice',
    values: { decision: 1, step: 'the-joke', choice: 'sarcastic', choices: 'witty, edgy, silent' },
  },
  { code: 'after-end', values: { decision: 3 } },
  { code: 'features-out-of-range', values: { case: 'choice', choice: 'witty', step: 'the-joke', feature: 'humour' } },
  { code: 'features-out-of-range', values: { case: 'answer', answer: 'dm', asker: 'fresh-question', feature: 'edge' } },
  { code: 'no-free-text', values: { case: 'step', decision: 2, step: 'the-joke' } },
  { code: 'no-free-text', values: { case: 'thread', decision: 2, step: 'the-dare', asker: 'fresh-question' } },
  { code: 'empty-reply', values: { case: 'step', decision: 1 } },
  { code: 'empty-reply', values: { case: 'thread', decision: 1, asker: 'fresh-question' } },
  { code: 'reply-too-long', values: { case: 'step', decision: 1, length: 312, limit: 280 } },
  { code: 'reply-too-long', values: { case: 'thread', decision: 2, asker: 'fresh-question', length: 281, limit: 280 } },
  { code: 'text-not-ready', values: {} },
  { code: 'bad-seed', values: { seed: -7 } },
  { code: 'not-timed', values: { case: 'ended' } },
  { code: 'not-timed', values: { case: 'noTimer', step: 'the-draft' } },
  { code: 'not-timed', values: { case: 'threadDone', step: 'the-dare' } },
  { code: 'not-timed', values: { case: 'decisionNoTimer', decision: 1, step: 'the-draft' } },
  {
    code: 'not-timed',
    values: { case: 'otherChoice', decision: 2, step: 'the-clock', choice: 'lean-in', timerChoice: 'say-nothing' },
  },
  { code: 'not-timed', values: { case: 'lapsed', decision: 1, asker: 'roast-my-brother', lapsed: 'fries-question' } },
  { code: 'no-thread', values: { case: 'none' } },
  { code: 'no-thread', values: { case: 'step', decision: 2, step: 'real-talk' } },
  { code: 'no-thread', values: { case: 'silent', decision: 1, step: 'the-dare' } },
  {
    code: 'unknown-asker',
    values: { case: 'unknown', decision: 1, asker: 'nobody', step: 'the-dare', askers: 'fresh-question, troll' },
  },
  { code: 'unknown-asker', values: { case: 'twice', decision: 1, asker: 'fresh-question' } },
  { code: 'unknown-answer', values: { decision: 1, asker: 'fresh-question', answer: 'shrug', answers: 'dm, sneer' } },
];

describe('the engine’s refusals are codes and values, worded by the catalogue', () => {
  it.each(ENGINE.map((f) => [f]))('%s throws no refusal with a sentence', (file) => {
    // The values come second, as an object or a variable holding one: never a string made in the engine.
    const code = codeOf(file);
    const thrown = [...code.matchAll(/new PlayError\(\s*'[a-z-]+',\s*(\S)/g)].map((m) => m[1]);
    expect(thrown.filter((first) => /['"`]/.test(first!))).toEqual([]);
    // Nor a sentence kept aside for one (`const where = '…'`): a file that refuses holds no string of two words or more.
    if (thrown.length === 0) return;
    const worded = [...code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].filter((m) =>
      /[A-Za-z]{2,} [A-Za-z]{2,}/.test(m[2]!),
    );
    expect(worded.map((m) => m[0])).toEqual([]);
  });

  it('reads the engine’s files that refuse runs and decisions, so that the test above reads something', () => {
    const throwing = ENGINE.filter((f) => codeOf(f).includes('new PlayError('));
    expect(throwing).toEqual(
      expect.arrayContaining(
        ['run/run.ts', 'run/thread.ts', 'whatif/continuation.ts', 'play.ts'].map((f) => join('src/engine', f)),
      ),
    );
  });

  it.each(PLAY_ERROR_CODES.map((c) => [c]))(
    '%s has a sentence in English, French and Italian with the same placeholders',
    (code) => {
      const key = playRefusalKey(code);
      expect(key).toBe(`refusal.${code}`);
      const english = placeholders(CATALOGUES.en[key], 'en');
      for (const locale of LOCALES)
        expect(placeholders(CATALOGUES[locale][key], locale), `${locale}: ${CATALOGUES[locale][key]}`).toEqual(english);
    },
  );

  it('has a sample of each way the engine refuses, for the test below', () => {
    const sampled = new Set<PlayErrorCode>(SAMPLES.map((s) => s.code));
    expect([...PLAY_ERROR_CODES].filter((c) => !sampled.has(c))).toEqual([]);
  });

  it.each(SAMPLES.map((s) => [`${s.code} ${JSON.stringify(s.values)}`, s] as const))(
    'words %s in each language, naming every value it carries',
    (_, refusal) => {
      for (const locale of LOCALES) {
        const said = playRefusalText(refusal, locale);
        expect(said, locale).not.toMatch(/[{}]|undefined|NaN/);
        for (const [name, value] of Object.entries(refusal.values))
          if (name !== 'case' && !(name === 'decisions' && value === 1))
            expect(said, `${locale}: ${name}`).toContain(String(value));
      }
    },
  );

  it('quotes ids as each language quotes them', () => {
    const unknown: PlayRefusal = { code: 'after-end', values: { decision: 3 } };
    expect(playRefusalText(unknown, 'fr')).toBe('la décision 3 arrive après la fin du scénario');
    const choice: PlayRefusal = SAMPLES.find((s) => s.code === 'unknown-choice')!;
    expect(playRefusalText(choice, 'en')).toBe(
      'decision 1 picks the choice "sarcastic", which step "the-joke" does not have (its choices: witty, edgy, silent)',
    );
    expect(playRefusalText(choice, 'fr')).toBe(
      'la décision 1 prend le choix «\u202Fsarcastic\u202F», que l’étape «\u202Fthe-joke\u202F» n’a pas (ses choix\u00A0: witty, edgy, silent)',
    );
    expect(playRefusalText(choice, 'it')).toBe(
      'la decisione 1 prende la scelta «sarcastic», che il passaggio «the-joke» non ha (le sue scelte: witty, edgy, silent)',
    );
  });

  it('counts characters and decisions with each language’s plurals', () => {
    const long: PlayRefusal = {
      code: 'reply-too-long',
      values: { case: 'step', decision: 1, length: 281, limit: 280 },
    };
    expect(playRefusalText(long, 'en')).toBe('the written reply of decision 1 has 281 characters; the feed allows 280');
    expect(playRefusalText(long, 'fr')).toBe(
      'la réponse rédigée de la décision 1 compte 281 caractères\u202F; le fil en permet 280',
    );
    const change = (decisions: number): PlayRefusal => ({
      code: 'unknown-step',
      values: { case: 'change', decision: 4, decisions },
    });
    expect(playRefusalText(change(1), 'en')).toBe('there is no decision 4 to change: the run has 1 decision');
    expect(playRefusalText(change(3), 'fr')).toBe('il n’y a pas de décision 4 à changer\u00A0: la partie en compte 3');
    expect(playRefusalText(change(1), 'fr')).toBe(
      'il n’y a pas de décision 4 à changer\u00A0: la partie n’en compte qu’une',
    );
  });

  it('says a PlayError’s code and values in its message, for logs, and no sentence', () => {
    const error = new PlayError('unknown-step', { case: 'decision', decision: 2, step: 'x' });
    expect(error.message).toBe('unknown-step {"case":"decision","decision":2,"step":"x"}');
  });
});
