import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/i18n/problems';
import { loadScenario } from '../../src/engine';

const FILE = 'rippon-kondo.json';
const original = JSON.parse(readFileSync(`scenarios/${FILE}`, 'utf8'));
const ALT = {
  en: 'A tray of pale fries',
  fr: 'Une barquette de frites pâles',
  it: 'Una vaschetta di patatine pallide',
};

/** The Rippon scenario (in English, French and Italian) with this image on its first post, loaded. */
function withImage(image: unknown) {
  const data = structuredClone(original);
  data.steps[0].feed[0].image = image;
  const text = JSON.stringify(data, null, 2);
  return { text, result: loadScenario(text, FILE) };
}

/** The messages the checker gives for this image, one line each with file:line:column. */
function problemsOf(image: unknown): string[] {
  const { result } = withImage(image);
  return result.ok ? [] : result.problems.map((p) => formatProblem(p));
}

describe('an image on a feed post', () => {
  it('is accepted from the scenario folder or assets/, with its alternative text in every language', () => {
    for (const src of ['cold-fries.png', 'Fries_2.JPG', 'assets/images/cold-fries.webp', 'assets/a/b/c.gif']) {
      const { result } = withImage({ src, alt: ALT });
      expect(result.ok, src).toBe(true);
      if (result.ok) expect(result.scenario.steps[0]!.feed[0]!.image).toEqual({ src, alt: ALT });
    }
  });

  it('needs its alternative text in each language the scenario declares', () => {
    const { text } = withImage({ src: 'fries.png', alt: { en: 'A tray of pale fries', fr: 'Des frites' } });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"alt"')) + 1;
    const column = lines[line - 1]!.indexOf('"alt"') + 1;
    expect(problemsOf({ src: 'fries.png', alt: { en: 'A tray of pale fries', fr: 'Des frites' } })).toEqual([
      `${FILE}:${line}:${column}  steps[0].feed[0].image.alt: missing the text in it (the scenario declares en, fr, it)`,
    ]);
  });

  it('refuses an image without alternative text, or with one plain string for every language', () => {
    expect(problemsOf({ src: 'fries.png' }).join('\n')).toContain('image.alt:');
    expect(problemsOf({ src: 'fries.png', alt: 'Fries' }).join('\n')).toContain(
      'image.alt: the alternative text is an object with one text per language (keys "en", "fr", "it")',
    );
    expect(problemsOf({ src: 'fries.png', alt: { ...ALT, it: '' } }).join('\n')).toContain(
      'image.alt.it: must not be empty',
    );
  });

  it('refuses an unknown field, so a misspelt one is not silently ignored', () => {
    expect(problemsOf({ src: 'fries.png', alt: ALT, url: 'x' }).join('\n')).toMatch(/image\.url: unknown field "url"/);
  });

  const hostile: [string, string, RegExp][] = [
    ['an absolute path', '/etc/passwd.png', /never from the root/],
    ['a path to another host', '//evil.example/fries.png', /never from the root/],
    ['a path out of the folder', '../secret/fries.png', /must not leave its folder with "\.\."/],
    ['a path out of assets', 'assets/../../fries.png', /must not leave its folder/],
    ['an http address', 'http://example.org/fries.png', /not a web address or a drive \("http:"\)/],
    ['an https address', 'https://example.org/fries.png', /not a web address or a drive \("https:"\)/],
    ['a data address', 'data:image/png;base64,iVBORw0KGgo=', /not a web address or a drive \("data:"\)/],
    ['a javascript address', 'javascript:alert(1)', /not a web address or a drive \("javascript:"\)/],
    ['a Windows drive', 'C:/fries.png', /not a web address or a drive \("C:"\)/],
    ['backslashes', 'assets\\images\\fries.png', /uses \/ between folders, never \\/],
    ['a NUL character', 'fries.png\u0000.txt', /control characters/],
    ['a line break', 'fries\n.png', /control characters/],
    ['a file of another type', 'fries.svg', /one of these types: png, jpg, jpeg, webp, gif/],
    ['a script', 'fries.png.js', /one of these types: png, jpg, jpeg, webp, gif/],
    ['a file without a type', 'fries', /one of these types: png, jpg, jpeg, webp, gif/],
    ['a hidden file', '.fries.png', /does not start with a dot/],
    ['a space', 'cold fries.png', /no spaces/],
    ['a query string', 'fries.png?x=1', /letters, digits, dots/],
    ['a folder other than assets/', 'images/fries.png', /other than assets\/ cannot be found/],
    ['an empty path', '', /must not be empty/],
  ];
  for (const [what, src, message] of hostile)
    it(`refuses ${what}`, () => {
      const problems = problemsOf({ src, alt: ALT });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^rippon-kondo\.json:\d+:\d+ {2}steps\[0\]\.feed\[0\]\.image\.src: /);
      expect(problems[0]).toMatch(message);
    });

  it('refuses an over-long path and says how long it is', () => {
    const src = `assets/${'a/'.repeat(100)}fries.png`;
    expect(problemsOf({ src, alt: ALT })).toEqual([
      expect.stringContaining('image.src: may have at most 200 characters; this one has 216'),
    ]);
  });
});
