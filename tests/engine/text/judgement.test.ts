import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/engine';
import type { Move } from '../../../src/engine/text/analysis';
import { TEST_ANALYSER } from '../../support/analyser';
import { loadFile } from '../support/scenarios';
import { answer, movesOf as moves } from '../support/written';

/**
 * Readings that tell a reply's judgement from its words' look: hype read as selling, a slogan quoted back, credit
 * that sounds like blame, "relax" said to an angry person, a jab at someone's looks, the brand telling its own act
 * as badly done, and the reader's own words and feelings named back. Each in the three languages.
 */
const { analyse } = TEST_ANALYSER;
const campaigns = loadFile('scenarios/entertainment-campaigns-2009.json');
const wendys = loadFile('scenarios/wendys-sassy-voice.json');
const christmas = loadFile('scenarios/christmas-prince-53.json');
const broadcast = loadFile('scenarios/broadcast-or-conversation.json');
const priceHike = loadFile('scenarios/price-hike-apology-2011.json');

describe('hype promises what no one can: it is sales talk', () => {
  const cases: [Locale, string][] = [
    ['en', "@filmfan_ola Absolutely! You'll love it, everyone does 🎤👑"],
    ['fr', '@filmfan_ola Carrément ! Tu vas adorer, le film de l’année sans conteste 🎤'],
    ['it', '@filmfan_ola Assolutamente sì! Lo amerai, è il film dell’anno 🎤'],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: "${text}" is read as promotion`, () => {
      expect(analyse(text, { language: locale }).features.promotion).toBeGreaterThanOrEqual(0.5);
    });
  }
  it('scores an honest answer to "can I watch it without the series?" above the hype, in the three languages', () => {
    const pairs: [Locale, string, string][] = [
      [
        'en',
        '@filmfan_ola Honest answer: fans of the series catch more of the in-jokes, and some first-timers felt a bit lost. The duet works either way, and the first episodes are a quick catch-up.',
        "@filmfan_ola Absolutely! You'll love it, everyone does 🎤👑",
      ],
      [
        'fr',
        '@filmfan_ola Franchement : les fans de la série saisiront plus de clins d’œil, et certains nouveaux venus se sont sentis un peu perdus. Le duo marche quand même, et les premiers épisodes se rattrapent vite.',
        '@filmfan_ola Carrément ! Tu vas adorer, tout le monde adore 🎤👑',
      ],
      [
        'it',
        '@filmfan_ola Risposta sincera: chi conosce la serie coglie più battute, e qualche nuovo spettatore si è sentito un po’ perso. Il duetto funziona lo stesso, e i primi episodi si recuperano in fretta.',
        '@filmfan_ola Assolutamente! Lo amerai, tutti lo adorano 🎤👑',
      ],
    ];
    for (const [locale, honest, hype] of pairs) {
      const score = (text: string) => answer(campaigns, 'opening-weekend', text, locale).outcome.score.total;
      expect(score(honest), locale).toBeGreaterThan(score(hype));
    }
  });
  it('reads a slogan quoted back, and owned, as accountability rather than selling', () => {
    const cases: [Locale, string][] = [
      ['en', "'Funniest film of the year' was our line, and we oversold it. Sorry to everyone who stuck up for us."],
      [
        'fr',
        'On a écrit « le film le plus drôle de l’année ». Pour beaucoup, ce n’était pas le cas : on a trop promis.',
      ],
      ['it', 'Abbiamo scritto “il film più divertente dell’anno”: abbiamo esagerato, e ci dispiace.'],
    ];
    for (const [locale, text] of cases) {
      const f = analyse(text, { language: locale }).features;
      expect(f.promotion, `${locale}: ${text}`).toBe(0);
      expect(f.accountability, `${locale}: ${text}`).toBeGreaterThan(0.5);
    }
  });
});

describe('credit is not blame, and "relax" to an angry person is', () => {
  it('reads "That\'s on you, @mel and everyone who sang along" as thanks, and "You didn\'t read the terms. That\'s on you." as blame', () => {
    expect(
      moves(
        'You cracked the verse hunt and put us in the trends. That’s on you, @mic_drop_mel and everyone who sang along 🎤',
        'en',
      ),
    ).not.toContain('blame');
    expect(moves("You didn't read the terms. That's on you.", 'en')).toContain('blame');
  });
  const calm: [Locale, string, RegExp][] = [
    [
      'en',
      "lol relax, it's a Christmas movie 🎄 nobody's watching you",
      /^You put the fault on the customer \(“relax”\)/,
    ],
    ['fr', 'Relax, c’est juste un film de Noël 🎄', /^Vous avez rejeté la faute sur le client \(«\srelax\s»/i],
    ['it', 'Calma, è solo un film di Natale 🎄', /^La tua risposta dava la colpa al cliente \(«calma»/i],
  ];
  for (const [locale, text, said] of calm) {
    it(`${locale}: "${text}" waves the complaint away, and the debrief says so`, () => {
      const { debrief } = answer(christmas, 'first-accusations', text, locale);
      expect(debrief.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringMatching(said)]));
    });
  }
  it('leaves "sit back and relax" and "relax and enjoy the show" alone', () => {
    expect(moves('Sit back and relax, the popcorn is ready.', 'en')).not.toContain('blame');
    expect(moves('Relax and enjoy the show tonight!', 'en')).not.toContain('blame');
  });
});

describe("a jab at someone's looks is at their expense; praise of them is not", () => {
  const cases: [Locale, string, string][] = [
    [
      'en',
      '@nightshiftnate The only cardboard here is your haircut 😏',
      '@nightshiftnate love your haircut, by the way 😍',
    ],
    [
      'fr',
      '@nightshiftnate Le carton, c’est plutôt ta coupe de cheveux, non ? 😏',
      '@nightshiftnate j’adore ta coupe de cheveux au passage 😍',
    ],
    [
      'it',
      '@nightshiftnate Il cartone è la tua faccia, semmai 😏',
      '@nightshiftnate bellissimo il tuo taglio, comunque 😍',
    ],
  ];
  for (const [locale, jab, praise] of cases) {
    it(`${locale}: "${jab}" mocks, "${praise}" does not`, () => {
      const { debrief } = answer(wendys, 'the-dare', jab, locale);
      expect(debrief.map((l) => l.move)).toContain('sarcasm');
      const kind = analyse(praise, { language: locale });
      expect(kind.features.mockery).toBe(0);
      expect(kind.moves.map((m) => m.move)).not.toContain('sarcasm');
    });
  }
});

describe('the brand owning its act, and naming the reader’s words and feelings, is no contempt', () => {
  const owned: [Locale, string][] = [
    ['en', 'We handled the price change badly and we never told you why.'],
    ['fr', 'On a mal géré ce changement de prix et on ne vous a pas expliqué pourquoi.'],
    ['it', 'Abbiamo gestito male il cambio di prezzo e non vi abbiamo spiegato perché.'],
  ];
  for (const [locale, text] of owned) {
    it(`${locale}: "${text}" owns it`, () => {
      const f = analyse(text, { language: locale }).features;
      expect(f.accountability).toBeGreaterThan(0.5);
      expect(f.mockery).toBe(0);
    });
  }
  const named: [Locale, string][] = [
    ['en', '@movienightmo No split, no second site. You told us it was a bad idea, and you were right.'],
    [
      'fr',
      'On a supprimé des commentaires, c’était une erreur. Votre colère est légitime : on répond à tout le monde.',
    ],
    ['it', '@movienightmo Niente divisione. Ci avete detto che era una pessima idea, e avevate ragione.'],
  ];
  for (const [locale, text] of named) {
    it(`${locale}: "${text}" reads as no contempt`, () => {
      expect(analyse(text, { language: locale }).features.mockery).toBe(0);
    });
  }
  it('still reads an insult in the reader’s reported words as one', () => {
    expect(analyse('You told us we were wrong, you clown.', { language: 'en' }).features.mockery).toBeGreaterThan(0.3);
  });
  it('keeps the upside-down face sheepish beside an owned mistake, and ironic beside thanks', () => {
    expect(moves('On aurait dû vérifier avant l’annonce, on plaide coupable 🙃', 'fr')).not.toContain('sarcasm');
    expect(moves('Thanks for your patience 🙃', 'en')).toContain('sarcasm');
  });
});

describe('an apology asked back as a question is refused', () => {
  const cases: [Locale, string][] = [
    ['en', 'Apologise? For what? 😂 We love you all ❤️'],
    ['fr', 'Nous excuser ? Et de quoi, au juste ? 😂 On vous adore ❤️'],
    ['it', 'Scusarci? E di cosa? 😂 Vi vogliamo bene ❤️'],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: "${text}" reads as a refused apology`, () => {
      const { debrief } = answer(christmas, 'delete-or-clarify', text, locale);
      expect(debrief.map((l) => l.move)).toContain('negated-apology');
    });
  }
  it('reads "why would we apologise?" so, and an apology before a question for help as an apology', () => {
    expect(moves('Why would we apologise? We love you ❤️', 'en')).toContain('negated-apology');
    expect(analyse('So sorry! Can you DM us your order number?', { language: 'en' }).features.apology).toBeGreaterThan(
      0.5,
    );
    expect(analyse('Désolés ! Tu peux nous écrire en MP ?', { language: 'fr' }).features.apology).toBeGreaterThan(0.5);
  });
});

