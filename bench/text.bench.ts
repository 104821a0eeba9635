/**
 * Text analyser benchmark: prints figures, asserts nothing.
 * Replies of about 280 characters built from the VADER tweets, analysed by
 * Brandstorm's analyser and by the plain vader-sentiment package, one thread.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import fc from 'fast-check';
import vader from 'vader-sentiment';
import { createAnalyser, loadLanguageData } from '../src/engine';
import { pearson } from '../scripts/support/statistics';
import { answerHelp } from '../src/cli/help';

answerHelp(
  process.argv.slice(2),
  `
usage: npm run bench -- [--write]

  Times the text analyser on generated replies, beside vader-sentiment in the
  same run (replies a second, the ratio, and how far the two agree). With --
  --write, rewrites its section of docs/benchmarks.md.
`,
);
import { benchReport } from './report';

const out = benchReport('text', 'npm run bench');

const { analyse } = createAnalyser(await loadLanguageData());

const tweets = readFileSync('tests/fixtures/vader-tweets/tweets_GroundTruth.txt', 'utf8')
  .split(/\r?\n/)
  .filter(Boolean)
  .map((line) => line.split('\t')[2]!);

/** Consecutive tweets joined up to the 280-character limit: replies as long as the feed allows. */
const replies: string[] = [];
let current = '';
for (const t of tweets) {
  if (`${current} ${t}`.length > 280) {
    replies.push(current.padEnd(280, ' !').slice(0, 280));
    current = '';
  }
  current = current ? `${current} ${t}` : t;
}

function rate(f: (text: string) => unknown): { perSecond: number; rounds: number[] } {
  for (let i = 0; i < 500; i++) f(replies[i % replies.length]!);
  const rounds: number[] = [];
  let k = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 1000) {
      f(replies[k++ % replies.length]!);
      n++;
    }
    rounds.push(n / ((performance.now() - start) / 1000));
  }
  return { perSecond: [...rounds].sort((a, b) => a - b)[2]!, rounds };
}

const ours = rate((t) => analyse(t, { hint: 'en' }));
const theirs = rate((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t));
const agreement = pearson(
  replies.map((t) => analyse(t).valence),
  replies.map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound),
);
const sameSign =
  replies.filter(
    (t) =>
      Math.sign(Math.round(analyse(t).valence * 20)) ===
      Math.sign(Math.round(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound * 20)),
  ).length / replies.length;

// Random Unicode, as the fuzz test feeds it: the slowest single analysis.
const random = [
  ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 400 }), 2000),
  ...fc.sample(fc.string({ unit: 'binary', maxLength: 400 }), 2000),
];
const time = (t: string) => {
  const t0 = performance.now();
  analyse(t);
  return performance.now() - t0;
};
// The first pass includes the JIT compiling code paths and garbage collection pauses; the second is the steady state.
const cold = Math.max(...random.map(time));
const times = random.map(time);
const slowest = Math.max(...times);
const p99 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)]!;
const long = 'Thanks for watching! 😂 '.repeat(500).slice(0, 10_000);
const t0 = performance.now();
analyse(long);
const longTime = performance.now() - t0;

const f = (x: number) => Math.round(x).toLocaleString('en');
out.line(
  `machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, one thread`,
);
out.line(`text analyser: ${replies.length} replies of 280 characters built from the VADER tweets`);
out.line(
  `  Brandstorm analyse() (language, valence, 13 features, spans): ${f(ours.perSecond)} replies/s, median of 5 rounds (range ${f(Math.min(...ours.rounds))}–${f(Math.max(...ours.rounds))}; target ≥ 5,000/s)`,
);
out.line(
  `  vader-sentiment polarity_scores() (valence only): ${f(theirs.perSecond)} replies/s (range ${f(Math.min(...theirs.rounds))}–${f(Math.max(...theirs.rounds))})`,
);
out.line(
  `  speed ratio: ${(ours.perSecond / theirs.perSecond).toFixed(2)}× vader-sentiment; agreement of valence: r = ${agreement.toFixed(3)}, same sign ${(100 * sameSign).toFixed(1)}%`,
);
out.line(
  `  ${random.length} random Unicode strings of up to 400 characters: 99th percentile ${p99.toFixed(2)} ms, slowest ${slowest.toFixed(2)} ms (target < 5 ms each; ${cold.toFixed(2)} ms on the first pass, with JIT compilation and GC pauses); 10,000 characters: ${longTime.toFixed(2)} ms`,
);
out.save();
