import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario, LOCALES, PROBLEM_CODES } from '../../src/engine';
import { en } from '../../src/i18n/catalogue/en';
import { fr } from '../../src/i18n/catalogue/fr';
import { it as italian } from '../../src/i18n/catalogue/it';
import { formatProblem, problemKey, problemMessage } from '../../src/i18n/problems';
import { placeholders } from '../support/catalogues';

const CATALOGUES = { en, fr, it: italian };

/** The engine's files that find problems in a scenario: they give codes and values, never words. */
const CHECKING = ['src/engine/schema', 'src/engine/check'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);

/** A file's code without its comments, which may say anything. */
const codeOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

describe('the engine’s problems are codes and values, worded by the catalogue', () => {
  it.each(CHECKING.map((f) => [f]))('%s writes no problem sentence', (file) => {
    const code = codeOf(file);
    // Zod's `message` and `error` take the problem's code (`coded`, `withCode`), never a sentence.
    expect(code).not.toMatch(/\b(message|error)\s*:\s*['"`]/);
    // No table of English words nor sentence: a string of two words or more is one, except the
    // description the JSON Schema gives editors, which documents the format rather than a problem.
    const worded = [...code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)]
      .filter((m) => /[A-Za-z]{2,} [A-Za-z]{2,}/.test(m[2]!))
      .filter((m) => !code.slice(Math.max(0, m.index! - 12), m.index).includes('.describe('));
    expect(worded.map((m) => m[0])).toEqual([]);
  });

  it('finds the engine’s checking files, so that the test above reads something', () => {
    expect(CHECKING.length).toBeGreaterThan(15);
    expect(CHECKING).toContain(join('src/engine/schema', 'load.ts'));
  });

  it.each(PROBLEM_CODES.map((c) => [c]))(
    '%s has a sentence in English, French and Italian with the same placeholders',
    (code) => {
      const key = problemKey(code);
      expect(key).toBe(`problem.${code}`);
      const english = placeholders(CATALOGUES.en[key], 'en');
      for (const locale of LOCALES) {
        expect(CATALOGUES[locale][key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(CATALOGUES[locale][key], locale), `${locale}: ${CATALOGUES[locale][key]}`).toEqual(english);
      }
    },
  );
});

/** An instructor's scenario, broken in one way or another by `change`. */
const base = JSON.parse(readFileSync('tests/fixtures/own-scenario/cold-fries.json', 'utf8'));
function broken(change: (d: typeof base) => void): string {
  const copy = structuredClone(base);
  change(copy);
  return JSON.stringify(copy, null, 2);
}

const BROKEN: Record<string, string> = {
  'a trailing comma': JSON.stringify(base, null, 2).replace('"en"\n  ]', '"en",\n  ]'),
  'a missing comma': JSON.stringify(base, null, 2).replace('"year": 2026,', '"year": 2026'),
  'wrong types and a misspelt field': broken((d) => {
    d.year = '2019';
    d.difficulty = true;
    d.titel = d.title;
    delete d.title;
  }),
  'unknown step ids': broken((d) => {
    d.start = 'the-complain';
    d.steps[0].choices[0].next = 'debrif';
  }),
  'shares that do not add up to 1': broken((d) => {
    d.audience.segments[0].share = 0.7;
  }),
  'a bad image path': broken((d) => {
    d.steps[0].feed[0].image.src = '../images/cold fries.gif';
  }),
  'fields of the wrong form': broken((d) => {
    d.id = 'Cold Fries';
    d.brand.handle = 'pattyshack';
    d.brand.color = 'blue';
    d.sources[0].date = 'March 2026';
    d.sources[0].language = 'english';
    d.locales = ['en', 'en', 'fr', 'it'];
    d.steps[0].choices[0].features = { humour: 3 };
  }),
  'untranslated texts': broken((d) => {
    d.locales = ['en', 'fr'];
  }),
};

describe('a broken scenario, as the instructor reads it', () => {
  it.each(Object.entries(BROKEN))('words every problem of %s in each language', (_, text) => {
    const problems = checkScenario(text, 'cold-fries.json').problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      for (const locale of LOCALES) {
        // `t` throws on a placeholder the engine left out; a sentence with a brace left would show it raw.
        const said = problemMessage(problem, locale);
        expect(said, `${locale} ${problem.code}`).not.toMatch(/[{}]|undefined/);
        expect(said.length).toBeGreaterThan(10);
      }
  });

  it('says in English what was found, where, and what was probably meant', () => {
    const lines = (name: string) =>
      checkScenario(BROKEN[name]!, 'cold-fries.json').problems.map((p) => formatProblem(p));
    expect(lines('a trailing comma')).toEqual([
      'cold-fries.json:7:9  not valid JSON: remove this comma: JSON allows no comma before ]',
    ]);
    expect(lines('wrong types and a misspelt field')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cold-fries\.json:\d+:3 {2}year: must be a number, not the text "2019"$/),
        expect.stringMatching(/ {2}difficulty: the difficulty is 1, 2 or 3$/),
        expect.stringMatching(/ {2}titel: unknown field "titel": did you mean "title"\?$/),
      ]),
    );
    expect(lines('unknown step ids')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          / {2}start: the start step "the-complain" does not exist; did you mean "the-complaint"\?$/,
        ),
        expect.stringMatching(/next step "debrif" does not exist; did you mean "debrief"\?$/),
      ]),
    );
    expect(lines('fields of the wrong form')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ {2}id: an id uses lowercase letters, digits and dashes.* \(not "Cold Fries"\)$/),
        expect.stringMatching(/ {2}brand\.handle: a handle starts with @ and has 1 to 30 letters, digits or _$/),
        expect.stringMatching(/ {2}sources\[0\]\.date: write the date as YYYY-MM-DD, YYYY-MM or YYYY$/),
        expect.stringMatching(/ {2}locales: name each language once: en, fr, it$/),
        expect.stringMatching(/features\.humour: a feature runs from 0 \(absent\) to 1 \(strong\)$/),
      ]),
    );
  });
});
