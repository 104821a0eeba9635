import type Phaser from 'phaser';
import type { Locale, Scenario, StepOutcome, WrittenLine } from '../../src/engine';
import { t, labelled } from '../../src/i18n';
import { stageOf } from './Stage';
import { explainWritten } from '../../src/i18n/written';
import { featureName } from '../../src/i18n/debrief';
import { quote } from '../../src/i18n';

/** Feature lines that fit under the reply at the debrief's size. */
const MAX_LINES = 3;

/** The reply's text with the words that triggered a feature marked, built from text nodes only. */
function marked(text: string, lines: WrittenLine[], locale: Locale): HTMLElement {
  const quote = document.createElement('blockquote');
  const spans = lines
    .filter((l) => l.feature !== 'valence')
    .flatMap((l) => l.spans.map((s) => ({ ...s, feature: l.feature })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping: the first one wins
    if (span.start > at) quote.append(document.createTextNode(text.slice(at, span.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(span.start, span.end);
    const features = spans
      .filter((s) => s.start < span.end && s.end > span.start)
      .map((s) => featureName(s.feature, locale));
    mark.title = [...new Set(features)].join(', ');
    quote.append(mark);
    at = span.end;
  }
  if (at < text.length) quote.append(document.createTextNode(text.slice(at)));
  return quote;
}

/**
 * The debrief's account of a written reply: the text with the triggering
 * words underlined, then a sentence per feature saying how each audience
 * took it. Returns the lines for the screen-reader mirror.
 */
export function addWrittenReply(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  maxHeight: number,
  scenario: Scenario,
  step: StepOutcome,
  locale: Locale,
): { lines: string[]; height: number } {
  if (!step.written) return { lines: [], height: 0 };
  const lines = explainWritten(scenario, step, locale);
  const box = document.createElement('section');
  box.className = 'written-reply';
  box.style.width = `${width}px`;
  // No scrolling box: Chromium's compositor drew a scrolling layer over the WebGL canvas as a white ghost.
  // The lines are kept few and short enough to fit instead.
  box.style.maxHeight = `${maxHeight}px`;
  box.style.overflow = 'hidden';
  const heading = document.createElement('h3');
  heading.textContent = t(locale, 'yourWrittenReply');
  const list = document.createElement('ul');
  // On screen, the features that moved the audience most; the screen-reader mirror keeps every line.
  const impact = (l: WrittenLine) => Math.max(0, ...l.segments.map((s) => Math.abs(s.effect)));
  const shown = lines
    .filter((l) => l.feature !== 'valence')
    .sort((a, b) => impact(b) - impact(a))
    .slice(0, MAX_LINES);
  for (const line of shown) {
    const li = document.createElement('li');
    li.textContent = line.text;
    list.append(li);
  }
  box.append(heading, marked(step.written.text, lines, locale), list);
  stageOf(scene)?.pin(box, x, y);
  // Longer languages take more room: drop the least important lines until the box fits.
  while (box.scrollHeight > box.clientHeight + 1 && list.children.length > 1) list.lastElementChild?.remove();
  // The most important line shows whole, even if the box must grow past its room: the page then scrolls.
  if (box.scrollHeight > box.clientHeight + 1) box.style.maxHeight = 'none';
  return {
    lines: [
      labelled(locale, t(locale, 'yourWrittenReply'), quote(step.written.text, locale)),
      ...lines.map((l) => l.text),
    ],
    height: box.offsetHeight,
  };
}
