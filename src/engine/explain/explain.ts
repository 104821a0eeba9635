import type { Scenario } from '../schema/scenario';
import { localize, type Locale } from '../schema/text';
import type { Reason, ScorePart } from '../outcome';
import { MESSAGES } from './messages';
import { quote } from './quote';

/** A step's title in the given language, or its id when the scenario has no such step. */
export function stepTitle(scenario: Scenario, id: string, locale: Locale): string {
  const step = scenario.steps.find((s) => s.id === id);
  return step ? localize(step.title, locale) : id;
}

const percent = (x: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: x < 0.01 ? 2 : 1 }).format(x);

function signed(n: number, locale: Locale): string {
  const s = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(n));
  return n < 0 ? `−${s}` : s;
}

/** A feature's name in a sentence ("an apology", "humour"), in the given language. */
export function featureName(feature: string, locale: Locale): string {
  return MESSAGES[locale].features[feature] ?? feature;
}

/** A part's title in the given language. */
export function partTitle(id: ScorePart['id'], locale: Locale): string {
  return MESSAGES[locale].parts[id];
}

/** One reason as a sentence, such as "Families found it too much: −3,200 followers". */
export function explainReason(scenario: Scenario, reason: Reason, locale: Locale): string {
  const m = MESSAGES[locale];
  const segment = scenario.audience.segments.find((s) => s.id === reason.segment);
  const n =
    reason.key === 'approving-rate' || reason.key === 'angry-rate'
      ? percent(reason.value, locale)
      : reason.key.startsWith('trust')
        ? signed(Math.round(reason.value * 100), locale).replace(/^(\d)/, '+$1')
        : signed(reason.value, locale);
  const text = (m.reasons[reason.key] ?? reason.key)
    .replace('{segment}', segment ? localize(segment.name, locale) : '')
    .replace('{tone}', reason.tone ? m.tones[reason.tone] : '')
    .replace('{feature}', reason.feature ? (m.features[reason.feature] ?? reason.feature) : '')
    .replace('{step}', reason.step ? quote(stepTitle(scenario, reason.step, locale), locale) : '')
    .replace('{n}', n)
    .replace(/ {2,}/g, ' ')
    .replace(/ +,/g, ',')
    .replace(/ +:/g, locale === 'fr' ? ' :' : ':');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every reason of a part, as sentences. */
export function explainPart(scenario: Scenario, part: ScorePart, locale: Locale): string[] {
  return part.reasons.map((r) => explainReason(scenario, r, locale));
}
