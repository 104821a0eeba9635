import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, LOCALES, type Analysis } from '../../../src/engine';
import { TEST_ANALYSER } from '../../support/analyser';

const { analyse } = TEST_ANALYSER;

/** Everything a caller relies on, whatever the input. */
function expectWellFormed(text: string, a: Analysis): void {
  expect(LOCALES).toContain(a.language);
  expect(a.valence).toBeGreaterThanOrEqual(-1);
  expect(a.valence).toBeLessThanOrEqual(1);
  for (const name of FEATURE_NAMES) {
    expect(Number.isFinite(a.features[name])).toBe(true);
    expect(a.features[name]).toBeGreaterThanOrEqual(0);
    expect(a.features[name]).toBeLessThanOrEqual(1);
  }
  expect(a.length).toBe([...text].length);
  for (const s of a.signals) for (const span of s.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('the analyser takes any text without breaking', () => {
  it('accepts random Unicode strings (fast-check, 2,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom(...LOCALES), (text, hint) => {
        expectWellFormed(text, analyse(text, { hint }));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(text, analyse(text));
      }),
      { numRuns: 1000 },
    );
  });

  const hostile: [string, string][] = [
    ['empty', ''],
    ['only spaces', '   \n\t  '],
    ['10,000 characters', 'Thanks for watching! '.repeat(477).slice(0, 10_000)],
    ['only emoji', '😂😂😂🔥🔥❤️‍🔥👨‍👩‍👧'],
    ['right-to-left text', 'شكرا لكم على المشاهدة \u202Eevil\u202C'],
    ['zero-width characters', 's\u200Bo\u200Cr\u200Dr\uFEFFy we messed up'],
    ['HTML and script', '<img src=x onerror=alert(1)><script>alert("x")</script>'],
    ['control characters', 'hello\u0000\u0007\u001B[31mred\u007F\u0085'],
    ['lone surrogates', '\uD83D abc \uDE00'],
    ['a huge number', '999999999999999999999999999 people watched it 18 days in a row'],
  ];
  for (const [name, text] of hostile) {
    it(`handles ${name}`, () => {
      expectWellFormed(text, analyse(text));
    });
  }

  it('finds the apology through zero-width characters, and underlines it where it was written', () => {
    const text = 'We are s\u200Bo\u200Cr\u200Dry about your order';
    const a = analyse(text);
    expect(a.features.apology).toBeGreaterThan(0.5);
    expect(a.signals.find((s) => s.feature === 'apology')!.spans[0]).toMatchObject({
      start: 7,
      end: 7 + 's\u200Bo\u200Cr\u200Dry'.length,
    });
  });

  it('gives nothing for an empty reply: no features, no fit with the platform', () => {
    const a = analyse('   ');
    expect(Object.values(a.features).every((x) => x === 0)).toBe(true);
  });
});
