import { describe, expect, it } from 'vitest';
import { play } from '../../src/engine';
import { loadFile, runOf } from './support/scenarios';
import { explainPart } from '../../src/i18n/debrief';

const rippon = loadFile('scenarios/rippon-kondo.json');
const lessonOf = (choice: string, locale: 'en' | 'fr' | 'it') => {
  const outcome = play(rippon, runOf(rippon, choice), 1);
  return explainPart(rippon, outcome.score.parts.find((p) => p.id === 'lesson')!, locale);
};

describe("the lesson's sentences", () => {
  it('say which features the lesson asked for and which worked against it, in each language', () => {
    // The edgy reply is quick and funny (as the lesson asks) and edgy (as it does not).
    expect(lessonOf('edgy', 'en')).toEqual(
      expect.arrayContaining([
        'What you posted showed humour, as the lesson asks',
        'Edgy content worked against the lesson',
      ]),
    );
    expect(lessonOf('edgy', 'fr')).toEqual(
      expect.arrayContaining([
        'Ce que vous avez publié a montré de l’humour, comme le veut la leçon',
        'Ce que vous avez publié a montré un contenu osé, à l’encontre de la leçon',
      ]),
    );
    expect(lessonOf('edgy', 'it')).toEqual(
      expect.arrayContaining([
        'Ciò che hai pubblicato ha mostrato umorismo, come chiede la lezione',
        'Ciò che hai pubblicato ha mostrato contenuti spinti, contro la lezione',
      ]),
    );
    // The clean joke carries far less edge: nothing works against the lesson.
    expect(lessonOf('witty', 'en').join(' ')).not.toContain('against the lesson');
  });
});
