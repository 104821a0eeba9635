import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { play, PlayError, replyAnalysisOptions, WRITTEN, type Transcript } from '../../../src/engine';
import { explainWritten } from '../../../src/i18n/written';
import { TEST_ANALYSER, WITH_ANALYSER } from '../../support/analyser';
import { loadFile } from '../support/scenarios';

const { analyse } = TEST_ANALYSER;

const rippon = loadFile('scenarios/rippon-kondo.json');
const written = (text: string, locale: 'en' | 'fr' | 'it' = 'en'): Transcript => ({
  scenarioId: rippon.id,
  scenarioVersion: rippon.version,
  decisions: [{ step: 'the-joke', text, locale }],
});
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof PlayError) return e.code;
    throw e;
  }
  return 'accepted';
};

const WITTY = "@Adaripp We'd happily tell you which of your organs spark joy 😉 but this is a family website";
const SELLING = 'Stream Queer Eye and more now at netflix.com, only $7.99! #Netflix #QueerEye #deal';
const RUDE = "@Adaripp nobody asked, you're pathetic 🤡";

describe('a written reply in play()', () => {
  it('is scored from the features the analyser reads in it', () => {
    const o = play(rippon, written(WITTY), 1, WITH_ANALYSER);
    expect(o.steps[0]!.choice).toBe(WRITTEN);
    expect(o.steps[0]!.features.humour).toBeGreaterThan(0.5);
    expect(o.steps[0]!.written).toMatchObject({ text: WITTY, language: 'en', limit: 280 });
    expect(o.complete).toBe(true);
  });

  it('ranks a witty written reply above a sales pitch and an insult, as the authored choices are ranked', () => {
    const score = (text: string) => play(rippon, written(text), 1, WITH_ANALYSER).score.total;
    expect(score(WITTY)).toBeGreaterThan(score(SELLING));
    expect(score(WITTY)).toBeGreaterThan(score(RUDE));
    const authored = (choice: string) =>
      play(rippon, { ...written(''), decisions: [{ step: 'the-joke', choice }] }, 1).score.total;
    // Writing the authored witty reply yourself scores near the authored choice.
    expect(Math.abs(score(WITTY) - authored('witty'))).toBeLessThan(100);
  });

  it('gives the same outcome for the same words, in this process and another', () => {
    const here = JSON.stringify(play(rippon, written(WITTY), 7, WITH_ANALYSER));
    expect(JSON.stringify(play(rippon, written(WITTY), 7, WITH_ANALYSER))).toBe(here);
    const script = `import { createAnalyser, loadLanguageData, play } from './src/engine/index.ts'; import { loadFile } from './tests/engine/support/scenarios.ts';
      const analyser = createAnalyser(await loadLanguageData());
      const s = loadFile('scenarios/rippon-kondo.json');
      process.stdout.write(JSON.stringify(play(s, { scenarioId: s.id, scenarioVersion: s.version, decisions: [{ step: 'the-joke', text: ${JSON.stringify(WITTY)}, locale: 'en' }] }, 7, { analyser })));`;
    expect(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }),
    ).toBe(here);
  });

  it('draws the same score whatever characters nobody sees are slipped in', () => {
    const plain = play(rippon, written(WITTY), 7, WITH_ANALYSER);
    const padded = [
      WITTY.replace(/ /g, ' \u200B'),
      WITTY.replace(/ /g, '\u00A0'),
      WITTY.replace(/ /g, '  '),
      `\u2060${WITTY}\uFEFF`,
      WITTY.replace('family', 'Family'),
    ];
    for (const text of padded) {
      const o = play(rippon, written(text), 7, WITH_ANALYSER);
      expect(o.score, JSON.stringify(text)).toEqual(plain.score);
      expect(o.reactions).toEqual(plain.reactions);
      expect(o.steps[0]!.written!.text).toBe(text.trim());
    }
  });

  it('refuses empty, too long, and misplaced replies with a typed error', () => {
    expect(refusal(() => play(rippon, written('   '), 1, WITH_ANALYSER))).toBe('empty-reply');
    expect(refusal(() => play(rippon, written('x'.repeat(281)), 1, WITH_ANALYSER))).toBe('reply-too-long');
    expect(refusal(() => play(rippon, written('x'.repeat(280)), 1, WITH_ANALYSER))).toBe('accepted');
    const noFreeText = { ...rippon, steps: rippon.steps.map((s) => ({ ...s, freeText: undefined })) };
    expect(refusal(() => play(noFreeText, written(WITTY), 1, WITH_ANALYSER))).toBe('no-free-text');
    // Without the analyser a written reply cannot be read: refused, never guessed.
    expect(refusal(() => play(rippon, written(WITTY), 1))).toBe('text-not-ready');
  });

  it('reads a reply in the language it is written in, and an English audience takes less from a French one', () => {
    const fr = "@Adaripp On vous dirait volontiers quels organes procurent de la joie 😉 mais c'est un site familial";
    const inFrench = play(rippon, written(fr, 'en'), 1, WITH_ANALYSER);
    expect(inFrench.steps[0]!.written!.language).toBe('fr');
    expect(inFrench.steps[0]!.written!.moves.map((m) => m.move)).toContain('other-language');
    // The same joke, in the audience's language and in another.
    expect(play(rippon, written(WITTY), 1, WITH_ANALYSER).score.total).toBeGreaterThan(inFrench.score.total);
    expect(play(rippon, written(fr, 'fr'), 1, WITH_ANALYSER).steps[0]!.written!.moves).toEqual([]);
  });
});

