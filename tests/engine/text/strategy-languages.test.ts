import { describe, expect, it } from 'vitest';
import { play, replyAnalysisOptions, routeTo, transcriptOf, type Locale, type Scenario } from '../../../src/engine';
import { TEST_ANALYSER } from '../../support/analyser';
import { loadFile } from '../support/scenarios';
import { answer } from '../support/written';

/** The traps of strategy.test.ts that it checks in one language or two, here in the three, each with what the debrief says. */
const { analyse } = TEST_ANALYSER;
const priceHike = loadFile('scenarios/price-hike-apology-2011.json');
const wendys = loadFile('scenarios/wendys-sassy-voice.json');
const christmas = loadFile('scenarios/christmas-prince-53.json');
const qwikster = loadFile('scenarios/qwikster-2011.json');

const at = (scenario: Scenario, step: string, text: string, locale: Locale) =>
  analyse(text, replyAnalysisOptions(scenario, scenario.steps.find((s) => s.id === step)!, locale));

describe('sarcasm: an apology for the reader feeling that way, stressed', () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      "We're SO sorry you feel that way.",
      /^You apologised for how people feel, not for what you did \(“sorry”\)/,
    ],
    [
      'fr',
      'Nous sommes VRAIMENT désolés que vous le preniez comme ça.',
      /^Vous vous êtes excusés de ce que les gens ressentent, pas de ce que vous avez fait \(«\sdésolés\s»\)/,
    ],
    [
      'it',
      'Ci dispiace DAVVERO che la prendiate così.',
      /^La tua risposta si scusava per come si sentono le persone, non per ciò che il brand ha fatto \(«ci dispiace»\)/i,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}" owns nothing, reads as talking down, and says so`, () => {
      const a = analyse(text, { language: locale });
      expect(a.features.accountability).toBe(0);
      expect(a.features.mockery).toBeGreaterThan(0.2);
      const { debrief } = answer(priceHike, 'the-apology', text, locale);
      expect(debrief[0]!.text).toMatch(said);
    });
  }
  it('reads "sorry not sorry" as sarcasm in English, and its French and Italian as refused apologies', () => {
    expect(answer(wendys, 'pile-on', 'sorry not sorry', 'en').debrief.map((l) => l.move)).toEqual(
      expect.arrayContaining(['negated-apology', 'sarcasm']),
    );
    expect(answer(wendys, 'pile-on', 'désolés pas désolés', 'fr').debrief.map((l) => l.move)).toEqual(
      expect.arrayContaining(['negated-apology', 'sarcasm']),
    );
    expect(answer(wendys, 'pile-on', 'Non ci scusiamo per niente.', 'it').debrief[0]!.text).toMatch(
      /^La tua risposta diceva di non essere dispiaciuti/,
    );
  });
});

describe("one person's habits told in public, numbers in words included", () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      '@jenwatchesstuff you watched it twenty times this week, we love that ❤',
      /^You named one viewer's habits in public/,
    ],
    [
      'fr',
      "@jenwatchesstuff tu l'as regardé dix-huit fois ce mois-ci !",
      /^Vous avez exposé en public les habitudes d’une seule personne/,
    ],
    [
      'it',
      "@jenwatchesstuff l'hai guardato diciotto volte questo mese!",
      /^La tua risposta ha reso pubbliche le abitudini di una sola persona/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}"`, () => {
      expect(analyse(text, { language: locale }).features.privacyExposure).toBeGreaterThanOrEqual(0.9);
      const { debrief } = answer(christmas, 'fans-answer', text, locale);
      expect(debrief[0]!.text).toMatch(said);
      // The debrief says who the exposure moved, and that they took it badly.
      expect(debrief[0]!.segments.some((s) => s.effect < 0)).toBe(true);
      expect(debrief[0]!.text).toMatch(/reacted badly|Réaction défavorable|Reazione negativa/);
    });
  }
});

