import { SEGMENT_PRESETS, type SegmentPreset } from '../engine/audience/presets';
import { PARAMETERS as P } from '../engine/audience/parameters';
import type { FeatureName } from '../engine/schema/features';

/**
 * The audience presets in words an instructor reads: what each value of a
 * preset does to a reply's reception, as `src/engine/audience/` computes it.
 * `npm run schema` writes these into docs/authoring.md and into the JSON
 * Schema's descriptions, and a test checks both are current, so the
 * documentation follows the code.
 */

type ValueName = FeatureName | 'voice' | 'speed';

/** A weight or a value as the docs print it: "+2", "−1.5", "0.6". */
export const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x)}`;

/** What a feature is, in a few words, as a reply carries it. */
const FEATURE_WORDS: Record<ValueName, string> = {
  humour: 'a joke',
  edge: 'edgy, risqué content',
  warmth: 'warmth and empathy',
  apology: 'an apology',
  accountability: 'owning the mistake',
  explanation: 'saying why',
  personalAddress: 'answering a person (an @mention, "you")',
  invitation: 'inviting an answer',
  promotion: 'selling (links, prices, calls to buy)',
  mockery: 'mocking customers',
  privacyExposure: 'exposing what identifiable customers did',
  profanity: 'swearing',
  platformFit: 'a reply that suits the channel',
  voice: 'a reply in the brand’s declared voice',
  speed: 'a fast answer',
};

const strength = (w: number) => (Math.abs(w) >= 1.5 ? 'strongly ' : Math.abs(w) < 0.8 ? 'a little ' : '');

/** How much an hour's delay leaves of a fast answer's worth (speed = e^(−delay/60 min)). */
const AFTER_AN_HOUR = Math.exp(-60 / P.speedMinutes);

/** What a weight of a segment's `values` does to how the segment takes a reply. */
export function valueMeaning(name: ValueName, w: number, tolerance?: number): string {
  const what = FEATURE_WORDS[name];
  const verb = w > 0 ? `${strength(w)}wins their approval` : `${strength(w)}loses their approval`;
  const per = `${signed(w)} approval at full strength`;
  switch (name) {
    case 'humour':
      return w > 0
        ? `${what} ${verb} (${per}); the angrier they are, the less it is worth, and an angry mood costs every joke besides`
        : `${what} ${verb} (${per})`;
    case 'edge':
      return w > 0
        ? `${what} ${verb} (${per}) only up to their tolerance${tolerance === undefined ? '' : ` (${tolerance})`}; past it, every bit of edge costs ${P.offence} approval`
        : `${what} ${verb} (${per}), and past their tolerance it costs ${P.offence} approval more`;
    case 'speed':
      return `${what} ${verb}: ${signed(w)} approval when instant, ${signed(Math.round(w * AFTER_AN_HOUR * 100) / 100)} after an hour`;
    case 'voice':
      return `${what} ${verb} (${signed(w)} approval when it matches it exactly), one unlike the brand does not`;
    case 'mockery':
    case 'privacyExposure':
      return `${what} ${verb} (${per}); it costs trust with every segment anyway`;
    case 'promotion':
      return `${what} ${verb} (${per}); an angry mood costs it more, as it does a joke`;
    default:
      return `${what} ${verb} (${per})`;
  }
}

/** What a preset's `outside`, `activity` and `tolerance` do, by their value. */
export const FIELD_MEANINGS = {
  outside: (v: number) =>
    `reshares can reach people like them numbering ${v}× the brand's followers: new followers come only from them, and angry quote-posts spread among them as well`,
  activity: (v: number) =>
    `${v >= 0.7 ? 'very vocal' : v >= 0.45 ? 'fairly vocal' : 'mostly silent'}: likes, replies, reshares and quote-posts are ${v} of what a fully active group gives; whether one who sees a reply follows or unfollows does not depend on it`,
  tolerance: (v: number) =>
    `edge up to ${v} is fine with them; every bit past it costs ${P.offence} approval, more than any weight earns: where a joke "crosses the line"`,
} as const;

const FIELDS = ['outside', 'activity', 'tolerance'] as const;

