import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioProblem } from '../../src/engine';
import { formatProblem } from '../../src/i18n/problems';
import { problemText, worded } from '../support/problems';

const FILE = 'rippon-kondo.json';
const original = readFileSync(`scenarios/${FILE}`, 'utf8');

/** The 1-based line and column of the first `needle` in `text`, moved `shift` characters on. */
function placeOf(text: string, needle: string, shift = 0): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Replaces one exact piece of the file's text, failing if it is not there (so a test cannot pass on an unchanged file). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
  return text.replace(from, to);
}

/** The one problem a broken file must give (more would bury the real mistake), with the sentence the instructor reads. */
function theProblem(text: string): ScenarioProblem & { message: string } {
  const result = loadScenario(text, FILE);
  if (result.ok) throw new Error('the broken file was accepted');
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]!.file).toBe(FILE);
  return worded(result.problems[0]!);
}

/** The file as JSON.stringify would write it after `change`, for mutations that add whole steps. */
function rewritten(change: (data: any) => void): string {
  const data = JSON.parse(original);
  change(data);
  return JSON.stringify(data, null, 2);
}

describe('loading a scenario file', () => {
  it('accepts the Rippon scenario', () => {
    expect(loadScenario(original, FILE).ok).toBe(true);
  });

  describe('bad JSON: one message with the line and column of the mistake', () => {
    it('points at a trailing comma', () => {
      const broken = edit(original, '"promotion": 0.2\n', '"promotion": 0.2,\n');
      const p = theProblem(broken);
      expect(p).toMatchObject({ path: '', ...placeOf(broken, '"promotion": 0.2,', '"promotion": 0.2'.length) });
      expect(p.message).toBe('not valid JSON: remove this comma: JSON allows no comma before }');
      expect(formatProblem(p)).toBe(
        `${FILE}:${p.line}:${p.column}  not valid JSON: remove this comma: JSON allows no comma before }`,
      );
    });

    it('points where a missing comma belongs', () => {
      const broken = edit(original, '"difficulty": 1,', '"difficulty": 1');
      const p = theProblem(broken);
      expect(p).toMatchObject({ path: '', ...placeOf(broken, '"difficulty": 1', '"difficulty": 1'.length) });
      expect(p.message).toBe('not valid JSON: a comma is missing here, between two items');
    });

    it('points at a doubled comma and at a comment', () => {
      const doubled = edit(original, '"minutes": 5,', '"minutes": 5,,');
      expect(theProblem(doubled)).toMatchObject(placeOf(doubled, ',,', 1));
      const commented = edit(original, '"minutes": 5,', '"minutes": 5, // about five');
      expect(theProblem(commented)).toMatchObject({
        ...placeOf(commented, '//'),
        message: 'not valid JSON: JSON does not allow comments',
      });
    });
  });

  it('names a missing field and points at the object that lacks it', () => {
    const broken = edit(original, '    "handle": "@netflix",\n', '');
    expect(theProblem(broken)).toMatchObject({
      path: 'brand.handle',
      message: 'the field "handle" is missing',
      ...placeOf(broken, '"brand": {'),
    });
    const noBriefing = original.replace(/\n {2}"briefing": \{[\s\S]*?\n {2}\},/, '');
    expect(theProblem(noBriefing)).toMatchObject({
      path: 'briefing',
      line: 1,
      column: 1,
      message: 'the field "briefing" is missing',
    });
  });

  describe('a next step that does not exist', () => {
    it('suggests the step it was probably meant to be, and points at it', () => {
      const broken = edit(original, '"next": "debrief"', '"next": "the-jok"');
      expect(theProblem(broken)).toMatchObject({
        path: 'steps[0].choices[0].next',
        message:
          'step "the-joke" has a choice "witty" whose next step "the-jok" does not exist; did you mean "the-joke"? (use "debrief" to end the scenario)',
        ...placeOf(broken, '"next": "the-jok"'),
      });
    });

    it('suggests "debrief" for a misspelt end', () => {
      const broken = edit(original, '"next": "debrief"', '"next": "debreif"');
      expect(theProblem(broken)).toMatchObject({
        path: 'steps[0].choices[0].next',
        message:
          'step "the-joke" has a choice "witty" whose next step "debreif" does not exist; did you mean "debrief"?',
        ...placeOf(broken, '"next": "debreif"'),
      });
    });

    it('suggests nothing when no id is close', () => {
      const broken = edit(original, '"next": "debrief"', '"next": "epilogue"');
      expect(theProblem(broken).message).toBe(
        'step "the-joke" has a choice "witty" whose next step "epilogue" does not exist (use "debrief" to end the scenario)',
      );
    });
  });

  it('finds a step that nobody can reach, and points at it', () => {
    const text = rewritten((data) => data.steps.push({ ...structuredClone(data.steps[0]), id: 'orphan' }));
    const p = theProblem(text);
    expect(p).toMatchObject({
      path: 'steps[1]',
      message: 'step "orphan" cannot be reached: no choice leads to it and it is not the start',
    });
    expect(p).toMatchObject(placeOf(text, '{\n      "id": "orphan"'));
  });

  it('finds a step that loops forever, and points at it', () => {
    const text = rewritten((data) => {
      const loop = structuredClone(data.steps[0]);
      loop.id = 'loop';
      for (const c of loop.choices) c.next = 'loop';
      delete loop.freeText;
      data.steps.push(loop);
      data.steps[0].choices[4].next = 'loop';
    });
    const p = theProblem(text);
    expect(p).toMatchObject({
      path: 'steps[1]',
      message: 'step "loop" never leads to the debrief: every path from it loops forever',
    });
    expect(p).toMatchObject(placeOf(text, '{\n      "id": "loop"'));
  });

  it('finds duplicate ids of choices and segments, and points at the second', () => {
    /** Line and column of the second occurrence of `needle`. */
    const second = (text: string, needle: string) => {
      const lines = text.slice(0, text.indexOf(needle, text.indexOf(needle) + 1)).split('\n');
      return { line: lines.length, column: lines.at(-1)!.length + 1 };
    };
    const choice = edit(original, '"id": "edgy"', '"id": "witty"');
    expect(theProblem(choice)).toMatchObject({
      path: 'steps[0].choices[1].id',
      message: 'step "the-joke" has two choices with the id "witty"',
      ...second(choice, '"id": "witty"'),
    });
    const segment = edit(original, '"id": "families"', '"id": "young-streamers"');
    expect(theProblem(segment)).toMatchObject({
      path: 'audience.segments[2].id',
      message: 'two segments have the id "young-streamers"; segment ids must be unique',
      ...second(segment, '"id": "young-streamers"'),
    });
  });

  it('names a missing translation and the text that lacks it', () => {
    const untitled = edit(original, ',\n    "it": "Adam Rippon e la gioia di Marie Kondo"', '');
    expect(theProblem(untitled)).toMatchObject({
      path: 'title',
      message: 'missing the text in it (the scenario declares en, fr, it)',
      ...placeOf(untitled, '"title": {'),
    });
    const label = edit(original, ', "fr": "Pousser le sous-entendu plus loin"', '');
    expect(theProblem(label)).toMatchObject({
      path: 'steps[0].choices[1].label',
      message: 'missing the text in fr (the scenario declares en, fr, it)',
      ...placeOf(label, '"label": { "en": "Push the innuendo further"'),
    });
  });

  it('points at a misspelt field and names the field it was meant to be', () => {
    const top = edit(original, '"minutes": 5', '"minuets": 5');
    expect(theProblem(top)).toMatchObject({
      path: 'minuets',
      message: 'unknown field "minuets": did you mean "minutes"?',
      ...placeOf(top, '"minuets"'),
    });
    const nested = edit(original, '"tolerance": 0.6', '"tolerence": 0.6');
    expect(theProblem(nested)).toMatchObject({
      path: 'audience.segments[0].tolerence',
      message: 'unknown field "tolerence": did you mean "tolerance"?',
      ...placeOf(nested, '"tolerence"'),
    });
    const extra = edit(original, '"minutes": 5', '"minutes": 5, "mood": "sunny"');
    expect(theProblem(extra)).toMatchObject({
      path: 'mood',
      message: 'unknown field "mood": check the spelling',
      ...placeOf(extra, '"mood"'),
    });
  });

  it('says what the segment shares add up to when it is not 1', () => {
    const broken = edit(original, '"share": 0.35', '"share": 0.45');
    expect(theProblem(broken)).toMatchObject({
      path: 'audience.segments',
      message: 'the segments’ shares of followers add up to 1.1; they must add up to 1',
      ...placeOf(broken, '"segments": ['),
    });
  });

  it('refuses a scenario written for a newer format, pointing at its version', () => {
    const broken = edit(original, '"schemaVersion": 1', '"schemaVersion": 2');
    expect(theProblem(broken)).toMatchObject({
      path: 'schemaVersion',
      message: 'this scenario needs a newer Brandstorm (format 2; this game reads 1)',
      ...placeOf(broken, '"schemaVersion": 2'),
    });
  });
});

