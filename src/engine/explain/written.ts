import type { Scenario } from '../schema/scenario';
import type { FeatureName } from '../schema/features';
import { localize, type Locale } from '../schema/text';
import type { StepOutcome } from '../outcome';
import type { Move, Span } from '../text/analysis';
import { MESSAGES } from './messages';
import { quote } from './quote';

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
  /** The sentence for the debrief. */
  text: string;
}

/** Below this a segment "did not mind" a feature either way. */
const NOTICEABLE = 0.1;

/**
 * What the debrief says about a written reply: each feature it carried, the
 * words that carried it, and who liked or disliked it, for example "Your
 * reply mentioned 53 identifiable viewers ("53 people who watched"):
 * privacy-minded users reacted badly". It first names what the reply did,
 * when it did more than its words say: "You apologised, then blamed the
 * customer ("you should have read the terms")".
 */
export function explainWritten(scenario: Scenario, step: StepOutcome, locale: Locale): WrittenLine[] {
  if (!step.written) return [];
  const m = MESSAGES[locale].written;
  const name = (id: string) => localize(scenario.audience.segments.find((s) => s.id === id)?.name ?? id, locale);
  const quoted = (spans: Span[]) => [...new Set(spans.map((s) => s.text.trim()))].filter(Boolean).slice(0, 3).map((t) => quote(t, locale)).join(', ');
  // What a feature added to each segment's appraisal, most moved first, and who took it best and worst.
  const moved = (feature: FeatureName) =>
    step.segments.map((seg) => ({ segment: seg.segment, effect: seg.terms.features[feature] ?? 0 })).sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const reactionTo = (segments: { segment: string; effect: number }[]) => {
    const liked = segments.filter((s) => s.effect >= NOTICEABLE).sort((a, b) => b.effect - a.effect)[0];
    const disliked = segments.filter((s) => s.effect <= -NOTICEABLE).sort((a, b) => a.effect - b.effect)[0];
    return [liked && fill(m.liked, { segment: name(liked.segment) }), disliked && fill(m.disliked, { segment: name(disliked.segment) })].filter(Boolean).join(', ');
  };
  const moves: WrittenLine[] = (step.written.moves ?? []).map((mv) => {
    const words = quoted(mv.spans);
    const said = fill(MESSAGES[locale].moves[mv.move], { words: words ? ` (${words})` : '', language: MESSAGES[locale].languages[step.written!.language] });
    // The segments the move moved, through the feature it acts on: "… reads as contempt. Families reacted badly".
    const feature = MOVE_FEATURE[mv.move];
    const segments = feature === 'valence' ? [] : moved(feature);
    const reaction = reactionTo(segments);
    const text = reaction ? `${said}. ${reaction.charAt(0).toUpperCase()}${reaction.slice(1)}` : said;
    return { feature, move: mv.move, value: 1, spans: mv.spans, segments, text };
  });
  return [...moves, ...step.written.signals.map((signal) => {
    const words = quoted(signal.spans);
    if (signal.feature === 'valence') {
      const tone = signal.value > 0.3 ? m.positive : signal.value < -0.3 ? m.negative : m.neutral;
      return { feature: 'valence' as const, value: signal.value, spans: signal.spans, segments: [], text: fill(m.tone, { tone, words: words ? ` (${words})` : '' }) };
    }
    const feature = signal.feature;
    // The model's own terms: what this feature added to each segment's appraisal of the reply, angry mood and offence included.
    const segments = moved(feature);
    const reaction = reactionTo(segments) || m.nobody;
    const what = signal.count !== undefined && feature === 'privacyExposure'
      ? fill(m.count, { n: new Intl.NumberFormat(locale).format(signal.count) })
      : fill(m.carried, { feature: MESSAGES[locale].features[feature] ?? feature });
    const text = fill(m.line, { what, words: words ? ` (${words})` : '', reaction });
    return { feature, value: signal.value, spans: signal.spans, segments, text };
  })];
}

/** The feature each move acts through, for the underline's colour and label. */
const MOVE_FEATURE: Record<Move, FeatureName | 'valence'> = {
  // A refused or conditional apology moves people through the contempt it carries, not through what is left of the apology.
  'negated-apology': 'mockery',
  'conditional-apology': 'mockery',
  'apology-then-blame': 'mockery',
  blame: 'mockery',
  'apology-then-insult': 'mockery',
  sarcasm: 'mockery',
  'personal-exposure': 'privacyExposure',
  'cue-pile': 'valence',
  'says-nothing': 'valence',
  'off-topic': 'valence',
  'other-language': 'valence',
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