describe('what the customer should have done, told as a condition, is blame', () => {
  const cases: [Locale, string, string][] = [
    [
      'en',
      "So sorry about that! But if you'd checked your bag at the counter you'd have caught it.",
      "If you'd like a refund, or if you had trouble at the counter, DM us.",
    ],
    [
      'fr',
      'Désolés ! Mais si tu avais vérifié ton sac au comptoir, tu l’aurais vu.',
      'Si vous aviez besoin d’aide au comptoir, écrivez-nous en MP.',
    ],
    [
      'it',
      'Ci dispiace! Ma se avessi controllato il sacchetto al bancone te ne saresti accorto.',
      'Se avessi bisogno di aiuto al bancone, scrivici in privato.',
    ],
  ];
  for (const [locale, blame, help] of cases) {
    it(`${locale}: blames in "${blame}", not in "${help}"`, () => {
      expect(moves(blame, locale)).toContain('apology-then-blame');
      expect(moves(help, locale)).not.toContain('blame');
      expect(analyse(help, { language: locale }).features.mockery).toBe(0);
    });
  }
});

describe('waving a fan away, and talking down to them', () => {
  const cases: [Locale, string, Move][] = [
    ['en', "@jules_reel it's just a movie, maybe get out more 😂", 'blame'],
    ['fr', '@jules_reel C’est qu’un film, hein, faudrait sortir un peu 😂', 'blame'],
    ['it', '@jules_reel è solo un film, esci un po’ 😂', 'blame'],
    ['en', '@nina_on_sofa no pause seat, sit through two hours like adults do 😂', 'sarcasm'],
    ['fr', '@nina_on_sofa pas de fauteuil pause, tiens deux heures comme les grands 😂', 'sarcasm'],
    ['it', '@nina_on_sofa niente poltrona-pausa, resisti due ore come fanno gli adulti 😂', 'sarcasm'],
  ];
  for (const [locale, text, move] of cases) {
    it(`${locale}: "${text}" reads as ${move}`, () => {
      expect(moves(text, locale)).toContain(move);
    });
  }
  it('reads a jab at "a guy whose profile pic…" as one at the reader', () => {
    expect(moves('@nate Bold words from a guy whose profile pic looks like a gas station hot dog 😂', 'en')).toContain(
      'sarcasm',
    );
  });
});

