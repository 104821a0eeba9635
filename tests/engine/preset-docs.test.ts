import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPresetTables } from '../../src/build/preset-docs';
import { appraise, speedOf } from '../../src/engine/audience/appraisal';
import { PARAMETERS } from '../../src/engine/audience/parameters';
import { SEGMENT_PRESETS } from '../../src/engine/audience/presets';
import { SegmentSchema } from '../../src/engine/schema/audience';
import { completeFeatures } from '../../src/engine/schema/features';

const doc = readFileSync('docs/authoring.md', 'utf8');
const schema = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
const segment = schema.properties.audience.properties.segments.items;
const presets = Object.entries(SEGMENT_PRESETS);

/** The rows of the doc's table for one preset: field → [value, meaning], read from the Markdown. */
function docRows(preset: string): Map<string, [number, string]> {
  const section = doc.split(`**\`${preset}\`**`)[1]?.split('\n\n')[1] ?? '';
  const rows = new Map<string, [number, string]>();
  for (const line of section.split('\n')) {
    const m = /^\| `([\w.]+)` \| ([^|]+) \| (.+) \|$/.exec(line);
    if (m) rows.set(m[1]!, [Number(m[2]!.replace('−', '-').replace('+', '')), m[3]!]);
  }
  return rows;
}

describe("the audience presets' documentation", () => {
  it('docs/authoring.md holds the tables `npm run schema` writes from the presets today', () => {
    expect(doc).toBe(withPresetTables(doc));
  });

  it.each(presets)('docs/authoring.md gives every value of %s as the code has it, and nothing else', (name, p) => {
    const rows = docRows(name);
    const expected = new Map<string, number>([
      ['outside', p.outside],
      ['activity', p.activity],
      ['tolerance', p.tolerance],
      ...Object.entries(p.values).map(([k, w]) => [`values.${k}`, w] as [string, number]),
    ]);
    expect(new Map([...rows].map(([k, [v]]) => [k, v]))).toEqual(expected);
  });

  it.each(presets)(
    'says what the engine does with each weight of %s: weight × strength, edge capped by tolerance',
    (name, p) => {
      const seg = SegmentSchema.parse({ preset: name, share: 1 });
      const calm = { mood: 0, trust: 0.5 };
      const none = appraise(seg, calm, completeFeatures({}), 0, 0);
      for (const [feature, w] of Object.entries(p.values)) {
        const meaning = docRows(name).get(`values.${feature}`)![1];
        const signedW = `${w > 0 ? '+' : '−'}${Math.abs(w)}`;
        if (feature === 'speed') {
          expect(appraise(seg, calm, completeFeatures({}), 0, 1) - none).toBeCloseTo(w);
          const hour = Math.round(w * speedOf(60) * 100) / 100;
          expect(meaning).toContain(`${signedW} approval when instant, +${hour} after an hour`);
        } else if (feature === 'voice') {
          expect(appraise(seg, calm, completeFeatures({}), 1, 0) - none).toBeCloseTo(w);
          expect(meaning).toContain(`${signedW} approval when it matches`);
        } else if (feature === 'edge') {
          const at = (edge: number) => appraise(seg, calm, completeFeatures({ edge }), 0, 0) - none;
          expect(at(p.tolerance)).toBeCloseTo(w * p.tolerance);
          expect(at(1)).toBeCloseTo(w * p.tolerance - PARAMETERS.offence * (1 - p.tolerance));
          expect(meaning).toContain(
            `up to their tolerance (${p.tolerance}); past it, every bit of edge costs ${PARAMETERS.offence}`,
          );
        } else {
          expect(appraise(seg, calm, completeFeatures({ [feature]: 1 }), 0, 0) - none).toBeCloseTo(w);
          expect(meaning).toContain(`${signedW} approval at full strength`);
        }
      }
      expect(docRows(name).get('tolerance')![1]).toContain(`costs ${PARAMETERS.offence} approval`);
    },
  );

  it('an angry segment enjoys a joke less, as the humour rows say', () => {
    const seg = SegmentSchema.parse({ preset: 'young-irreverent', share: 1 });
    const joke = (mood: number) =>
      appraise(seg, { mood, trust: 0.5 }, completeFeatures({ humour: 1 }), 0, 0) -
      appraise(seg, { mood, trust: 0.5 }, completeFeatures({}), 0, 0);
    expect(joke(-0.5)).toBeLessThan(joke(0));
    expect(docRows('young-irreverent').get('values.humour')![1]).toMatch(/the angrier they are, the less/);
  });
});

describe("the JSON Schema's presets, as an editor shows them", () => {
  it('describes every preset by name with each of its values', () => {
    const description: string = segment.properties.preset.description;
    for (const [name, p] of presets) {
      expect(description).toContain(`${name}: ${p.name.en}`);
      for (const [k, w] of Object.entries(p.values)) {
        const line = description.split('\n').find((l) => l.startsWith(`${name}:`))!;
        expect(line).toContain(`${k} ${w > 0 ? '+' : '−'}${Math.abs(w)}`);
      }
    }
    expect(segment.properties.preset.enumDescriptions).toHaveLength(presets.length);
  });

  it("describes what every segment field and every weight does to a reply's reception", () => {
    for (const [field, prop] of Object.entries(segment.properties as Record<string, { description?: string }>))
      expect(prop.description, field).toBeTruthy();
    for (const [weight, prop] of Object.entries(
      segment.properties.values.properties as Record<string, { description?: string }>,
    ))
      expect(prop.description, weight).toMatch(/approval/);
    expect(segment.properties.tolerance.description).toContain(`costs ${PARAMETERS.offence} approval`);
  });
});
