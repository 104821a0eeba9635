import type { FeatureName } from '../schema/features';
import type { StepOutcome } from '../outcome';
import type { Move, Span } from '../text/analysis';

/** One feature the analyser found in a written reply, and how each segment took it. */
export interface WrittenLine {
  /** The feature the line is about; for a move, the feature it acts through ('valence' when none). */
  feature: FeatureName | 'valence';
  /** What the reply did, when the line names it rather than a feature. */
  move?: Move;
  value: number;
  /** The words that triggered it, to underline. */
  spans: Span[];
  /** How much the feature moved each segment's appraisal, most moved first. */
  segments: { segment: string; effect: number }[];
  /** The segment that liked the feature most, and the one that disliked it most (ids), when any minded. */
  liked?: string;
  disliked?: string;
  /** For exposed privacy: how many identifiable customers the reply named. */
  count?: number;
}

/** Below this a segment "did not mind" a feature either way. */
const NOTICEABLE = 0.1;

/**
 * What the debrief says about a written reply, as codes and values: each feature it carried, the
 * words that carried it, and who liked or disliked it most (privacy-minded users, for a reply that
 * named "53 people who watched"). It first names what the reply did, when it did more than its
 * words say ("apology-then-blame"). The words are made from the catalogue (`src/i18n/written.ts`).
 */
export function writtenLines(step: StepOutcome): WrittenLine[] {
  if (!step.written) return [];
  // What a feature added to each segment's appraisal, most moved first, and who took it best and worst.
  const moved = (feature: FeatureName) =>
    step.segments
      .map((seg) => ({ segment: seg.segment, effect: seg.terms.features[feature] ?? 0 }))
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const reactionTo = (segments: { segment: string; effect: number }[]) => {
    const liked = segments.filter((s) => s.effect >= NOTICEABLE).sort((a, b) => b.effect - a.effect)[0];
    const disliked = segments.filter((s) => s.effect <= -NOTICEABLE).sort((a, b) => a.effect - b.effect)[0];
    return { ...(liked ? { liked: liked.segment } : {}), ...(disliked ? { disliked: disliked.segment } : {}) };
  };
  // A move names the segments it moved through the feature it acts on: "… reads as contempt. Families reacted badly".
  const moves: WrittenLine[] = (step.written.moves ?? []).map((mv) => {
    const feature = MOVE_FEATURE[mv.move];
    const segments = feature === 'valence' ? [] : moved(feature);
    return { feature, move: mv.move, value: 1, spans: mv.spans, segments, ...reactionTo(segments) };
  });
  return [
    ...moves,
    ...step.written.signals.map((signal): WrittenLine => {
      if (signal.feature === 'valence')
        return { feature: 'valence', value: signal.value, spans: signal.spans, segments: [] };
      const feature = signal.feature;
      // The model's own terms: what this feature added to each segment's appraisal of the reply, angry mood and offence included.
      const segments = moved(feature);
      const count = signal.count !== undefined && feature === 'privacyExposure' ? signal.count : undefined;
      return {
        feature,
        value: signal.value,
        spans: signal.spans,
        segments,
        ...reactionTo(segments),
        ...(count !== undefined ? { count } : {}),
      };
    }),
  ];
}

/** The feature each move acts through, for the underline's colour and label. */
const MOVE_FEATURE: Record<Move, FeatureName | 'valence'> = {
  // A refused or conditional apology moves people through the contempt it carries, not through what is left of the apology.
  'negated-apology': 'mockery',
  'conditional-apology': 'mockery',
  'apology-then-blame': 'mockery',
  'apology-then-but': 'apology',
  blame: 'mockery',
  'apology-then-insult': 'mockery',
  sarcasm: 'mockery',
  'personal-exposure': 'privacyExposure',
  'details-in-public': 'privacyExposure',
  boilerplate: 'warmth',
  'cue-pile': 'valence',
  'says-nothing': 'valence',
  'off-topic': 'valence',
  'other-language': 'valence',
};
