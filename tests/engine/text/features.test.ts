import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/engine';
import { TEST_ANALYSER } from '../../support/analyser';
import { EXAMPLES } from './examples';

const { analyse } = TEST_ANALYSER;

/** A feature "is there" from this value up. */
const PRESENT = 0.3;
const options = { handles: ['@Adaripp'], brand: ['Netflix'] };

describe('the analyser finds each feature in English, French and Italian', () => {
  for (const { feature, yes, no } of EXAMPLES) {
    for (const locale of LOCALES) {
      for (const text of yes[locale] ?? []) {
        it(`${feature} in ${locale}: "${text}"`, () => {
          const a = analyse(text, options);
          expect(a.language).toBe(locale);
          expect(a.features[feature]).toBeGreaterThanOrEqual(PRESENT);
          // Explainable: the signal quotes words that are really in the reply.
          const signal = a.signals.find((s) => s.feature === feature);
          expect(signal?.spans.length).toBeGreaterThan(0);
          for (const span of signal!.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
        });
      }
      for (const text of no[locale] ?? []) {
        it(`no ${feature} in ${locale}: "${text}"`, () => {
          expect(analyse(text, options).features[feature]).toBeLessThan(PRESENT);
        });
      }
    }
  }

  it('counts the identifiable customers a reply exposes', () => {
    const a = analyse(
      "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?",
    );
    expect(a.signals.find((s) => s.feature === 'privacyExposure')?.count).toBe(53);
    expect(analyse('10 million households watched Bird Box in its first week').features.privacyExposure).toBeLessThan(
      PRESENT,
    );
  });

  it('tells a mention of someone in the feed from a mention of anyone', () => {
    expect(analyse('@Adaripp great skate', options).features.personalAddress).toBeGreaterThan(
      analyse('@someone great skate', options).features.personalAddress,
    );
  });

  it('measures the length against the 280-character limit and lowers the platform fit past it', () => {
    const short = analyse('Thanks!');
    const long = analyse('So much to say. '.repeat(25));
    expect(short).toMatchObject({ length: 7, limit: 280 });
    expect(long.length).toBe(400);
    expect(long.features.platformFit).toBeLessThan(short.features.platformFit);
    expect(analyse('BUY NOW BUY NOW THIS IS THE BEST DEAL EVER').features.platformFit).toBeLessThan(0.8);
  });

  it("adds a scenario's own cues to the language's", () => {
    const plain = analyse('Which of your organs spark joy, Adam?');
    const withCues = analyse('Which of your organs spark joy, Adam?', { cues: { humour: ['spark joy'] } });
    expect(withCues.features.humour).toBeGreaterThan(plain.features.humour);
    // A "*" ends any word of a cue: "procure* de la joie" finds "procurent de la joie".
    const fr = analyse('Quels organes procurent de la joie, Adam ?', { cues: { humour: ['procure* de la joie'] } });
    expect(fr.signals.find((s) => s.feature === 'humour')?.spans.map((x) => x.text)).toEqual(['procurent de la joie']);
  });
});

describe('language', () => {
  it('is detected, and the hint decides when the reply is too short to tell', () => {
    expect(analyse('Merci beaucoup pour votre message, nous regardons cela tout de suite').language).toBe('fr');
    expect(analyse('Grazie mille per il messaggio, ci stiamo lavorando subito').language).toBe('it');
    expect(analyse('Thank you so much for the message, we are looking into it right now').language).toBe('en');
    expect(analyse('Merci !', { hint: 'fr' })).toMatchObject({ language: 'fr', languageFrom: 'hint' });
    expect(analyse('ok', { hint: 'it' }).language).toBe('it');
  });

  it('can be forced by the scenario', () => {
    expect(analyse('Thank you so much for the message, we are looking into it', { language: 'it' })).toMatchObject({
      language: 'it',
      languageFrom: 'forced',
    });
  });
});
