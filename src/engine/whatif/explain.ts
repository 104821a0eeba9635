import type { Scenario } from '../schema/scenario';
import { localize, type Locale } from '../schema/text';
import { isWritten, type Decision, type Transcript } from '../run/decision';
import { partTitle } from '../explain/explain';
import type { Tone } from '../outcome';
import type { Comparison, SegmentDifference } from './compare';
import { WHAT_IF_MESSAGES } from './messages';

/** The longest a written reply is quoted in a sentence. */
const QUOTE_CHARS = 60;

/** A decision in a few words: the choice's label, or the start of a written reply. */
export function decisionLabel(scenario: Scenario, decision: Decision, locale: Locale): string {
  if (isWritten(decision)) {
    const chars = [...decision.text.trim()];
    return chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS - 1).join('').trimEnd()}…` : chars.join('');
  }
  const choice = scenario.steps.find((s) => s.id === decision.step)?.choices.find((c) => c.id === decision.choice);
  const label = choice ? localize(choice.label, locale) : decision.choice;
  return decision.timedOut ? `${label} (${WHAT_IF_MESSAGES[locale].timedOut})` : label;
}

/**
 * The sentences that explain the difference between the trainee's run and
 * an alternative: the score on each path, the part of the score that moved
 * most, the segments that reacted differently, and why the first of them did.
 */
export function explainComparison(scenario: Scenario, c: Comparison, mine: Transcript, alt: Transcript, locale: Locale, opts: { segments?: boolean } = {}): string[] {
  const m = WHAT_IF_MESSAGES[locale];
  if (c.changedAt === null) return [m.ownPath];
  const count = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(n));
  const signed = (n: number) => signedCount(n, locale);
  const segmentName = (id: string) => localize(scenario.audience.segments.find((s) => s.id === id)?.name ?? id, locale);
  const lines = [
    fill(c.score.delta === 0 ? m.same : m.differs, {
      alt: decisionLabel(scenario, alt.decisions[c.changedAt]!, locale),
      mine: decisionLabel(scenario, mine.decisions[c.changedAt]!, locale),
      altScore: count(c.score.alt),
      myScore: count(c.score.mine),
      delta: signed(c.score.delta),
    }),
  ];
  if (c.laterChanged > 0) lines.push(m.laterChanged);
  if (c.movedMost) lines.push(fill(m.movedMost, { part: partTitle(c.movedMost.id, locale), delta: signed(c.movedMost.delta) }));
  if (opts.segments !== false) lines.push(...c.segments.slice(0, 3).map((d) => explainSegment(scenario, d, locale)));
  if (c.driver) {
    const templates = c.driver.attitude === 'values' ? m.values : m.dislikes;
    lines.push(fill(templates[c.driver.direction], { segment: segmentName(c.driver.segment), feature: m.features[c.driver.feature] ?? c.driver.feature }));
  }
  return lines.map(capitalise);
}

/** How a segment's reaction differs between the paths, in a sentence: "Families: approval rather than displeasure (+14 followers instead of −48)". */
export function explainSegment(scenario: Scenario, d: SegmentDifference, locale: Locale): string {
  const m = WHAT_IF_MESSAGES[locale];
  const values = { segment: localize(scenario.audience.segments.find((s) => s.id === d.segment)?.name ?? d.segment, locale), altN: signedCount(d.alt.followers, locale), myN: signedCount(d.mine.followers, locale) };
  const text = d.alt.tone === d.mine.tone ? fill(m.segmentFollowers, { ...values, tone: toneWord(d.alt.tone, locale) }) : fill(m.segmentTone, { ...values, alt: toneWord(d.alt.tone, locale), mine: toneWord(d.mine.tone, locale) });
  return capitalise(text);
}

/** A segment's overall reaction as a noun ("delight", "l’indignation"), or that there was nothing to react to. */
export function toneWord(tone: Tone | null, locale: Locale): string {
  return WHAT_IF_MESSAGES[locale].tones[tone ?? 'silent'];
}

/** A whole number with its sign: +1,279, −48, 0. */
export function signedCount(n: number, locale: Locale): string {
  const abs = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(n));
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : '0';
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
