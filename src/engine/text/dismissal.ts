import type { Locale } from '../schema/text';
import type { Range } from './strategy';
import { firstTokenFrom, opensSentence, type Token } from './tokens';

/**
 * The reader's looks: what a brand has no business joking about ("your haircut", "ta coupe de cheveux",
 * "la tua faccia"). A "*" ends a word that may take any ending.
 */
// biome-ignore format: word lists, one language a line
const READERS_LOOKS: Readonly<Record<Locale, string[]>> = {
  en: ['your face', 'your haircut', 'your hair', 'your hairline', 'your outfit', 'your clothes', 'your teeth', 'your nose', 'your weight', 'your body', 'your looks', 'your skin', 'your beard', 'your profile pic', 'your profile picture', 'your selfie', 'your fashion sense', 'your glasses', 'your forehead'],
  fr: ['ta tête', 'ta tronche', 'ta gueule', 'ta coupe', 'tes cheveux', 'ta coiffure', 'ton visage', 'ta face', 'ton look', 'tes fringues', 'ta tenue', 'tes dents', 'ton nez', 'ton poids', 'ton physique', 'ta photo de profil', 'ton selfie', 'ta barbe', 'tes lunettes', 'ton front', 'votre tête', 'votre coupe', 'vos cheveux', 'votre coiffure', 'votre visage', 'votre look', 'votre tenue', 'votre physique', 'votre photo de profil'],
  it: ['la tua faccia', 'la tua testa', 'il tuo taglio', 'i tuoi capelli', 'la tua pettinatura', 'il tuo look', 'i tuoi vestiti', 'il tuo outfit', 'i tuoi denti', 'il tuo naso', 'il tuo peso', 'il tuo fisico', 'la tua foto profilo', 'il tuo selfie', 'la tua barba', 'la tua fronte', 'quella faccia', 'quei capelli', 'quel taglio', 'la vostra faccia'],
};
/** The lists, with English's "whose" beside "your" ("bold words from a guy whose profile pic…"). */
export const LOOKS: Readonly<Record<Locale, string[]>> = Object.freeze({
  ...READERS_LOOKS,
  en: READERS_LOOKS.en.flatMap((p) => [p, p.replace(/^your /, 'whose ')]),
});

/**
 * Words that tell the reader to calm down when they open a sentence ("lol relax, it's a joke", "calma, è solo un
 * film"): the complaint waved away. "Sit back and relax" and "relax and enjoy the show" invite, and are left alone.
 */
const CALM: Record<Locale, readonly string[]> = {
  en: ['relax', 'chill'],
  fr: ['relax', 'calmos'],
  it: ['relax', 'calma', 'calmi'],
};
const AND: Record<Locale, readonly string[]> = { en: ['and'], fr: ['et'], it: ['e'] };
/** What may stand before such a word at the head of a sentence: laughter, a handle, an emoji. */
const LAUGHTER = /^(lol|lmao|mdr|xd|(ha|he|ah|ja)+h?)$/u;
const LETTER = /\p{L}/u;
/** "Like" after these compares ("looks like a hot dog"); it does not praise. */
const COMPARING: readonly string[] = Object.freeze(['looks', 'look', 'looked', 'looking', 'just', 'kinda']);

/** What `mockedLooks` needs: the tokens with the sentence of each, and the valence each word gave. */
export interface LooksInput {
  tokens: readonly Token[];
  contributions: readonly { token: Token; value: number }[];
}

/**
 * The reader's looks (`found`, from LOOKS) named with no praise beside them ("le carton, c'est plutôt ta coupe de cheveux, non ?
 * 😏"): a jab at the person, whatever the joke. "Love your haircut" and "best outfit in the building" praise, and
 * are left alone; so are the brand's own words where it tells what it did (`told`).
 */
export function mockedLooks(
  input: LooksInput,
  found: readonly Range[],
  clauseOf: readonly number[],
  told: (r: Range) => boolean,
): Range[] {
  if (found.length === 0) return [];
  const { tokens } = input;
  const at = (pos: number) => firstTokenFrom(tokens, pos);
  // Praise beside the looks, in their clause: "love your haircut", "your outfit is amazing" (three words either side).
  const praise = input.contributions.flatMap((c) => {
    if (c.value <= 0 || !LETTER.test(c.token.text)) return [];
    const i = tokens.indexOf(c.token);
    return c.token.lower === 'like' && COMPARING.includes(tokens[i - 1]?.lower ?? '') ? [] : [i];
  });
  const praised = (r: Range) => {
    const i = at(r[0]);
    const j = at(r[1] - 1);
    return praise.some((k) => clauseOf[k] === clauseOf[i] && k >= i - 3 && k <= j + 3);
  };
  return found.filter((r) => !praised(r) && !told(r));
}

/** "Relax", "chill", "calma" opening a sentence, laughter, handles and emoji aside (see `CALM`). */
export function toldToCalmDown(locale: Locale, tokens: readonly Token[], lower: string): Range[] {
  const out: Range[] = [];
  const laughter = (t: Token) => LAUGHTER.test(t.lower);
  tokens.forEach((t, i) => {
    if (!CALM[locale].includes(t.lower) || AND[locale].includes(tokens[i + 1]?.lower ?? '')) return;
    if (opensSentence(tokens, i, lower, laughter)) out.push([t.start, t.end]);
  });
  return out;
}

/**
 * "If you'd checked your bag", "si vous aviez vérifié", "se avessi controllato": what the customer should have done,
 * told as a condition, puts the fault on them. "If you'd like a refund" and "si vous aviez besoin" ask, and are left
 * alone: a past participle must follow.
 */
const IF_YOU_HAD: Record<Locale, RegExp> = {
  en: /\bif (?:you'd|you had|u had|you guys had) (?:just |only |actually )?(?:\p{L}+ed|read|seen|done|made|taken|paid|bought|known|eaten|got|gotten)\b/gu,
  fr: /\bsi (?:vous aviez|tu avais|t'avais) (?:bien |juste |simplement )?\p{L}+(?:é|ée|és|ées|u|ue|us|i|is|it)(?!\p{L})/gu,
  it: /\bse (?:avessi|aveste|avesse) (?:solo |semplicemente )?\p{L}+(?:ato|ata|ati|uto|uta|ito|ita|tto|tta)(?!\p{L})/gu,
};

/** The stretches of `lower` that put the fault on the customer as a condition (see IF_YOU_HAD). */
export function ifYouHad(locale: Locale, lower: string): Range[] {
  if (!lower.includes(locale === 'en' ? 'if ' : locale === 'fr' ? 'si ' : 'se ')) return [];
  return [...lower.matchAll(IF_YOU_HAD[locale])].map((m): Range => [m.index, m.index + m[0].length]);
}
