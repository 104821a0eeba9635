import { inside, type Word } from './cue-match';

/** A stretch of the prepared text: [start, end). */
type Range = readonly [number, number];

/**
 * How a reply is built between its stock phrases: whether the words it
 * writes there stand in sentences or lie in a pile. A sentence holds function
 * words (articles, pronouns, prepositions, auxiliaries, conjunctions), which
 * a list of keywords lacks: "we deleted comments about the price" against
 * "comments price deleted sorry thank you".
 */
export interface Structure {
  /** Words of content (not function words, three letters or more) that stand in a sentence with a function word. */
  written: number;
  /**
   * Words of content dropped among stock phrases with no function word beside them, or listed three or more in a
   * row ("cold fries refund"): the words of the post copied between cues, the case's own cue words among them.
   */
  dropped: number;
  /** Of the dropped words, those that no cue list holds: words the analyser would otherwise count as the reply's own. */
  droppedOwn: number;
  /**
   * Function words of three letters or more, not the language's commonest, alone between two stock phrases
   * ("asking for a friend that let us know"): they join nothing, and are no words of the reply's own either.
   */
  stray: number;
  /** Stock phrases that follow another with nothing between but keywords, emoji or handles: no mark, no function word. */
  juxtaposed: number;
}

const LETTER = /\p{L}/u;
/** Determiners and prepositions of the three languages, which stand before a word they govern. */
// biome-ignore format: a word list
const LEADING: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'its', 'every', 'each', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'by', 'about', 'into', 'through', 'without', 'and', 'or',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'chaque', 'au', 'aux', 'pour', 'avec', 'dans', 'sur', 'par', 'sans', 'et', 'ou',
  'il', 'lo', 'i', 'gli', 'uno', 'una', 'del', 'della', 'dei', 'degli', 'delle', 'questo', 'questa', 'questi', 'queste', 'mio', 'mia', 'tuo', 'tua', 'suo', 'sua', 'nostro', 'nostra', 'vostro', 'vostra', 'ogni', 'di', 'da', 'per', 'con', 'nel', 'nella', 'al', 'alla', 'e', 'o',
];
/** Object pronouns, which end a stock phrase rather than lead into what follows. */
// biome-ignore format: a word list
const CLOSING: readonly string[] = ['you', 'us', 'me', 'them', 'him', 'her', 'it', 'vous', 'nous', 'toi', 'moi', 'eux', 'lui', 'voi', 'noi', 'te', 'loro'];
/** A word no language has: no vowel, or four consonants in a row (as `analyse` reads it). */
const GIBBERISH = /^[^aeiouyàâäéèêëîïôöùûüìíòóú]+$|[bcdfghjklmnpqrstvwxz]{4}/u;
const DIGITS = /^\d+$/u;
/** What ends a clause: a mark of punctuation, or a new line. */
const MARK = /[.,;:!?…\n]/u;
const APOSTROPHE = /^['’]$/u;
/** French and Italian words that elide before a vowel: the articles, prepositions and pronouns of "l'", "dell'", "qu'". */
// biome-ignore format: a word list
const ELIDED: readonly string[] = ['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'lorsqu', 'puisqu', 'jusqu', 'dell', 'nell', 'all', 'dall', 'sull', 'coll', 'quell', 'un', 'dev', 'quest', 'com'];
/** Italian participles and imperfects, French imperfects: "controllato", "andava", "savait". */
const VERBAL = /^\p{L}{2,}(?:ato|ata|ati|uto|uta|uti|ito|ita|iti|ava|avano|eva|evano|iva|ivano|ait|aient)$/u;

const within = (w: Word, ranges: readonly Range[]) => inside(w.start, w.end, ranges);

/**
 * Reads the words of a reply in runs: the words between two breaks, a break
 * being a stock phrase (`stock`), a mark, an emoji, a handle or a hashtag.
 * A run's words of content are written into a sentence when a function word
 * stands among them, or ends the stock phrase before them ("here's why
 * prices change"). Without one, they are dropped among cues when a stock
 * phrase stands on both sides, or on one side of two words or more, and
 * listed when there are three or more ("cold fries refund"); one or two
 * words between marks, or one beside a cue, are a fragment, as people write
 * them ("Lesson learned.", "sorry, truly"). `cues` are every cue range, the
 * scenario's own included: words inside them are not the reply's own. `romance`: French or Italian, whose elided
 * articles and verb forms also join a run (see ELIDED, VERBAL).
 */
export function readStructure(
  lower: string,
  words: readonly Word[],
  stock: readonly Range[],
  cues: readonly Range[],
  functionWords: ReadonlySet<string>,
  common: ReadonlySet<string>,
  romance = false,
): Structure {
  const out: Structure = { written: 0, dropped: 0, droppedOwn: 0, stray: 0, juxtaposed: 0 };
  // Whether a stock phrase was the last thing said, with no mark and no function word since.
  let afterStock = false;
  let run = { glue: 0, stray: 0, content: 0, own: 0, cueBefore: false };
  const close = (cueAfter: boolean) => {
    if (run.content === 0 && run.cueBefore && cueAfter) out.stray += run.stray;
    if (run.glue > 0) out.written += run.content;
    else if (
      run.content >= 3 ||
      (run.cueBefore && cueAfter && run.content > 0) ||
      ((run.cueBefore || cueAfter) && run.content >= 2)
    ) {
      out.dropped += run.content;
      out.droppedOwn += run.own;
    }
    run = { glue: 0, stray: 0, content: 0, own: 0, cueBefore: cueAfter };
  };
  let inStock: Range | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (APOSTROPHE.test(w.text) && prev?.end === w.start) continue;
    if (MARK.test(lower.slice(prev?.end ?? 0, w.start)) || MARK.test(w.text)) afterStock = false;
    const phrase = stock.find(([s, e]) => w.start >= s && w.end <= e);
    if (phrase) {
      // A new stock phrase (not one that overlaps the phrase being read): right after another, it is juxtaposed.
      if (inStock === undefined || phrase[0] >= inStock[1]) {
        // A stock phrase that is one function word ("which", "because", "quale") joins a clause as any function word does.
        const joins = phrase[1] === w.end && phrase[0] === w.start && functionWords.has(w.text);
        if (afterStock && !joins) out.juxtaposed++;
        if (inStock === undefined) close(true);
        inStock = phrase;
        afterStock = !joins;
      }
      continue;
    }
    if (inStock) {
      inStock = undefined;
      // A stock phrase that ends with a function word leads into the words after it ("here's why", "share your"),
      // unless that word is a pronoun that closes it ("thank you", "we hear you", "fier de vous").
      if (prev && functionWords.has(prev.text) && !CLOSING.includes(prev.text)) run.glue++;
    }
    const before = lower.charCodeAt(w.start - 1);
    // A number is a word of the clause ("your 206 organs"), not a break: only marks, emoji, handles and tags break.
    if ((!LETTER.test(w.text) && !DIGITS.test(w.text)) || before === 0x40 || before === 0x23) {
      close(false);
      continue;
    }
    // The clitics of a contraction are function words: the "re" of "we're", the "s" of "Wendy's", the "don" of "don't".
    const clitic =
      (w.text.length <= 2 && prev !== undefined && prev.end === w.start && APOSTROPHE.test(prev.text)) ||
      (next !== undefined && next.start === w.end && APOSTROPHE.test(next.text) && words[i + 2]?.text === 't');
    // A number neither breaks the run nor joins it into a sentence: "comète 20 h déguisée" is still a list.
    if (DIGITS.test(w.text)) continue;
    // An elided article or preposition ("l'", "d'", "dell'", "nell'", "qu'") joins the word after it.
    if (
      romance &&
      next?.start === w.end &&
      APOSTROPHE.test(next.text) &&
      words[i + 2]?.start === next.end &&
      ELIDED.includes(w.text)
    ) {
      run.glue++;
      afterStock = false;
      continue;
    }
    if (clitic || functionWords.has(w.text)) {
      // A determiner or a preposition stands before the words it governs: last in its run, it joins nothing.
      const last = next === undefined || !LETTER.test(next.text) || within(next, stock);
      const leads = LEADING.includes(w.text) || (!common.has(w.text) && !CLOSING.includes(w.text));
      if (!(last && leads)) {
        run.glue++;
        afterStock = false;
      }
      if (w.text.length >= 3 && !common.has(w.text)) run.stray++;
      continue;
    }
    if (w.text.length < 3 || GIBBERISH.test(w.text)) continue;
    // An Italian or French verb in a past or imperfect form makes a clause of its run as a function word does: "andava
    // controllato prima" is a sentence with no article.
    if (romance && VERBAL.test(w.text)) run.glue++;
    run.content++;
    if (!within(w, cues)) run.own++;
  }
  close(false);
  return out;
}
