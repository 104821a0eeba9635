/** A word, emoticon or emoji of a reply, with where it sits in the prepared text. */
export interface Token {
  /** As written (case kept), without surrounding punctuation. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Which clause of the text the token is in: a negation does not reach across a full stop. */
  clause: number;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const WORDISH = /^[\p{L}\p{N}'-]+$/u;
/** A chunk ending a sentence or clause. */
const CLAUSE_END = /[.!?;]$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * Splits a text the way VADER does (on white space, keeping emoticons such
 * as ":)" and contractions), but also cuts emoji out of the words they are
 * stuck to and strips punctuation around any word, not only one mark.
 */
export function tokenize(cased: string, lower: string): Token[] {
  const tokens: Token[] = [];
  const at = { clause: 0 };
  for (const m of cased.matchAll(/\S+/gu)) {
    const start = m.index;
    // Emoji are tokens of their own: "great😂" is "great" and "😂".
    let pieceStart = start;
    let i = start;
    const end = start + m[0].length;
    while (i < end) {
      const cp = cased.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (EMOJI.test(ch)) {
        push(tokens, cased, lower, pieceStart, i, at.clause);
        tokens.push({ text: ch, lower: ch, start: i, end: i + ch.length, clause: at.clause });
        pieceStart = i + ch.length;
      }
      i += ch.length;
    }
    push(tokens, cased, lower, pieceStart, end, at.clause);
    if (CLAUSE_END.test(m[0])) at.clause++;
  }
  return tokens;
}

function push(tokens: Token[], cased: string, lower: string, start: number, end: number, clause: number): void {
  if (end <= start) return;
  const raw = cased.slice(start, end);
  const stripped = raw.replace(EDGE_PUNCTUATION, '');
  // One letter left (":D", "D:") means an emoticon, kept whole as VADER does.
  if (stripped.length > 1 && WORDISH.test(stripped)) {
    // A word: drop the punctuation around it, keep its place.
    const offset = raw.indexOf(stripped);
    const s = start + offset;
    // VADER ignores one-letter words ("a", "I").
    tokens.push({ text: stripped, lower: lower.slice(s, s + stripped.length), start: s, end: s + stripped.length, clause });
  } else if (raw.length > 1) {
    // Punctuation only, or mixed: an emoticon such as ":)" or "<3" (VADER ignores one-letter words such as "a").
    tokens.push({ text: raw, lower: lower.slice(start, end), start, end, clause });
  }
}
