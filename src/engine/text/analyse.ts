import type { Locale } from '../schema/text';
import { exp } from '../math/exact';
import type { Features } from '../schema/features';
import {
  PLATFORM_LIMIT,
  type Analysis,
  type AnalyseOptions,
  type Move,
  type MoveSignal,
  type Signal,
  type Span,
} from './analysis';
import { compileCueSet, inside, wordsOf, type CueSet, type Word } from './cue-match';
import { callsToBuy } from './sales';
import { numberValue, readStrategy } from './strategy';
import { readStructure } from './structure';
import { detectLanguage } from './detect';
import { buildLanguages, lexemesOf, wordInfoOf, type CueName, type Languages } from './language-pack';
import type { LanguageData } from './language-data';
import { originalSpan, prepare, type Prepared } from './prepare';
import { tokenize } from './tokens';
import { valenceOf } from './valence';
import { combineValence } from './valence-model';

/** 1 − e^(−k·n): the first cue counts most, later ones add less. */
const saturate = (n: number, k: number) => 1 - exp(-k * n);
/** Either signal suffices: 1 − Π(1 − x). */
const either = (...xs: number[]) => 1 - xs.reduce((p, x) => p * (1 - Math.max(0, Math.min(1, x))), 1);

// Sticky: tried only where an "@" or a "#" is (see `matchesAt`).
const MENTION = /(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{1,30})/uy;
const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/uy;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|fr|it|io|co|ly|tv|app)\b(?:\/\S*)?/gu;
const PRICE = /[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|euros?\b|dollars?\b|usd\b)/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[ ,.]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}])\d+(?![\p{N}])/gu;
const QUESTION = /\?/g;
/** Every URL has "://", "www." or a dot before a known domain ending: without one, the URL regex need not run. */
const URL_HINT = /:\/\/|www\.|\.(?:com|net|org|fr|it|io|co|ly|tv|app)\b/u;
/** Every price has a currency sign or a digit, as every number has a digit. */
const PRICE_HINT = /[$€£\d]/u;
/** A time of day: "9pm", "9 p.m.", "21h", "20 h 30", "21:00", "alle 21", "delle 21". */
const CLOCK =
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}:\d{2}|(?:alle|delle|dalle) \d{1,2})(?![\p{L}\p{N}])/gu;
/** A cue that is a price: a number, with or without its currency. */
const PRICE_CUE = /^[$€£]?\s?\d+(?:[.,]\d{1,2})?\s?[$€£]?$/u;
const DIGIT = /\d/u;
const LETTER = /\p{L}/u;
/** A word no language has: no vowel, or four consonants in a row ("asdkj", "zxcmn"). */
const GIBBERISH = /^[^aeiouyàâäéèêëîïôöùûüìíòóú]+$|[bcdfghjklmnpqrstvwxz]{4}/u;
/** "10 million households" is ten million, not ten. */
const MAGNITUDE =
  /^\s*(thousand|k|million|millions|m|billion|mille|mila|milioni|milione|milliard|milliards|miliardi|miliardo)(?![\p{L}])/u;
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  mille: 1e3,
  mila: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  milione: 1e6,
  milioni: 1e6,
  billion: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
};
/** How far after a number the word for people may come ("53 people", "53 of you", "53 de nos abonnés"). */
const PEOPLE_WINDOW = 30;
/** How long a reply may be for one word said three times to make it a pile: a long reply may come back to its subject. */
const ECHO_WORDS = 24;
/** The privacy exposure of asking a customer for their details in public. */
const DETAILS_EXPOSURE = 0.25;
/** A sentence's end: ".", "!" or "?" before a space or the end (not the point in "15.98"). */
const SENTENCE_END = /[.!?](?:\s|$)/;
const SENTENCE_ENDS = /[.!?]+(?:\s|$)/g;

/** The sentence of the text around a position, as [start, end). */
function sentenceAround(text: string, at: number): [number, number] {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    const end = m.index + m[0].length;
    if (m.index >= at) return [from, end];
    from = end;
  }
  return [from, text.length];
}

/**
 * Words between quotation marks: «…», “…”, "…", or '…' opened before a word and closed after one (so that the
 * apostrophes of "we'll" and "l'année" open nothing). Up to 120 characters, within a line.
 */
