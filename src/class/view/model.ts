import { localize, type Locale } from '../../engine/schema/text';
import type {
  ClassAnswer,
  ClassEvent,
  ClassSnapshot,
  ScenarioSummary,
  ThreadAskerSummary,
} from '../../protocol/class-view';
import { standingsOf, type Standing } from '../../protocol/class';
import { isLapsedAnswer, isWrittenAnswer, WRITTEN } from '../../engine/run/decision';
import { toneOf } from '../../engine/outcome';
import { t } from '../../i18n';

/** The id the server gives a reply a trainee wrote: the engine's. */
export const WRITTEN_ID = WRITTEN;

/** Applies one event of the live stream to the class view's picture; what it already has is not counted twice. */
export function applyEvent(snapshot: ClassSnapshot | null, event: ClassEvent): ClassSnapshot | null {
  if (event.type === 'snapshot') return event.data;
  if (!snapshot) return null;
  switch (event.type) {
    case 'answer':
      return snapshot.answers.some((a) => a.id === event.data.id)
        ? snapshot
        : { ...snapshot, answers: [...snapshot.answers, event.data] };
    case 'trainee':
      return snapshot.trainees.some((t) => t.id === event.data.id)
        ? snapshot
        : { ...snapshot, trainees: [...snapshot.trainees, event.data] };
    case 'session':
      return { ...snapshot, session: event.data };
    case 'highlight':
      return {
        ...snapshot,
        answers: snapshot.answers.map((a) =>
          a.id === event.data.answer ? { ...a, highlighted: event.data.shown } : a,
        ),
      };
  }
}

/** How the class chose one option of a step. */
export interface OptionStats {
  id: string;
  label: string;
  count: number;
  /** Share of the step's answers, 0..1. */
  share: number;
  /** Mean sentiment of the audience (segments' valences weighted by share), −1..1; null with no answer. */
  sentiment: number | null;
  /** Mean score of the run after this decision; null with no answer. */
  score: number | null;
}

export interface StepStats {
  scenarioIndex: number;
  stepId: string;
  title: string;
  prompt: string;
  answered: number;
  options: OptionStats[];
  /** The replies trainees wrote at this step, oldest first. */
  written: ClassAnswer[];
  /** How the class answered each reply of the step's thread that asked; empty for a step without a thread. */
  askers: AskerStats[];
}

/** One way the class answered a reply that asked: an authored answer, a written one, none, or none in time. */
export interface ThreadOptionStats {
  /** The authored answer's id, or "@written", "@left", "@lapsed". */
  id: string;
  label: string;
  count: number;
}

/** How the class answered one reply that asked for an answer. */
export interface AskerStats {
  id: string;
  author: string;
  handle: string;
  text: string;
  /** How many trainees had this reply to answer: those whose post drew it and who closed its thread. */
  reached: number;
  options: ThreadOptionStats[];
  /** The answers trainees wrote to it, oldest first, with the decision they belong to. */
  written: { answer: ClassAnswer; text: string }[];
}

/** What the class view calls the ways of answering that are no authored answer. */
export interface ThreadLabels {
  written: string;
  private: string;
  left: string;
  lapsed: string;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Every step of a scenario of the playlist with the class's answers: counts, shares, mean reaction and score per option. */
export function stepStats(
  snapshot: ClassSnapshot,
  scenarioIndex: number,
  locale: Locale,
  writtenLabel = t(locale, 'cv.writtenReply'),
  threadLabels: ThreadLabels = threadLabelsIn(locale),
): StepStats[] {
  const scenario: ScenarioSummary | undefined = snapshot.scenarios[scenarioIndex];
  if (!scenario) return [];
  const answers = snapshot.answers.filter((a) => a.scenarioIndex === scenarioIndex);
  return scenario.steps.map((step) => {
    const here = answers.filter((a) => a.step === step.id);
    const option = (id: string, label: string): OptionStats => {
      const mine = here.filter((a) => a.choice === id);
      return {
        id,
        label,
        count: mine.length,
        share: here.length ? mine.length / here.length : 0,
        sentiment: mean(mine.map((a) => a.sentiment)),
        score: mean(mine.map((a) => a.score)),
      };
    };
    const options = step.choices.map((c) => option(c.id, localize(c.label, locale)));
    const written = here.filter((a) => a.choice === WRITTEN_ID);
    if (step.freeText || written.length > 0) options.push(option(WRITTEN_ID, writtenLabel));
    const closed = here.filter((a) => a.thread !== null);
    return {
      scenarioIndex,
      stepId: step.id,
      title: localize(step.title, locale),
      prompt: localize(step.prompt, locale),
      answered: here.length,
      options,
      written,
      askers: (step.askers ?? []).map((k) => askerStats(k, closed, locale, threadLabels)),
    };
  });
}

/** How the class answered one asker, from the decisions whose thread was closed (answered, left or timed out). */
function askerStats(
  asker: ThreadAskerSummary,
  closed: ClassAnswer[],
  locale: Locale,
  labels: ThreadLabels,
): AskerStats {
  const given = closed.map((a) => ({ answer: a, given: a.thread!.find((x) => x.asker === asker.id) }));
  const count = (test: (x: (typeof given)[number]['given']) => boolean) => given.filter((g) => test(g.given)).length;
  const options: ThreadOptionStats[] = asker.answers.map((n) => ({
    id: n.id,
    label: n.private ? labels.private : localize(n.label, locale),
    count: count((x) => x !== undefined && 'answer' in x && x.answer === n.id),
  }));
  const written = given.flatMap((g) =>
    g.given && isWrittenAnswer(g.given) ? [{ answer: g.answer, text: g.given.text }] : [],
  );
  options.push({ id: WRITTEN_ID, label: labels.written, count: written.length });
  options.push({ id: '@left', label: labels.left, count: count((x) => x === undefined) });
  const lapsed = count((x) => x !== undefined && isLapsedAnswer(x));
  if (lapsed > 0) options.push({ id: '@lapsed', label: labels.lapsed, count: lapsed });
  return {
    id: asker.id,
    author: asker.author,
    handle: asker.handle,
    text: localize(asker.text, locale),
    reached: closed.length,
    options,
    written,
  };
}

/** The session's leaderboard, ranked as the server ranks it. */
export function classRanking(snapshot: ClassSnapshot): Standing[] {
  return standingsOf(snapshot.trainees, snapshot.answers);
}

/** How many trainees answered each decision (by position) of a scenario: what a lockstep instructor waits for. */
export function answeredAt(snapshot: ClassSnapshot, scenarioIndex: number): number[] {
  const counts: number[] = [];
  for (const a of snapshot.answers)
    if (a.scenarioIndex === scenarioIndex) counts[a.position] = (counts[a.position] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

/** The class view's names for the ways of answering a reply that are no authored answer, in the view's language. */
export function threadLabelsIn(locale: Locale): ThreadLabels {
  return {
    written: t(locale, 'cv.threadWritten'),
    private: t(locale, 'cv.threadPrivate'),
    left: t(locale, 'cv.threadLeft'),
    lapsed: t(locale, 'cv.threadLapsed'),
  };
}

/** A net sentiment in words, for people rather than statisticians. */
export function sentimentWords(s: number | null, locale: Locale): string {
  if (s === null) return '—';
  // The engine's thresholds for a valence; a net sentiment near zero is a mixed reception rather than a shrug.
  return t(locale, 'cv.reaction', { tone: toneOf(s) });
}

/** A join code as trainees read it: ABCD-EFGH. */
export const formatCode = (code: string) => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