describe('a call to buy across its sentence; a script in the familiar voice', () => {
  const calls: [Locale, string][] = [
    ['en', 'Stream A Christmas Prince and all our holiday hits now.'],
    ['fr', 'Regardez A Christmas Prince et tous nos films de Noël dès ce soir.'],
    ['it', 'Guardate A Christmas Prince e tutti i nostri film di Natale stasera.'],
  ];
  for (const [locale, text] of calls) {
    it(`${locale}: "${text}" sells`, () => {
      expect(analyse(text, { language: locale }).features.promotion).toBeGreaterThanOrEqual(0.5);
    });
  }
  it('leaves an order in the middle of a sentence alone', () => {
    expect(
      analyse('@nate Come in, order a fresh batch and say that to our face.', { language: 'en' }).features.promotion,
    ).toBe(0);
  });
  it('hears "merci pour ton retour, on fera passer le message" as a script, and "on s’en occupe" as owning it', () => {
    expect(moves('@nate Merci pour ton retour, on fera passer le message 😉', 'fr')).toContain('boilerplate');
    expect(
      analyse('Envoie-nous en MP l’adresse du resto, on s’en occupe.', { language: 'fr' }).features.accountability,
    ).toBeGreaterThan(0.5);
    expect(
      analyse('Scrivici in privato il ristorante, ce ne occupiamo noi.', { language: 'it' }).features.accountability,
    ).toBeGreaterThan(0.5);
    expect(
      analyse("DM us the restaurant and we're on it.", { language: 'en' }).features.accountability,
    ).toBeGreaterThan(0.5);
  });
  it('reads "if you are having trouble, we can help" as help, in the three languages', () => {
    for (const [locale, text] of [
      ['en', 'If you are having trouble with the app, we can help.'],
      ['fr', 'Si tu as un souci avec l’appli, on peut t’aider.'],
      ['it', 'Se hai un problema con l’app, possiamo aiutarti.'],
    ] as const)
      expect(analyse(text, { language: locale }).features.mockery, text).toBe(0);
  });
});

