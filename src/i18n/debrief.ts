import type { Scenario } from '../engine/schema/scenario';
import { localize, type Locale } from '../engine/schema/text';
import type { Reason, ScorePart } from '../engine/outcome';
import { hasMessage, t, type MessageKey } from './index';
import { percent } from './numbers';
import { quote } from './numbers';

/** A feature's name in a sentence ("an apology", "humour"), in the given language. */
export function featureName(feature: string, locale: Locale): string {
  const key = `feature.${feature}`;
  return hasMessage(key) ? t(locale, key) : feature;
}

/** A step's title in the given language, or its id when the scenario has no such step. */
export function stepTitle(scenario: Scenario, id: string, locale: Locale): string {
  const step = scenario.steps.find((s) => s.id === id);
  return step ? localize(step.title, locale) : id;
}

/** A part's title in the given language. */
export function partTitle(id: ScorePart['id'], locale: Locale): string {
  return t(locale, PART_TITLES[id]);
}

/** The parts' titles; "Followers" and "The lesson" are the game's own words for them elsewhere too. */
const PART_TITLES = {
  followers: 'followers',
  engagement: 'part.engagement',
  trust: 'part.trust',
  lesson: 'lesson',
} as const satisfies Record<ScorePart['id'], MessageKey>;

/** One reason as a sentence, such as "Families found it too much: −3,200 followers". */
export function explainReason(scenario: Scenario, reason: Reason, locale: Locale): string {
  const key = `reason.${reason.key}`;
  if (!hasMessage(key)) return reason.key;
  const segment = scenario.audience.segments.find((s) => s.id === reason.segment);
  const rate = reason.key === 'approving-rate' || reason.key === 'angry-rate';
  // Trust moves in hundredths; followers are counted whole. The sign is in the message.
  const n = rate
    ? percent(reason.value, locale)
    : Math.abs(Math.round(reason.key.startsWith('trust') ? reason.value * 100 : reason.value));
  const text = t(locale, key, {
    n,
    segment: segment ? localize(segment.name, locale) : '',
    tone: reason.tone ? t(locale, `tone.${reason.tone}`) : '',
    feature: reason.feature ? featureName(reason.feature, locale) : '',
    step: reason.step ? quote(stepTitle(scenario, reason.step, locale), locale) : '',
  });
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Every reason of a part, as sentences. */
export function explainPart(scenario: Scenario, part: ScorePart, locale: Locale): string[] {
  return part.reasons.map((r) => explainReason(scenario, r, locale));
}