/** Every field and value of a preset, in the order the docs list them. */
export function presetRows(preset: SegmentPreset): { field: string; value: string; meaning: string }[] {
  const p = SEGMENT_PRESETS[preset];
  const values = p.values as Partial<Record<ValueName, number>>;
  return [
    ...FIELDS.map((f) => ({ field: f, value: String(p[f]), meaning: FIELD_MEANINGS[f](p[f]) })),
    ...Object.entries(values).map(([name, w]) => ({
      field: `values.${name}`,
      value: signed(w!),
      meaning: valueMeaning(name as ValueName, w!, p.tolerance),
    })),
  ];
}

export const PRESET_NAMES = Object.keys(SEGMENT_PRESETS) as SegmentPreset[];

/** The presets as Markdown tables, one per preset, for docs/authoring.md. */
export function presetTables(): string {
  return PRESET_NAMES.map((preset) => {
    const rows = presetRows(preset).map((r) => `| \`${r.field}\` | ${r.value} | ${r.meaning} |`);
    return [
      `**\`${preset}\`**: ${SEGMENT_PRESETS[preset].name.en}`,
      '',
      '| field | value | what it does to a reply’s reception |',
      '|---|---|---|',
      ...rows,
    ].join('\n');
  }).join('\n\n');
}

/** One line per preset for the JSON Schema, which an editor shows on hover. */
export function presetSummary(preset: SegmentPreset): string {
  const p = SEGMENT_PRESETS[preset];
  const values = Object.entries(p.values)
    .map(([name, w]) => `${name} ${signed(w)}`)
    .join(', ');
  return `${p.name.en}: outside ${p.outside}, activity ${p.activity}, tolerance ${p.tolerance}; values ${values}`;
}

/** The `preset` field's description: every preset with its values, and how to read them. */
export function presetDescription(): string {
  return [
    'A ready-made segment to start from; only `share` is then required, its id is the preset’s name, and any field given beside it overrides the preset’s (values are merged weight by weight).',
    ...PRESET_NAMES.map((name) => `${name}: ${presetSummary(name)}.`),
    'A weight of values adds weight × the feature’s strength (0 to 1) to the segment’s approval of a reply; approval brings likes, reshares and new followers, disapproval angry replies, quote-posts and unfollows.',
    `Edge past tolerance costs ${P.offence} approval a unit. See docs/authoring.md, "Audience presets".`,
  ].join('\n');
}

/** What a weight of `values` does, whatever its size: the description of each field of `values`. */
export function valueFieldDescription(name: ValueName): string {
  const base = `How they take ${FEATURE_WORDS[name]}, from −2 (hates it) to 2 (loves it); 0 or absent, indifferent.`;
  switch (name) {
    case 'humour':
      return `${base} Adds weight × humour to their approval; an angry segment enjoys a joke less the angrier it is, and its anger costs every joke besides.`;
    case 'edge':
      return `${base} Adds weight × edge to their approval only up to the segment's tolerance; past it, every unit of edge costs ${P.offence} approval, whatever this weight.`;
    case 'speed':
      return `${base} Adds weight × speed to their approval, where speed is 1 for an instant answer and about ${Math.round(AFTER_AN_HOUR * 100) / 100} after an hour.`;
    case 'voice':
      return `${base} Adds to their approval weight × how close the reply's humour, edge, warmth and promotion sit to the brand's declared voice (1 when they match).`;
    case 'mockery':
    case 'privacyExposure':
      return `${base} Adds weight × the feature to their approval; it costs trust with every segment anyway.`;
    case 'promotion':
      return `${base} Adds weight × promotion to their approval; an angry segment takes up to 1 more off for it, as for a joke.`;
    default:
      return `${base} Adds weight × the feature's strength (0 to 1) to their approval.`;
  }
}

export const VALUE_NAMES = Object.keys(FEATURE_WORDS) as ValueName[];

const START = '<!-- presets: written by `npm run schema` from src/engine/audience/presets.ts -->';
const END = '<!-- end of presets -->';

/** A Markdown document with the presets' tables written between its markers (which it must have). */
export function withPresetTables(markdown: string): string {
  const from = markdown.indexOf(START);
  const to = markdown.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/authoring.md needs the lines ${START} and ${END}`);
  return `${markdown.slice(0, from + START.length)}\n\n${presetTables()}\n\n${markdown.slice(to)}`;
}
