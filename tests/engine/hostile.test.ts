import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemText, worded } from '../support/problems';
import { readFileSync } from 'node:fs';
import { checkScenario, localize, type CheckResult } from '../../src/engine';
import { mutate, mutations } from './support/mutations';

const original = readFileSync('scenarios/rippon-kondo.json', 'utf8');
const data = JSON.parse(original);

/** A checker result anyone can rely on: a scenario, or problems that each say where and what. */
function expectUsable(r: CheckResult): void {
  if (r.problems.length === 0) expect(r.scenario).toBeDefined();
  for (const p of r.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(problemText(p).length).toBeGreaterThan(5);
  }
  expect(r.scenario !== undefined || r.problems.length > 0).toBe(true);
}

const mutation = mutations(data);

describe('random mutations of a valid scenario', () => {
  it('either validate or give a checker message, and never throw (fast-check, 1,500 mutated trees)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const mutated = ms.reduce<unknown>((d, m) => mutate(d, m), data);
        expectUsable(checkScenario(JSON.stringify(mutated, null, 2), 'mutated.json'));
      }),
      { numRuns: 1500 },
    );
    // 1,500 full checks: a busy machine may need well over the default time.
  }, 180_000);

  it('give a syntax message with a place for random edits of the text (fast-check, 1,500 edits)', () => {
    fc.assert(
      fc.property(
        fc.nat(original.length - 1),
        fc.nat(20),
        fc.string({ unit: 'binary', maxLength: 8 }),
        (at, cut, insert) => {
          expectUsable(checkScenario(original.slice(0, at) + insert + original.slice(at + cut), 'edited.json'));
        },
      ),
      { numRuns: 1500 },
    );
    // 1,500 full checks: a busy machine may need well over the default time.
  }, 180_000);
});

describe('a hostile scenario file is harmless', () => {
  it('refuses 50 MB of JSON before parsing it', () => {
    const huge = `{"padding": "${'x'.repeat(50_000_000)}"}`;
    const r = checkScenario(huge, 'huge.json');
    expect(r.problems.map(worded)).toEqual([
      {
        file: 'huge.json',
        path: '',
        line: 1,
        column: 1,
        message: 'the file is 50 MB; a scenario may be at most 2 MB',
        code: 'file-too-big',
        values: { mb: 50, max: 2 },
      },
    ]);
  });

  it('survives deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(checkScenario(deep, 'deep.json').problems.map(worded)).toEqual([
      {
        file: 'deep.json',
        path: '',
        line: 1,
        column: 65,
        message: 'the file nests objects and lists more than 64 levels deep; a scenario needs about 8',
        code: 'too-deep',
        values: { max: 64 },
      },
    ]);
    const deepObject = `{"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    expectUsable(checkScenario(deepObject, 'deep-object.json'));
  });

  it('does not let "__proto__" or "constructor" keys pollute objects', () => {
    const text = original.replace(
      '"schemaVersion": 1,',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "schemaVersion": 1,',
    );
    const r = checkScenario(text, 'proto.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.problems.map((p) => problemText(p))).toEqual(
      expect.arrayContaining(['unknown field "__proto__": check the spelling']),
    );
  });

  it('keeps HTML and script in texts as plain text, to be shown as written', () => {
    const script = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const text = original.replace('"en": "Sparking joy with Adam Rippon"', `"en": ${JSON.stringify(script)}`);
    const r = checkScenario(text, 'html.json');
    expect(r.problems).toEqual([]);
    expect(localize(r.scenario!.title, 'en')).toBe(script);
  });
});
