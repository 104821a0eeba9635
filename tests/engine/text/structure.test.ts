import { describe, expect, it } from 'vitest';
import { localize, play, replyAnalysisOptions, transcriptOf, type Locale } from '../../../src/engine';
import { TEST_ANALYSER } from '../../support/analyser';
import { loadFile } from '../support/scenarios';
import { answer } from '../support/written';

/** Word salads (the post's own words dropped among stock phrases) against sentences, in the three languages. */
const rippon = loadFile('scenarios/rippon-kondo.json');
const step = rippon.steps.find((s) => s.id === 'the-joke')!;
const silence = play(rippon, transcriptOf(rippon, [{ step: 'the-joke', choice: 'silent' }]), 1).score.total;

/** The words of four letters or more of the post answered, in the order it says them. */
const postWords = (locale: Locale) => [
  ...new Set(
    step.feed
      .flatMap((f) =>
        localize(f.text, locale)
          .toLowerCase()
          .split(/[^\p{L}]+/u),
      )
      .filter((w) => [...w].length >= 4),
  ),
];
/** Stock phrases of each language: laughter, warmth, listening, an apology, an invitation. */
const CUES: Record<Locale, string[]> = {
  en: ['haha', 'thank you', 'we hear you', 'sorry', 'tell us', '❤'],
  fr: ['mdr', 'merci', 'nous vous entendons', 'désolés', 'dites-nous', '❤'],
  it: ['ahah', 'grazie', 'vi ascoltiamo', 'ci dispiace', 'diteci', '❤'],
};
/** The post's words, two by two, between stock phrases. */
const salad = (locale: Locale, perCue: number) => {
  const words = postWords(locale);
  return CUES[locale].map((c, i) => `${words.slice(i * perCue, (i + 1) * perCue).join(' ')} ${c}`).join(' ');
};

describe('a pile of words is told from a sentence', () => {
  for (const locale of ['en', 'fr', 'it'] as const) {
    for (const perCue of [1, 2, 3]) {
      it(`${locale}: the post's words dropped ${perCue} by ${perCue} among cues say nothing, and the debrief says so`, () => {
        const text = salad(locale, perCue);
        const { outcome, debrief } = answer(rippon, 'the-joke', text, locale);
        expect(outcome.score.total, text).toBeLessThanOrEqual(silence);
        expect(debrief[0]!.move, text).toBe('says-nothing');
        // The compose panel reads the same analysis: it shows the reply as saying nothing.
        const read = TEST_ANALYSER.analyse(text, replyAnalysisOptions(rippon, step, locale));
        expect(read.saysNothing).toBe(true);
        expect(read.moves.map((m) => m.move)).toContain('says-nothing');
      });
    }
    it(`${locale}: a list of the post's keywords alone is no reply`, () => {
      const text = postWords(locale).slice(0, 6).join(' ');
      expect(TEST_ANALYSER.analyse(text, replyAnalysisOptions(rippon, step, locale)).saysNothing, text).toBe(true);
    });
    it(`${locale}: one word of the post said three times in a short reply is no reply`, () => {
      const [a, b] = postWords(locale);
      const text = `${a} ${b} ${a} ${b} ${a}?`;
      expect(TEST_ANALYSER.analyse(text, replyAnalysisOptions(rippon, step, locale)).saysNothing, text).toBe(true);
    });
    it(`${locale}: a list of the post's keywords with a number among them is no reply either`, () => {
      const words = postWords(locale);
      const text = `${words.slice(0, 4).join(' ')} 20 ${words.slice(4, 8).join(' ')} 206`;
      expect(TEST_ANALYSER.analyse(text, replyAnalysisOptions(rippon, step, locale)).saysNothing, text).toBe(true);
    });
  }

  it('lets a long reply come back to its subject', () => {
    const text =
      'The pause seat is real: the pause seat has a button, and the pause seat is in row F. We tested it on our own staff, who loved it, and it goes in for Friday.';
    expect(TEST_ANALYSER.analyse(text, { language: 'en' }).saysNothing).toBe(false);
  });

  const sentences: [Locale, string][] = [
    ['en', 'lol same'],
    ['en', 'ok we hear you, fixing it now'],
    ['en', 'Cold fries two nights running? Not ok. DM us where 🍟'],
    ['en', 'Lesson learned. Thank you for telling us, loudly.'],
    ['en', "Here's why prices change: we are investing in more shows."],
    ['en', 'Sorry, we hear you. Fixing it now.'],
    ['en', "Thank you, we hear you, and we're sorry: the fries should never be cold."],
    ['fr', 'mdr pareil'],
    ['fr', 'Merci, on vous entend, et on est désolés : les frites ne devraient jamais être froides.'],
    ['fr', 'ok, on vous entend, on corrige tout de suite'],
    ['fr', 'Deux commandes fausses, ce n’est pas normal. Dis-nous où, on règle ça 🍟'],
    ['it', 'ahah uguale'],
    ['it', 'Grazie, vi ascoltiamo e ci dispiace: le patatine non dovrebbero mai essere fredde.'],
    ['it', 'ok, vi ascoltiamo, lo sistemiamo adesso'],
    ['it', 'Quale serie aggiungiamo? Diteci nei commenti 😉'],
    // A number is a word of its clause, not a break between piles.
    ['en', "We'd happily tell you which of your 206 organs spark joy 😉 but this is a family website"],
    ['fr', 'On vous dirait volontiers lesquels de vos 206 os vous mettent en joie, mais ce site est familial'],
    ['it', 'Ti diremmo volentieri quali dei tuoi 206 organi ti danno gioia, ma questo è un sito per famiglie'],
  ];
  for (const [locale, text] of sentences)
    it(`${locale}: "${text}" is a reply, not a pile`, () => {
      const read = TEST_ANALYSER.analyse(text, replyAnalysisOptions(rippon, step, locale));
      expect(read.saysNothing).toBe(false);
      expect(read.moves.map((m) => m.move)).not.toContain('says-nothing');
    });
});