describe("a customer's booking told in public, and how a brand shrugs off a complaint", () => {
  const bookings: [Locale, string][] = [
    ['en', 'Four days to go! Our subscriber @popcorn_priya already booked 3 seats for Friday 8pm, row F 🍿'],
    ['fr', 'Plus que 4 jours ! Notre abonnée @popcorn_priya a déjà réservé 3 places pour vendredi 20h, rang F 🍿'],
    [
      'it',
      'Mancano 4 giorni! La nostra abbonata @popcorn_priya ha già prenotato 3 posti per venerdì alle 20, fila F 🍿',
    ],
  ];
  for (const [locale, text] of bookings) {
    it(`${locale}: "${text}" exposes one person's booking`, () => {
      expect(moves(text, locale)).toContain('personal-exposure');
    });
  }
  const shrugs: [Locale, string][] = [
    ['en', 'Some jokes may be a little too subtle for a first viewing 😉'],
    ['fr', 'Certaines blagues sont peut-être un peu trop subtiles pour un premier visionnage 😉'],
    ['it', 'Alcune battute sono forse troppo sottili per una prima visione 😉'],
    ['en', "These are rumours. Please don't spread them."],
    ['fr', 'Ce sont des rumeurs, merci de ne pas les relayer.'],
    ['it', 'Sono solo voci: non diffondete notizie false.'],
    ['en', "@nate don't take it personally, it was just for laughs 😂"],
    ['fr', '@nate le prends pas mal, c’était pour rigoler 😂'],
    ['it', '@nate dai, non prendertela, era solo per ridere 😂'],
  ];
  for (const [locale, text] of shrugs) {
    it(`${locale}: "${text}" puts it on the reader`, () => {
      expect(moves(text, locale)).toContain('blame');
    });
  }
  it('reads "on l’assume", "ce la siamo cercata" and "we had that coming" as owning it', () => {
    for (const [locale, text] of [
      ['en', 'Yes, the Qwikster account is not ours. We had that coming.'],
      ['fr', '« Le film le plus drôle de l’année », c’était trop. On l’a écrit, on l’assume.'],
      [
        'it',
        'Ok, ce la siamo cercata 😅 L’account @Qwikster non è nostro e non lo gestiamo noi. Per i DVD per posta, aggiornamenti e domande: qui su @netflix.',
      ],
    ] as const)
      expect(analyse(text, { language: locale }).features.accountability, text).toBeGreaterThan(0.5);
  });
  it('reads "n’oubliez pas de réserver vos places" as sales talk', () => {
    expect(
      analyse('Merci à tous pour vos messages ! N’oubliez pas de réserver vos places pour vendredi.', {
        language: 'fr',
      }).features.promotion,
    ).toBeGreaterThanOrEqual(0.5);
  });
});