describe('"not for sale" is no promotion, in the three languages', () => {
  const cases: [Locale, string][] = [
    ['en', 'The name is not for sale, and we never asked to buy it back.'],
    ['fr', "Le nom n'est pas à vendre."],
    ['it', 'Il nome non è in vendita.'],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: "${text}"`, () => {
      expect(analyse(text, { language: locale }).features.promotion).toBe(0);
      expect(answer(qwikster, 'offer-leaks', text, locale).debrief.map((l) => l.feature)).not.toContain('promotion');
    });
  }
});

describe('the brand telling what it did is owning it, not doing it again', () => {
  const cases: [Locale, string][] = [
    ['en', '@nightshiftnate fair. We roasted your face when you were talking about fries. Not ok, sorry.'],
    [
      'fr',
      "@nightshiftnate c'est juste. On s'en est pris à ta tête alors que tu parlais des frites. Pas cool, pardon.",
    ],
    [
      'it',
      '@nightshiftnate giusto. Abbiamo preso in giro la tua faccia mentre parlavi di patatine. Non va bene, scusa.',
    ],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: names the cheap shot, reads as owning it, and the debrief says no mockery`, () => {
      const a = at(wendys, 'pile-on', text, locale);
      expect(a.features.accountability).toBeGreaterThan(0.5);
      expect(a.signals.find((s) => s.feature === 'mockery')?.spans.map((s) => s.text) ?? []).not.toContain(
        text.match(/your face|ta tête|la tua faccia/)![0],
      );
      const { debrief } = answer(wendys, 'pile-on', text, locale);
      expect(debrief.find((l) => l.feature === 'accountability')).toBeDefined();
    });
  }
  it('still reads the mockery where the brand tells it without owning it', () => {
    expect(
      at(wendys, 'pile-on', 'We roasted your face and we would do it again 💀', 'en').features.mockery,
    ).toBeGreaterThan(0.5);
  });
});

