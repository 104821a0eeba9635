import type { Features } from '../schema/features';
import { PLATFORM_LIMIT, type Analysis, type AnalyseOptions, type Signal, type Span } from './analysis';
import { compileCueSet, wordsOf, type CueSet } from './cue-match';
import { detectLanguage } from './detect';
import { languagePacks, type CueName } from './language-pack';
import { originalSpan, prepare, type Prepared } from './prepare';
import { tokenize } from './tokens';
import { valenceOf } from './valence';

/** 1 − e^(−k·n): the first cue counts most, later ones add less. */
const saturate = (n: number, k: number) => 1 - Math.exp(-k * n);
/** Either signal suffices: 1 − Π(1 − x). */
const either = (...xs: number[]) => 1 - xs.reduce((p, x) => p * (1 - Math.max(0, Math.min(1, x))), 1);

const MENTION = /(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{1,30})/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|fr|it|io|co|ly|tv|app)\b(?:\/\S*)?/gu;
const PRICE = /[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur\b|euros?\b|dollars?\b|usd\b)/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[ ,.]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}])\d+(?![\p{N}])/gu;
const QUESTION = /\?/g;
/** "10 million households" is ten million, not ten. */
const MAGNITUDE = /^\s*(thousand|k|million|millions|m|billion|mille|mila|milioni|milione|milliard|milliards|miliardi|miliardo)(?![\p{L}])/u;
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, k: 1e3, mille: 1e3, mila: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, milione: 1e6, milioni: 1e6,
  billion: 1e9, milliard: 1e9, milliards: 1e9, miliardo: 1e9, miliardi: 1e9,
};
/** How far after a number the word for people may come ("53 people", "53 of you", "53 de nos abonnés"). */
const PEOPLE_WINDOW = 30;

const scenarioCues = new WeakMap<object, CueSet<keyof Features>>();

