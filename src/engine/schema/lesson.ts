/**
 * How a choice, or an answer in a thread, stands with the scenario's lesson:
 * "follows" (what the lesson teaches), "misses" (harmless, but not what it asks)
 * or "against" (what the lesson warns against). The debrief names every decision
 * against the lesson, and a run with one cannot be rated "strong".
 */
export const LESSON_VERDICTS = ['follows', 'misses', 'against'] as const;
export type LessonVerdict = (typeof LESSON_VERDICTS)[number];
