/** A piece of a post's text as a feed shows it: plain words, or an @mention, #hashtag or link in the accent colour. */
export interface Piece {
  text: string;
  kind: 'plain' | 'mention' | 'hashtag' | 'link';
}

// Links with a scheme or www., then @handles and #tags of letters, digits and underscores in any script.
const ENTITY = /(https?:\/\/[^\s]+|www\.[^\s]+|[@＠][\p{L}\p{N}_]+|[#＃][\p{L}\p{N}_]+)/gu;
// Punctuation that ends a sentence after a link belongs to the sentence, not to the address.
const TRAILING = /[.,;:!?)\]'"»”’]+$/u;
/** Scripts written right to left, whose order a run-by-run layout would break. */
export const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

const kindOf = (entity: string): Piece['kind'] =>
  /^[@＠]/u.test(entity) ? 'mention' : /^[#＃]/u.test(entity) ? 'hashtag' : 'link';

/** Splits a post's text into pieces, in reading order; joined, the pieces give the text back unchanged. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const push = (t: string, kind: Piece['kind']) => {
    if (!t) return;
    const last = out.at(-1);
    if (last && last.kind === kind && kind === 'plain') last.text += t;
    else out.push({ text: t, kind });
  };
  let at = 0;
  for (const m of text.matchAll(ENTITY)) {
    let entity = m[0];
    // An @ or # inside a word (an e-mail address, "C#") is not an entity.
    const before = text[m.index - 1];
    if (before !== undefined && /[\p{L}\p{N}_]/u.test(before) && !/^(https?:|www\.)/u.test(entity)) continue;
    const tail = kindOf(entity) === 'link' ? (TRAILING.exec(entity)?.[0] ?? '') : '';
    entity = entity.slice(0, entity.length - tail.length);
    push(text.slice(at, m.index), 'plain');
    push(entity, kindOf(entity));
    push(tail, 'plain');
    at = m.index + m[0].length;
  }
  push(text.slice(at), 'plain');
  return out;
}