describe('audience segments from presets', () => {
  const withFamilies = (segment: object) =>
    loadScenario(
      rewritten((data) => (data.audience.segments[2] = segment)),
      FILE,
    );

  it('fills a segment from its preset and keeps what the author gave', () => {
    const r = withFamilies({ preset: 'families', share: 0.2, tolerance: 0.1, values: { humour: 1.5 } });
    if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p)).join('\n'));
    const families = r.scenario.audience.segments[2]!;
    expect(families).toMatchObject({ id: 'families', share: 0.2, tolerance: 0.1, activity: 0.4 });
    expect(families.values).toMatchObject({ humour: 1.5, profanity: -2 });
    expect(families.name).toMatchObject({ en: 'Families', fr: 'Familles', it: 'Famiglie' });
  });

  it('names the presets when one is misspelt', () => {
    const r = withFamilies({ preset: 'famillies', share: 0.2 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => problemText(p))).toContain(
        'must be one of "young-irreverent", "loyal-customers", "families", "media", "privacy-minded", "wider-public", not the text "famillies"',
      );
  });
});

describe('wrong types, in words an instructor reads', () => {
  const problemAt = (from: string, to: string) => {
    const r = loadScenario(edit(original, from, to), FILE);
    if (r.ok) throw new Error('the broken file was accepted');
    return worded(r.problems[0]!);
  };

  it('names what was expected and what was found', () => {
    expect(problemAt('"minutes": 5,', '"minutes": "5",')).toMatchObject({
      path: 'minutes',
      message: 'must be a number, not the text "5"',
    });
    expect(problemAt('"followersIllustrative": true', '"followersIllustrative": "yes"')).toMatchObject({
      message: 'must be true or false, not the text "yes"',
    });
    expect(problemAt('"locales": ["en", "fr", "it"]', '"locales": "en"')).toMatchObject({
      path: 'locales',
      message: 'must be a list in square brackets, not the text "en"',
    });
    expect(problemAt('"minutes": 5,', '"minutes": 0,')).toMatchObject({
      path: 'minutes',
      message: 'must be at least 1',
    });
  });
});
