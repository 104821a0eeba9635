import type { Word } from './cue-match';

/** A stretch of the prepared text: [start, end). */
type Range = readonly [number, number];

/**
 * How a reply is built, beyond its cues: the words it writes between its
 * stock phrases, how many of them are function words (the articles,
 * pronouns, prepositions and auxiliaries a sentence cannot do without and a
 * list of keywords has none of), and how many are copied from the post it
 * answers.
 */
export interface Structure {
  /** Words written outside cues, handles and hashtags. */
  words: number;
  /** Of these, function words ("the", "we", "to", "le", "nous", "di", the "n't" of "don't"). */
  glue: number;
  /** Of the others, the words of content (three letters or more) that the post answered uses. */
  echoed: number;
  /** Words of content (three letters or more) in all. */
  content: number;
  /** Of these, the words written into a sentence: a function word stands among them between two breaks. */
  written: number;
  /** And the words dropped among cues, or listed three or more in a row with no function word. */
  dropped: number;
  /** Function words of three letters or more, not the commonest, alone between two stock phrases: no words of the reply's own. */
  stray: number;
}

const LETTER = /\p{L}/u;
/** A word no language has: no vowel, or four consonants in a row (as `analyse` reads it). */
const GIBBERISH = /^[^aeiouyàâäéèêëîïôöùûüìíòóú]+$|[bcdfghjklmnpqrstvwxz]{4}/u;
const DIGITS = /^\d+$/u;
const APOSTROPHE = /^['’]$/u;

/**
 * Reads the words a reply writes outside its cues. `known` holds the first
 * five letters of the words of the post answered (four letters or more),
 * when the conversation is known.
 */
export function readStructure(
  lower: string,
  words: readonly Word[],
  cues: readonly Range[],
  functionWords: ReadonlySet<string>,
  common: ReadonlySet<string>,
  known: ReadonlySet<string> | undefined,
): Structure {
  let n = 0;
  let glue = 0;
  let echoed = 0;
  let content = 0;
  let written = 0;
  let dropped = 0;
  // A run: the words a reply writes between two breaks (a cue, a mark, an emoji, a handle). Its words of content are
  // written into a sentence when a function word stands among them, or ends the stock phrase before them ("here's
  // why prices change"). Without one, they are dropped among cues when a cue stands on both sides, or on one side of
  // two words or more, and listed when there are three or more ("cold fries refund"); one or two words between marks,
  // or one beside a cue, are a fragment ("Lesson learned.", "sorry, truly").
  let run = { glue: 0, stray: 0, content: 0, cueBefore: false };
  let stray = 0;
  const close = (cueAfter: boolean) => {
    // Function words alone between two stock phrases join nothing ("asking for a friend that let us know").
    if (run.content === 0 && run.cueBefore && cueAfter) stray += run.stray;
    if (run.glue > 0) written += run.content;
    else if (
      run.content >= 3 ||
      (run.cueBefore && cueAfter && run.content > 0) ||
      ((run.cueBefore || cueAfter) && run.content >= 2)
    )
      dropped += run.content;
    run = { glue: 0, stray: 0, content: 0, cueBefore: cueAfter };
  };
  let inCue = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (APOSTROPHE.test(w.text) && prev?.end === w.start) continue;
    const before = lower.charCodeAt(w.start - 1);
    if (cues.some(([s, e]) => w.start >= s && w.end <= e)) {
      if (!inCue) close(true);
      inCue = true;
      continue;
    }
    if (inCue) {
      inCue = false;
      // A stock phrase that ends with a function word leads into the words after it.
      if (prev && functionWords.has(prev.text)) run.glue++;
    }
    if (!LETTER.test(w.text) || before === 0x40 || before === 0x23) {
      close(false);
      continue;
    }
    n++;
    // The clitics of a contraction are function words: the "re" of "we're", the "s" of "Wendy's", the "don" of "don't".
    const clitic =
      (w.text.length <= 2 && prev !== undefined && prev.end === w.start && APOSTROPHE.test(prev.text)) ||
      (next !== undefined && next.start === w.end && APOSTROPHE.test(next.text) && words[i + 2]?.text === 't');
    if (clitic || functionWords.has(w.text) || DIGITS.test(w.text)) {
      glue++;
      run.glue++;
      if (w.text.length >= 3 && !common.has(w.text)) run.stray++;
      continue;
    }
    if (w.text.length < 3 || GIBBERISH.test(w.text)) continue;
    content++;
    run.content++;
    if (known?.has(w.text.slice(0, 5))) echoed++;
  }
  close(false);
  return { words: n, glue, echoed, content, written, dropped, stray };
}
