import { readFileSync } from 'node:fs';

/**
 * Scenario files made to hurt, as someone could send one to an instructor:
 * each is the Rippon case with one thing pushed far past what a scenario needs.
 */
const rippon = () => JSON.parse(readFileSync('scenarios/rippon-kondo.json', 'utf8'));

/** A title of a million characters, in one word: it froze the game for good when the list drew it. */
export function millionCharacterTitle(): string {
  const data = rippon();
  data.id = 'long-title';
  data.title = { en: 'x'.repeat(1_000_000), fr: 'Titre', it: 'Titolo' };
  return JSON.stringify(data, null, 2);
}

/**
 * 26 steps of two choices that both lead on, and a lesson's path: 2^26 (67
 * million) paths from the start to the debrief, which the checker listed in
 * full before comparing them with the lesson's.
 */
export function twoToThe26Paths(): string {
  const data = rippon();
  const [first] = data.steps;
  const [a, b] = first.choices;
  data.id = 'many-paths';
  data.title = { en: 'Twenty-six decisions', fr: 'Vingt-six décisions', it: 'Ventisei decisioni' };
  data.start = 'step-1';
  data.steps = Array.from({ length: 26 }, (_, i) => ({
    ...first,
    id: `step-${i + 1}`,
    at: i * 10,
    freeText: undefined,
    timer: undefined,
    choices: [a, b].map((c, j) => ({
      ...c,
      id: `${j === 0 ? 'a' : 'b'}${i + 1}`,
      next: i === 25 ? 'debrief' : `step-${i + 2}`,
    })),
  }));
  data.debrief.bestPath = data.steps.map((_: unknown, i: number) => `a${i + 1}`);
  return JSON.stringify(data, null, 2);
}
