/** A word of lower-case text, for cue matching: runs of letters and digits; an apostrophe, an emoji or a mark stands alone. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORDS = /[\p{L}\p{M}\p{N}_-]+|\p{Extended_Pictographic}|\S/gu;

/**
 * Splits lower-case text into words. Apostrophes are words of their own, so
 * that "l'humour" holds "humour" and "we're" is "we", "'", "re" in the text
 * and in the cues alike.
 */
export function wordsOf(lower: string): Word[] {
  const out: Word[] = [];
  for (const m of lower.matchAll(WORDS)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Compiled cue lists: finds where the cues of each list occur. */
export interface CueSet<K extends string> {
  /** For each list, start and end (exclusive) of every match in the text the words came from, left to right, not overlapping. */
  find(words: readonly Word[]): Record<K, [number, number][]>;
}

interface Entry<K> {
  list: K;
  words: string[];
  /** For each word, whether it ended with "*": it then matches any word that starts with it. */
  open: boolean[];
}

/** Open-ended first words are indexed by this many letters. */
const HEAD = 2;

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
  const exact = new Map<string, Entry<K>[]>();
  const open = new Map<string, Entry<K>[]>();
  const keys = Object.keys(lists) as K[];
  for (const list of keys) {
    for (const cue of new Set(lists[list].map((c) => c.trim().toLowerCase()).filter(Boolean))) {
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
      const [index, key] = isOpen[0] ? [open, words[0]!.slice(0, HEAD)] : [exact, words[0]!];
      index.set(key, [...(index.get(key) ?? []), entry]);
    }
  }
  const matchLength = (e: Entry<K>, words: readonly Word[], i: number): number => {
    const n = e.words.length;
    if (i + n > words.length) return 0;
    for (let k = 0; k < n; k++) {
      const w = words[i + k]!.text;
      if (e.open[k] ? !w.startsWith(e.words[k]!) : w !== e.words[k]) return 0;
    }
    return n;
  };
  return {
    find(words: readonly Word[]): Record<K, [number, number][]> {
      const found = Object.fromEntries(keys.map((k) => [k, []])) as unknown as Record<K, [number, number][]>;
      const freeFrom = new Map<K, number>();
      for (let i = 0; i < words.length; i++) {
        const text = words[i]!.text;
        const a = exact.get(text);
        const b = open.get(text.slice(0, HEAD));
        const c = text.length > 1 && HEAD > 1 ? open.get(text.slice(0, 1)) : undefined;
        if (!a && !b && !c) continue;
        // The longest cue of each list that starts here.
        const best = new Map<K, number>();
        for (const candidates of [a, b, c]) {
          if (!candidates) continue;
          for (const e of candidates) {
            if ((freeFrom.get(e.list) ?? 0) > i) continue;
            const n = matchLength(e, words, i);
            if (n > (best.get(e.list) ?? 0)) best.set(e.list, n);
          }
        }
        for (const [list, n] of best) {
          found[list].push([words[i]!.start, words[i + n - 1]!.end]);
          freeFrom.set(list, i + n);
        }
      }
      return found;
    },
  };
}
