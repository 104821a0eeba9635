import type { Scenario } from '../engine/schema/scenario';
import { localize, type Locale } from '../engine/schema/text';
import type { StepOutcome } from '../engine/outcome';
import type { Span } from '../engine/text/analysis';
import { writtenLines, type WrittenLine } from '../engine/explain/written';
import { t } from './index';
import { featureName } from './debrief';
import { quote } from './numbers';

/** A line of the written reply's debrief, with its sentence. */
export type ExplainedLine = WrittenLine & { text: string };

/**
 * What the debrief says about a written reply, in the reader's language: "You apologised, then
 * blamed the customer (“you should have read the terms”)", then one sentence per feature, such as
 * "Your reply mentioned 53 identifiable customers (“53 people who watched”): privacy-minded users
 * reacted badly".
 */
export function explainWritten(scenario: Scenario, step: StepOutcome, locale: Locale): ExplainedLine[] {
  if (!step.written) return [];
  const written = step.written;
  const name = (id: string) => localize(scenario.audience.segments.find((s) => s.id === id)?.name ?? id, locale);
  const words = (spans: Span[]) => {
    const quoted = [...new Set(spans.map((s) => s.text.trim()))]
      .filter(Boolean)
      .slice(0, 3)
      .map((w) => quote(w, locale))
      .join(', ');
    return quoted ? ` (${quoted})` : '';
  };
  const reactionOf = (line: { liked?: string; disliked?: string }) =>
    line.liked && line.disliked
      ? t(locale, 'written.both', { liked: name(line.liked), disliked: name(line.disliked) })
      : line.liked
        ? t(locale, 'written.liked', { liked: name(line.liked) })
        : line.disliked
          ? t(locale, 'written.disliked', { disliked: name(line.disliked) })
          : '';
  return writtenLines(step).map((line) => {
    if (line.move) {
      const said = t(locale, `move.${line.move}`, {
        words: words(line.spans),
        language: t(locale, `langName_${written.language}`),
      });
      // The segments the move moved, through the feature it acts on: "… reads as contempt. Families reacted badly".
      const reaction = reactionOf(line);
      return {
        ...line,
        text: reaction ? `${said}. ${reaction.charAt(0).toLocaleUpperCase(locale)}${reaction.slice(1)}` : said,
      };
    }
    if (line.feature === 'valence') {
      const tone = t(
        locale,
        line.value > 0.3 ? 'written.positive' : line.value < -0.3 ? 'written.negative' : 'written.neutral',
      );
      return { ...line, text: t(locale, 'written.tone', { tone, words: words(line.spans) }) };
    }
    const reaction = reactionOf(line) || t(locale, 'written.nobody');
    const what =
      line.count !== undefined
        ? t(locale, 'written.count', { n: line.count })
        : t(locale, 'written.carried', { feature: featureName(line.feature, locale) });
    return { ...line, text: t(locale, 'written.line', { what, words: words(line.spans), reaction }) };
  });
}
