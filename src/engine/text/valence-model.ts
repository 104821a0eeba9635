import { exp } from '../math/exact';
import type { Locale } from '../schema/text';
import type { Token } from './tokens';

/**
 * The trained part of the valence: one multinomial logistic regression a
 * language (negative, neutral, positive) over the reply's words, word pairs
 * and letter n-grams and the lexicon's own valence, trained on public tweets
 * labelled by people (`npm run train:valence`, docs/text-analyser.md). Its
 * reading, P(positive) − P(negative), speaks where the rules are unsure.
 */
export interface ValenceModelFile {
  /** What the file was trained on and how, for whoever opens it. */
  about: string;
  /** The weights are stored as integers: a weight is the integer divided by this. */
  scale: number;
  languages: Record<Locale, ValenceModelLanguage>;
}

/** One language's model. Neutral is the reference class: its score is 0. */
export interface ValenceModelLanguage {
  /** How far the rules' valence moves to the model's reading where they are unsure, 0..1 (`combineValence`). */
  blend: number;
  /** The features the model knows (their hashes, see `visitValenceFeatures`), ascending, each written as its difference from the one before. */
  features: number[];
  /** Per feature, its weight for negative then for positive (scaled integers); the first two are the biases. */
  weights: number[];
  /** The weights of the lexicon's valence and of its absolute value, for negative then positive (scaled integers). */
  lexicon: number[];
}

/** A model ready to read replies: the features in a hash table, the weights as numbers. */
export interface ValenceModel {
  /** P(positive) − P(negative) for the reply, −1..1. */
  read(tokens: readonly Token[], text: string, lexicon: number): number;
  /** As in the file: how far the rules' valence moves towards the reading where they are unsure. */
  blend: number;
}

/** Letter n-grams of these lengths, taken from each word with its edges marked. */
const GRAM_MIN = 3;
const GRAM_MAX = 5;
const DIGITS = /^\d+$/;
/** A letter said three times or more ("nooooo") is read as said twice, so that every length reads alike. */
const LONG_RUN = /(.)\1{2,}/gu;

/** The word as the model knows it: links and numbers stand for their kind; long letter runs are cut to two. */
function normalWord(lower: string): string {
  if (lower.startsWith('http') || lower.startsWith('www.')) return 'http';
  if (DIGITS.test(lower)) return '0';
  return lower.length > 2 ? lower.replace(LONG_RUN, '$1$1') : lower;
}

