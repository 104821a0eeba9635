/**
 * The simulator for instructors: plays a scenario from the command line.
 *
 *   npm run simulate -- --scenario <file-or-id> [--step <id>] --choice <id>[,<id>…] [--seed N] [--locale en|fr|it] [--json]
 *   npm run simulate -- --scenario <file-or-id> [--step <id>] [--choice …] --reply "<text>" [--reply …]
 *   npm run simulate -- --scenario <file-or-id> --paths
 *   npm run simulate -- --batch <file.jsonl | ->
 *
 * --batch reads one JSON object a line, { "scenario": "rippon-kondo",
 * "step": "the-joke", "reply": "…", "locale": "en" } (with "seed" and
 * "choices" before the step, optionally), and writes one JSON line per
 * input line, in order: the score, its parts, the features read and what
 * the reply did ("moves"), or { "error": "…" } for a line it cannot play.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readScenarioFolder } from '../library/scenario-folder';
import {
  allPaths,
  bestContinuation,
  createAnalyser,
  DEBRIEF,
  decide,
  loadLanguageData,
  loadScenario,
  LOCALES,
  isWritten,
  play,
  PlayError,
  routeTo,
  startRun,
  transcriptOf,
  type Analyser,
  type Decision,
  type Locale,
  type Outcome,
  type Scenario,
} from '../engine';
import { explainPart, partTitle } from '../i18n/debrief';
import { formatProblem } from '../i18n/problems';
import { playRefusalText } from '../i18n/refusals';
import { loadCatalogues } from '../i18n';
import { explainWritten } from '../i18n/written';
import { answerHelp } from './help';
import { threadLabel, withThreadVariants } from '../engine';
import { answerLessonOf } from '../engine/score/lesson';

const USAGE =
  'usage: npm run simulate -- --scenario <file-or-id> (--choice <id>[,<id>…] | --reply "<text>" | --paths) [--step <id>] [--seed N] [--locale en|fr|it] [--json], or --batch <file.jsonl | ->';
const HELP = `
${USAGE}

  Plays a scenario (a file, or a library id) without the game:
  --choice a,b      the choices made, one per step, from the start (or --step)
  --reply "text"    a written reply at the next step (repeat for later steps);
                    the output says which step each reply leads to
  --stop            end where the given decisions end; otherwise the run
                    plays on to the debrief by the best choices
  --paths           every path of the scenario with its score, best first
  --batch FILE      one JSON line in ({"scenario", "choices", "reply", "locale",
                    "seed"}), one JSON line out with the score, its parts, the
                    features and the strategy read; "-" reads standard input
  --seed N          the texture seed (default 1); --locale en|fr|it (default en)
  --json            the result as JSON
`;
answerHelp(process.argv.slice(2), HELP);

class UsageError extends Error {}

/** The askers whose answer at a step went against the lesson, for the path's line to mark them. */
function answersAgainst(scenario: Scenario, outcome: Outcome, step: string): Set<string> {
  const exchanges = outcome.steps.find((s) => s.step === step)?.thread ?? [];
  return new Set(exchanges.filter((e) => answerLessonOf(scenario, step, e).verdict === 'against').map((e) => e.asker));
}

/** The most paths --paths plays: a scenario of 26 two-choice steps has 67 million. */
const MAX_PATHS = 1000;

/** The best and worst scores of a scenario's paths, and the median of those that never go against the lesson (null if none). */
function spreadOf(paths: { score: number; against: boolean }[]): {
  best: number;
  lessonMedian: number | null;
  worst: number;
} {
  const scores = paths.map((p) => p.score);
  const following = paths
    .filter((p) => !p.against)
    .map((p) => p.score)
    .sort((a, b) => a - b);
  const mid = following.length / 2;
  const lessonMedian =
    following.length === 0
      ? null
      : following.length % 2 === 1
        ? following[Math.floor(mid)]!
        : Math.round((following[mid - 1]! + following[mid]!) / 2);
  return { best: Math.max(...scores), lessonMedian, worst: Math.min(...scores) };
}

/** Finds a scenario by file path, or by id among the files of `scenarios/`. */
function findScenario(ref: string): Scenario {
  const direct = existsSync(ref)
    ? ref
    : existsSync(join('scenarios', `${ref}.json`))
      ? join('scenarios', `${ref}.json`)
      : null;
  if (direct) {
    const result = loadScenario(readFileSync(direct, 'utf8'), direct);
    if (!result.ok) throw new UsageError(result.problems.map((p) => formatProblem(p)).join('\n'));
    return result.scenario;
  }
  // Otherwise look the id up inside the library's files; the start of an id will do when only one id starts so.
  const library = readScenarioFolder('scenarios').entries.map((e) => e.scenario);
  const exact = library.find((s) => s.id === ref);
  if (exact) return exact;
  const starting = library.filter((s) => s.id.startsWith(ref));
  if (starting.length === 1) return starting[0]!;
  if (starting.length > 1)
    throw new UsageError(`"${ref}" could be ${starting.map((s) => `"${s.id}"`).join(' or ')}: give more of the id`);
  throw new UsageError(`no scenario file or id "${ref}"`);
}

