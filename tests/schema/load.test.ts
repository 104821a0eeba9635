import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../src/engine';

const FILE = 'rippon-kondo.json';
const original = readFileSync(`scenarios/${FILE}`, 'utf8');

/** The 1-based line and column of the first occurrence of `needle` in the original file. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the file`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function problems(text: string) {
  const result = loadScenario(text, FILE);
  if (result.ok) throw new Error('the broken file was accepted');
  return result.problems;
}

describe('loading scenario files', () => {
  it('accepts the Rippon scenario', () => {
    expect(loadScenario(original, FILE).ok).toBe(true);
  });

  it('points at a syntax error with its line and column', () => {
    const broken = original.replace('"year": 2019,', '"year": 2019,,');
    const [p, ...rest] = problems(broken);
    expect(rest).toEqual([]);
    expect(p!.file).toBe(FILE);
    const place = placeOf(original, '"year": 2019,');
    expect(p!.line).toBe(place.line);
    expect(p!.message).toMatch(/^not valid JSON/);
    expect(formatProblem(p!)).toMatch(new RegExp(`^${FILE}:${place.line}:\\d+ +not valid JSON`));
  });

  it('names a missing field and the object that lacks it', () => {
    const broken = original.replace(/\n  "briefing": \{[\s\S]*?\n  \},/, '');
    const [p] = problems(broken);
    expect(p).toMatchObject({ path: 'briefing', line: 1, column: 1, message: 'the field "briefing" is missing' });
  });

  it('says which next step does not exist, suggests the nearest one and points at it', () => {
    const broken = original.replace('"next": "debrief"', '"next": "debreif"');
    const [p] = problems(broken);
    expect(p!.path).toBe('steps[0].choices[0].next');
    expect(p!.message).toBe('step "the-joke" has a choice "witty" whose next step "debreif" does not exist (use "debrief" to end the scenario)');
    expect(p).toMatchObject(placeOf(broken, '"next": "debreif"'));
  });

  it('finds a step that nobody can reach', () => {
    const data = JSON.parse(original);
    data.steps.push({ ...structuredClone(data.steps[0]), id: 'orphan' });
    const [p] = problems(JSON.stringify(data, null, 2));
    expect(p!.path).toBe('steps[1]');
    expect(p!.message).toContain('step "orphan" cannot be reached');
  });

  it('finds a step that loops forever', () => {
    const data = JSON.parse(original);
    const loop = structuredClone(data.steps[0]);
    loop.id = 'loop';
    for (const c of loop.choices) c.next = 'loop';
    data.steps.push(loop);
    data.steps[0].choices[0].next = 'loop';
    const found = problems(JSON.stringify(data, null, 2));
    expect(found.map((p) => p.message)).toContain('step "loop" never leads to the debrief: every path from it loops forever');
  });

  it('reports a misspelt field and a missing translation', () => {
    const typo = problems(original.replace('"minutes": 5', '"minuets": 5'));
    expect(typo.map((p) => p.message)).toContain('unknown field "minuets": check the spelling');
    const untranslated = problems(original.replace(',\n    "it": "Adam Rippon e la gioia di Marie Kondo"', ''));
    expect(untranslated[0]).toMatchObject({ path: 'title', message: 'missing the "it" text (the scenario declares en, fr, it)' });
  });

  it('refuses a scenario written for a newer format', () => {
    const [p] = problems(original.replace('"schemaVersion": 1', '"schemaVersion": 2'));
    expect(p!.message).toContain('needs a newer Brandstorm');
  });
});

describe('audience segments from presets', () => {
  const withFamilies = (segment: object) => {
    const data = JSON.parse(original);
    data.audience.segments[2] = segment;
    return loadScenario(JSON.stringify(data, null, 2), FILE);
  };

  it('fills a segment from its preset and keeps what the author gave', () => {
    const r = withFamilies({ preset: 'families', share: 0.2, tolerance: 0.1, values: { humour: 1.5 } });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    const families = r.scenario.audience.segments[2]!;
    expect(families).toMatchObject({ id: 'families', share: 0.2, tolerance: 0.1, activity: 0.4 });
    expect(families.values).toMatchObject({ humour: 1.5, profanity: -2 });
    expect(families.name).toMatchObject({ en: 'Families', fr: 'Familles', it: 'Famiglie' });
  });

  it('names the presets when one is misspelt', () => {
    const r = withFamilies({ preset: 'famillies', share: 0.2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message)).toContain('preset must be one of "young-irreverent", "loyal-customers", "families", "media", "privacy-minded", "wider-public"');
  });
});
