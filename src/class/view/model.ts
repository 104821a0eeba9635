import { localize, type Locale } from '../../engine/schema/text';
import type { ClassAnswer, ClassEvent, ClassSnapshot, ScenarioSummary } from '../../protocol/class-view';
import { standingsOf, type Standing } from '../../protocol/class';
import { WRITTEN } from '../../engine/run/decision';
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
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Every step of a scenario of the playlist with the class's answers: counts, shares, mean reaction and score per option. */
export function stepStats(
  snapshot: ClassSnapshot,
  scenarioIndex: number,
  locale: Locale,
  writtenLabel = 'Written reply',
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
    return {
      scenarioIndex,
      stepId: step.id,
      title: localize(step.title, locale),
      prompt: localize(step.prompt, locale),
      answered: here.length,
      options,
      written,
    };
  });
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

/** A net sentiment in words, for people rather than statisticians. */
export function sentimentWords(s: number | null, locale: Locale): string {
  if (s === null) return '—';
  // The engine's thresholds for a valence; a net sentiment near zero is a mixed reception rather than a shrug.
  return t(locale, 'cv.reaction', { tone: toneOf(s) });
}

/** A join code as trainees read it: ABCD-EFGH. */
export const formatCode = (code: string) => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
