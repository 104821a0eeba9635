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

/** A compiled list of cues: finds where any of them occurs. */
export interface CueMatcher {
  /** Start and end (exclusive) of every match in the text the words came from, left to right, not overlapping. */
  find(words: readonly Word[]): [number, number][];
}

interface Part {
  word: string;
  /** The cue's last word ended with "*": any word that starts with it. */
  prefix: boolean;
}

/**
 * Compiles cues. A cue is a word or phrase in lower case; a final `*` stands
 * for any ending ("apologi*" matches "apologies" and "apologize"). Cues match
 * whole words only, so "sex" is not found in "Sussex". Matching walks the
 * words once, looking each up in a map of first words: far faster than one
 * large regular expression, and as fast for 400 cues as for 4.
 */
export function compileCues(cues: readonly string[]): CueMatcher {
  const byFirst = new Map<string, Part[][]>();
  // Cues whose first word is open-ended, by their first two letters.
  const prefixFirst = new Map<string, Part[][]>();
  for (const cue of new Set(cues.map((c) => c.trim().toLowerCase()).filter(Boolean))) {
    const open = cue.endsWith('*');
    const parts: Part[] = wordsOf(open ? cue.slice(0, -1) : cue).map((w) => ({ word: w.text, prefix: false }));
    if (parts.length === 0) continue;
    if (open) parts[parts.length - 1]!.prefix = true;
    const index = parts[0]!.prefix ? prefixFirst : byFirst;
    const key = parts[0]!.prefix ? parts[0]!.word.slice(0, 2) : parts[0]!.word;
    index.set(key, [...(index.get(key) ?? []), parts]);
  }
  const matches = (part: Part, word: Word | undefined) => word !== undefined && (part.prefix ? word.text.startsWith(part.word) : word.text === part.word);
  return {
    find(words: readonly Word[]): [number, number][] {
      const out: [number, number][] = [];
      for (let i = 0; i < words.length; i++) {
        let longest = 0;
        const text = words[i]!.text;
        for (const list of [byFirst.get(text), prefixFirst.get(text.slice(0, 2)), text.length > 1 ? prefixFirst.get(text.slice(0, 1)) : undefined]) {
          if (!list) continue;
          for (const parts of list) {
            if (parts.length > longest && parts.every((part, k) => matches(part, words[i + k]))) longest = parts.length;
          }
        }
        if (longest > 0) {
          out.push([words[i]!.start, words[i + longest - 1]!.end]);
          i += longest - 1;
        }
      }
      return out;
    },
  };
}
