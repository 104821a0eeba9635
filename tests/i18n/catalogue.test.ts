import { describe, expect, it } from 'vitest';
import { duration, formatAgo, frenchTypography, t, type MessageKey } from '../../src/i18n';
import { en } from '../../src/i18n/catalogue/en';
import { fr } from '../../src/i18n/catalogue/fr';
import { it as italian } from '../../src/i18n/catalogue/it';
import { LOCALES, type Locale } from '../../src/engine';
import { placeholders } from '../support/catalogues';

const CATALOGUES = { en, fr, it: italian };
const keys = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it('have the same keys in English, French and Italian', () => {
    expect(keys.length).toBeGreaterThan(300);
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(keys.map((k) => [k]))('%s has the same placeholders in every language', (key) => {
    const english = placeholders(CATALOGUES.en[key], 'en');
    for (const locale of LOCALES)
      expect(placeholders(CATALOGUES[locale][key], locale), `${locale}: ${CATALOGUES[locale][key]}`).toEqual(english);
  });

  it('write real plurals, never "(s)", "/e" or "/i"', () => {
    for (const locale of LOCALES)
      for (const key of keys)
        expect(CATALOGUES[locale][key], `${locale} ${key}`).not.toMatch(/\((s|e|i|es)\)|\w\/(e|i)\b/);
  });

  it('use typographic apostrophes in French and Italian, which ICU never takes for a quote', () => {
    for (const locale of ['fr', 'it'] as const)
      for (const key of keys) expect(CATALOGUES[locale][key], `${locale} ${key}`).not.toContain("'");
  });
});

describe('plural forms', () => {
  const cases: [Locale, MessageKey, Record<string, number | string>, string[]][] = [
    [
      'en',
      'replayIntro',
      { score: 10, max: 20 },
      ['0 decisions · score 10 / 20', '1 decision · score 10 / 20', '5 decisions · score 10 / 20'],
    ],
    [
      'fr',
      'replayIntro',
      { score: 10, max: 20 },
      ['0 décision · score 10 / 20', '1 décision · score 10 / 20', '5 décisions · score 10 / 20'],
    ],
    [
      'it',
      'replayIntro',
      { score: 10, max: 20 },
      ['0 decisioni · punteggio 10 / 20', '1 decisione · punteggio 10 / 20', '5 decisioni · punteggio 10 / 20'],
    ],
    ['en', 'decisionsMade', {}, ['No decision made yet', '1 decision made', '5 decisions made']],
    ['fr', 'decisionsMade', {}, ['Aucune décision prise', '1 décision prise', '5 décisions prises']],
    ['it', 'decisionsMade', {}, ['Nessuna decisione presa', '1 decisione presa', '5 decisioni prese']],
    [
      'en',
      'waitingRuns',
      {},
      ['0 runs waiting for the team server', '1 run waiting for the team server', '5 runs waiting for the team server'],
    ],
    [
      'fr',
      'waitingRuns',
      {},
      [
        '0 partie en attente du serveur d’équipe',
        '1 partie en attente du serveur d’équipe',
        '5 parties en attente du serveur d’équipe',
      ],
    ],
    [
      'it',
      'waitingRuns',
      {},
      [
        '0 partite in attesa del server di squadra',
        '1 partita in attesa del server di squadra',
        '5 partite in attesa del server di squadra',
      ],
    ],
    [
      'en',
      'brokenFiles',
      {},
      [
        '0 scenario files could not be loaded',
        '1 scenario file could not be loaded',
        '5 scenario files could not be loaded',
      ],
    ],
    [
      'fr',
      'brokenFiles',
      {},
      ['0 fichier de scénario illisible', '1 fichier de scénario illisible', '5 fichiers de scénario illisibles'],
    ],
    [
      'it',
      'brokenFiles',
      {},
      ['0 file di scenario non caricabili', '1 file di scenario non caricabile', '5 file di scenario non caricabili'],
    ],
  ];
  it.each(cases)('%s %s for 0, 1 and 5', (locale, key, values, expected) => {
    expect([0, 1, 5].map((n) => t(locale, key, { ...values, n }))).toEqual(
      expected.map((e) => (locale === 'fr' ? e.replace(/ :/g, '\u00A0:') : e)),
    );
  });

  it('agree the trainees who answered with their number', () => {
    expect(t('en', 'answered', { a: 1, b: 12, n: 2 })).toBe('1 of 12 trainees has answered decision 2.');
    expect(t('fr', 'answered', { a: 0, b: 12, n: 2 })).toBe('0 stagiaire sur 12 a répondu à la décision 2.');
    expect(t('fr', 'answered', { a: 7, b: 12, n: 2 })).toBe('7 stagiaires sur 12 ont répondu à la décision 2.');
    expect(t('it', 'answered', { a: 1, b: 12, n: 2 })).toBe('1 partecipante su 12 ha risposto alla decisione 2.');
  });

  it('group large numbers in the locale’s way', () => {
    expect(t('en', 'reactions', { n: 12345 })).toBe('12,345 reactions');
    expect(t('fr', 'reactions', { n: 12345 })).toBe('12\u202F345 réactions');
    expect(t('it', 'reactions', { n: 12345 })).toBe('12.345 reazioni');
  });
});

describe('French typography', () => {
  it('sets a no-break space before a colon, a thin one before ; ! ? and inside « »', () => {
    expect(t('fr', 'labelled', { label: 'La leçon', value: 'écouter' })).toBe('La leçon\u00A0: écouter');
    expect(frenchTypography('Bravo ! Prêt ? Oui ; « oui »')).toBe(
      'Bravo\u202F! Prêt\u202F? Oui\u202F; «\u202Foui\u202F»',
    );
    expect(frenchTypography('La leçon: écouter')).toBe('La leçon\u00A0: écouter');
  });

  it('leaves the values alone: a player’s text is shown as written', () => {
    expect(t('fr', 'labelled', { label: 'Votre réponse', value: 'lol: trop drôle!' })).toBe(
      'Votre réponse\u00A0: lol: trop drôle!',
    );
  });

  it('is not applied to English or Italian', () => {
    expect(t('en', 'labelled', { label: 'The lesson', value: 'listen' })).toBe('The lesson: listen');
    expect(t('it', 'labelled', { label: 'La lezione', value: 'ascoltare' })).toBe('La lezione: ascoltare');
  });
});

describe('times from Intl', () => {
  it('say how long ago a post appeared in the reader’s language, with no English "d"', () => {
    expect(formatAgo(3, 'fr')).toBe('il y a 3\u00A0min');
    expect(formatAgo(4 * 1440, 'fr')).toBe('il y a 4\u00A0j');
    expect(formatAgo(2 * 60, 'it')).toBe('2 h fa');
    expect(formatAgo(4 * 1440, 'it')).toBe('4 gg fa');
    expect(formatAgo(4 * 1440, 'en')).toMatch(/^4 days ago$/);
  });

  it('write spans of simulated time with the locale’s units', () => {
    expect(duration(4, 'en')).toBe('4 min');
    expect(duration(90, 'fr')).toMatch(/^1\s?h,? 30\s?min$/);
    expect(duration(51 * 60, 'it')).toMatch(/^2 giorni,? 3 h$/);
  });
});