describe('fault denied to the reader, apologies taken back after the fact, counts of plays', () => {
  it('reads "not your fault" as no blame, in the three languages', () => {
    for (const [locale, text] of [
      ['en', "We overpromised, and it's not your fault you expected more."],
      ['fr', 'On a trop promis, et ce n’est pas votre faute si vous attendiez plus.'],
      ['it', 'Abbiamo esagerato, e non è colpa vostra.'],
    ] as const) {
      expect(moves(text, locale), text).not.toContain('blame');
      expect(analyse(text, { language: locale }).features.mockery, text).toBe(0);
    }
  });
  const retracted: [Locale, string][] = [
    ['en', '@nightshiftnate Sorry Nate! ...Actually, no. You dared us 🍟'],
    ['fr', '@nightshiftnate Désolés Nate… en fait non 😂'],
    ['it', '@nightshiftnate Scusa Nate! Anzi no 😂'],
  ];
  for (const [locale, text] of retracted) {
    it(`${locale}: "${text}" takes the apology back`, () => {
      expect(moves(text, locale)).toContain('negated-apology');
    });
  }
  it('keeps "sorry about the wait, actually no update yet" an apology', () => {
    expect(moves('Sorry about the wait, actually no update yet, we will post one soon.', 'en')).not.toContain(
      'negated-apology',
    );
  });
  it('reads "@cocoa_and_crowns, 14 viewings since December" as one person’s habits', () => {
    expect(
      moves('@jen Not telling 😉 But @cocoa_and_crowns, 14 viewings since December 1st? Royalty 👑', 'en'),
    ).toContain('personal-exposure');
  });
  it('reads "the critics didn’t get the joke" as blame, in the three languages', () => {
    for (const [locale, text] of [
      ['en', 'The critics missed the point. Toughen up, the numbers will prove us right 💪'],
      ['fr', 'Les critiques n’ont pas compris l’esprit de la série. Les chiffres nous donneront raison 💪'],
      ['it', 'Le critiche arrivano da chi non ha capito lo spirito della serie. I numeri ci daranno ragione 💪'],
    ] as const)
      expect(moves(text, locale), text).toContain('blame');
  });
  it('reads "if you know what we mean 😏" as innuendo, in the three languages', () => {
    for (const [locale, text] of [
      ['en', '@Adaripp Some organs Marie Kondo should leave alone, if you know what we mean 😏'],
      [
        'fr',
        '@Adaripp Certains organes, Marie Kondo ferait mieux de ne pas y toucher, si tu vois ce qu’on veut dire 😏',
      ],
      [
        'it',
        '@Adaripp Ci sono certi organi che Marie Kondo farebbe meglio a non toccare, se capisci cosa intendiamo 😏',
      ],
    ] as const)
      expect(analyse(text, { language: locale }).features.edge, text).toBeGreaterThan(0.4);
  });
});