/**
 * The decisions for the given choices, one per step, then the written
 * replies, from `--step` (reached by the shortest route) or the start. A
 * decision the run cannot take ends the list: play() then names the problem.
 */
function decisionsFor(
  scenario: Scenario,
  analyser: Analyser,
  choices: string[],
  replies: string[],
  locale: Locale,
  from?: string,
): Decision[] {
  let run = startRun(scenario);
  if (from) {
    if (!scenario.steps.some((s) => s.id === from))
      throw new UsageError(`--step "${from}" is not a step of "${scenario.id}"`);
    const route = routeTo(scenario, from);
    if (!route) throw new UsageError(`--step "${from}" cannot be reached from the start`);
    run = { ...run, decisions: route, stepId: from };
  }
  const wanted: Decision[] = [
    ...choices.map((choice) => ({ step: '', choice })),
    ...replies.map((text) => ({ step: '', text, locale })),
  ];
  for (const d of wanted) {
    if (run.stepId === DEBRIEF)
      throw new UsageError(
        isWritten(d)
          ? 'too many replies: the scenario ended before this one'
          : `too many choices: the scenario ended before "${d.choice}"`,
      );
    const decision = { ...d, step: run.stepId };
    const next = decide(scenario, run, decision, analyser);
    if (!next.ok) return [...run.decisions, decision];
    run = next.run;
  }
  return run.decisions;
}

/** The best choices from where the given decisions stop to the debrief; none when a decision was refused (play() names it). */
function continuationOf(scenario: Scenario, given: Decision[], seed: number, analyser: Analyser): Decision[] {
  try {
    return bestContinuation(scenario, transcriptOf(scenario, given), seed, analyser);
  } catch (err) {
    if (err instanceof PlayError) return [];
    throw err;
  }
}

function summary(scenario: Scenario, outcome: Outcome, locale: Locale): object {
  const r = outcome.reactions;
  return {
    scenario: scenario.id,
    version: scenario.version,
    seed: outcome.seed,
    complete: outcome.complete,
    score: outcome.score.total,
    maxScore: outcome.score.max,
    followers: outcome.followers,
    reactions: {
      likes: r.likes,
      replies: r.replies.positive + r.replies.neutral + r.replies.negative,
      reshares: r.reshares,
      quotes: r.quotes,
      repliesBySentiment: r.replies,
      exposures: r.exposures,
    },
    sentiment: Math.round(outcome.sentiment * 1000) / 1000,
    features: outcome.steps.map((s) => ({ step: s.step, choice: s.choice, silent: s.silent, ...s.features })),
    written: outcome.steps
      .filter((s) => s.written)
      .map((s) => ({
        step: s.step,
        ...s.written,
        explanation: explainWritten(scenario, s, locale).map((l) => l.text),
      })),
    breakdown: outcome.score.parts.map((p) => ({
      part: p.id,
      points: p.points,
      max: p.max,
      reasons: explainPart(scenario, p, locale),
    })),
    segments: outcome.steps.map((s) => ({
      step: s.step,
      segments: s.segments.map((g) => ({
        segment: g.segment,
        valence: Math.round(g.valence * 1000) / 1000,
        follows: g.follows,
        unfollows: g.unfollows,
        likes: g.likes,
        quotes: g.quotes,
      })),
    })),
  };
}