describe('characters nobody sees do not move the score or the debrief, in the three languages', () => {
  const cases: [Locale, string][] = [
    ['en', 'Sorry, we got this wrong. What you watch at home is yours, not a punchline.'],
    ['fr', "Pardon, on s'est trompés. Ce que vous regardez chez vous vous appartient."],
    ['it', 'Scusate, abbiamo sbagliato. Quello che guardate a casa è vostro, non una battuta.'],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: zero-width characters, a no-break space and doubled spaces`, () => {
      const slipped = text
        .replace(/ /g, (_, i: number) => (i % 3 === 0 ? ' \u200B' : i % 3 === 1 ? '\u00A0' : '  '))
        .replace(/o/, 'o\u200D');
      const plain = answer(christmas, 'delete-or-clarify', text, locale);
      const shifted = answer(christmas, 'delete-or-clarify', slipped, locale);
      expect(shifted.outcome.score.total).toBe(plain.outcome.score.total);
      // The same lines; the words are quoted as written, the invisible characters with them.
      const seen = (lines: { text: string }[]) =>
        lines.map((l) => l.text.replace(/[\u200B-\u200D]/g, '').replace(/[\s\u00A0]+/g, ' '));
      expect(seen(shifted.debrief)).toEqual(seen(plain.debrief));
    });
  }
});

describe('stock phrases that take up nothing of the post are heard less than a reply that names what happened', () => {
  const cases: [Locale, string, string][] = [
    [
      'en',
      'We deleted comments about the price. That was wrong, and they are back up.',
      'we owe you an apology pardon us mea culpa',
    ],
    [
      'fr',
      'Nous avons supprimé des commentaires sur les prix. C’était une erreur, ils sont de retour.',
      'toutes nos excuses pardon mea culpa',
    ],
    [
      'it',
      'Abbiamo cancellato commenti sui prezzi. È stato un errore, sono di nuovo online.',
      'ci scusiamo perdonateci mea culpa',
    ],
  ];
  for (const [locale, named, stock] of cases) {
    it(`${locale}: the specific reply is heard more and scores higher`, () => {
      expect(at(priceHike, 'the-screenshots', named, locale).heard).toBeGreaterThan(
        at(priceHike, 'the-screenshots', stock, locale).heard,
      );
      expect(answer(priceHike, 'the-screenshots', named, locale).outcome.score.total).toBeGreaterThan(
        answer(priceHike, 'the-screenshots', stock, locale).outcome.score.total,
      );
    });
  }
});

describe('telling a customer to go, or that the brand knows what they watch', () => {
  const dismissals: [Locale, string, RegExp][] = [
    [
      'en',
      '@gregisdone bye then. Plenty of others will take your place.',
      /^You put the fault on the customer \(“bye then”/,
    ],
    [
      'fr',
      '@gregisdone bon vent. D’autres prendront ta place.',
      /^Vous avez rejeté la faute sur le client \(«\sbon vent\s»/,
    ],
    [
      'it',
      '@gregisdone peggio per te. Altri prenderanno il tuo posto.',
      /^La tua risposta dava la colpa al cliente \(«peggio per te»/,
    ],
  ];
  for (const [locale, text, said] of dismissals) {
    it(`${locale}: "${text}" attacks the customer, scores below a plain non-answer, and the debrief says so`, () => {
      const { written, outcome, debrief } = answer(priceHike, 'the-backlash', text, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('blame');
      expect(debrief[0]!.text).toMatch(said);
      const plain = { en: 'We read every message.', fr: 'Nous lisons chaque message.', it: 'Leggiamo ogni messaggio.' };
      expect(outcome.score.total).toBeLessThan(
        answer(priceHike, 'the-backlash', plain[locale], locale).outcome.score.total,
      );
    });
  }
  const watching: [Locale, string, RegExp][] = [
    ['en', 'Lol it is a joke, and yes we know what you watch 😉', /\(“we know what you watch”\)/],
    ['fr', 'Mdr c’est une blague, et oui on sait ce que vous regardez 😉', /\(«\son sait ce que vous regardez\s»\)/],
    ['it', 'Ahah è uno scherzo, e sì, sappiamo cosa guardate 😉', /\(«sappiamo cosa guardate»\)/],
  ];
  for (const [locale, text, said] of watching) {
    it(`${locale}: "${text}" exposes viewers, goes against the lesson, and the debrief says so`, () => {
      const { written, outcome, debrief } = answer(christmas, 'first-accusations', text, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('personal-exposure');
      expect(written.features.privacyExposure).toBeGreaterThan(0.5);
      expect(debrief[0]!.text).toMatch(said);
      const weak = {
        en: 'It was just a bit of holiday fun!',
        fr: 'C’était juste pour rire, c’est Noël !',
        it: 'Era solo un po’ di divertimento natalizio!',
      };
      expect(outcome.score.total).toBeLessThan(
        answer(christmas, 'first-accusations', weak[locale], locale).outcome.score.total,
      );
    });
  }
  it('leaves empathy that says "we know what you" alone', () => {
    for (const [locale, text] of [
      ['en', 'We know what you mean, and we hear you.'],
      ['fr', 'On sait ce que vous ressentez, et on vous entend.'],
      ['it', 'Sappiamo cosa provate, e vi ascoltiamo.'],
    ] as const)
      expect(
        analyse(text, { language: locale }).moves.map((m) => m.move),
        text,
      ).not.toContain('personal-exposure');
  });
});

describe('a company script: thanks and regrets in set phrases', () => {
  const cases: [Locale, string, string, RegExp][] = [
    [
      'en',
      '@gregisdone Our new pricing reflects the cost of bringing you great content. We appreciate your understanding.',
      '@gregisdone ugh, we hear you. That is a big jump and we should have explained it. What plan are you on?',
      /^Your reply read as a company script \(“reflects the cost”, “We appreciate your understanding”\)/,
    ],
    [
      'fr',
      '@gregisdone Notre nouveau tarif reflète le coût de nos contenus. Merci de votre compréhension.',
      '@gregisdone aïe, on vous entend. C’est une grosse hausse et on aurait dû l’expliquer. Vous avez quelle formule ?',
      /^Votre réponse sonnait comme un script d’entreprise \(«\sreflète le coût\s», «\sMerci de votre compréhension\s»\)/,
    ],
    [
      'it',
      '@gregisdone Il nuovo prezzo riflette il costo dei nostri contenuti. Grazie per la comprensione.',
      '@gregisdone uff, vi ascoltiamo. È un aumento forte e avremmo dovuto spiegarlo. Che piano hai?',
      /^La tua risposta suonava come un copione aziendale \(«riflette il costo», «Grazie per la comprensione»\)/,
    ],
  ];
  for (const [locale, script, human, said] of cases) {
    it(`${locale}: earns no warmth, scores below a reply in a person’s words, and the debrief says so`, () => {
      const scripted = answer(priceHike, 'the-backlash', script, locale);
      expect(scripted.written.features.warmth).toBeLessThan(0.1);
      expect(scripted.debrief.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringMatching(said)]));
      expect(scripted.outcome.score.total).toBeLessThan(
        answer(priceHike, 'the-backlash', human, locale).outcome.score.total,
      );
    });
  }
  const satisfaction: [Locale, string, string][] = [
    [
      'en',
      '@gregisdone Thanks for your feedback! Your satisfaction is our top priority. Don’t hesitate to contact us 😊',
      '@gregisdone you’re right, it went up and that stings. If you only use one of the two, DM us and we’ll switch you.',
    ],
    [
      'fr',
      '@gregisdone Merci pour votre retour ! Votre satisfaction est notre priorité absolue. N’hésitez pas à nous faire part de vos suggestions 😊',
      '@gregisdone C’est vrai, ça a augmenté et ça pique. Si vous n’utilisez plus qu’une formule, écrivez-nous en privé.',
    ],
    [
      'it',
      '@gregisdone Grazie per il tuo feedback! La tua soddisfazione è la nostra massima priorità. Non esitare a contattarci 😊',
      '@gregisdone Hai ragione, è aumentato e brucia. Se usi solo uno dei due piani, scrivici in privato e ti cambiamo.',
    ],
  ];
  for (const [locale, script, human] of satisfaction)
    it(`${locale}: "${script}" is a script, and scores below a plain answer`, () => {
      const scripted = answer(priceHike, 'the-replies', script, locale);
      expect(scripted.written.written!.moves.map((m) => m.move)).toContain('boilerplate');
      expect(scripted.outcome.score.total).toBeLessThan(
        answer(priceHike, 'the-replies', human, locale).outcome.score.total,
      );
    });
});

describe('an apology a "but" takes back, or one for nothing', () => {
  const buts: [Locale, string, string, RegExp][] = [
    [
      'en',
      'We are sorry, but the new prices are necessary and fair.',
      'We are sorry. We raised prices without explaining why.',
      /^You apologised, then took it back with a “but” \(“sorry”, “but”\)/,
    ],
    [
      'fr',
      'Désolés, mais les nouveaux prix sont nécessaires et justes.',
      'Désolés. On a augmenté les prix sans expliquer pourquoi.',
      /^Vous vous êtes excusés, puis vous l’avez repris avec un «\smais\s» \(«\sDésolés\s», «\smais\s»\)/,
    ],
    [
      'it',
      'Ci dispiace, ma i nuovi prezzi sono necessari e giusti.',
      'Ci dispiace. Abbiamo aumentato i prezzi senza spiegare perché.',
      /^La tua risposta si scusava, poi se lo rimangiava con un «ma» \(«Ci dispiace», «ma»\)/,
    ],
  ];
  for (const [locale, but, plain, said] of buts) {
    it(`${locale}: "${but}" is half an apology, scores below the plain one, and the debrief says so`, () => {
      const { written, outcome, debrief } = answer(priceHike, 'the-apology', but, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('apology-then-but');
      expect(debrief[0]!.text).toMatch(said);
      expect(outcome.score.total).toBeLessThan(answer(priceHike, 'the-apology', plain, locale).outcome.score.total);
    });
  }
  const nothing: [Locale, string, string][] = [
    ['en', 'We apologise for nothing.', 'We got this wrong and we are sorry.'],
    ['fr', 'Nous ne nous excusons de rien.', 'On s’est trompés et on est désolés.'],
    ['it', 'Non ci scusiamo di nulla.', 'Abbiamo sbagliato e ci dispiace.'],
  ];
  for (const [locale, refused, owned] of nothing) {
    it(`${locale}: "${refused}" refuses to apologise; "${owned}" is an apology, short as it is, and beats silence`, () => {
      const { written, outcome } = answer(priceHike, 'the-apology', refused, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('negated-apology');
      const apology = answer(priceHike, 'the-apology', owned, locale);
      expect(apology.written.silent).toBe(false);
      expect(apology.written.features.apology).toBeGreaterThan(0.05);
      expect(outcome.score.total).toBeLessThan(apology.outcome.score.total);
      const silent = priceHike.steps.find((s) => s.id === 'the-apology')!.choices.find((c) => c.silent);
      if (silent) {
        const silence = play(
          priceHike,
          transcriptOf(priceHike, [...routeTo(priceHike, 'the-apology')!, { step: 'the-apology', choice: silent.id }]),
          1,
        ).score.total;
        expect(apology.outcome.score.total).toBeGreaterThan(silence);
      }
    });
  }
});

describe('a complaint waved away as a joke, or the customer told it was their own doing', () => {
  const cases: [Locale, string, RegExp][] = [
    [
      'en',
      '@nightshiftnate come on, it was all in good fun! You started it 😜 No hard feelings?',
      /^You put the fault on the customer \(“all in good fun”, “You started it”\)/,
    ],
    [
      'fr',
      '@nightshiftnate oh ça va, c’était pour rire ! C’est toi qui as commencé 😜',
      /^Vous avez rejeté la faute sur le client \(«\sc’était pour rire\s», «\sC’est toi qui as commencé\s»\)/,
    ],
    [
      'it',
      '@nightshiftnate dai, era solo una battuta, rilassati. Hai cominciato tu 😜',
      /^La tua risposta dava la colpa al cliente \(«solo una battuta», «rilassati», «Hai cominciato tu»\)/,
    ],
  ];
  for (const [locale, text, said] of cases) {
    it(`${locale}: "${text}" blames, scores below owning the cheap shot, and the debrief says so`, () => {
      const { written, outcome, debrief } = answer(wendys, 'pile-on', text, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('blame');
      expect(debrief[0]!.text).toMatch(said);
      const owned = {
        en: '@nightshiftnate you were talking about fries and we went after your face. Cheap shot, sorry.',
        fr: '@nightshiftnate tu parlais des frites et on s’en est pris à ta tête. Pas cool, pardon.',
        it: '@nightshiftnate parlavi delle patatine e noi abbiamo preso in giro la tua faccia. Colpo basso, scusa.',
      };
      expect(outcome.score.total).toBeLessThan(answer(wendys, 'pile-on', owned[locale], locale).outcome.score.total);
    });
  }
  it('reads the joke a reply names to wave a complaint away as no joke of its own', () => {
    const named = at(wendys, 'pile-on', '@kindnessmatters È solo una battuta, rilassatevi.', 'it');
    expect(named.features.humour).toBe(0);
    // "No more joking" takes nothing back from the customer.
    const stopped = at(wendys, 'real-talk', '@nightshiftnate Ok, qui non si scherza più: scrivici in DM.', 'it');
    expect(stopped.moves.map((m) => m.move)).not.toContain('blame');
  });
  const rules: [Locale, string][] = [
    ['en', '@gregisdone the new price was in our July email: all you had to do was switch plans before September.'],
    [
      'fr',
      '@gregisdone Le nouveau tarif figurait dans notre e-mail : il suffisait de changer de formule avant septembre.',
    ],
    ['it', '@gregisdone Il nuovo prezzo era nella mail di luglio: bastava cambiare piano prima di settembre.'],
  ];
  for (const [locale, text] of rules)
    it(`${locale}: "${text}" puts the fault on the customer, politely`, () => {
      expect(answer(priceHike, 'the-replies', text, locale).written.written!.moves.map((m) => m.move)).toContain(
        'blame',
      );
    });
});

describe('the brand telling, after an "and", the cheap shot it took: owning it', () => {
  const cases: [Locale, string, string][] = [
    ['en', '@nightshiftnate you were talking about fries and we went after your face. Cheap shot, sorry.', 'your face'],
    ['fr', '@nightshiftnate tu parlais des frites et on s’en est pris à ta tête. Pas cool, pardon.', 'ta tête'],
    [
      'it',
      '@nightshiftnate parlavi delle patatine e noi abbiamo preso in giro la tua faccia. Colpo basso, scusa.',
      'la tua faccia',
    ],
  ];
  for (const [locale, text, face] of cases)
    it(`${locale}: no mockery is read in "${face}", and it counts as owning it`, () => {
      const a = at(wendys, 'pile-on', text, locale);
      expect(a.features.mockery).toBe(0);
      expect(a.features.accountability).toBeGreaterThan(0.5);
    });
});

describe('naming the problem to the customer is not contempt when the reply owns it or helps', () => {
  const cases: [Locale, string][] = [
    ['en', '@nightshiftnate two wrong orders in a row isn’t good enough. DM us the location and we’ll fix it.'],
    ['fr', '@nightshiftnate deux commandes ratées de suite, ce n’est pas normal. Écris-nous en MP, on règle ça.'],
    ['it', '@nightshiftnate due ordini sbagliati di fila non vanno bene. Scrivici in DM e sistemiamo tutto.'],
  ];
  for (const [locale, text] of cases)
    it(`${locale}: "${text}"`, () => {
      expect(at(wendys, 'real-talk', text, locale).features.mockery).toBe(0);
    });
  it('still reads contempt in negative words aimed at the customer with nothing offered', () => {
    expect(
      at(wendys, 'real-talk', '@nightshiftnate you are pathetic and your complaint is worthless.', 'en').features
        .mockery,
    ).toBeGreaterThan(0.3);
  });
});

describe('a count of people and what they watched, in one sentence', () => {
  const cases: [Locale, string, string][] = [
    [
      'en',
      'We deleted the tweet about the 53. What people watch at home is their business, and we are sorry.',
      'To the 53 people who watched it every day: who hurt you?',
    ],
    [
      'fr',
      'Nous avons supprimé le tweet sur les 53. Ce que les gens regardent chez eux les regarde, pardon.',
      'Aux 53 personnes qui l’ont regardé chaque jour : qui vous a fait du mal ?',
    ],
    [
      'it',
      'Abbiamo cancellato il tweet sui 53. Cosa guardano le persone a casa è affar loro, scusateci.',
      'Alle 53 persone che l’hanno guardato ogni giorno: chi vi ha fatto del male?',
    ],
  ];
  for (const [locale, apology, exposure] of cases)
    it(`${locale}: naming the incident exposes no one; telling the count's habits does`, () => {
      expect(analyse(apology, { language: locale }).features.privacyExposure).toBe(0);
      expect(analyse(exposure, { language: locale }).features.privacyExposure).toBeGreaterThan(0.9);
    });
});

