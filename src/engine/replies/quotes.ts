import type { Answer } from '../schema/reply-line';
import type { Analysis, Span } from '../text/analysis';

/** The longest words a reply quotes back, in characters: a phrase, not a paragraph. */
const LONGEST = 60;
/** The most words a quoted phrase keeps. */
const MOST_WORDS = 6;

/** Features whose words say nothing worth quoting: a handle, the reply's length. */
const UNQUOTED: readonly string[] = ['valence', 'personalAddress', 'platformFit'];

/** A span a reader would quote: a few words with letters in them, not a handle or a link. */
function quotable(span: Span): string | undefined {
  const text = span.text.trim();
  if (text.length < 3 || text.length > LONGEST || !/\p{L}/u.test(text) || /^[@#]|^https?:|www\./i.test(text))
    return undefined;
  return text.split(/\s+/).length <= MOST_WORDS ? text : undefined;
}

/** Of a signal's spans, the one with the most words (the first of equals): "family website" rather than "😉". */
function bestOf(spans: readonly Span[]): string | undefined {
  let best: string | undefined;
  let words = 0;
  for (const span of spans) {
    const text = quotable(span);
    if (text === undefined) continue;
    const n = text.split(/\s+/).length;
    if (n > words) [best, words] = [text, n];
  }
  return best;
}

/**
 * The words of a written reply that replies may quote back, by the feature or
 * move they carry, and as "any" the words of the strongest feature that has
 * some: the analyser's spans, so that a reply quotes what made the post what it is.
 */
export function quotesOf(
  analysis: Pick<Analysis, 'signals' | 'moves'>,
): Partial<Record<Answer | 'any', string>> | undefined {
  const quotes: Partial<Record<Answer | 'any', string>> = {};
  let any = false;
  for (const signal of analysis.signals) {
    if (UNQUOTED.includes(signal.feature)) continue;
    const text = bestOf(signal.spans);
    if (text === undefined) continue;
    quotes[signal.feature as Answer] ??= text;
    quotes.any ??= text;
    any = true;
  }
  for (const move of analysis.moves) {
    const text = bestOf(move.spans);
    if (text === undefined) continue;
    quotes[move.move] ??= text;
    quotes.any ??= text;
    any = true;
  }
  return any ? quotes : undefined;
}