describe('counts a person told, advice to watch, and handles without an underscore', () => {
  it('reads a count the person posted themselves as no exposure ("eleven times" → "eleven viewings")', () => {
    const { debrief } = answer(
      broadcast,
      'monday-post',
      '@popcorn_priya Eleven viewings by Monday is elite dedication. Four sleeps to go: who else has The Paper Comet booked for Friday?',
      'en',
    );
    expect(debrief.map((l) => l.move)).not.toContain('personal-exposure');
  });
  it('still reads a count the feed never gave as one person’s habits', () => {
    const { debrief } = answer(
      broadcast,
      'monday-post',
      '@popcorn_priya Nineteen viewings by Monday, by our count! Who else has The Paper Comet booked for Friday?',
      'en',
    );
    expect(debrief.map((l) => l.move)).toContain('personal-exposure');
  });
  it('reads "if you have 20 minutes, watch the first two episodes" as advice, not a habit', () => {
    for (const [locale, text] of [
      ['en', '@filmfan_ola If you have 20 minutes, watch the first two episodes online first, then come.'],
      ['fr', '@filmfan_ola Si tu as 20 minutes, regarde les deux premiers épisodes avant de venir.'],
      ['it', '@filmfan_ola Se hai 20 minuti, guarda i primi due episodi prima di venire.'],
    ] as const)
      expect(moves(text, locale), text).not.toContain('personal-exposure');
  });
  it('reads "@jen watched it 18 times this month" as exposure though "@jen" has no underscore', () => {
    expect(moves('@jen watched it 18 times this month, legend!', 'en')).toContain('personal-exposure');
    expect(moves('@nate relax, it was a joke', 'en')).toContain('blame');
  });
});

describe('polite reminders, press-release voice, and a short Italian sentence', () => {
  const reminders: [Locale, string][] = [
    ['en', '@nate So sorry! Just a reminder to always check your bag before leaving the counter 🍟'],
    ['fr', '@nate Désolés ! Nous vous rappelons toutefois de vérifier votre commande avant de partir 🍟'],
    ['it', '@nate Ci dispiace molto! Ti ricordiamo però di controllare sempre l’ordine prima di lasciare il locale 🍟'],
  ];
  for (const [locale, text] of reminders) {
    it(`${locale}: "${text}" blames the customer`, () => {
      expect(moves(text, locale)).toContain('apology-then-blame');
    });
  }
  it('hears "we have taken note", "nous avons pris note", "abbiamo preso atto… in linea con il mercato" as scripts', () => {
    for (const [locale, text] of [
      ['en', 'We have taken note of your comments. The new prices are in line with the market.'],
      ['fr', 'Nous avons pris note de vos commentaires. Les nouveaux tarifs reflètent les coûts du service.'],
      ['it', 'Abbiamo preso atto dei vostri commenti. Le nuove tariffe sono in linea con il mercato.'],
    ] as const)
      expect(moves(text, locale), text).toContain('boilerplate');
  });
  it('reads "someone had to say it… a bit of humour" as waving the complaint away', () => {
    for (const [locale, text] of [
      ['en', '@lola Someone had to say it 😂 Come on, it’s Christmas, a bit of humour!'],
      ['fr', '@lola Fallait bien que quelqu’un le dise 😂 Allez, c’est Noël, un peu d’humour !'],
      ['it', '@lola Qualcuno doveva dirlo 😂 Dai, è Natale, un po’ di ironia!'],
    ] as const)
      expect(moves(text, locale), text).toContain('blame');
  });
  it('reads "Andava controllato prima, non dopo." as a sentence, not a pile of words', () => {
    const a = analyse('Errore nostro: andava controllato prima dell’annuncio, non dopo.', { language: 'it' });
    expect(a.saysNothing).toBe(false);
    expect(a.features.accountability).toBeGreaterThan(0.5);
  });
});