describe('irony in a face or in capitals', () => {
  const ironic: [Locale, string][] = [
    ['en', 'Thanks so much for your patience 🙄'],
    ['fr', 'Puisque vous avez TELLEMENT adoré Qwikster, on le range au placard. Heureux ?'],
    ['it', 'Grazie mille per la vostra pazienza 🙃'],
  ];
  for (const [locale, text] of ironic)
    it(`${locale}: "${text}" is sarcasm, and the debrief says so`, () => {
      const { written, debrief } = answer(qwikster, 'no-qwikster', text, locale);
      expect(written.written!.moves.map((m) => m.move)).toContain('sarcasm');
      expect(debrief.map((l) => l.move)).toContain('sarcasm');
    });
  const sincere: [Locale, string][] = [
    ['en', 'We forgot to check who had the name 🙃 Sorry, that one is on us.'],
    ['en', 'We are SO excited for Friday!'],
    ['fr', 'On a oublié de vérifier le nom 🙃 Désolés, c’est notre faute.'],
    ['it', 'Siamo DAVVERO felici di rivedervi venerdì!'],
  ];
  for (const [locale, text] of sincere)
    it(`${locale}: "${text}" is not`, () => {
      expect(analyse(text, { language: locale }).moves.map((m) => m.move)).not.toContain('sarcasm');
    });
});

