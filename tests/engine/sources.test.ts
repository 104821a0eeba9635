import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, LOCALES, localize, play, type Locale, type Scenario } from '../../src/engine';
import { sourcesOf, type Source } from '../../src/engine/schema/source';
import { loadFile, runOf } from './support/scenarios';

/** The five articles the library's cases come from, as their own pages describe them. */
interface Article {
  language: string;
  author: string | null;
  title: string | null;
  date: string | null;
  eventsYear: number | null;
}
const ARTICLES: Article[] = JSON.parse(readFileSync('tests/engine/fixtures/source-articles.json', 'utf8')).articles;

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const library = new Map(files.map((f) => [f.replace(/\.json$/, ''), loadFile(`scenarios/${f}`)]));
const scenario = (id: string): Scenario => library.get(id) ?? expect.fail(`no scenario ${id} in the library`);

/** A title compared without the spaces French typography puts before ! and ? or leaves out. */
const sameTitle = (a: string, b: string) =>
  a.replace(/[\s\u00a0\u202f]+([!?:;])/g, '$1') === b.replace(/[\s\u00a0\u202f]+([!?:;])/g, '$1');

/** The article a source describes: same language, same signature and title (or, unsigned and untitled, a described publication). */
function articleOf(source: Source): Article | undefined {
  return ARTICLES.find(
    (a) =>
      a.language === source.language &&
      (a.author ?? undefined) === source.author &&
      (a.title === null
        ? source.title === undefined
        : source.title !== undefined && sameTitle(a.title, source.title)) &&
      (a.author !== null || a.title !== null || typeof source.publication === 'object'),
  );
}

/** A text with ordinary spaces for the no-break ones French typography sets, so that a phrase can be searched for as it is typed. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every text of a scenario as a trainee reading `locale` meets it: localized texts in that language, quotations as they are. */
function textsOf(value: unknown, locale: Locale): string[] {
  if (typeof value === 'string') return [plain(value)];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, locale));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => (LOCALES as readonly string[]).includes(k)))
      return [plain(localize(value as Record<Locale, string>, locale))];
    return Object.values(value).flatMap((v) => textsOf(v, locale));
  }
  return [];
}
const allText = (s: Scenario, locale: Locale) => textsOf(s, locale).join('\n');
const outcome = (s: Scenario, locale: Locale) => plain(localize(s.debrief.outcome, locale));
const lesson = (s: Scenario, locale: Locale) => plain(localize(s.debrief.lesson, locale));
const stepOf = (s: Scenario, id: string) =>
  s.steps.find((st) => st.id === id) ?? expect.fail(`${s.id} has no step ${id}`);

/** Words per language: [en, fr, it]. */
const per = (en: RegExp, fr: RegExp, it: RegExp): Record<Locale, RegExp> => ({ en, fr, it });