describe('guaranteed laughs, a knowing wink at someone’s tastes, and a brush-off', () => {
  it('reads "guaranteed laughs", "rires garantis", "risate assicurate" as sales talk', () => {
    for (const [locale, text] of [
      ['en', 'The audience has spoken: guaranteed laughs for everyone, even if you never saw the series 🎤'],
      ['fr', 'Le public a parlé : rires garantis pour tous, même sans avoir vu la série 🎤'],
      ['it', 'Il pubblico ha parlato: risate assicurate per tutti, anche per chi non ha visto la serie 🎤'],
    ] as const)
      expect(analyse(text, { language: locale }).features.promotion, text).toBeGreaterThanOrEqual(0.5);
  });
  it('reads "we know your tastes 😉" as the brand watching one viewer', () => {
    for (const [locale, text] of [
      ['en', '@jenwatchesstuff Let’s just say we know your tastes… 😉👑'],
      ['fr', '@jenwatchesstuff Disons qu’on a une petite idée de vos goûts… 😉👑'],
      ['it', '@jenwatchesstuff Diciamo che conosciamo i tuoi gusti… 😉👑'],
    ] as const)
      expect(analyse(text, { language: locale }).features.privacyExposure, text).toBeGreaterThan(0.5);
  });
  it('reads "tough crowd, maybe stick to the trailer" and "maybe check the bag, champ" as contempt', () => {
    expect(
      analyse('@benny Wow, 100 minutes of meh. Tough crowd. Maybe stick to the trailer then 🙃', { language: 'en' })
        .features.mockery,
    ).toBeGreaterThan(0.3);
    expect(
      moves('@nate Two wrong orders in a row? Maybe check the bag before you drive off, champ 🍟', 'en'),
    ).toContain('blame');
  });
  it('hears "Ah mince ! On transmet, merci pour le retour" as a script', () => {
    expect(moves('@tasha Ah mince ! On transmet, merci pour le retour 🙏', 'fr')).toContain('boilerplate');
  });
});

describe('“not your thing”, “no choice”, and jabs at an accent', () => {
  it('reads "maybe comedy isn’t your thing", "n’a pas saisi l’esprit", "non ha colto lo spirito" as blame', () => {
    for (const [locale, text] of [
      ['en', '@benny Thanks for watching! 😊 Maybe comedy just isn’t really your thing?'],
      ['fr', '@benny Merci d’être venu ! 😊 Peut-être que la comédie, ce n’est pas ton truc ?'],
      ['it', '@mel Ci dispiace tanto 💔 Però chi non ride forse non ha colto lo spirito della serie 😉'],
    ] as const)
      expect(
        moves(text, locale).some((m) => m === 'blame' || m === 'apology-then-blame'),
        text,
      ).toBe(true);
  });
  it('hears "rising costs across the industry left us no choice" as an excuse in the company voice', () => {
    for (const [locale, text] of [
      ['en', '@dana Rising costs across the industry left us no choice.'],
      ['fr', '@dana La hausse des coûts dans le secteur ne nous a pas laissé le choix : on n’avait pas le choix.'],
      ['it', '@dana Con l’aumento dei costi non avevamo scelta.'],
    ] as const)
      expect(moves(text, locale), text).toContain('boilerplate');
  });
  it('reads a jab at an accent as mockery, and a joint as edge', () => {
    expect(
      analyse('@Adaripp Con quell’accento, Marie dovrebbe prima riordinare il suo inglese 😂', { language: 'it' })
        .features.mockery,
    ).toBeGreaterThan(0.3);
    expect(
      analyse('@movienightmo Seguite @Qwikster… anzi no, è un tizio con Elmo che si fa le canne 🤣', { language: 'it' })
        .features.edge,
    ).toBeGreaterThan(0.3);
  });
});