describe('a price that informs, and one that sells', () => {
  const cases: [Locale, string, string, string][] = [
    [
      'en',
      '@budgetmomjess if you mostly stream, the streaming-only plan is $7.99 and you drop the discs.',
      'Only $7.99 a month! Sign up now and never miss a film.',
      'Discover our new plans in the email you just received 🎬',
    ],
    [
      'fr',
      '@budgetmomjess Si vous regardez surtout en streaming, la formule streaming seule est à 7,99 $.',
      'Seulement 7,99 $ par mois ! Abonnez-vous dès maintenant.',
      'Découvrez nos nouvelles formules dans l’e-mail que vous venez de recevoir 🎬',
    ],
    [
      'it',
      '@budgetmomjess Se guardi soprattutto in streaming, il piano solo streaming costa 7,99 $.',
      'Solo 7,99 $ al mese! Abbonati ora e non perdere nessun film.',
      'Scoprite i nostri nuovi piani nella mail che avete appena ricevuto 🎬',
    ],
  ];
  for (const [locale, informs, sells, pitch] of cases)
    it(`${locale}: the plan's price told to the one who asked is no sales pitch; "only…, sign up now" and "discover our new plans" are`, () => {
      expect(at(priceHike, 'the-replies', informs, locale).features.promotion).toBe(0);
      expect(at(priceHike, 'the-replies', sells, locale).features.promotion).toBeGreaterThan(0.5);
      expect(at(priceHike, 'the-new-prices', pitch, locale).features.promotion).toBeGreaterThan(0.3);
    });
});