// FNV-1a over UTF-16 units (Math.imul and the bit operators work on 32-bit integers: the same in every engine).
const FNV_OFFSET = 0x811c9dc5 | 0;
const step = (h: number, c: number) => Math.imul(h ^ c, 16777619);
function hashOf(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
/** A feature's number: its hash cut to 30 bits, which V8 keeps as a small integer. */
const id = (h: number) => h & 0x3fffffff;
const WORD = hashOf(FNV_OFFSET, 'w:');
const PAIR = hashOf(FNV_OFFSET, 'b:');
const GRAM = hashOf(FNV_OFFSET, 'c:');
const EXCLAMATION = id(hashOf(FNV_OFFSET, 'p:!'));
const QUESTION = id(hashOf(FNV_OFFSET, 'p:?'));
const LT = 0x3c;
const GT = 0x3e;
const SPACE = 0x20;

/**
 * Calls `visit` with each of the reply's features, as often as it occurs,
 * each as the hash of its name: the word ("w:word"), the pair of words with
 * the one before ("b:before word", "<s>" and "</s>" at the ends), the
 * letter n-grams of "<word>" ("c:<wo"), and "!" or "?" in the reply
 * ("p:!"). Hashing the names as they are read builds no string. The
 * training script and the analyser read replies through this one function.
 */
export function visitValenceFeatures(tokens: readonly Token[], text: string, visit: (feature: number) => void): void {
  let previous = '<s>';
  for (const t of tokens) {
    const w = normalWord(t.lower);
    visit(id(hashOf(WORD, w)));
    visit(id(hashOf(step(hashOf(PAIR, previous), SPACE), w)));
    previous = w;
    // "<word>" without building it: unit k is "<" at 0, ">" at the end, the word's k − 1 between.
    const n = w.length + 2;
    for (let i = 0; i + GRAM_MIN <= n; i++) {
      let h = GRAM;
      const last = Math.min(n, i + GRAM_MAX);
      for (let k = i; k < last; k++) {
        h = step(h, k === 0 ? LT : k === n - 1 ? GT : w.charCodeAt(k - 1));
        if (k - i + 1 >= GRAM_MIN) visit(id(h));
      }
    }
  }
  visit(id(hashOf(step(hashOf(PAIR, previous), SPACE), '</s>')));
  if (text.includes('!')) visit(EXCLAMATION);
  if (text.includes('?')) visit(QUESTION);
}

/**
 * The valence of a reply from the rules' reading and the model's: the rules
 * where they are sure (their words, negations, intensifiers and contrasts
 * read as VADER reads them), and a move towards the model's reading, by its
 * blend, as far as the rules are unsure (1 − |rules|): a lone mild word does
 * not outweigh a tweet the model reads the other way, a strong reading stays.
 * Most of a French or Italian tweet is unsaid by the rules. Stays in −1..1.
 */
export const combineValence = (rules: number, model: number, blend: number): number =>
  rules + blend * (1 - Math.abs(rules)) * (model - rules);

/** The value of each occurrence of a feature in a reply of `n` features: 1/√n (√ is correctly rounded in IEEE 754, so the same everywhere). */
export const featureWeight = (n: number): number => (n === 0 ? 0 : 1 / Math.sqrt(n));

/** The logits of negative and positive (neutral is 0) and the reading P(positive) − P(negative). */
export function readLogits(neg: number, pos: number): number {
  // Shifted by the largest logit so that no exponential overflows.
  const top = Math.max(0, neg, pos);
  const eNeg = exp(neg - top);
  const ePos = exp(pos - top);
  const eNeutral = exp(-top);
  return (ePos - eNeg) / (eNeg + ePos + eNeutral);
}

/** Builds the model of each language from the file (a few milliseconds). */
export function compileValenceModel(file: ValenceModelFile): Record<Locale, ValenceModel> {
  const compile = (m: ValenceModelLanguage): ValenceModel => {
    // An open-addressing table of the features' hashes: a look-up is a few integer comparisons.
    let size = 2;
    while (size < 2 * m.features.length) size *= 2;
    const mask = size - 1;
    const keys = new Int32Array(size).fill(-1);
    const slots = new Int32Array(size);
    let feature = 0;
    m.features.forEach((delta, i) => {
      feature += delta;
      let j = feature & mask;
      while (keys[j] !== -1) j = (j + 1) & mask;
      keys[j] = feature;
      slots[j] = i;
    });
    const indexOf = (f: number) => {
      for (let j = f & mask; ; j = (j + 1) & mask) {
        const k = keys[j]!;
        if (k === f) return slots[j]!;
        if (k === -1) return -1;
      }
    };
    const w = Float64Array.from(m.weights, (x) => x / file.scale);
    const [lexNeg, absNeg, lexPos, absPos] = m.lexicon.map((x) => x / file.scale) as [number, number, number, number];
    return {
      blend: m.blend,
      read(tokens, text, lexicon) {
        let neg = 0;
        let pos = 0;
        let n = 0;
        // Features are added in the order they occur: the sums are the same everywhere.
        visitValenceFeatures(tokens, text, (f) => {
          n++;
          const i = indexOf(f);
          if (i < 0) return;
          neg += w[2 * i + 2]!;
          pos += w[2 * i + 3]!;
        });
        // Each feature weighs 1/√n in a reply of n features, so that a long reply is not read as more certain for its length.
        const weight = featureWeight(n);
        return readLogits(
          w[0]! + lexNeg * lexicon + absNeg * Math.abs(lexicon) + neg * weight,
          w[1]! + lexPos * lexicon + absPos * Math.abs(lexicon) + pos * weight,
        );
      },
    };
  };
  return { en: compile(file.languages.en), fr: compile(file.languages.fr), it: compile(file.languages.it) };
}