const QUOTED = /(["“«„]|(?<![\p{L}\p{N}])['‘])[^"“”«»„\n]{1,120}?(["”»“]|['’](?![\p{L}\p{N}]))/gu;
/** The stretches of `text` in quotation marks (see QUOTED). */
function quotations(text: string): [number, number][] {
  if (!/["“«„'‘]/u.test(text)) return [];
  return [...text.matchAll(QUOTED)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** The text analyser, made from the word lists by `createAnalyser`: it holds them, and nothing that changes. */
export interface Analyser {
  /**
   * Reads a reply: its language, its sentiment and the features the engine
   * needs, each with the words that triggered it. Pure and fast (a fraction of
   * a millisecond for a 280-character reply); any string is accepted.
   */
  analyse(text: string, options?: AnalyseOptions): Analysis;
}

/**
 * The analyser for these word lists (see `loadLanguageData`): made once by
 * whoever loads them (a few milliseconds to build the language packs), then
 * handed to `play`, `decide` and the compose preview.
 */
export function createAnalyser(data: LanguageData): Analyser {
  const languages = buildLanguages(data);
  return Object.freeze({ analyse: (text: string, options: AnalyseOptions = {}) => analyse(languages, text, options) });
}

function analyse(languages: Languages, text: string, options: AnalyseOptions): Analysis {
  const p = prepare(text);
  const tokens = tokenize(p.cased, p.lower);
  // One look-up per token for what every language's lists say of it, shared by the language vote and the valence.
  const lexemes = lexemesOf(languages, tokens);
  const detection = options.language
    ? { language: options.language, how: 'forced' as const }
    : detectLanguage(languages, p.cased, tokens, options.hint, lexemes);
  const lang = languages.packs[detection.language];
  const info = wordInfoOf(languages, lexemes, lang);
  const lexical = valenceOf(tokens, p.cased, lang, info);
  const { contributions } = lexical;
  // The lexicon's rules, and the trained model's reading (valence-model.ts) where they leave room.
  const model = languages.valenceModels?.[lang.locale];
  const valence = model
    ? combineValence(lexical.valence, model.read(tokens, p.cased, lexical.valence), model.blend)
    : lexical.valence;
  const words = wordsOf(p.lower, tokens);
  const found = lang.cues.find(words);
  const extra = extraCues(options.cues)?.find(words);
  const spans = (ranges: [number, number][]) => ranges.map(([s, e]) => toSpan(text, p, s, e));
  const cue = (name: CueName, feature?: keyof Features): [number, number][] => {
    const own = found[name];
    const more = feature ? extra?.[feature] : undefined;
    return more && more.length > 0 ? [...own, ...more].sort((a, b) => a[0] - b[0]) : own;
  };
  const all = (re: RegExp, hint: boolean) =>
    hint ? [...p.lower.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
  // Cheap tests for the characters a pattern cannot match without, so that most replies skip most patterns.
  const has = (c: string) => p.lower.includes(c);

  // Address: an @mention of someone in the feed, or "you".
  const handles = new Set((options.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase()));
  const mentions = matchesAt(p.lower, '@', MENTION);
  const personal = mentions.filter((m) => handles.has(m[1]!));
  const second: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (info[i]?.secondPerson) second.push([t.start, t.end]);
  });

  // Promotion: links, prices, sales talk, the brand's own hashtags.
  const brand = (options.brand ?? []).map((b) => b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const tags = matchesAt(p.lower, '#', HASHTAG);
  const brandTags = tags.filter((m) => brand.some((b) => m[1]!.includes(b)));
  const urls = all(URL, URL_HINT.test(p.lower));
  const prices = all(PRICE, PRICE_HINT.test(p.lower));
  const calls = callsToBuy(lang.locale, tokens, p.lower).filter(([s, e]) => !inside(s, e, found.promotion));
  const listed = cue('promotion', 'promotion');
  const promo = calls.length > 0 ? [...listed, ...calls].sort((a, b) => a[0] - b[0]) : listed;

  // Privacy: a count of identifiable customers and what they watched, or "we saw that you…".
  const people = cue('people');
  const habits = [...cue('viewing'), ...cue('streak')];
  const exposures: { range: [number, number]; count: number }[] = [];
  // Without a word for people and one for what they watched there is no exposure to find: the numbers need not be read.
  for (const m of people.length > 0 && habits.length > 0 && DIGIT.test(p.lower) ? p.lower.matchAll(NUMBER) : []) {
    const end = m.index + m[0].length;
    const who = people.find(([s]) => s >= end && s - end <= PEOPLE_WINDOW && !SENTENCE_END.test(p.lower.slice(end, s)));
    const scale = MAGNITUDE.exec(p.lower.slice(end))?.[1];
    // What they watched is told in the same sentence: "the tweet about the 53. What people watch…" names no one's habits.
    const [from, to] = sentenceAround(p.lower, m.index);
    if (who && habits.some(([s]) => s >= from && s < to))
      exposures.push({
        range: [m.index, who[1]],
        count: Number(m[0].replace(/[ ,.]/g, '')) * (scale ? MAGNITUDES[scale]! : 1),
      });
  }
  const surveillance = cue('surveillance', 'privacyExposure');
  const smallest = Math.min(...exposures.map((e) => e.count));
  // A handful of people is identifiable; "10 million households" is an aggregate.
  const countExposure = exposures.length === 0 ? 0 : smallest <= 1000 ? 1 : smallest <= 100_000 ? 0.5 : 0.15;

  const profane = found.profanity;
  const profanity = saturate(profane.length, 1.2);
  const humour = cue('humour', 'humour');
  const edge = cue('edge', 'edge');
  const warmth = cue('warmth', 'warmth');
  const mock = cue('mockery', 'mockery');
  const questions = all(QUESTION, has('?')).filter(([s]) => !urls.some(([us, ue]) => s >= us && s < ue));
  const invite = cue('invitation', 'invitation');
  const apology = cue('apology', 'apology');
  const accountability = cue('accountability', 'accountability');
  const explanation = cue('explanation', 'explanation');
  const length = codePoints(text);

  // What the reply does with its words (strategy.ts): an apology taken back or made conditional, the fault put on
  // the customer, contempt in one clause whatever the others say, one person's habits told in public, a pile of cues.
  const at = (m: RegExpMatchArray): [number, number] => [m.index!, m.index! + m[0].length];
  // The cues feature by feature, the step's own included, and the language's stock phrases alone: a pile is made of
  // stock phrases; the step's in-jokes ("spark joy") are words of the case, though no words of the reply's own.
  const cueGroups = [humour, edge, warmth, mock, invite, apology, accountability, explanation, promo, mentions.map(at)];
  const stockGroups = [
    found.humour,
    found.edge,
    found.warmth,
    found.mockery,
    found.invitation,
    found.apology,
    found.accountability,
    found.explanation,
    found.promotion,
    mentions.map(at),
  ];
  const cues = cueGroups.flat();
  // How the reply is built (structure.ts): the case's words and the post's dropped among stock phrases, or listed, are
  // keywords, not words of its own. The language's stock phrases break the runs of words; a handle breaks them as a
  // mark does, and the case's own cues and words about viewers ("de suite", "fans") are words of the reply's runs.
  const notOwn = [...cues, ...people, ...habits, ...surveillance, ...profane];
  const structure = readStructure(
    p.lower,
    words,
    [...stockGroups.slice(0, -1).flat(), ...surveillance, ...profane],
    notOwn,
    lang.functionWords,
    lang.common,
    lang.locale !== 'en',
  );
  // The words the reply says of its own, besides cues and the commonest words, and not dropped among cues.
  const own = Math.max(0, ownWords(words, notOwn, lang.common) - structure.droppedOwn - structure.stray);
  // A pile of words: more of them dropped among cues or listed than written into sentences, or three stock phrases
  // strung together with neither a mark nor a function word between them.
  // Or the same word of content said three times in a short reply ("streaming piano piano lo streaming … piano").
  const pileOfWords =
    (structure.dropped >= 2 && structure.dropped > structure.written) ||
    structure.juxtaposed >= 2 ||
    echoed(words, lang.functionWords, lang.common);
  // Cues of two features or more and not a word of its own ("love you tbh", "weed, we'd love to hear"): nothing said.
  // A question mark and words about viewers and viewing ("fans", "every single day") are kinds of cue here too.
  // The same cue twice with nothing else ("lol 😝 🤭 🤭", "pardon us … pardon us") is stock too.
  // Owning a mistake and apologising for it are one thing said ("we got this wrong and we're sorry"), not two cues.
  const kinds = [
    ...cueGroups.filter((g) => g !== apology && g !== accountability),
    [...apology, ...accountability],
    questions,
    [...people, ...habits],
  ].filter((g) => g.length > 0).length;
  const stock = pileOfWords || (own === 0 && (kinds >= 2 || repeated(p.lower, cues)));
  const moves = readStrategy({
    locale: lang.locale,
    lower: p.lower,
    tokens,
    words,
    info,
    contributions,
    apology,
    accountability,
    promotion: promo,
    insults: found.mockery,
    mockery: mock,
    warmth: warmth.filter(([s, e]) => LETTER.test(p.lower.slice(s, e))),
    viewing: cue('viewing'),
    streak: cue('streak'),
    cues: stockGroups,
    common: lang.common,
    own,
  });
  const without = (xs: [number, number][], out: readonly [number, number][]) =>
    out.length === 0 ? xs : xs.filter((r) => !out.includes(r));
  const apologies = without(apology, moves.negatedApology);
  const sincere = without(apologies, moves.conditionalApology);
  const onlyConditional = moves.conditionalApology.length > 0 && sincere.length === 0;
  // "Sorry if some of you were offended" owns nothing; "it's not our fault" neither.
  const confessed = mock.filter((r) => moves.narrated.includes(r));
  const owned = onlyConditional
    ? []
    : [...without(accountability, moves.negatedAccountability), ...confessed, ...moves.ownedBadly];
  // A price sells only where its sentence does ("only $7.99, sign up now!"); "the streaming plan is $7.99" informs.
  // So does a price a scenario lists as a sales cue ("$15.98").
  // A slogan quoted back ("'Funniest film of the year' was our line, and we oversold it") is told, not sold.
  const quotes = promo.length > 0 ? quotations(p.lower) : [];
  const unquoted = quotes.length > 0 ? promo.filter(([s, e]) => !inside(s, e, quotes)) : promo;
  const offered = without(without(unquoted, moves.negatedPromotion), moves.narrated);
  const talk = offered.filter(([s, e]) => !PRICE_CUE.test(p.lower.slice(s, e)));
  const sells = ([s]: [number, number]) => {
    const [from, to] = sentenceAround(p.lower, s);
    return p.lower.slice(from, to).includes('!') || talk.some(([ss]) => ss >= from && ss < to);
  };
  const sales =
    talk.length === offered.length ? offered : [...talk, ...offered.filter((r) => !talk.includes(r) && sells(r))];
  const selling = prices.filter(sells);
  const facts = [...prices.filter((r) => !selling.includes(r)), ...all(CLOCK, PRICE_HINT.test(p.lower))].sort(
    (a, b) => a[0] - b[0],
  );
  // The brand naming the mockery it made ("we roasted your face… not ok, sorry") owns it: no mockery, and one more cue of accountability.
  // And the reader's looks named where nothing is praised, unless a cue of the step already names them ("your face").
  const looks = moves.looks.filter(([s, e]) => !mock.some(([ms, me]) => ms < e && me > s));
  const mocked = without(looks.length > 0 ? [...mock, ...looks] : mock, moves.narrated);
  // A count of people ("53 people who watched…") is read above as a group; one person singled out only where there is none.
  const conversation = options.conversation?.[lang.locale];
  // A count the person posted themselves ("I've watched the trailer eleven times" → "eleven viewings is elite
  // dedication") tells no one anything new.
  const singledOut =
    exposures.length > 0 || (conversation && toldBefore(moves.personalExposure, p.lower, lang.locale, conversation))
      ? []
      : moves.personalExposure;
  // Negative words aimed at "you" read as contempt, unless the reply is apologising or consoling, owning the fault,
  // explaining, offering help or granting the reader's point ("you have every right to be angry"): "you're right,
  // two wrong orders isn't good enough, DM us" names the problem, at no one (strategy.ts reads contempt clause by
  // clause too, whatever else the reply says).
  // Read from the words' own valence, the rules', whose words the debrief underlines: the trained model says how a reply
  // reads as a whole, not at whom its words are aimed.
  const repairs =
    apology.length +
    warmth.length +
    accountability.length +
    moves.ownedBadly.length +
    explanation.length +
    invite.length +
    moves.empathy.length;
  const hostile = second.length > 0 && lexical.valence < -0.3 && repairs === 0 ? 0.7 * -lexical.valence : 0;
  const hostileSpans =
    hostile > 0
      ? contributions.filter((c) => c.value < 0).map((c): [number, number] => [c.token.start, c.token.end])
      : [];
  const blamed = moves.blame.length > 0;
  // "It was only a joke", "è solo una battuta": a joke named to wave a complaint away is none.
  const jokes = blamed ? humour.filter(([s, e]) => !moves.blame.some(([bs, be]) => s >= bs && e <= be)) : humour;
  // An apology undone by a "but" is half an apology, and what follows the "but" earns no warmth.
  const butted = moves.apologyThenBut.length > 0 && !blamed && moves.hostility.value === 0;
  const contempt = either(
    moves.hostility.value,
    blamed ? 0.6 * saturate(moves.blame.length, 1.2) : 0,
    moves.sarcasm.length > 0 ? 0.5 : 0,
    // Refusing to apologise, or apologising for people's feelings, to people who are upset.
    moves.negatedApology.length > 0 ? 0.3 : 0,
    onlyConditional ? 0.3 : 0,
  );
  // A reply in another language than the audience's (the one the game is played in) reaches few of them.
  const foreign = detection.how === 'detected' && options.hint !== undefined && detection.language !== options.hint;
  const offTopic = options.topic
    ? isOffTopic(words, [...cues, ...people, ...habits, ...surveillance, ...profane], lang.common, options.topic)
    : false;
  // What a reader takes from the reply's good intentions: less from a pile of cues, a foreign language, another subject.
  // and from a reply with few words of its own besides its cues: a third from stock phrases of one feature alone
  // ("we take responsibility, we got this wrong"), nothing from "lol thoughts", two cues and nothing said.
  // And, where the conversation is known, from a reply that takes up what was said: stock phrases that could answer
  // any post are heard at 40%, a reply that names two things of the post answered almost fully.
  const known = conversation ? knownStems(conversation, lang.common) : undefined;
  const engaged = known ? engagementOf(words, cues, lang.common, known) : undefined;
  const engagement = engaged === undefined ? 1 : 0.4 + 0.6 * saturate(engaged, 0.8);
  // A company's script is heard as one: its thanks and regrets are nobody's, and the rest of the reply loses some voice.
  const scripted = moves.boilerplate.length > 0;
  const heard =
    (scripted ? 0.6 : 1) *
    engagement *
    (1 - moves.cuePile) *
    (foreign ? 0.35 : 1) *
    (offTopic ? 0.3 : 1) *
    (stock ? 0 : own === 0 ? 0.35 : Math.min(1, 0.5 + 0.25 * own));

  const features: Features = {
    humour: heard * saturate(jokes.length, 0.8),
    // Innuendo pleases some readers: a stray "weed" among stock phrases is not a joke anyone made.
    edge: either((stock ? 0 : 1) * saturate(edge.length, 0.7), 0.6 * profanity),
    warmth:
      heard *
      either(
        saturate(warmth.filter(([s, e]) => !inside(s, e, moves.boilerplate)).length, 0.7),
        scripted || butted ? 0 : 0.5 * Math.max(0, valence),
      ),
    // An apology followed by blame is half an apology; a conditional one counts a quarter.
    apology:
      heard * (blamed || butted ? 0.5 : 1) * saturate(sincere.length + 0.25 * moves.conditionalApology.length, 1.5),
    accountability: heard * (blamed ? 0.3 : 1) * saturate(owned.length, 1.5),
    // The facts asked for, a price that informs or a time ("the streaming-only plan is $7.99", "the 9pm screening"),
    // explain as much as a "because" does, a little less.
    explanation: heard * either(saturate(explanation.length, 1.2), 0.5 * saturate(facts.length, 1.2)),
    personalAddress:
      heard * either(personal.length > 0 ? 0.9 : mentions.length > 0 ? 0.6 : 0, second.length > 0 ? 0.6 : 0),
    invitation: heard * either(questions.length > 0 ? 0.55 : 0, saturate(invite.length, 1.2)),
    promotion: either(
      0.8 * saturate(urls.length, 1),
      selling.length > 0 ? 0.7 : 0,
      saturate(sales.length, 0.7),
      0.5 * saturate(brandTags.length, 1.5),
      tags.length > 2 ? 0.2 : 0,
    ),
    mockery: either(saturate(mocked.length, 0.9), hostile, contempt),
    // Asking for a customer's details in public risks them rather than tells them: a lesser exposure, below what the
    // audience's lines about told habits answer (0.3).
    privacyExposure: Math.max(
      countExposure,
      surveillance.length > 0 || singledOut.length > 0 ? 0.9 : 0,
      moves.detailsInPublic.length > 0 ? DETAILS_EXPOSURE : 0,
    ),
    profanity,
    // Measured on what the reader sees: invisible characters neither cost nor earn fit.
    platformFit: platformFit(p, p.origin ? codePoints(p.cased) : length, tags.length),
  };

  const signals: Signal[] = [];
  // The spans are gathered only for a feature strong enough to be reported.
  const signal = (feature: Signal['feature'], ranges: () => [number, number][], count?: number) => {
    const value = feature === 'valence' ? valence : features[feature];
    if (Math.abs(value) < 0.05) return;
    const r = ranges();
    if (r.length > 0 || feature === 'platformFit')
      signals.push({ feature, value, spans: spans(r), ...(count !== undefined ? { count } : {}) });
  };
  const strongest = strongestOf(contributions);
  signal('valence', () => strongest.map((c) => [c.token.start, c.token.end]));
  signal('humour', () => jokes);
  signal('edge', () => [...edge, ...profane]);
  signal('warmth', () =>
    warmth.length > 0 ? warmth : strongest.filter((c) => c.value > 0).map((c) => [c.token.start, c.token.end]),
  );
  signal('apology', () => apologies);
  signal('accountability', () => owned);
  signal('explanation', () => [...explanation, ...facts]);
  signal('personalAddress', () =>
    [...personal, ...mentions.filter((m) => !personal.includes(m))].map(at).concat(second),
  );
  signal('invitation', () => [...invite, ...questions]);
  signal('promotion', () => [...urls, ...selling, ...sales, ...brandTags.map(at)]);
  signal('mockery', () => [
    ...mocked,
    ...hostileSpans,
    ...moves.hostility.spans,
    ...moves.blame,
    ...moves.sarcasm,
    ...moves.negatedApology,
    ...moves.conditionalApology,
  ]);
  signal(
    'privacyExposure',
    () => [...exposures.map((e) => e.range), ...surveillance, ...singledOut],
    exposures.length > 0 ? smallest : singledOut.length > 0 ? 1 : undefined,
  );
  signal('profanity', () => profane);
  if (features.platformFit < 0.95) signal('platformFit', () => []);
  // Short lists, mostly in order already: an insertion sort, stable like the built-in one, so the order is the same.
  for (const s of signals) stableSort(s.spans, (a, b) => a.start - b.start);
  stableSort(signals, (a, b) => (a.feature === 'valence' ? -1 : b.feature === 'valence' ? 1 : b.value - a.value));

  const said: MoveSignal[] = [];
  const move = (name: Move, ranges: readonly [number, number][], when = ranges.length > 0) => {
    if (when) said.push({ move: name, spans: spans(dedupe(ranges)) });
  };
  const nothing = saysNothing(features, own, stock, moves.cuePile);
  move('says-nothing', [], nothing);
  move('negated-apology', moves.negatedApology);
  move('conditional-apology', moves.conditionalApology);
  move(apologies.length > 0 ? 'apology-then-blame' : 'blame', moves.blame);
  move('apology-then-but', moves.apologyThenBut, butted);
  move('apology-then-insult', moves.hostility.spans, moves.hostility.value > 0 && sincere.length + warmth.length > 0);
  // A joke made with derision ("who hurt you" and a laugh) is at the customer's expense, as sarcasm is.
  move('sarcasm', [...moves.sarcasm, ...(jokes.length > 0 ? mocked : [])]);
  move('personal-exposure', singledOut);
  move('details-in-public', moves.detailsInPublic);
  move('boilerplate', moves.boilerplate, moves.boilerplate.length > 0 && !nothing);
  move('cue-pile', cues, moves.cuePile >= 0.5);
  move('other-language', [], foreign);
  move('off-topic', [], offTopic && !nothing);

  return {
    language: detection.language,
    languageFrom: detection.how,
    length,
    limit: PLATFORM_LIMIT,
    valence,
    features,
    signals,
    moves: said,
    heard,
    saysNothing: nothing,
  };
}

/** Whether some cue is said twice or more. */
function repeated(lower: string, cues: readonly [number, number][]): boolean {
  const seen = new Set<string>();
  for (const [s, e] of cues) {
    const k = lower.slice(s, e);
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

/** Whether a reply of at most ECHO_WORDS words says one word of content (three letters or more) three times or more. */
function echoed(words: readonly Word[], functionWords: ReadonlySet<string>, common: ReadonlySet<string>): boolean {
  if (words.length > ECHO_WORDS) return false;
  const seen = new Map<string, number>();
  for (const w of words) {
    if (w.text.length < 3 || !LETTER.test(w.text) || functionWords.has(w.text) || common.has(w.text)) continue;
    const n = (seen.get(w.text) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(w.text, n);
  }
  return false;
}

/** Ranges without repeats, in order. */
function dedupe(ranges: readonly [number, number][]): [number, number][] {
  const seen = new Set<string>();
  return [...ranges]
    .sort((a, b) => a[0] - b[0])
    .filter((r) => {
      const k = `${r[0]}:${r[1]}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/**
 * A reply that gives the audience nothing to answer, and nothing to mind: a
 * pile of cues, stock phrases of two features or more with no word of its
 * own ("love you tbh", "😂❤🙏"), or nothing it values and fewer than four
 * words of its own (gibberish, "ok."). It is played as silence, so it earns
 * no more than silence.
 */
function saysNothing(f: Features, own: number, stock: boolean, pile: number): boolean {
  const minds = Math.max(f.edge, f.mockery, f.promotion, f.privacyExposure, f.profanity);
  if (minds >= 0.15) return false;
  if (pile >= 0.8 || stock) return true;
  // Owning a mistake and apologising for it says something, however short and however often said.
  if (Math.min(f.apology, f.accountability) >= 0.05) return false;
  const values = Math.max(f.humour, f.warmth, f.apology, f.accountability, f.explanation, f.invitation);
  return values < 0.15 && own < 4;
}

/** The words a reply says of its own: not cues, not the language's commonest, not gibberish, at least three letters. */
function ownWords(words: readonly Word[], cues: readonly [number, number][], common: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) {
    if (w.text.length < 3 || !LETTER.test(w.text) || common.has(w.text) || GIBBERISH.test(w.text) || inCue(w, cues))
      continue;
    n++;
  }
  return n;
}

const inCue = (w: Word, cues: readonly [number, number][]) => inside(w.start, w.end, cues);

/** Whether the word before or after the `i`th is one of the language's commonest, and no cue holds it: the word stands in a sentence. */
function inSentence(
  words: readonly Word[],
  i: number,
  cues: readonly [number, number][],
  common: ReadonlySet<string>,
): boolean {
  for (const j of [i - 1, i + 1]) {
    const w = words[j];
    if (w && common.has(w.text) && !inCue(w, cues)) return true;
  }
  return false;
}

/**
 * Off topic: a reply without a cue, with two words of its own or more (not
 * the language's commonest) none of which the conversation uses (the first
 * five letters compared, so "prices" meets "price"). "Our quarterly results
 * are out Thursday" in a thread about cold fries.
 */
function isOffTopic(
  words: readonly Word[],
  cues: readonly [number, number][],
  common: ReadonlySet<string>,
  topic: readonly string[],
): boolean {
  const stem = (w: string) => w.slice(0, 5);
  const known = new Set<string>();
  for (const t of topic)
    for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) known.add(stem(w));
  let own = 0;
  for (const w of words) {
    if (
      w.text.length < 4 ||
      !LETTER.test(w.text) ||
      common.has(w.text) ||
      cues.some(([s, e]) => w.start >= s && w.end <= e)
    )
      continue;
    if (known.has(stem(w.text))) return false;
    own++;
  }
  return own >= 2 && cues.length === 0;
}

/**
 * How much of the post answered the reply takes up: each word of its own
 * that the conversation uses (first five letters compared, words of four
 * letters or more, not the language's commonest) counts one in a sentence
 * (a quarter dropped among cues), a cue word the conversation uses (a handle
 * of the feed among them) a half. Distinct words only: saying "fries" three times names one thing.
 */
function engagementOf(
  words: readonly Word[],
  cues: readonly [number, number][],
  common: ReadonlySet<string>,
  known: ReadonlySet<string>,
): number {
  const stem = (w: string) => w.slice(0, 5);
  const seen = new Set<string>();
  let n = 0;
  words.forEach((w, i) => {
    if (w.text.length < 4 || !LETTER.test(w.text) || common.has(w.text) || GIBBERISH.test(w.text)) return;
    const k = stem(w.text);
    if (!known.has(k) || seen.has(k)) return;
    seen.add(k);
    n += inCue(w, cues) ? 0.5 : inSentence(words, i, cues, common) ? 1 : 0.25;
  });
  return n;
}

/** Whether every number the exposure's words hold is one the conversation already says (in digits or in words). */
function toldBefore(
  ranges: readonly [number, number][],
  lower: string,
  locale: Locale,
  conversation: readonly string[],
): boolean {
  if (ranges.length === 0) return false;
  const numbers = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .map((w) => numberValue(locale, w))
      .filter((v): v is number => v !== undefined);
  const counted = ranges.flatMap(([s, e]) => numbers(lower.slice(s, e)));
  if (counted.length === 0) return false;
  // Only what someone said of themselves ("I've watched the trailer eleven times"): a count the brand published of
  // others ("the 53 people who watched it 18 days in a row") pinned on one person exposes them.
  const own = conversation.flatMap((t) => t.split(SENTENCE_ENDS).filter((x) => FIRST_PERSON[locale].test(x)));
  const said = new Set(own.flatMap(numbers));
  return counted.every((v) => said.has(v));
}
/** Someone speaking of themselves, in a sentence. */
const FIRST_PERSON: Readonly<Record<Locale, RegExp>> = Object.freeze({
  en: /(?<![\p{L}])(?:i|i've|i'm|i'd|my|me)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:je|moi|mon|ma|mes)(?![\p{L}])|j['’])/iu,
  it: /(?<![\p{L}])(?:io|ho|mi|mio|mia|miei|mie|sono)(?![\p{L}])/iu,
});

/** The first five letters of each word of the conversation (four letters or more, not the language's commonest). */
function knownStems(conversation: readonly string[], common: ReadonlySet<string>): Set<string> {
  const known = new Set<string>();
  for (const t of conversation)
    for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      if (w.length >= 4 && !common.has(w)) known.add(w.slice(0, 5));
  return known;
}

/** The four contributions of most weight (either sign), heaviest first, earlier first among equals: a stable sort's first four, without sorting them all. */
function strongestOf<C extends { value: number }>(contributions: readonly C[]): C[] {
  const top: C[] = [];
  for (const c of contributions) {
    const weight = Math.abs(c.value);
    let at = top.length;
    while (at > 0 && Math.abs(top[at - 1]!.value) < weight) at--;
    if (at < 4) {
      top.splice(at, 0, c);
      if (top.length > 4) top.pop();
    }
  }
  return top;
}

/**
 * Sorts in place, equal items kept in their order, as Array.prototype.sort
 * does (so the result is the same); a short list, the usual case here, by
 * insertion, without the built-in sort's set-up cost.
 */
function stableSort<T>(xs: T[], compare: (a: T, b: T) => number): void {
  if (xs.length > 32) {
    xs.sort(compare);
    return;
  }
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i;
    while (j > 0 && compare(xs[j - 1]!, x) > 0) {
      xs[j] = xs[j - 1]!;
      j--;
    }
    xs[j] = x;
  }
}

/**
 * The matches of a sticky pattern that begins with `first`, as matchAll
 * would find them with the same pattern made global: it is tried only where
 * `first` is, since a lookbehind at its front keeps the regex engine from
 * skipping ahead to those places by itself.
 */
function matchesAt(text: string, first: string, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = text.indexOf(first); i >= 0; ) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) out.push(m);
    i = text.indexOf(first, m ? i + m[0].length : i + 1);
  }
  return out;
}

/**
 * How well the reply suits a quick, conversational feed: short is best, the
 * limit is a wall, a pile of hashtags or a shouted reply reads as spam.
 */
function platformFit(p: Prepared, length: number, hashtags: number): number {
  if (p.cased.trim().length === 0) return 0;
  let fit =
    length <= 140
      ? 1
      : length <= PLATFORM_LIMIT
        ? 1 - (0.25 * (length - 140)) / 140
        : Math.max(0, 0.75 - (length - PLATFORM_LIMIT) / PLATFORM_LIMIT);
  fit -= 0.15 * Math.max(0, hashtags - 2);
  if (shouted(p.cased)) fit -= 0.3;
  return Math.max(0, Math.min(1, fit));
}

const UPPER_AT = /\p{Lu}/uy;
const LOWER_AT = /\p{Ll}/uy;

/**
 * A shouted reply: at least ten upper-case letters and more than three times
 * as many as lower-case ones (code points, as /\p{Lu}/gu and /\p{Ll}/gu
 * count them). The count stops once the letters left could not make it
 * shouted, a few words into most replies.
 */
function shouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (upper + (n - i) <= 3 * lower) return false;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
      i++;
      continue;
    }
    UPPER_AT.lastIndex = i;
    LOWER_AT.lastIndex = i;
    if (UPPER_AT.test(text)) upper++;
    else if (LOWER_AT.test(text)) lower++;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return upper >= 10 && upper > 3 * lower;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function codePoints(text: string): number {
  // Most replies have no character beyond the Basic Multilingual Plane: one unit each.
  if (!SURROGATE.test(text)) return text.length;
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

function toSpan(text: string, p: Prepared, start: number, end: number): Span {
  const [s, e] = originalSpan(p, start, end);
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A scenario's own cues for the step. */
function extraCues(cues: AnalyseOptions['cues']): CueSet<keyof Features> | undefined {
  // Compiled at each call, not kept: a step's few words compile in microseconds, and nothing lives on between calls.
  return cues ? compileCueSet(cues as Record<keyof Features, readonly string[]>) : undefined;
}
