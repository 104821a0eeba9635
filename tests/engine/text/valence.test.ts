import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyser, type Locale } from '../../../src/engine';
import { LANGUAGE_DATA } from '../../../src/engine/text/data/index';
import { TEST_ANALYSER } from '../../support/analyser';
import { pearson } from '../../../scripts/support/statistics';

const { analyse } = TEST_ANALYSER;
const RULES_ONLY = createAnalyser({ ...LANGUAGE_DATA, valenceModel: undefined });

const v = (text: string, language: Locale = 'en') => analyse(text, { language }).valence;

/** The bar for the correlation with human ratings (published VADER: 0.881; one human rater: 0.888). */
const BAR = 0.86;

describe('valence agrees with human judgement', () => {
  it(`correlates with the mean ratings of ~20 people on 4,200 tweets at r ≥ ${BAR}`, () => {
    const rows = readFileSync('tests/fixtures/vader-tweets/tweets_GroundTruth.txt', 'utf8')
      .split(/\r?\n/)
      .filter(Boolean)
      .map((line) => line.split('\t'));
    expect(rows).toHaveLength(4200);
    const human = rows.map((r) => Number(r[1]));
    const ours = rows.map((r) => v(r[2]!));
    const r = pearson(human, ours);
    console.log(`valence vs human ratings (VADER tweets, n = ${rows.length}): r = ${r.toFixed(3)} (bar ${BAR})`);
    expect(r).toBeGreaterThanOrEqual(BAR);
  });
});

// The rules alone, as valence.ts applies them; the trained model's part is tested in valence-model.test.ts.
describe('valence follows the rules of VADER in the three languages', () => {
  const v = (text: string, language: Locale = 'en') => RULES_ONLY.analyse(text, { language }).valence;
  const cases: [Locale, string, string, string][] = [
    // language, plain, intensified, negated
    ['en', 'The show is good', 'The show is very good', 'The show is not good'],
    ['fr', 'La série est bonne', 'La série est très bonne', "La série n'est pas bonne"],
    ['it', 'La serie è buona', 'La serie è molto buona', 'La serie non è buona'],
  ];
  for (const [lang, plain, intense, negated] of cases) {
    it(`in ${lang}: positive, stronger with an intensifier, flipped by a negation, raised by "!" and capitals`, () => {
      expect(v(plain, lang)).toBeGreaterThan(0.2);
      expect(v(intense, lang)).toBeGreaterThan(v(plain, lang));
      expect(v(negated, lang)).toBeLessThan(0);
      expect(v(`${plain}!!!`, lang)).toBeGreaterThan(v(plain, lang));
      const words = plain.split(' ');
      const shouted = [...words.slice(0, -1), words.at(-1)!.toUpperCase()].join(' ');
      expect(v(shouted, lang)).toBeGreaterThan(v(plain, lang));
    });
  }

  it('reads emoji and emoticons', () => {
    expect(v('new episode tonight 😍')).toBeGreaterThan(v('new episode tonight'));
    expect(v('new episode tonight 😒')).toBeLessThan(v('new episode tonight'));
    expect(v('new episode tonight :)')).toBeGreaterThan(0);
    expect(v('nuovo episodio stasera ❤️', 'it')).toBeGreaterThan(0);
  });

  it('weighs what follows "but" / "mais" / "ma" more', () => {
    expect(v('The plot is bad but the actors are great')).toBeGreaterThan(0);
    expect(v("L'intrigue est mauvaise mais les acteurs sont excellents", 'fr')).toBeGreaterThan(0);
    expect(v('La trama è orribile ma gli attori sono ottimi', 'it')).toBeGreaterThan(0);
  });

  it('stops a negation at the end of its sentence', () => {
    expect(v('Nope. I love it')).toBeGreaterThan(0);
  });

  it('gives hostile replies a negative valence in every language', () => {
    expect(v('This is awful, I hate it')).toBeLessThan(-0.5);
    expect(v("C'est horrible, je déteste", 'fr')).toBeLessThan(-0.5);
    expect(v('È orribile, lo odio', 'it')).toBeLessThan(-0.5);
  });
});

describe('words the Pattern lexicons rate that carry no feeling', () => {
  // "qui" (here) and "ancora" (again), "tout" and "tous" (all) are rated as praise by the lexicons; the debrief
  // would underline them as a warm tone.
  for (const [locale, text] of [
    ['it', 'Scrivici qui, ancora una volta.'],
    ['fr', 'Tout le monde, tous les jours.'],
  ] as const)
    it(`${locale}: "${text}" reads neutral, with no word of it underlined for its tone`, () => {
      const a = RULES_ONLY.analyse(text, { language: locale });
      expect(a.valence).toBe(0);
      expect(a.signals.find((s) => s.feature === 'valence')).toBeUndefined();
    });
});
