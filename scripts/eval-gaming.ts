/**
 * npm run eval:gaming: can a reply built to please the analyser beat a real
 * one? For every step of the library that accepts writing, searches the
 * highest-scoring text it can build from the analyser's own cue lists, the
 * step's cues and the feed's handles (a greedy search, then random piles:
 * at least 2,000 candidates a step), and prints its margin over the step's
 * best reference reply (an exemplar the author judged good, else the best
 * authored choice written out). Exits with 1 if any margin is 0 or more.
 * Also sets gibberish, emoji alone and one word against staying silent.
 *
 * With --echo the search may also copy the words of the post answered: piles
 * of the post's words and cues are read as saying nothing (structure.ts), and
 * this shows how many salads still pass for sentences.
 *
 *   npm run eval:gaming [-- --locale en|fr|it] [--step <scenario>/<step>] [--echo]
 *
 * Without --locale, the three languages in turn.
 */
import { parseArgs } from 'node:util';
import { localize, type Locale, type Scenario, type Step } from '../src/engine';
import { createRng, hashSeed, type Rng } from '../src/engine/random/rng';
import { LANGUAGE_DATA } from '../src/engine/text/data/index';
import { freeTextSteps, scoreAt } from './eval-support';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run eval:gaming [-- --locale en|fr|it] [--step <scenario>/<step>] [--echo]

  For every step that accepts writing, searches the best-scoring text made of
  the analyser's own cues (greedy and random, 2,000 candidates a step) and
  prints its margin over the step's best reference reply; exits 1 if any
  margin is 0 or more. --echo also lets the search copy the words of the post
  answered.
`,
);

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    step: { type: 'string' },
    candidates: { type: 'string', default: '2000' },
    echo: { type: 'boolean', default: false },
  },
});
const echo = values.echo;
const budget = Number(values.candidates);
const LOCALES: readonly Locale[] = values.locale ? [values.locale as Locale] : ['en', 'fr', 'it'];

/**
 * What a trainee out to please the analyser would type: the cue words of every list it rewards ("thank*" →
 * "thank"), the step's own cues and the feed's handles; with --echo, the words of the post answered too (the
 * situation and the feed), dropped among the cues.
 */
function vocabulary(scenario: Scenario, step: Step, locale: Locale): string[] {
  const lists = LANGUAGE_DATA.cues[locale].cues;
  const own = Object.values(step.freeText?.cues ?? {}).flat();
  const handles = step.feed.map((f) => f.handle).filter((h): h is string => Boolean(h) && h !== scenario.brand.handle);
  const post = [localize(step.situation, locale), ...step.feed.map((f) => localize(f.text, locale))]
    .flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}']+/u))
    .filter((w) => echo && [...w].length >= 4);
  const words = [...Object.values(lists).flat(), ...own, ...handles, ...post, '?', '!', '❤', '😂', '🙏'];
  return [...new Set(words.map((w) => w.replace(/\*/g, '').trim()).filter(Boolean))];
}

/** The references the salad must stay below: the step's good exemplars in the locale, else its authored replies written out. */
function references(step: Step, locale: Locale): string[] {
  const exemplars =
    (step.freeText as { exemplars?: { locale: Locale; text: string; verdict: string }[] } | undefined)?.exemplars ?? [];
  const good = exemplars.filter((e) => e.locale === locale && e.verdict === 'good').map((e) => e.text);
  if (good.length > 0) return good;
  return step.choices.filter((c) => !c.silent && c.post).map((c) => localize(c.post!, locale));
}

const pickFrom = <T>(rng: Rng, items: readonly T[]) => items[Math.floor(rng.next() * items.length)]!;
const fits = (text: string) => [...text].length <= 280;

let failed = 0;
const rows: string[] = [];
for (const locale of LOCALES)
  for (const { scenario, step } of freeTextSteps()) {
    const id = `${scenario.id}/${step.id}`;
    if (values.step && values.step !== id) continue;
    const score = (text: string) => scoreAt(scenario, step.id, { text, locale });
    const refs = references(step, locale);
    const reference = Math.max(...refs.map(score));
    const words = vocabulary(scenario, step, locale);
    const rng = createRng(hashSeed('eval:gaming', id, locale));
    let tried = 0;
    let best = { text: '', score: -Infinity };
    const consider = (text: string) => {
      if (!fits(text) || text.trim().length === 0) return -Infinity;
      tried++;
      const s = score(text);
      if (s > best.score) best = { text, score: s };
      return s;
    };
    // Greedy: add, one at a time, the cue that raises the score most among a sample of them.
    let current = '';
    let currentScore = -Infinity;
    while (tried < budget / 2) {
      let round = { text: '', score: currentScore };
      for (let k = 0; k < 40 && tried < budget / 2; k++) {
        const next = current ? `${current} ${pickFrom(rng, words)}` : pickFrom(rng, words);
        const s = consider(next);
        if (s > round.score) round = { text: next, score: s };
      }
      if (!round.text) break;
      [current, currentScore] = [round.text, round.score];
    }
    // Random piles of 1 to 14 cues.
    while (tried < budget) {
      const n = 1 + Math.floor(rng.next() * 14);
      consider(Array.from({ length: n }, () => pickFrom(rng, words)).join(' '));
    }
    const margin = best.score - reference;
    if (margin >= 0) failed++;
    const silent = step.choices.find((c) => c.silent);
    const silence = silent ? scoreAt(scenario, step.id, { choice: silent.id }) : undefined;
    const versus = (text: string) => {
      const s = score(text);
      return silence === undefined ? `${s}` : `${s}${s > silence ? ' (beats silence)' : ''}`;
    };
    rows.push(
      `${locale} ${id.padEnd(48)} salad ${String(best.score).padStart(4)}  reference ${String(reference).padStart(4)}  margin ${String(margin).padStart(4)}  ${margin >= 0 ? 'GAMED' : 'ok'}  (${tried} tried)`,
    );
    rows.push(
      `    silence ${silence ?? 'n/a'} · gibberish ${versus('asdkj qwe zxcmn')} · emoji ${versus('😂❤🙏')} · "ok." ${versus('ok.')}`,
    );
    rows.push(`    best salad: ${best.text}`);
    console.log(rows.slice(-3).join('\n'));
  }
const languages = LOCALES.join(', ');
console.log(
  failed === 0
    ? `every step: the best salad scores below the reference reply (${languages})`
    : `${failed} step(s) where a salad scores at least as well as the reference reply (${languages})`,
);
process.exitCode = failed > 0 ? 1 : 0;