describe("every library scenario's sources", () => {
  for (const [id, s] of library) {
    describe(id, () => {
      const sources = sourcesOf(s);

      it('lists its sources, at least one of them an article the case comes from', () => {
        expect(s.sources, 'the library lists "sources"').toBeDefined();
        expect(
          sources.some((src) => articleOf(src)),
          'one of the five articles',
        ).toBe(true);
      });

      it('describes each article as it is: its date only where it has one, its language always', () => {
        for (const src of sources) {
          expect(src.language, JSON.stringify(src)).toMatch(/^[a-z]{2}$/);
          const article = articleOf(src);
          if (article) expect(src.date ?? null, `${JSON.stringify(src)}: no date is guessed`).toBe(article.date);
        }
      });

      it('names any other source precisely: its publication, title and full date', () => {
        for (const src of sources.filter((x) => !articleOf(x))) {
          expect(typeof src.publication, `${JSON.stringify(src)}: a publication's name`).toBe('string');
          expect(src.title, JSON.stringify(src)).toBeDefined();
          expect(src.date, JSON.stringify(src)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      });

      it('gives a year only where a source dates the case', () => {
        if (s.year === undefined) return;
        const years = sources
          .flatMap((src) => [src.date && Number(src.date.slice(0, 4)), articleOf(src)?.eventsYear])
          .filter(Boolean);
        expect(years, `year ${s.year}`).toContain(s.year);
      });
    });
  }
});

describe('the facts the sources correct', () => {
  describe('christmas-prince-53', () => {
    const s = scenario('christmas-prince-53');

    it('tells how the story ended: Netflix let it drop, neither deleting the tweet nor clarifying its data policy', () => {
      const ending = per(
        /let the matter drop.*neither deleted the tweet nor came back to clarify its policy on personal data/s,
        /a laissé tomber.*ni supprimé le tweet ni clarifié sa politique en matière de données personnelles/s,
        /lasciato cadere la questione.*né per cancellare il tweet né per chiarire/s,
      );
      for (const locale of LOCALES) expect(outcome(s, locale), locale).toMatch(ending[locale]);
    });

    it('reports accusations of using the data to ridicule users, and calls no customer identifiable', () => {
      const accusation = per(
        /accused Netflix of using the data it collects to ridicule its users/,
        /accusé Netflix d’utiliser les données collectées pour ridiculiser ses utilisateurs/,
        /accusato Netflix «di utilizzare i dati raccolti per ridicolizzare gli utenti/,
      );
      const identifiable = per(/identifiable/i, /identifiables?/i, /identificabil/i);
      for (const locale of LOCALES) {
        expect(outcome(s, locale), locale).toMatch(accusation[locale]);
        expect(allText(s, locale), locale).not.toMatch(identifiable[locale]);
      }
    });

    it("keeps the tweet's 18 days, and notes the article's three weeks", () => {
      const weeks = per(/the last three weeks/, /trois dernières semaines/, /ultime tre settimane/);
      for (const locale of LOCALES) {
        expect(outcome(s, locale), locale).toContain('every day for the past 18 days');
        expect(outcome(s, locale), locale).toMatch(weeks[locale]);
      }
    });
  });

  describe('entertainment-campaigns-2009', () => {
    const s = scenario('entertainment-campaigns-2009');

    it("tells Brüno's fall as the rumours' forecast, never as what happened", () => {
      const forecast = per(/predict|promise/, /prédi|promettent/, /predic|promettono/);
      const sunk = per(/\b(sunk|sank)\b/, /aurait causé son échec/, /affossat/);
      for (const locale of LOCALES) {
        const mentions = textsOf(s, locale).filter((t) => t.includes('Brüno'));
        expect(mentions.length, locale).toBeGreaterThan(0);
        for (const t of mentions) expect(t, locale).toMatch(forecast[locale]);
        expect(allText(s, locale), locale).not.toMatch(sunk[locale]);
      }
    });

    it('presents the release-weekend fall as a prediction, with the takings not yet known', () => {
      const fall = stepOf(s, 'the-fall');
      const predicted = per(
        /predict.*not known yet/s,
        /prédisent.*pas encore connues/s,
        /predicono.*non si conoscono ancora/s,
      );
      for (const locale of LOCALES) expect(plain(localize(fall.situation, locale)), locale).toMatch(predicted[locale]);
    });
  });

  describe('rippon-kondo', () => {
    const s = scenario('rippon-kondo');

    it("gives Netflix's reply in the article's words: the account speaks of its own organs", () => {
      const reply = per(
        /which organs bring me joy, but this is a family site/,
        /quels organes m['’]apportent de la joie,? mais c['’]est un site familial/,
        /quali organi mi danno gioia, ma questo è un sito per famiglie/,
      );
      const yours = per(/your organs/i, /vos organes/i, /tuoi organi/i);
      const witty = stepOf(s, 'the-joke').choices.find((c) => c.id === 'witty')!;
      for (const locale of LOCALES) {
        expect(plain(localize(witty.post!, locale)), locale).toMatch(reply[locale]);
        expect(outcome(s, locale), locale).toMatch(reply[locale]);
        expect(allText(s, locale), locale).not.toMatch(yours[locale]);
      }
    });

    it('says the reply is translated, in the languages the French article is not in', () => {
      expect(outcome(s, 'en')).toContain('in our translation');
      expect(outcome(s, 'it')).toContain('nella nostra traduzione');
    });

    it("teaches the sass as a choice for an audience, with taste told by the public's reaction, and the Disney/Deadpool line", () => {
      const choice = per(
        /transparency, relationship and humour.*the public's reaction tells you.*Deadpool/s,
        /la transparence, la relation et l’humour.*la réaction du public vous l’indique.*Deadpool/s,
        /la trasparenza, il rapporto e l’umorismo.*reazione del pubblico.*Deadpool/s,
      );
      for (const locale of LOCALES) {
        expect(lesson(s, locale), locale).toMatch(choice[locale]);
        expect(lesson(s, locale), locale).not.toMatch(/widest audience|public le plus large|pubblico più ampio/);
      }
    });
  });

  describe('broadcast-or-conversation', () => {
    const s = scenario('broadcast-or-conversation');

    it('quotes the June 2014 tweets with their handles and dates', () => {
      const dates = per(
        /17 June 2014.*23 June 2014/s,
        /17 juin 2014.*23 juin 2014/s,
        /17 giugno 2014.*23 giugno 2014/s,
      );
      for (const locale of LOCALES) {
        for (const handle of [
          '@BlockbusterOD',
          '@ChryslerAutos',
          '@netflix',
          '@yoyoha',
          '@xoxoLizza',
          '@Wendys',
          '@AMCTheatres',
        ])
          expect(outcome(s, locale), `${locale} ${handle}`).toContain(handle);
        expect(outcome(s, locale), locale).toMatch(dates[locale]);
        expect(outcome(s, locale), locale).toMatch(/21 (June|juin|giugno) 2014/);
      }
    });

    it('gives @yoyoha the problem, and Netflix the idea of the hands-free stand', () => {
      const problem = per(
        /stop dropping the iPad on their face.*by suggesting a hands-free stand/s,
        /arrêter de laisser tomber son iPad sur son visage.*en lui proposant un support mains libres/s,
        /smettere di farsi cadere l’iPad in faccia.*suggerendogli un supporto a mani libere/s,
      );
      const wanted = per(/wanted a hands-free/, /voulait un support/, /voleva un supporto/);
      for (const locale of LOCALES) {
        expect(outcome(s, locale), locale).toMatch(problem[locale]);
        expect(allText(s, locale), locale).not.toMatch(wanted[locale]);
      }
    });

    it("counts mentions of Wendy's fries, not replies", () => {
      const mentions = per(
        /thousands of mentions of its fries/,
        /milliers de mentions pour les frites/,
        /migliaia di menzioni delle patatine/,
      );
      const replies = per(/thousands of replies/, /milliers de réponses/, /migliaia di risposte/);
      for (const locale of LOCALES) {
        expect(outcome(s, locale), locale).toMatch(mentions[locale]);
        expect(allText(s, locale), locale).not.toMatch(replies[locale]);
      }
    });

    it('teaches, with AMC, that a conversation need not give up its marketing message', () => {
      const amc = per(
        /you don't have to sacrifice your marketing messages/,
        /vous n’avez pas à sacrifier vos messages marketing/,
        /non devi sacrificare i tuoi messaggi di marketing/,
      );
      for (const locale of LOCALES) expect(lesson(s, locale), locale).toMatch(amc[locale]);
    });

    it('scores a question with the booking link as a conversation, above every broadcast', () => {
      const first = (choice: string) =>
        allPaths(s)
          .filter((p) => p[0]!.choice === choice)
          .map((p) => play(s, runOf(s, ...p.map((d) => d.choice!)), 1).score.total);
      const question = Math.max(...first('question-with-link'));
      expect(stepOf(s, 'monday-post').choices.find((c) => c.id === 'question-with-link')!.next).toBe('the-replies');
      expect(question).toBeGreaterThan(Math.max(...first('book-now'), ...first('seat-specs')));
    });
  });

  describe('wendys-sassy-voice', () => {
    const s = scenario('wendys-sassy-voice');

    it('gives no year and no date that no source supports', () => {
      expect(s.year).toBeUndefined();
      for (const src of sourcesOf(s)) expect(src.date).toBeUndefined();
    });

    it("says that the sassy voice built loyalty as the company's own claim", () => {
      const claim = per(
        /the company says that reputation has strengthened/,
        /affirme que cette réputation a renforcé/,
        /l’azienda afferma che questa reputazione ha rafforzato/,
      );
      const asFact = per(
        /is said to have built|built customer loyalty/,
        /aurait fidélisé/,
        /si dice che questo tono abbia fidelizzato/,
      );
      for (const locale of LOCALES) {
        expect(plain(localize(s.briefing, locale)), locale).toMatch(claim[locale]);
        expect(outcome(s, locale), locale).toMatch(claim[locale]);
        expect(allText(s, locale), locale).not.toMatch(asFact[locale]);
      }
    });

    it("does not end the lesson's path by roasting a rival, nor teach it", () => {
      const last = stepOf(s, 'rival').choices.find((c) => c.id === s.debrief.bestPath!.at(-1))!;
      expect(last.id).not.toBe('roast-the-rival');
      const roastRival = per(
        /roasts? the dare, the food or the rival/,
        /vise le défi, la cuisine ou le concurrent/,
        /punzecchia la sfida, il cibo o il concorrente/,
      );
      for (const locale of LOCALES) expect(lesson(s, locale), locale).not.toMatch(roastRival[locale]);
    });
  });

  describe('qwikster-2011 and price-hike-apology-2011', () => {
    const qwikster = scenario('qwikster-2011');
    const priceHike = scenario('price-hike-apology-2011');
    const AFTER_THE_ARTICLE = /10 (October|octobre|ottobre)|800[,.\u00a0\u202f ]?000/;

    it('cite the blog post of 28 September 2011, and a later source for anything after it', () => {
      for (const s of [qwikster, priceHike]) {
        const sources = sourcesOf(s);
        expect(sources.map((src) => src.date)).toContain('2011-09-28');
        for (const locale of LOCALES) {
          if (AFTER_THE_ARTICLE.test(allText(s, locale)))
            expect(
              sources.some((src) => !articleOf(src) && src.date! >= '2011-10-10'),
              `${s.id} ${locale}`,
            ).toBe(true);
        }
      }
    });

    it('name no source they do not cite, and no offer of $1,000', () => {
      for (const s of [qwikster, priceHike]) {
        for (const locale of LOCALES)
          expect(allText(s, locale), `${s.id} ${locale}`).not.toMatch(
            /New York (magazine|Times)|1[,.\u00a0\u202f ]?000 ?\$|\$1,000|1\.000 dollari/,
          );
      }
    });

    it("say that Netflix's offer for @Qwikster is the exercise's invention", () => {
      const invented = per(
        /invented for this path of the exercise: the sources report no offer/,
        /inventés pour cette branche de l'exercice : les sources ne font état d'aucune offre/,
        /inventati per questo ramo dell’esercizio: le fonti non riportano alcuna offerta/,
      );
      for (const locale of LOCALES)
        expect(textsOf(stepOf(qwikster, 'offer-leaks').feed, locale).join('\n'), locale).toMatch(invented[locale]);
    });

    it("keep Hastings' real apology for the debrief, after the trainee has chosen", () => {
      const apology = stepOf(priceHike, 'the-apology');
      const words = per(
        /I messed up\. I owe everyone an explanation/,
        /J’ai fait une erreur\. Je dois une explication à tout le monde/,
        /Ho sbagliato\. Devo una spiegazione a tutti/,
      );
      for (const locale of LOCALES) {
        expect(textsOf([apology.feed, apology.choices], locale).join('\n'), locale).not.toMatch(
          /messed up|owe everyone|arrogance|erreur|spiegazione/i,
        );
        expect(outcome(priceHike, locale), locale).toMatch(words[locale]);
      }
    });

    it('tell that Hastings apologised on Google+ and on the blog, explaining why the rise was necessary', () => {
      const explained = per(
        /Netflix blog.*necessary.*Google\+.*necessary/s,
        /blog de Netflix.*nécessaires.*Google\+.*nécessaire/s,
        /blog di Netflix.*necessari.*Google\+.*necessario/s,
      );
      for (const locale of LOCALES) expect(outcome(priceHike, locale), locale).toMatch(explained[locale]);
    });
  });
});
