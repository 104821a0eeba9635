import type { Scenario } from '../engine/schema/scenario';
import { localize, type Locale } from '../engine/schema/text';
import { isWritten, type Decision, type Transcript } from '../engine/run/decision';
import type { Tone } from '../engine/outcome';
import type { Comparison, SegmentDifference } from '../engine/whatif/compare';
import { hasMessage, t } from './index';
import { formatCount, formatDelta } from './numbers';
import { partTitle } from './debrief';

/** The longest a written reply is quoted in a sentence. */
const QUOTE_CHARS = 60;

/** A decision in a few words: the choice's label, or the start of a written reply. */
export function decisionLabel(scenario: Scenario, decision: Decision, locale: Locale): string {
  if (isWritten(decision)) {
    const chars = [...decision.text.trim()];
    return chars.length > QUOTE_CHARS
      ? `${chars
          .slice(0, QUOTE_CHARS - 1)
          .join('')
          .trimEnd()}…`
      : chars.join('');
  }
  const choice = scenario.steps.find((s) => s.id === decision.step)?.choices.find((c) => c.id === decision.choice);
  const label = choice ? localize(choice.label, locale) : decision.choice;
  return decision.timedOut ? `${label} (${t(locale, 'whatif.timedOut')})` : label;
}

/**
 * The sentences that explain the difference between the trainee's run and
 * an alternative: the score on each path, the part of the score that moved
 * most, the segments that reacted differently, and why the first of them did.
 */
export function explainComparison(
  scenario: Scenario,
  c: Comparison,
  mine: Transcript,
  alt: Transcript,
  locale: Locale,
  opts: { segments?: boolean } = {},
): string[] {
  if (c.changedAt === null) return [t(locale, 'whatif.ownPath')];
  const segmentName = (id: string) => localize(scenario.audience.segments.find((s) => s.id === id)?.name ?? id, locale);
  const lines = [
    t(locale, c.score.delta === 0 ? 'whatif.same' : 'whatif.differs', {
      alt: decisionLabel(scenario, alt.decisions[c.changedAt]!, locale),
      mine: decisionLabel(scenario, mine.decisions[c.changedAt]!, locale),
      altScore: formatCount(Math.abs(c.score.alt), locale),
      myScore: formatCount(Math.abs(c.score.mine), locale),
      delta: formatDelta(c.score.delta, locale),
    }),
  ];
  if (c.laterChanged > 0) lines.push(t(locale, 'whatif.laterChanged'));
  if (c.movedMost)
    lines.push(
      t(locale, 'whatif.movedMost', {
        part: partTitle(c.movedMost.id, locale),
        delta: formatDelta(c.movedMost.delta, locale),
        n: Math.abs(c.movedMost.delta),
      }),
    );
  if (opts.segments !== false) lines.push(...c.segments.slice(0, 3).map((d) => explainSegment(scenario, d, locale)));
  if (c.driver) {
    const feature = `whatif.feature.${c.driver.feature}`;
    lines.push(
      t(locale, `whatif.${c.driver.attitude === 'values' ? 'values' : 'dislikes'}.${c.driver.direction}`, {
        segment: segmentName(c.driver.segment),
        feature: hasMessage(feature) ? t(locale, feature) : c.driver.feature,
      }),
    );
  }
  return lines.map(capitalise);
}

/** How a segment's reaction differs between the paths, in a sentence: "Families: approval rather than displeasure (followers: +14 instead of −48)". */
export function explainSegment(scenario: Scenario, d: SegmentDifference, locale: Locale): string {
  const values = {
    segment: localize(scenario.audience.segments.find((s) => s.id === d.segment)?.name ?? d.segment, locale),
    altN: formatDelta(d.alt.followers, locale),
    myN: formatDelta(d.mine.followers, locale),
  };
  const text =
    d.alt.tone === d.mine.tone
      ? t(locale, 'whatif.segmentFollowers', { ...values, tone: toneWord(d.alt.tone, locale) })
      : t(locale, 'whatif.segmentTone', {
          ...values,
          alt: toneWord(d.alt.tone, locale),
          mine: toneWord(d.mine.tone, locale),
        });
  return capitalise(text);
}

/** A segment's overall reaction as a noun ("delight", "l’indignation"), or that there was nothing to react to. */
export function toneWord(tone: Tone | null, locale: Locale): string {
  return t(locale, `whatif.tone.${tone ?? 'silent'}`);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
