import { isSpace } from './tokens';

/** A word of lower-case text, for cue matching: runs of letters and digits; an apostrophe, an emoji or a mark stands alone. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word at a given place (sticky): runs of letters and digits; an emoji or any other mark alone. */
const WORD_AT = /[\p{L}\p{M}\p{N}_-]+|\p{Extended_Pictographic}|\S/uy;

/** ASCII letters, digits, "_" and "-": the ASCII part of a word's letters. */
const isAsciiWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d;

/**
 * Splits lower-case text into words. Apostrophes are words of their own, so
 * that "l'humour" holds "humour" and "we're" is "we", "'", "re" in the text
 * and in the cues alike. `known` are pieces of the same text already cut
 * (the tokens, left to right): a word at the same place takes their string,
 * whose hash the look-ups have already worked out.
 */
export function wordsOf(lower: string, known: readonly { start: number; end: number; lower: string }[] = []): Word[] {
  const out: Word[] = [];
  const n = lower.length;
  let i = 0;
  let k = 0;
  // ASCII is read unit by unit; a word that reaches other characters is read by the regex from its start.
  while (i < n) {
    const c = lower.charCodeAt(i);
    let end: number;
    if (c < 0x80) {
      if (isSpace(c)) {
        i++;
        continue;
      }
      end = i + 1;
      if (isAsciiWord(c)) {
        while (end < n && isAsciiWord(lower.charCodeAt(end))) end++;
        if (end < n && lower.charCodeAt(end) >= 0x80) end = wordAt(lower, i);
      }
    } else {
      if (isSpace(c)) {
        i++;
        continue;
      }
      end = wordAt(lower, i);
    }
    while (k < known.length && known[k]!.start < i) k++;
    const same = known[k];
    out.push({ text: same && same.start === i && same.end === end ? same.lower : lower.slice(i, end), start: i, end });
    i = end;
  }
  return out;
}

/** The end of the word that starts at `i`. */
function wordAt(lower: string, i: number): number {
  WORD_AT.lastIndex = i;
  WORD_AT.test(lower);
  return WORD_AT.lastIndex;
}

/** Compiled cue lists: finds where the cues of each list occur. */
export interface CueSet<K extends string> {
  /** For each list, start and end (exclusive) of every match in the text the words came from, left to right, not overlapping. */
  find(words: readonly Word[]): Record<K, [number, number][]>;
}

interface Entry {
  /** Index of its list in the keys. */
  list: number;
  words: string[];
  /** For each word, whether it ended with "*": it then matches any word that starts with it. */
  open: boolean[];
}

/**
 * Compiles named lists of cues. A cue is a word or phrase in lower case; a
 * `*` at the end of a word stands for any ending ("apologi*" matches
 * "apologies" and "apologize"; "procure* de la joie" matches "procurent de
 * la joie"). Cues match whole words only, so "sex" is not found in
 * "Sussex". Matching walks the words once for all the lists, looking each
 * word up in a map of first words: the cost hardly grows with the number of
 * cues (the profanity list alone has 400).
 */
export function compileCueSet<K extends string>(lists: Readonly<Record<K, readonly string[]>>): CueSet<K> {
  const exact = new Map<string, Entry[]>();
  const open = new Map<number, Entry[]>();
  const keys = Object.keys(lists) as K[];
  keys.forEach((name, list) => {
    for (const cue of new Set(lists[name].map((c) => c.trim().toLowerCase()).filter(Boolean))) {
      // "procure* de la joie": each word may end with "*".
      const words: string[] = [];
      const isOpen: boolean[] = [];
      for (const part of cue.split(/\s+/)) {
        const pieces = wordsOf(part.replace(/\*$/, '')).map((w) => w.text);
        pieces.forEach((p, i) => {
          words.push(p);
          isOpen.push(part.endsWith('*') && i === pieces.length - 1);
        });
      }
      if (words.length === 0) continue;
      const entry = { list, words, open: isOpen };
      // Open-ended first words are indexed by their first unit (a number: no string to cut and hash per word); there are few of them.
      if (isOpen[0]) open.set(words[0]!.charCodeAt(0), [...(open.get(words[0]!.charCodeAt(0)) ?? []), entry]);
      else exact.set(words[0]!, [...(exact.get(words[0]!) ?? []), entry]);
    }
  });
  // `from` 1 skips the first word when the map of first words has matched it already.
  const matchLength = (e: Entry, words: readonly Word[], i: number, from: number): number => {
    const n = e.words.length;
    if (i + n > words.length) return 0;
    for (let k = from; k < n; k++) {
      const w = words[i + k]!.text;
      if (e.open[k] ? !w.startsWith(e.words[k]!) : w !== e.words[k]) return 0;
    }
    return n;
  };
  return {
    find(words: readonly Word[]): Record<K, [number, number][]> {
      const out: [number, number][][] = keys.map(() => []);
      // Per list: the first word a new match may start at (matches of one list do not overlap), and the longest match starting at the current word.
      // Plain arrays: allocating typed arrays costs more than these few numbers.
      const freeFrom: number[] = new Array<number>(keys.length).fill(0);
      const best: number[] = new Array<number>(keys.length).fill(0);
      // The lists with a match at the current word.
      const matched: number[] = new Array<number>(keys.length).fill(0);
      for (let i = 0; i < words.length; i++) {
        const text = words[i]!.text;
        const a = exact.get(text);
        const b = open.get(text.charCodeAt(0));
        if (!a && !b) continue;
        // The longest cue of each list that starts here.
        let m = 0;
        for (let j = 0; j < 2; j++) {
          const candidates = j === 0 ? a : b;
          if (!candidates) continue;
          for (const e of candidates) {
            if (freeFrom[e.list]! > i) continue;
            const n = matchLength(e, words, i, j === 0 ? 1 : 0);
            if (n > best[e.list]!) {
              if (best[e.list] === 0) matched[m++] = e.list;
              best[e.list] = n;
            }
          }
        }
        for (let j = 0; j < m; j++) {
          const list = matched[j]!;
          const n = best[list]!;
          out[list]!.push([words[i]!.start, words[i + n - 1]!.end]);
          freeFrom[list] = i + n;
          best[list] = 0;
        }
      }
      const found = {} as Record<K, [number, number][]>;
      keys.forEach((k, list) => {
        found[k] = out[list]!;
      });
      return found;
    },
  };
}

/** Whether the text from `start` to `end` lies inside one of these ranges (a cue, a phrase). */
export const inside = (start: number, end: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([s, e]) => start >= s && end <= e);