describe('the facts asked for explain', () => {
  it('reads a price that informs and a time of day as explanation, and a price that sells as none', () => {
    for (const [locale, text] of [
      ['en', '@jess If you mostly stream, the streaming-only plan is $7.99 a month.'],
      ['fr', '@jess Si tu regardes surtout en streaming, la formule streaming seule est à 7,99 $ par mois.'],
      ['it', '@mo Sì, lo spettacolo delle 21 di venerdì è sottotitolato.'],
      ['en', '@mo Yes: the Friday 9pm screening is subtitled.'],
    ] as const)
      expect(analyse(text, { language: locale }).features.explanation, text).toBeGreaterThan(0.3);
    const sale = analyse('Only $7.99! Sign up now!', { language: 'en' }).features;
    expect(sale.explanation).toBe(0);
    expect(sale.promotion).toBeGreaterThan(0.5);
  });
  it('scores the plan and its price above a warm reply that names neither', () => {
    const score = (text: string) => answer(priceHike, 'the-replies', text, 'en').outcome.score.total;
    expect(
      score(
        '@budgetmomjess If you mostly stream, the streaming-only plan is $7.99 a month, and you’d drop the DVD part. You can switch any time in your account.',
      ),
    ).toBeGreaterThan(
      score(
        '@budgetmomjess Great question, Jess! We’re so glad your family enjoys streaming. Every household is different, so pick whatever works best for you! 😊',
      ),
    );
  });
});

describe('a published count pinned on one person', () => {
  it('reads "are you one of the 53 who watched it 18 days in a row?" as exposure, though the tweet gave the numbers', () => {
    const { debrief } = answer(
      christmas,
      'the-draft',
      '@cocoa_and_crowns On ne juge pas… mais on compte 👀 Tu ne ferais pas partie des 53 qui l’ont regardé 18 jours d’affilée, toi ? 😏',
      'fr',
    );
    expect(debrief.map((l) => l.move)).toContain('personal-exposure');
  });
});

describe('blame after a friendly opener, and an apology someone “made us say”', () => {
  it('reads blame a negation does not touch, after "pas de panique"', () => {
    expect(
      moves('@mo Pas de panique 😊 Si vous aviez lu nos conditions, vous sauriez qu’on prévient toujours.', 'fr'),
    ).toContain('blame');
    expect(moves('@mel So sorry! Maybe the hype got a bit big in your head? 😅', 'en')).toContain('apology-then-blame');
    expect(
      moves('@mo Totally get it! Most members find it easy once they take a minute to read the FAQ 😊', 'en'),
    ).toContain('blame');
    expect(
      moves('@nate Ci dispiace! 🙏 Magari la prossima volta controlla l’ordine prima di uscire 😉', 'it'),
    ).toContain('apology-then-blame');
  });
  it('reads "at your age", "à ton âge", "alla tua età" as mockery', () => {
    for (const [locale, text] of [
      ['en', 'Adam, at your age organs get tidied by a doctor, not Marie Kondo 😂'],
      ['fr', 'Adam, à ton âge, les organes, c’est le médecin qui les range 😂'],
      ['it', 'Adam, alla tua età gli organi li riordina un medico, non Marie Kondo 😂'],
    ] as const)
      expect(analyse(text, { language: locale }).features.mockery, text).toBeGreaterThan(0.3);
  });
  it('reads "our lawyers made us say it" as a mocked apology', () => {
    expect(
      moves('Okay, we formally apologise for any emotional damage 🙏 Our lawyers made us say it 🍟', 'en'),
    ).toContain('sarcasm');
  });
});

describe('passing a message on, and rumours waved away', () => {
  it('hears "on transmet chaque message à l’équipe" as a commitment, not a script', () => {
    expect(
      moves(
        '@mo Oui, deux sites pour l’instant. C’est pénible, on l’entend, et on transmet chaque message à l’équipe.',
        'fr',
      ),
    ).not.toContain('boilerplate');
  });
  it('reads "don’t believe the rumours" as putting it on the critics', () => {
    for (const [locale, text] of [
      [
        'en',
        'Box office numbers are not in yet, but we are sure the film will find its audience. Don’t believe the rumours 😉',
      ],
      [
        'fr',
        'Le box-office n’est pas encore connu, mais on est sûrs que le film va trouver son public ! Ne vous fiez pas aux rumeurs 😉',
      ],
      [
        'it',
        'Gli incassi non sono ancora noti, ma siamo sicuri che il film troverà il suo pubblico! Non credete alle voci 😉',
      ],
    ] as const)
      expect(moves(text, locale), text).toContain('blame');
  });
});