describe('where a written reply leads', () => {
  it('follows the first branch whose feature the reply carries strongly enough, else the default', () => {
    const branched = {
      ...rippon,
      steps: [
        {
          ...rippon.steps[0]!,
          freeText: {
            ...rippon.steps[0]!.freeText!,
            next: 'debrief',
            branches: [{ feature: 'profanity' as const, atLeast: 0.5, next: 'apology' }],
          },
        },
        { ...rippon.steps[0]!, id: 'apology', at: 60, freeText: undefined },
      ],
    };
    const clean = play(branched, written(WITTY), 1, WITH_ANALYSER);
    expect(clean.steps[0]!.next).toBe('debrief');
    expect(clean.complete).toBe(true);
    const rude = play(branched, written('@Adaripp what the fuck, that joke is shit'), 1, WITH_ANALYSER);
    expect(rude.steps[0]!.next).toBe('apology');
    expect(rude.complete).toBe(false);
  });
});

describe('the debrief of a written reply', () => {
  it('names the features, quotes the words and says which audience took them badly', () => {
    const prince = loadFile('tests/engine/fixtures/christmas-prince.json');
    const step = prince.steps[0]!;
    const scenario = { ...prince, steps: [{ ...step, freeText: { next: 'debrief', delayMinutes: 5 } }] };
    const text = "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?";
    const o = play(
      scenario,
      { scenarioId: scenario.id, scenarioVersion: scenario.version, decisions: [{ step: step.id, text }] },
      1,
      WITH_ANALYSER,
    );
    const lines = explainWritten(scenario, o.steps[0]!, 'en');
    const privacy = lines.find((l) => l.feature === 'privacyExposure')!;
    expect(privacy.text).toMatch(/^Your reply mentioned 53 identifiable customers \(“53 people”.*\): .*reacted badly/);
    expect(privacy.spans.map((s) => s.text)).toContain('53 people');
    expect(privacy.segments[0]!.effect).toBeLessThan(0);
    expect(explainWritten(scenario, o.steps[0]!, 'fr').find((l) => l.feature === 'privacyExposure')!.text).toMatch(
      /^Votre réponse citait 53 clients identifiables/,
    );
    expect(explainWritten(scenario, o.steps[0]!, 'it').find((l) => l.feature === 'privacyExposure')!.text).toMatch(
      /^La tua risposta citava 53 clienti identificabili/,
    );
  });

  it('is the same analysis the compose screen previews', () => {
    const o = play(rippon, written(WITTY), 1, WITH_ANALYSER);
    const a = analyse(WITTY, replyAnalysisOptions(rippon, rippon.steps[0]!, 'en'));
    expect(o.steps[0]!.features).toEqual(a.features);
  });
});