describe('granting the customer their anger, and telling them what is recorded, are not contempt or exposure', () => {
  const granted: [Locale, string][] = [
    [
      'en',
      '@budgetmomjess we read everything, the angriest too. You have every right to be angry: $9.99 to $15.98 is brutal.',
    ],
    [
      'fr',
      '@budgetmomjess On lit tout, même les plus en colère. Et vous avez le droit de l’être : passer de 9,99 $ à 15,98 $, c’est brutal.',
    ],
    [
      'it',
      '@budgetmomjess Leggiamo tutto, anche i più arrabbiati. Hai tutto il diritto di esserlo: da 9,99 $ a 15,98 $ è brutale.',
    ],
  ];
  for (const [locale, text] of granted)
    it(`${locale}: "${text}" reads no contempt`, () => {
      expect(at(priceHike, 'the-backlash', text, locale).features.mockery).toBe(0);
    });
  const recorded: [Locale, string, string][] = [
    [
      'en',
      '@jenwatchesstuff yes, we record what is played so you can pick up where you left off. You can see, and delete, your viewing history in your account.',
      '@jenwatchesstuff we looked at your history: 14 times since November 20th, always around 11pm.',
    ],
    [
      'fr',
      '@jenwatchesstuff oui, on enregistre ce qui est lu pour que tu reprennes où tu en étais. Tu peux voir et effacer ton historique dans ton compte.',
      '@jenwatchesstuff on a regardé ton historique : 14 fois depuis le 20 novembre, toujours vers 23 h.',
    ],
    [
      'it',
      '@jenwatchesstuff sì, registriamo cosa guardi per farti riprendere da dove eri rimasta. Puoi vedere e cancellare la tua cronologia nel tuo account.',
      '@jenwatchesstuff abbiamo guardato la tua cronologia: 14 volte dal 20 novembre, sempre verso le 23.',
    ],
  ];
  for (const [locale, control, looked] of recorded)
    it(`${locale}: telling a viewer they can see and delete their history exposes no one; looking into it does`, () => {
      expect(at(christmas, 'fans-answer', control, locale).features.privacyExposure).toBe(0);
      expect(at(christmas, 'fans-answer', looked, locale).features.privacyExposure).toBeGreaterThanOrEqual(0.9);
    });
  it('reads a count as a habit only near what was watched', () => {
    const text =
      'Trending, four weeks before release 🎤 We will not call it the best film of the year before you have seen it.';
    expect(analyse(text, { language: 'en' }).features.privacyExposure).toBe(0);
  });
});

