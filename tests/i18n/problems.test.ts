import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, type Locale } from '../../src/engine';
import { problemLine, problemMessage } from '../../src/i18n/problems';
import { createGameStore } from '../../src/store/game-store';
import { problemLines } from '../../src/store/actions';
import { importScenario } from '../../src/store/imports';
import { checkHere } from '../../src/import/checker';

const FILE = 'rippon-kondo.json';
const original = readFileSync(`scenarios/${FILE}`, 'utf8');

function edit(from: string, to: string): string {
  if (!original.includes(from)) throw new Error(`"${from}" is not in the file`);
  return original.replace(from, to);
}

/** The sentences the game shows for a broken file, in a player's language. */
function said(text: string, locale: Locale): string[] {
  const result = checkScenario(text, FILE);
  expect(result.scenario).toBeUndefined();
  return result.problems.map((p) => problemMessage(p, locale));
}

describe('a broken scenario file, as the game shows it', () => {
  it('names an unknown field in French and Italian', () => {
    const broken = edit('"minutes": 5', '"minuets": 5');
    expect(said(broken, 'fr')).toEqual([
      'champ inconnu «\u202Fminuets\u202F»\u00A0: vouliez-vous dire «\u202Fminutes\u202F»\u202F?',
    ]);
    expect(said(broken, 'it')).toEqual(['campo sconosciuto «minuets»: intendevi «minutes»?']);
    expect(said(edit('"minutes": 5', '"minutes": 5, "mood": "sunny"'), 'it')).toEqual([
      'campo sconosciuto «mood»: controlla come è scritto',
    ]);
  });

  it('refuses an image from the web in French and Italian, saying where images may come from', () => {
    const fries = readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8').replace(
      'assets/images/cold-fries.png',
      'https://tracker.example/fries.png',
    );
    const result = checkScenario(fries, 'cold-fries.json');
    const [fr] = result.problems.map((p) => problemMessage(p, 'fr'));
    const [it] = result.problems.map((p) => problemMessage(p, 'it'));
    expect(fr).toMatch(
      /^une image doit être un fichier du projet, pas une adresse web ni un lecteur \(«\u202Fhttps:\u202F»\)/,
    );
    expect(fr).toContain('dossier assets/ du projet');
    expect(it).toMatch(/^un’immagine deve essere un file del progetto, non un indirizzo web né un’unità \(«https:»\)/);
  });

  it('names a missing translation in French and Italian', () => {
    const broken = edit(',\n    "it": "Adam Rippon e la gioia di Marie Kondo"', '');
    expect(said(broken, 'fr')).toEqual(['il manque le texte en it (le scénario déclare en, fr, it)']);
    expect(said(broken, 'it')).toEqual(['manca il testo in it (lo scenario dichiara en, fr, it)']);
  });

  it('names a bad `next` and the step it was meant to be, in French and Italian', () => {
    const typo = edit('"next": "debrief"', '"next": "the-jok"');
    expect(said(typo, 'fr')[0]).toBe(
      'l’étape «\u202Fthe-joke\u202F» a un choix «\u202Fwitty\u202F» dont l’étape suivante, «\u202Fthe-jok\u202F», n’existe pas (vouliez-vous dire «\u202Fthe-joke\u202F»\u202F?)',
    );
    const nowhere = edit('"next": "debrief"', '"next": "epilogue"');
    expect(said(nowhere, 'it')[0]).toBe(
      'il passaggio «the-joke» ha una scelta «witty» il cui passaggio successivo, «epilogue», non esiste (scrivi "debrief" per concludere lo scenario)',
    );
  });

  it('says what Zod found (a wrong type, a list too short) in the player’s language', () => {
    expect(said(edit('"minutes": 5', '"minutes": "5"'), 'fr')).toEqual([
      'doit être un nombre, et non le texte «\u202F5\u202F»',
    ]);
    expect(said(edit('"minutes": 5', '"minutes": "5"'), 'it')).toEqual(['deve essere un numero, non il testo «5»']);
  });

  it('places each problem in its file, with the words of the language', () => {
    const broken = edit('"minutes": 5', '"minuets": 5');
    const [problem] = checkScenario(broken, FILE).problems;
    expect(problemLine(problem!, 'it')).toMatch(
      /^rippon-kondo\.json, riga \d+, colonna \d+, minuets: campo sconosciuto/,
    );
    expect(problemLine(problem!, 'en')).toMatch(/^rippon-kondo\.json, line \d+, column \d+, minuets: unknown field/);
  });

  it('reaches the scenario list of a French player in French', async () => {
    const store = createGameStore();
    store.setState({ locale: 'fr' });
    expect(
      await importScenario(store, edit('"next": "debrief"', '"next": "epilogue"'), 'ours.json', undefined, checkHere),
    ).toBe(false);
    const [line] = problemLines(store.getState().imports.problems, 'fr');
    expect(line).toContain('n’existe pas (écrivez "debrief" pour terminer le scénario)');
    expect(line).not.toMatch(/does not exist|has a choice/);
  });

  it('gives every problem of the English checker a code, so no sentence reaches a player untranslated', () => {
    const broken = [
      edit('"minutes": 5', '"minuets": 5, "mood": 1'),
      edit('"next": "debrief"', '"next": "the-jok"'),
      edit(',\n    "it": "Adam Rippon e la gioia di Marie Kondo"', ''),
      '{ "id": "x", }',
      '{}',
    ];
    for (const text of broken)
      for (const p of checkScenario(text, FILE).problems) expect(p.code, problemMessage(p, 'en')).toBeDefined();
  });
});