function printText(scenario: Scenario, outcome: Outcome, locale: Locale, continued: Decision[] = []): void {
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  const r = outcome.reactions;
  console.log(
    `${scenario.id} v${scenario.version} · ${outcome.steps.map((s) => `${s.step}=${s.choice}`).join(' → ')}${outcome.complete ? '' : ' (not finished)'}`,
  );
  if (continued.length > 0)
    console.log(
      `           from "${continued[0]!.step}" on, played by the best choices (--stop to end where your decisions end)`,
    );
  console.log(`score      ${outcome.score.total} / ${outcome.score.max}`);
  for (const p of outcome.score.parts) {
    console.log(`  ${partTitle(p.id, locale).padEnd(24)} ${String(p.points).padStart(3)} / ${p.max}`);
    for (const line of explainPart(scenario, p, locale)) console.log(`      ${line}`);
  }
  console.log(
    `followers  ${n(outcome.followers.start)} → ${n(outcome.followers.end)} (${outcome.followers.delta >= 0 ? '+' : ''}${n(outcome.followers.delta)})`,
  );
  console.log(
    `reactions  ${n(r.likes)} likes · ${n(r.replies.positive + r.replies.neutral + r.replies.negative)} replies (${n(r.replies.positive)} +, ${n(r.replies.neutral)} =, ${n(r.replies.negative)} −) · ${n(r.reshares)} reshares · ${n(r.quotes)} quotes`,
  );
  console.log(`sentiment  ${outcome.sentiment.toFixed(2)}`);
  for (const step of outcome.steps) {
    console.log(`\n  ${step.step}: ${step.choice}`);
    if (step.written) {
      const next =
        outcome.steps[outcome.steps.indexOf(step) + 1]?.step ?? (outcome.complete ? 'the debrief' : 'nothing yet');
      console.log(
        `    “${step.written.text}” (${step.written.language}, ${step.written.languageFrom}; ${step.written.length}/${step.written.limit} characters)`,
      );
      console.log(`    the reply leads to ${next}`);
      const found = Object.entries(step.features)
        .filter(([, v]) => v >= 0.05)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`);
      console.log(`    features: ${found.join(', ') || 'none'}`);
      for (const line of explainWritten(scenario, step, locale)) console.log(`      ${line.text}`);
    }
    for (const s of step.segments)
      console.log(
        `    ${s.segment.padEnd(22)} valence ${s.valence.toFixed(2).padStart(5)}  +${n(s.follows)} / −${n(s.unfollows)} followers  ${n(s.likes)} likes  ${n(s.quotes)} quotes`,
      );
  }
}

/** One line of a --batch file. */
interface BatchLine {
  scenario?: unknown;
  step?: unknown;
  reply?: unknown;
  locale?: unknown;
  seed?: unknown;
  choices?: unknown;
}

/** Plays one --batch line: the answer to print, as one JSON line. */
function batchAnswer(line: string, analyser: Analyser, scenarios: Map<string, Scenario>): object {
  let input: BatchLine;
  try {
    input = JSON.parse(line) as BatchLine;
  } catch {
    return { error: 'not a JSON object' };
  }
  if (typeof input !== 'object' || input === null) return { error: 'not a JSON object' };
  const { scenario: id, step, reply, locale = 'en', seed = 1, choices = [] } = input;
  if (typeof id !== 'string' || typeof reply !== 'string') return { error: 'give "scenario" and "reply" as strings' };
  if (typeof locale !== 'string' || !LOCALES.includes(locale as Locale))
    return { error: `"locale" must be one of ${LOCALES.join(', ')}` };
  if (!Number.isInteger(seed) || !Array.isArray(choices) || !choices.every((c) => typeof c === 'string'))
    return { error: '"seed" must be a whole number and "choices" a list of choice ids' };
  if (step !== undefined && typeof step !== 'string') return { error: '"step" must be a step id' };
  try {
    let scenario = scenarios.get(id);
    if (!scenario) {
      scenario = findScenario(id);
      scenarios.set(id, scenario);
    }
    const outcome = play(
      scenario,
      transcriptOf(scenario, decisionsFor(scenario, analyser, choices as string[], [reply], locale as Locale, step)),
      seed as number,
      { analyser, visibleReplies: 0 },
    );
    const last = outcome.steps.find((s) => s.written);
    return {
      scenario: scenario.id,
      step: last?.step ?? step ?? null,
      score: outcome.score.total,
      max: outcome.score.max,
      parts: Object.fromEntries(outcome.score.parts.map((p) => [p.id, p.points])),
      features: last?.features ?? null,
      language: last?.written?.language ?? null,
      moves: last?.written?.moves.map((m) => ({ move: m.move, words: m.spans.map((s) => s.text) })) ?? [],
      silent: last?.silent ?? null,
    };
  } catch (err) {
    if (err instanceof PlayError)
      return { error: playRefusalText(err, locale as Locale), code: err.code, values: err.values };
    if (err instanceof UsageError) return { error: err.message };
    throw err;
  }
}

/** --batch: one JSON line in, one JSON line out, in order. */
async function batch(file: string, analyser: Analyser): Promise<void> {
  const scenarios = new Map<string, Scenario>();
  const lines =
    file === '-'
      ? createInterface({ input: process.stdin, crlfDelay: Infinity })
      : readFileSync(file, 'utf8').split(/\r?\n/);
  const out: string[] = [];
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    out.push(JSON.stringify(batchAnswer(line, analyser, scenarios)));
    // Written in blocks: one write per line would cost more than the play.
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

/** The language --locale asks for, English otherwise: a refused run is told in it. */
function askedLocale(argv: string[]): Locale {
  const { locale } = parseArgs({ args: argv, options: { locale: { type: 'string' } }, strict: false }).values;
  return LOCALES.includes(locale as Locale) ? (locale as Locale) : 'en';
}

function main(argv: string[], analyser: Analyser): void | Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      batch: { type: 'string' },
      scenario: { type: 'string' },
      step: { type: 'string' },
      choice: { type: 'string', multiple: true },
      reply: { type: 'string', multiple: true },
      seed: { type: 'string', default: '1' },
      locale: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
      paths: { type: 'boolean', default: false },
      stop: { type: 'boolean', default: false },
    },
  });
  if (values.batch !== undefined) {
    if (values.batch !== '-' && !existsSync(values.batch)) throw new UsageError(`--batch: no file "${values.batch}"`);
    return batch(values.batch, analyser);
  }
  if (!values.scenario) throw new UsageError(USAGE);
  const seed = Number(values.seed);
  const locale = values.locale as Locale;
  if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const scenario = findScenario(values.scenario);
  if (values.paths) {
    const choicePaths = allPaths(scenario, MAX_PATHS);
    // Each path once per way of answering its threads: unanswered, or one asker answered one way.
    const variants = withThreadVariants(scenario, choicePaths, MAX_PATHS);
    const paths = Object.assign(variants.paths, { complete: choicePaths.complete && variants.complete });
    const rows = paths
      .map((decisions) => ({ decisions, outcome: play(scenario, transcriptOf(scenario, decisions), seed) }))
      .sort((a, b) => b.outcome.score.total - a.outcome.score.total);
    // To the error stream, so that --json stays one JSON value.
    if (!paths.complete)
      console.error(
        `simulate: the scenario has more than ${MAX_PATHS} paths; these are the first ${MAX_PATHS} in the scenario's order, best first`,
      );
    const spread = spreadOf(
      rows.map((r) => ({
        score: r.outcome.score.total,
        against: r.outcome.score.band.reasons.some((x) => x.key === 'band-against' || x.key === 'band-answer-against'),
      })),
    );
    if (values.json) {
      const against = (o: Outcome) => o.score.band.reasons.filter((x) => x.key === 'band-against').map((x) => x.step);
      return void console.log(
        JSON.stringify(
          rows.map((r) => ({
            path: r.decisions.map((d) => d.choice),
            ...(r.decisions.some((d) => d.thread) ? { thread: r.decisions.map((d) => d.thread ?? null) } : {}),
            score: r.outcome.score.total,
            band: r.outcome.score.band.id,
            against: against(r.outcome),
            followers: r.outcome.followers.delta,
          })),
        ),
      );
    }
    console.log(
      `best ${spread.best} · median of the paths that never go against the lesson ${spread.lessonMedian ?? '—'} · worst ${spread.worst}`,
    );
    console.log(`${'score'.padStart(5)}  ${'band'.padEnd(7)}  ${'followers'.padStart(10)}  path`);
    for (const r of rows) {
      const against = r.outcome.score.band.reasons.filter((x) => x.key === 'band-against').map((x) => x.step);
      console.log(
        `${String(r.outcome.score.total).padStart(5)}  ${r.outcome.score.band.id.padEnd(7)}  ${String(r.outcome.followers.delta).padStart(10)}  ${r.decisions.map((d) => `${d.step}=${d.choice}${threadLabel(d, answersAgainst(scenario, r.outcome, d.step))}${against.includes(d.step) ? ' ✗' : ''}`).join(' → ')}`,
      );
    }
    return;
  }
  const choices = (values.choice ?? []).flatMap((c) => c.split(',')).filter(Boolean);
  const replies = values.reply ?? [];
  if (choices.length === 0 && replies.length === 0) throw new UsageError(`give --choice, --reply or --paths\n${USAGE}`);
  const given = decisionsFor(scenario, analyser, choices, replies, locale, values.step);
  // Played on to the debrief by the best choices, unless --stop: a reply's score is a whole run's.
  const more = values.stop ? [] : continuationOf(scenario, given, seed, analyser);
  const outcome = play(scenario, transcriptOf(scenario, [...given, ...more]), seed, { analyser });
  if (values.json)
    console.log(
      JSON.stringify({ ...summary(scenario, outcome, locale), continuedFrom: more.length > 0 ? more[0]!.step : null }),
    );
  else printText(scenario, outcome, locale, more);
}

try {
  await loadCatalogues();
  await main(process.argv.slice(2), createAnalyser(await loadLanguageData()));
} catch (err) {
  if (err instanceof PlayError) {
    console.error(`simulate: ${playRefusalText(err, askedLocale(process.argv.slice(2)))}`);
    process.exit(1);
  }
  if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`simulate: ${(err as Error).message}`);
    process.exit(1);
  }
  throw err;
}