describe('what the brand owes, told plainly, against its announcement voice', () => {
  const plain: [Locale, string, string][] = [
    [
      'en',
      'What changes: DVDs and streaming become two plans. Both together are $15.98 a month instead of $9.99.',
      'Netflix is pleased to inform you of an update to our plans, to better serve you. Details in today’s email.',
    ],
    [
      'fr',
      'Ce qui change : DVD et streaming deviennent deux formules. Les deux ensemble, c’est 15,98 $ par mois au lieu de 9,99 $.',
      'Dans le cadre de l’évolution de notre offre, Netflix a le plaisir de vous informer d’un changement de ses formules.',
    ],
    [
      'it',
      'Cosa cambia: DVD e streaming diventano due piani. Insieme costano 15,98 $ al mese invece di 9,99 $.',
      'Netflix è lieta di informarvi che, nell’ambito del rinnovo dell’offerta, i piani cambiano.',
    ],
  ];
  for (const [locale, told, announced] of plain)
    it(`${locale}: the new price told is no pitch, even where the scenario lists it as one; the announcement is a script`, () => {
      expect(at(priceHike, 'the-new-prices', told, locale).features.promotion).toBe(0);
      const sold = {
        en: 'Both for just $15.98 a month!',
        fr: 'Les deux pour 15,98 $ par mois !',
        it: 'Tutti e due a 15,98 $ al mese!',
      };
      expect(at(priceHike, 'the-new-prices', sold[locale], locale).features.promotion).toBeGreaterThan(0.5);
      expect(at(priceHike, 'the-new-prices', announced, locale).moves.map((m) => m.move)).toContain('boilerplate');
    });
  const ours: [Locale, string][] = [
    ['en', '@danarentsdvds Fair. You should’ve heard it from us sooner.'],
    ['fr', '@danarentsdvds C’est juste. Vous auriez dû l’apprendre de notre part, et plus tôt.'],
    ['it', '@danarentsdvds Giusto. Avresti dovuto saperlo da noi, e prima.'],
  ];
  for (const [locale, text] of ours)
    it(`${locale}: "${text}" puts the fault on the brand, not the customer`, () => {
      expect(at(priceHike, 'the-apology', text, locale).moves.map((m) => m.move)).not.toContain('blame');
    });
});

