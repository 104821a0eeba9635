import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/i18n/problems';
import { loadScenario } from '../../src/engine';
import { formatSourceDate, sourceLine } from '../../src/i18n/sources';
import { sourcesOf, type Source } from '../../src/engine/schema/source';

const AMERLAND: Source = {
  title: 'Netflix Teaches a Valuable Lesson in Social Media Marketing',
  publication: {
    en: 'blog post reporting the views of David Amerland',
    fr: 'billet de blog rapportant les vues de David Amerland',
    it: 'post di blog che riporta le opinioni di David Amerland',
  },
  date: '2011-09-28',
  language: 'en',
};
const ITALIAN_BLOG: Source = {
  publication: { en: 'unsigned blog article', fr: 'article de blog non signé', it: 'articolo di blog non firmato' },
  language: 'it',
};

describe("the debrief's source line", () => {
  it('names one source after "Source:", with its title in the reader\'s quotation marks, its date and its language', () => {
    expect(sourceLine([AMERLAND], 'en')).toBe(
      'Source: “Netflix Teaches a Valuable Lesson in Social Media Marketing”, blog post reporting the views of David Amerland, 28 September 2011 (in English)',
    );
    expect(sourceLine([AMERLAND], 'fr')).toBe(
      'Source\u00a0: «\u202fNetflix Teaches a Valuable Lesson in Social Media Marketing\u202f», billet de blog rapportant les vues de David Amerland, 28 septembre 2011 (en anglais, citations traduites)',
    );
    expect(sourceLine([AMERLAND], 'it')).toBe(
      'Fonte: «Netflix Teaches a Valuable Lesson in Social Media Marketing», post di blog che riporta le opinioni di David Amerland, 28 settembre 2011 (in inglese, citazioni tradotte)',
    );
  });

  it('says quotations are translated only to a reader of another language', () => {
    expect(sourceLine([ITALIAN_BLOG], 'it')).toBe('Fonte: Articolo di blog non firmato (in italiano)');
    expect(sourceLine([ITALIAN_BLOG], 'en')).toBe('Source: Unsigned blog article (in Italian, quotations translated)');
  });

  it('lists several sources one per line, and leaves out what an article does not give', () => {
    expect(
      sourceLine(
        [
          ITALIAN_BLOG,
          { author: 'yikyak', title: 'Comment Netflix utilise Sass sur Twitter pour divertir', language: 'fr' },
        ],
        'en',
      ),
    ).toBe(
      'Sources:\n• Unsigned blog article (in Italian, quotations translated)\n• yikyak, “Comment Netflix utilise Sass sur Twitter pour divertir” (in French, quotations translated)',
    );
  });

  it("keeps a name as it is signed, and adds the scenario's note", () => {
    expect(
      sourceLine(
        [
          {
            author: 'violette.verite',
            publication: 'Revolution',
            note: { en: 'for the campaign', fr: 'pour la campagne', it: 'per la campagna' },
          },
        ],
        'fr',
      ),
    ).toBe('Source\u00a0: violette.verite, Revolution, pour la campagne');
  });
});

describe("a source's date in the reader's language", () => {
  it('writes the day first and the month in words, as the scenarios do', () => {
    expect(formatSourceDate('2011-10-10', 'en')).toBe('10 October 2011');
    expect(formatSourceDate('2017-12-11', 'it')).toBe('11 dicembre 2017');
    expect(formatSourceDate('2019-02', 'en')).toBe('February 2019');
    expect(formatSourceDate('2019-02', 'fr')).toBe('février 2019');
    expect(formatSourceDate('2009', 'en')).toBe('2009');
  });

  it('writes the first of the month as an ordinal in French', () => {
    expect(formatSourceDate('2011-09-01', 'fr')).toBe('1er septembre 2011');
  });
});

describe('where a scenario says its sources are', () => {
  const original = readFileSync('tests/engine/fixtures/christmas-prince.json', 'utf8');
  const data = JSON.parse(original);
  const load = (change: (d: any) => void) => {
    const copy = structuredClone(data);
    change(copy);
    return loadScenario(JSON.stringify(copy, null, 2), 'fixture.json');
  };
  const problems = (change: (d: any) => void) => {
    const result = load(change);
    if (result.ok) throw new Error('the file was accepted');
    return result.problems.map((p) => formatProblem(p));
  };

  it('still reads a single "source" with a publication and a date, as earlier files have it', () => {
    expect(data.source).toEqual({ publication: 'Test fixture', date: '2017-12' });
    const result = load(() => {});
    expect(result.ok && sourcesOf(result.scenario)).toEqual([{ publication: 'Test fixture', date: '2017-12' }]);
  });

  it('reads a list of sources, an undated one among them', () => {
    const result = load((d) => {
      delete d.source;
      d.sources = [ITALIAN_BLOG, AMERLAND];
    });
    expect(result.ok && sourcesOf(result.scenario)).toEqual([ITALIAN_BLOG, AMERLAND]);
  });

  it('refuses a file with both, and one with neither, saying what to do', () => {
    expect(problems((d) => (d.sources = [AMERLAND]))).toEqual([
      expect.stringContaining('source: give the sources once: move this one into "sources", or remove "sources"'),
    ]);
    expect(problems((d) => delete d.source)).toEqual([
      expect.stringContaining(
        'say where the case comes from: a list "sources" with the publication, title, date and language of each article',
      ),
    ]);
  });

  it('refuses a source that names neither its author nor where it appeared', () => {
    expect(problems((d) => (d.source = { title: 'A title', language: 'en' }))).toEqual([
      expect.stringContaining('name who signed the article ("author") or where it appeared ("publication")'),
    ]);
  });

  it('refuses a language that is not a two-letter code, and a source in a language the scenario lacks', () => {
    expect(problems((d) => (d.source.language = 'French'))).toEqual([
      expect.stringContaining('source.language: write the language as a two-letter code'),
    ]);
    expect(problems((d) => (d.source.publication = { fr: 'article de blog non signé' }))).toEqual([
      expect.stringContaining('source.publication: missing the text in en'),
    ]);
  });
});