/**
 * Reads a reply: its language, its sentiment and the features the engine
 * needs, each with the words that triggered it. Pure and fast (a fraction of
 * a millisecond for a 280-character reply); any string is accepted.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const p = prepare(text);
  const tokens = tokenize(p.cased, p.lower);
  const detection = options.language ? { language: options.language, how: 'forced' as const } : detectLanguage(p.cased, tokens, options.hint);
  const lang = languagePacks()[detection.language];
  const { valence, contributions } = valenceOf(tokens, p.cased, lang);
  const words = wordsOf(p.lower);
  const found = lang.cues.find(words);
  const extra = extraCues(options.cues)?.find(words);
  const spans = (ranges: [number, number][]) => ranges.map(([s, e]) => toSpan(text, p, s, e));
  const cue = (name: CueName, feature?: keyof Features): [number, number][] => {
    const own = found[name];
    const more = feature ? extra?.[feature] : undefined;
    return more && more.length > 0 ? [...own, ...more].sort((a, b) => a[0] - b[0]) : own;
  };
  const all = (re: RegExp) => [...p.lower.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]);

  // Address: an @mention of someone in the feed, or "you".
  const handles = new Set((options.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase()));
  const mentions = [...p.lower.matchAll(MENTION)];
  const personal = mentions.filter((m) => handles.has(m[1]!));
  const second = tokens.filter((t) => lang.secondPerson.has(t.lower)).map((t): [number, number] => [t.start, t.end]);

  // Promotion: links, prices, sales talk, the brand's own hashtags.
  const brand = (options.brand ?? []).map((b) => b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const tags = [...p.lower.matchAll(HASHTAG)];
  const brandTags = tags.filter((m) => brand.some((b) => m[1]!.includes(b)));
  const urls = all(URL);
  const prices = all(PRICE);
  const promo = cue('promotion', 'promotion');

  // Privacy: a count of identifiable customers and what they watched, or "we saw that you…".
  const people = cue('people');
  const habits = [...cue('viewing'), ...cue('streak')];
  const exposures: { range: [number, number]; count: number }[] = [];
  for (const m of p.lower.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    const who = people.find(([s]) => s >= end && s - end <= PEOPLE_WINDOW);
    const scale = MAGNITUDE.exec(p.lower.slice(end))?.[1];
    if (who && habits.length > 0) exposures.push({ range: [m.index, who[1]], count: Number(m[0].replace(/[ ,.]/g, '')) * (scale ? MAGNITUDES[scale]! : 1) });
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
  const questions = all(QUESTION).filter(([s]) => !urls.some(([us, ue]) => s >= us && s < ue));
  const invite = cue('invitation', 'invitation');
  const apology = cue('apology', 'apology');
  const accountability = cue('accountability', 'accountability');
  const explanation = cue('explanation', 'explanation');
  // Negative words aimed at "you" read as contempt, unless the reply is apologising or consoling.
  const hostile = second.length > 0 && valence < -0.3 && apology.length + warmth.length === 0 ? 0.7 * -valence : 0;
  const hostileSpans = hostile > 0 ? contributions.filter((c) => c.value < 0).map((c): [number, number] => [c.token.start, c.token.end]) : [];
  const length = [...text].length;

  const features: Features = {
    humour: saturate(humour.length, 0.8),
    edge: either(saturate(edge.length, 0.7), 0.6 * profanity),
    warmth: either(saturate(warmth.length, 0.7), 0.5 * Math.max(0, valence)),
    apology: saturate(apology.length, 1.5),
    accountability: saturate(accountability.length, 1.5),
    explanation: saturate(explanation.length, 1.2),
    personalAddress: either(personal.length > 0 ? 0.9 : mentions.length > 0 ? 0.6 : 0, second.length > 0 ? 0.6 : 0),
    invitation: either(questions.length > 0 ? 0.55 : 0, saturate(invite.length, 1.2)),
    promotion: either(0.8 * saturate(urls.length, 1), prices.length > 0 ? 0.7 : 0, saturate(promo.length, 0.7), 0.5 * saturate(brandTags.length, 1.5), tags.length > 2 ? 0.2 : 0),
    mockery: either(saturate(mock.length, 0.9), hostile),
    privacyExposure: Math.max(countExposure, surveillance.length > 0 ? 0.9 : 0),
    profanity,
    platformFit: platformFit(p, length, tags.length),
  };

  const signals: Signal[] = [];
  const signal = (feature: Signal['feature'], ranges: [number, number][], count?: number) => {
    const value = feature === 'valence' ? valence : features[feature];
    if (Math.abs(value) >= 0.05 && (ranges.length > 0 || feature === 'platformFit')) signals.push({ feature, value, spans: spans(ranges), ...(count !== undefined ? { count } : {}) });
  };
  const strongest = [...contributions].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, 4);
  signal('valence', strongest.map((c) => [c.token.start, c.token.end]));
  signal('humour', humour);
  signal('edge', [...edge, ...profane]);
  signal('warmth', warmth.length > 0 ? warmth : strongest.filter((c) => c.value > 0).map((c) => [c.token.start, c.token.end]));
  signal('apology', apology);
  signal('accountability', accountability);
  signal('explanation', explanation);
  signal('personalAddress', [...personal, ...mentions.filter((m) => !personal.includes(m))].map((m): [number, number] => [m.index, m.index + m[0].length]).concat(second));
  signal('invitation', [...invite, ...questions]);
  signal('promotion', [...urls, ...prices, ...promo, ...brandTags.map((m): [number, number] => [m.index, m.index + m[0].length])]);
  signal('mockery', [...mock, ...hostileSpans]);
  signal('privacyExposure', [...exposures.map((e) => e.range), ...surveillance], exposures.length > 0 ? smallest : undefined);
  signal('profanity', profane);
  if (features.platformFit < 0.95) signal('platformFit', []);
  for (const s of signals) s.spans.sort((a, b) => a.start - b.start);
  signals.sort((a, b) => (a.feature === 'valence' ? -1 : b.feature === 'valence' ? 1 : b.value - a.value));

  return { language: detection.language, languageFrom: detection.how, length, limit: PLATFORM_LIMIT, valence, features, signals };
}

/**
 * How well the reply suits a quick, conversational feed: short is best, the
 * limit is a wall, a pile of hashtags or a shouted reply reads as spam.
 */
function platformFit(p: Prepared, length: number, hashtags: number): number {
  if (p.cased.trim().length === 0) return 0;
  let fit = length <= 140 ? 1 : length <= PLATFORM_LIMIT ? 1 - (0.25 * (length - 140)) / 140 : Math.max(0, 0.75 - (length - PLATFORM_LIMIT) / PLATFORM_LIMIT);
  fit -= 0.15 * Math.max(0, hashtags - 2);
  const upper = (p.cased.match(/\p{Lu}/gu) ?? []).length;
  const lower = (p.cased.match(/\p{Ll}/gu) ?? []).length;
  if (upper >= 10 && upper > 3 * lower) fit -= 0.3;
  return Math.max(0, Math.min(1, fit));
}

function toSpan(text: string, p: Prepared, start: number, end: number): Span {
  const [s, e] = originalSpan(p, start, end);
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A scenario's own cues, compiled once per scenario. */
function extraCues(cues: AnalyseOptions['cues']): CueSet<keyof Features> | undefined {
  if (!cues) return undefined;
  let compiled = scenarioCues.get(cues);
  if (!compiled) {
    compiled = compileCueSet(cues as Record<keyof Features, readonly string[]>);
    scenarioCues.set(cues, compiled);
  }
  return compiled;
}
