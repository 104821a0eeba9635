import { isLapsedAnswer, isWrittenAnswer, localize, WRITTEN, type Scenario, type Step } from '../../engine';
import { toCsv } from '../../server/csv';
import type { ClassAnswer, ClassTrainee } from '../../protocol/class-view';

export interface ExportInput {
  /** The playlist, by index; a scenario the library no longer has is undefined. */
  scenarios: (Scenario | undefined)[];
  trainees: ClassTrainee[];
  answers: ClassAnswer[];
}

const features = (a: ClassAnswer) =>
  (a.features ?? [])
    .map((f) => `${f.feature} ${f.value}${f.words.length ? ` (${f.words.join(', ')})` : ''}`)
    .join('; ');

/**
 * The answers given in a decision's thread, in a cell: "asker: answer" for a picked one ("(private)"
 * when it moved to private messages), "asker: the words" for a written one, "asker: (time ran out)"
 * for one the clock left unanswered.
 */
const threadCell = (thread: ClassAnswer['thread'], step: Step | undefined) =>
  (thread ?? [])
    .map((t) => {
      if (isWrittenAnswer(t)) return `${t.asker}: ${t.text}`;
      if (isLapsedAnswer(t)) return `${t.asker}: (time ran out)`;
      const asker = step?.thread?.askers.find((k) => k.id === t.asker);
      const moved = asker?.answers.find((n) => n.id === t.answer)?.private;
      return `${t.asker}: ${t.answer}${moved ? ' (private)' : ''}`;
    })
    .join('; ');

/** One row per decision: who, which step, what they chose or wrote, what the analyser found, the reaction and the score after it. */
export function answersCsv({ scenarios, trainees, answers }: ExportInput): string {
  const names = new Map(trainees.map((t) => [t.id, t.name]));
  const rows = [...answers]
    .sort((a, b) => a.trainee - b.trainee || a.scenarioIndex - b.scenarioIndex || a.position - b.position)
    .map((a) => {
      const scenario = scenarios[a.scenarioIndex];
      const step = scenario?.steps.find((s) => s.id === a.step);
      const choice = step?.choices.find((c) => c.id === a.choice);
      return [
        names.get(a.trainee) ?? '',
        a.scenarioIndex + 1,
        scenario?.id ?? '',
        a.position + 1,
        a.step,
        step ? localize(step.title, 'en') : '',
        a.choice === WRITTEN ? 'written' : a.choice,
        a.choice === WRITTEN ? (a.text ?? '') : choice ? localize(choice.label, 'en') : '',
        features(a),
        a.sentiment.toFixed(3),
        a.score,
        a.scoreMax,
        a.complete ? 'yes' : 'no',
        a.at,
        threadCell(a.thread, step),
      ];
    });
  return toCsv(
    [
      'trainee',
      'scenario_number',
      'scenario',
      'decision',
      'step',
      'step_title',
      'choice',
      'reply',
      'features_found',
      'audience_sentiment',
      'score_after',
      'score_max',
      'ended_scenario',
      'answered_at',
      'thread_answers',
    ],
    rows,
  );
}

/** One row per trainee and scenario: how far they got and their final score. */
export function traineesCsv({ scenarios, trainees, answers }: ExportInput): string {
  const rows: unknown[][] = [];
  for (const t of trainees) {
    scenarios.forEach((scenario, index) => {
      const mine = answers.filter((a) => a.trainee === t.id && a.scenarioIndex === index);
      const end = mine.find((a) => a.complete);
      rows.push([
        t.name,
        index + 1,
        scenario?.id ?? '',
        mine.length,
        end ? 'yes' : 'no',
        end ? end.score : '',
        end ? end.scoreMax : '',
        t.joinedAt,
      ]);
    });
  }
  return toCsv(
    ['trainee', 'scenario_number', 'scenario', 'decisions', 'finished', 'final_score', 'score_max', 'joined_at'],
    rows,
  );
}