describe('a customer asked for their details where everyone reads them', () => {
  const cases: [Locale, string, string, RegExp][] = [
    [
      'en',
      '@nightshiftnate which location was it? Drop your order number and your address here and we’ll look into it.',
      '@nightshiftnate which location was it? Send us your order number by DM and we’ll look into it.',
      /^You asked for personal details where everyone can read them \(“Drop your”, “your order number”, .*\): ask for them in a private message/,
    ],
    [
      'fr',
      '@nightshiftnate C’était dans quel resto ? Mets ton numéro de commande et ton adresse ici, on regarde.',
      '@nightshiftnate C’était dans quel resto ? Envoie-nous ton numéro de commande en MP, on regarde.',
      /^Vous avez demandé des informations personnelles là où tout le monde peut les lire \(.*\)\s: demandez-les en message privé/,
    ],
    [
      'it',
      '@nightshiftnate In che locale eri? Scrivi qui il tuo numero d’ordine e il tuo indirizzo, controlliamo.',
      '@nightshiftnate In che locale eri? Mandaci il tuo numero d’ordine in privato, controlliamo.',
      /^La tua risposta chiedeva dati personali dove tutti possono leggerli \(.*\): chiedili in un messaggio privato/,
    ],
  ];
  for (const [locale, open, private_, said] of cases)
    it(`${locale}: asking in the thread scores below asking in private messages, and the debrief says so`, () => {
      const asked = answer(wendys, 'real-talk', open, locale);
      expect(asked.written.written!.moves.map((m) => m.move)).toContain('details-in-public');
      expect(asked.debrief.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringMatching(said)]));
      const dm = answer(wendys, 'real-talk', private_, locale);
      expect(dm.written.written!.moves.map((m) => m.move)).not.toContain('details-in-public');
      expect(asked.outcome.score.total).toBeLessThan(dm.outcome.score.total);
    });
  it('reads a promise never to ask as no request', () => {
    for (const [locale, text] of [
      ['en', 'We will never ask for your password here.'],
      ['fr', 'On ne te demandera jamais ton mot de passe ici.'],
      ['it', 'Non ti chiederemo mai la tua password qui.'],
    ] as const)
      expect(
        analyse(text, { language: locale }).moves.map((m) => m.move),
        text,
      ).not.toContain('details-in-public');
  });
});

describe('a brand quoting its own statistics on one viewer, and deciding "after careful consideration"', () => {
  const stats: [Locale, string][] = [
    ['en', '@cocoa_and_crowns again tonight? According to our stats that makes 19 👑'],
    ['fr', '@cocoa_and_crowns Encore ce soir ? D’après nos stats, ça fait 19 👑'],
    ['it', '@cocoa_and_crowns Ancora stasera? Secondo le nostre statistiche fanno 19 👑'],
  ];
  for (const [locale, text] of stats)
    it(`${locale}: "${text}" tells the viewer the brand watches them`, () => {
      expect(at(christmas, 'the-draft', text, locale).features.privacyExposure).toBeGreaterThanOrEqual(0.9);
    });
  const considered: [Locale, string][] = [
    ['en', 'After careful consideration, we have decided to keep one website for our members.'],
    ['fr', 'Après mûre réflexion, nous avons décidé de garder un seul site pour nos abonnés.'],
    ['it', 'Dopo un’attenta valutazione, abbiamo deciso di tenere un solo sito per i nostri abbonati.'],
  ];
  for (const [locale, text] of considered)
    it(`${locale}: "${text}" is a company script`, () => {
      expect(at(qwikster, 'no-qwikster', text, locale).moves.map((m) => m.move)).toContain('boilerplate');
    });
});

describe('admitting how the brand’s act looks is owning it', () => {
  for (const [locale, text] of [
    ['en', 'True, we offered to buy the name. Right after raising prices, that looks bad, and we get it.'],
    ['fr', 'C’est vrai, on a proposé de racheter le nom. Juste après la hausse des prix, ça la fout mal, on le sait.'],
    [
      'it',
      'È vero, abbiamo offerto di comprare il nome. Subito dopo l’aumento dei prezzi non è un bel vedere, lo sappiamo.',
    ],
  ] as const)
    it(`${locale}: "${text}"`, () => {
      expect(at(qwikster, 'offer-leaks', text, locale).features.accountability).toBeGreaterThan(0.5);
    });
});
