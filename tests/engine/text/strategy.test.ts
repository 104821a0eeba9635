import { describe, expect, it } from 'vitest';
import { play, transcriptOf, type Locale } from '../../../src/engine';
import { TEST_ANALYSER } from '../../support/analyser';
import { loadFile } from '../support/scenarios';
import { answer, movesOf as moves } from '../support/written';

const { analyse } = TEST_ANALYSER;
const priceHike = loadFile('scenarios/price-hike-apology-2011.json');
const wendys = loadFile('scenarios/wendys-sassy-voice.json');
const christmas = loadFile('scenarios/christmas-prince-53.json');

describe('an apology a negation takes back is no apology', () => {
  const cases: [Locale, string, string, RegExp][] = [
    [
      'en',
      'We are not sorry. The new prices are fair.',
      'We are sorry. We raised prices without explaining why.',
      /^You said you were not sorry \(“sorry”\)/,
    ],
    ['en', 'sorry not sorry', 'We are sorry. We raised prices without explaining why.', /^You said you were not sorry/],
    [
      'fr',
      "On n'est pas désolés. Les nouveaux prix sont justes.",
      'Nous sommes désolés. Nous avons augmenté les prix sans expliquer pourquoi.',
      /^Vous avez dit ne pas être désolés \(«\sdésolés\s»\)/,
    ],
    [
      'it',
      'Non ci scusiamo. I nuovi prezzi sono giusti.',
      'Ci scusiamo. Abbiamo alzato i prezzi senza spiegare perché.',
      /^La tua risposta diceva di non essere dispiaciuti \(«ci scusiamo»\)/,
    ],
  ];
  for (const [locale, refused, meant, said] of cases) {
    it(`${locale}: "${refused}"`, () => {
      const a = analyse(refused, { language: locale });
      expect(a.features.apology).toBe(0);
      expect(a.features.mockery).toBeGreaterThan(0.2);
      const { outcome, debrief } = answer(priceHike, 'the-apology', refused, locale);
      expect(debrief[0]!.text).toMatch(said);
      expect(outcome.score.total).toBeLessThan(answer(priceHike, 'the-apology', meant, locale).outcome.score.total);
    });
  }
  it('keeps an apology that cannot be said enough', () => {
    expect(analyse("We can't apologise enough. It was our fault.").features.apology).toBeGreaterThan(0.5);
  });
});

describe('an apology for how people feel is conditional: low, and owning nothing', () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      'Sorry if some of you were offended by our new prices.',
      /^You apologised for how people feel, not for what you did/,
    ],
    ['en', "We're SO sorry you feel that way", /^You apologised for how people feel/],
    [
      'fr',
      'Désolés si certains se sont sentis offensés par nos nouveaux prix.',
      /^Vous vous êtes excusés de ce que les gens ressentent/,
    ],
    [
      'it',
      'Ci dispiace se qualcuno si è offeso per i nuovi prezzi.',
      /^La tua risposta si scusava per come si sentono le persone/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}"`, () => {
      const a = analyse(text, { language: locale });
      expect(a.features.apology).toBeLessThan(0.4);
      expect(a.features.accountability).toBe(0);
      expect(answer(priceHike, 'the-apology', text, locale).debrief[0]!.text).toMatch(said);
    });
  }
});

describe('an insult is read clause by clause, whatever else the reply says', () => {
  const cases: [Locale, string, RegExp][] = [
    ['en', "@nightshiftnate sorry, but you're an idiot ❤", /^You apologised, then insulted the person \(“idiot”\)/],
    [
      'fr',
      '@nightshiftnate désolés, mais t’es vraiment un crétin ❤',
      /^Vous vous êtes excusés, puis vous avez insulté la personne/,
    ],
    [
      'it',
      '@nightshiftnate scusa, ma sei proprio un idiota ❤',
      /^La tua risposta si scusava, poi insultava la persona/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}"`, () => {
      expect(analyse(text, { language: locale }).features.mockery).toBeGreaterThan(0.5);
      expect(answer(wendys, 'real-talk', text, locale).debrief[0]!.text).toMatch(said);
    });
  }
  it('does not read an apology for a bad experience as contempt', () => {
    expect(analyse("We're sorry you had a bad experience, we'll fix it.").features.mockery).toBe(0);
    expect(analyse("We know you're frustrated, and that's fair.").features.mockery).toBe(0);
  });
});

describe('polite blame on the customer', () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      '@gregisdone sorry, but you should have read the terms.',
      /^You apologised, then blamed the customer \(“you should have”, “read the terms”\)/,
    ],
    [
      'fr',
      '@gregisdone désolés, mais vous auriez dû lire les conditions.',
      /^Vous vous êtes excusés, puis vous avez rejeté la faute sur le client/,
    ],
    [
      'it',
      '@gregisdone ci dispiace, ma avresti dovuto leggere le condizioni.',
      /^La tua risposta si scusava, poi dava la colpa al cliente/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}"`, () => {
      const a = analyse(text, { language: locale });
      expect(a.features.mockery).toBeGreaterThan(0.4);
      expect(a.features.apology).toBeLessThan(0.5);
      expect(answer(priceHike, 'the-replies', text, locale).debrief[0]!.text).toMatch(said);
    });
  }
});

