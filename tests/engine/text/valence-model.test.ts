import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createAnalyser, type Locale } from '../../../src/engine';
import { LANGUAGE_DATA } from '../../../src/engine/text/data/index';
import { prepare } from '../../../src/engine/text/prepare';
import { tokenize } from '../../../src/engine/text/tokens';
import { compileValenceModel } from '../../../src/engine/text/valence-model';
import { TEST_ANALYSER } from '../../support/analyser';

const MODEL_FILE = 'src/engine/text/data/valence-model.json';
const model = LANGUAGE_DATA.valenceModel!;
const rulesOnly = createAnalyser({ ...LANGUAGE_DATA, valenceModel: undefined });
const v = (text: string, language: Locale) => TEST_ANALYSER.analyse(text, { language }).valence;

describe('the trained valence model', () => {
  it('is in the word lists the game loads, for the three languages, each blended with the rules', () => {
    for (const locale of ['en', 'fr', 'it'] as const) {
      const part = model.languages[locale];
      expect(part.weights).toHaveLength(2 * part.features.length + 2);
      expect(part.blend).toBeGreaterThan(0);
      expect(part.blend).toBeLessThanOrEqual(1);
    }
  });

  it('stays small enough for the lazily loaded text chunk (under 300 KB gzipped)', () => {
    const raw = readFileSync(MODEL_FILE);
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThan(300_000);
  });

  // Replies as a brand's followers write them, which the rules alone read weakly or not at all.
  const cases: [Locale, string, string][] = [
    [
      'en',
      'Finally got my order, the delivery guys were brilliant',
      'Three hours on hold and still no refund. Never again',
    ],
    [
      'fr',
      'Merci pour la réponse rapide, le service client est au top',
      "Trois heures d'attente et toujours pas de remboursement. C'est honteux.",
    ],
    [
      'it',
      'Grazie per la risposta veloce, servizio clienti al top',
      'Tre ore di attesa e ancora nessun rimborso, vergogna',
    ],
  ];
  for (const [locale, happy, angry] of cases) {
    it(`in ${locale}: reads praise as positive and a complaint as negative`, () => {
      expect(v(happy, locale)).toBeGreaterThan(0.1);
      expect(v(angry, locale)).toBeLessThan(-0.1);
    });
  }

  it("moves the rules' reading towards its own as far as they are unsure, by the blend chosen on validation", () => {
    const text = 'Le service client a répondu en dix minutes';
    const rules = rulesOnly.analyse(text, { language: 'fr' }).valence;
    const p = prepare(text);
    const fr = compileValenceModel(model).fr;
    expect(v(text, 'fr')).toBe(
      rules + fr.blend * (1 - Math.abs(rules)) * (fr.read(tokenize(p.cased, p.lower), p.cased, rules) - rules),
    );
  });

  it('keeps the rules where they are sure: a negation still flips, a hostile reply stays negative', () => {
    for (const [locale, negated, hostile] of [
      ['en', 'The show is not good', 'This is awful, I hate it'],
      ['fr', "La série n'est pas bonne", "C'est horrible, je déteste"],
      ['it', 'La serie non è buona', 'È orribile, lo odio'],
    ] as const) {
      expect(v(negated, locale)).toBeLessThan(0);
      expect(v(hostile, locale)).toBeLessThan(-0.5);
    }
  });

  it('reads a reply the same whatever invisible characters it holds', () => {
    expect(v('Merci\u200b pour la réponse rapide', 'fr')).toBe(v('Merci pour la réponse rapide', 'fr'));
  });
});
