/**
 * Brandstorm's engine: pure, with no Phaser, DOM, clock or Math.random.
 * The game, the command line, the tests and the server all call it.
 */
export { CHECK_ONLY, play, playByStep, type PlayOptions, type StepHours } from './play';
export {
  answerThread,
  decide,
  openThread,
  optionsAt,
  replayTranscript,
  replyAnalysisOptions,
  startRun,
  threadTimeOut,
  timeOut,
  type Decided,
  type Options,
  type ResolvedDecision,
  type RunState,
} from './run/run';
export {
  DecisionSchema,
  isWritten,
  isLapsedAnswer,
  isWrittenAnswer,
  type LapsedAnswer,
  type ThreadAnswerDecision,
  type PickedAnswer,
  type WrittenAnswer,
  MAX_DECISIONS,
  PickedDecisionSchema,
  sameDecision,
  transcriptOf,
  transcriptOfRun,
  TranscriptSchema,
  WRITTEN,
  WrittenDecisionSchema,
  type Decision,
  type PickedDecision,
  type Transcript,
  type WrittenDecision,
} from './run/decision';
export { PLAY_ERROR_CODES, PlayError, type PlayErrorCode, type PlayErrorValues } from './run/refusal';
export type * from './outcome';
export { ScenarioSchema, SCHEMA_VERSION, DEBRIEF, type Scenario } from './schema/scenario';
export type { Choice, FreeText, Step } from './schema/step';
export { LESSON_VERDICTS, type LessonVerdict } from './schema/lesson';
export { ASKER_WANTS, type Asker, type AskerWant, type Thread, type ThreadAnswer } from './schema/thread';
export { ANSWER_MINUTES, type ResolvedAnswer, type ResolvedThread } from './run/thread';
export { dueAt } from './run/clock';
export { threadLabel, threadVariants, withThreadVariants } from './run/thread-paths';
export { ASSETS_PREFIX, IMAGE_EXTENSIONS, imageSrcProblem, inAssets, type PostImage } from './schema/image';
export { isScenarioFile, oneScenarioPerId, type FolderEntry } from './schema/folder';
export { loadScenario, MAX_SCENARIO_BYTES, type ScenarioProblem, type LoadResult } from './schema/load';
export { PROBLEM_CODES, type ProblemCode, type ProblemValues } from './schema/problem';
export { checkScenario, type CheckResult } from './check/check';
export {
  allPaths,
  depthOf,
  nextAfter,
  PATH_LIMIT,
  reachable,
  routeTo,
  stepsById,
  successors,
  type Paths,
  type StoryGraph,
} from './run/graph';
export { localize, LOCALES, type Locale, type Text } from './schema/text';
export { FEATURE_NAMES, type FeatureName, type Features } from './schema/features';
export { replyLine } from './replies/sample';
export {
  composeReplies,
  linePool,
  replyText,
  WINDOW,
  type ComposedReply,
  type LinePool,
  type Post,
  type ReplySlot,
} from './replies/compose';
export { quotesOf } from './replies/quotes';
export { ANSWERS, type Answer, type ReplyLine, type TaggedReplyLine } from './schema/reply-line';
export { createAnalyser, loadLanguageData, type Analyser, type LanguageData } from './text';
export { charactersOver, PLATFORM_LIMIT, type Analysis, type AnalyseOptions, type Signal, type Span } from './text';
export { writtenLines, type WrittenLine } from './explain/written';
export * from './whatif';