describe("one viewer's habits told in public", () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      "@jenwatchesstuff looks like you've watched it 18 times this month!",
      /^You named one viewer's habits in public/,
    ],
    [
      'en',
      "@jenwatchesstuff you've streamed it eighteen times, we love that for you ❤",
      /^You named one viewer's habits in public/,
    ],
    [
      'fr',
      "@jenwatchesstuff vous l'avez regardé dix-huit fois ce mois-ci !",
      /^Vous avez exposé en public les habitudes d’une seule personne/,
    ],
    [
      'it',
      "@jenwatchesstuff l'hai guardato 18 volte questo mese!",
      /^La tua risposta ha reso pubbliche le abitudini di una sola persona/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}"`, () => {
      expect(analyse(text, { language: locale }).features.privacyExposure).toBeGreaterThanOrEqual(0.9);
      expect(answer(christmas, 'fans-answer', text, locale).debrief[0]!.text).toMatch(said);
    });
  }
  it('does not read a question about how often as exposure', () => {
    expect(analyse('Be honest: how many times have you watched the trailer?').features.privacyExposure).toBe(0);
  });
});

describe('words that only look like cues', () => {
  it('reads "subscribers", "offered", "promesso", "abbonati" and "not for sale" as no promotion', () => {
    expect(analyse('Our subscribers offered ideas.').features.promotion).toBe(0);
    expect(analyse('The name is not for sale.').features.promotion).toBe(0);
    expect(analyse("L'avevamo promesso agli abbonati.", { language: 'it' }).features.promotion).toBe(0);
    expect(analyse("Le nom n'est pas à vendre.", { language: 'fr' }).features.promotion).toBe(0);
  });
  it('reads "organs" alone as anatomy, not innuendo', () => {
    expect(analyse('@Adaripp Marie Kondo would thank each of your organs for its service').features.edge).toBe(0);
  });
});

describe('an audience that is not fooled', () => {
  it('reads a pile of cues as insincere, in the three languages', () => {
    expect(moves('haha lol 😂 thank you ❤ sorry! we hear you, tell us? @Adaripp 🙏 joke kidding', 'en')).toContain(
      'cue-pile',
    );
    expect(moves('mdr 😂 merci ❤ désolés ! on vous entend, dites-nous ? @Adaripp 🙏 blague', 'fr')).toContain(
      'cue-pile',
    );
    expect(moves('ahah 😂 grazie ❤ ci scusiamo! vi ascoltiamo, diteci? @Adaripp 🙏 scherzo', 'it')).toContain(
      'cue-pile',
    );
    expect(moves('Thank you so much, we hear you and we are here for you ❤', 'en')).not.toContain('cue-pile');
  });
  it('gives gibberish, emoji alone and "ok." no more than silence, and says so', () => {
    const rippon = loadFile('scenarios/rippon-kondo.json');
    const silence = play(rippon, transcriptOf(rippon, [{ step: 'the-joke', choice: 'silent' }]), 1).score.total;
    for (const text of ['asdkj qwe zxcmn', '😂❤🙏', 'ok.']) {
      const { outcome, debrief } = answer(rippon, 'the-joke', text, 'en');
      expect(outcome.score.total, text).toBeLessThanOrEqual(silence);
      expect(debrief[0]!.text).toBe('Your reply said nothing the audience could answer: it counted as silence');
    }
  });
  it('scores a greedy salad of cues below the good reference reply and no higher than silence', () => {
    const rippon = loadFile('scenarios/rippon-kondo.json');
    const step = rippon.steps.find((s) => s.id === 'the-joke')!;
    const good = step.freeText!.exemplars!.find((e) => e.locale === 'en' && e.verdict === 'good')!.text;
    const silence = play(rippon, transcriptOf(rippon, [{ step: 'the-joke', choice: 'silent' }]), 1).score.total;
    const salads = [
      'haha lol 😂 thank you ❤ sorry! we hear you, tell us? @Adaripp 🙏 joke kidding',
      'spark joy joke keep it family share your hehe @Adaripp view 💐',
      'lol 😝 🤭 🤭',
    ];
    for (const salad of salads) {
      const { outcome, debrief } = answer(rippon, 'the-joke', salad, 'en');
      expect(outcome.score.total, salad).toBeLessThanOrEqual(silence);
      expect(outcome.score.total).toBeLessThan(answer(rippon, 'the-joke', good, 'en').outcome.score.total);
      expect(debrief[0]!.move).toBe('says-nothing');
    }
  });

  it('reads a reply about something else as off topic', () => {
    const { written } = answer(wendys, 'rival', 'Our quarterly results will be published on Thursday.', 'en');
    expect(written.written!.moves.map((m) => m.move)).toContain('off-topic');
  });
});
