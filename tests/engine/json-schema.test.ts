import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/build/json-schema';

const checkedIn = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(checkedIn);

describe('scenarios/scenario.schema.json, for editors', () => {
  it('is what `npm run schema` writes from the Zod schema today (run it after changing the schema)', () => {
    expect(checkedIn).toEqual(scenarioJsonSchema());
  });

  it('explains fields with the schema’s doc comments', () => {
    const step = checkedIn.properties.steps.items;
    expect(step.properties.freeText.description).toMatch(/write their own reply/);
    expect(checkedIn.properties.brand.properties.voice.description).toBeTruthy();
  });

  it('describes a post’s image: where its file may be, and its alternative text', () => {
    const image = checkedIn.properties.steps.items.properties.feed.items.properties.image;
    expect(image.required).toEqual(['src', 'alt']);
    expect(image.properties.src.description).toMatch(/scenario's own folder .* `assets\/` folder/);
    expect(image.properties.src.maxLength).toBe(200);
    expect(image.properties.alt.description).toMatch(/in each of the scenario's languages/);
  });

  it('is referenced by every scenario, and accepts every scenario of the library', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
      expect(data.$schema, file).toBe('./scenario.schema.json');
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accepts a segment that names a preset and gives only its share, and asks for every field without one', () => {
    const data = JSON.parse(readFileSync(`scenarios/${files[0]}`, 'utf8'));
    data.audience.segments[0] = { preset: 'families', share: data.audience.segments[0].share };
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    data.audience.segments[0] = { id: 'x', share: data.audience.segments[0].share };
    expect(validate(data)).toBe(false);
  });

  it('flags, as the instructor types, a misspelt field and a feature out of range', () => {
    const data = JSON.parse(readFileSync(`scenarios/${files[0]}`, 'utf8'));
    data.titel = data.title;
    data.steps[0].choices[0].features = { humour: 3 };
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      expect.arrayContaining([
        ' must NOT have additional properties',
        '/steps/0/choices/0/features/humour must be <= 1',
      ]),
    );
  });
});
