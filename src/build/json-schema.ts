import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { ScenarioSchema } from '../engine/schema/scenario';
import { PRESET_NAMES, presetDescription, presetSummary, VALUE_NAMES, valueFieldDescription } from './preset-docs';

type Json = { [key: string]: unknown };

/**
 * The JSON Schema of a scenario file, written by Zod from the same schema the
 * game checks with, plus each field's doc comment from `src/engine/schema/`
 * as its description, so that an editor explains a field as the instructor
 * types it.
 */
export function scenarioJsonSchema(schemaDir = 'src/engine/schema'): Json {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  const docs = fieldDocs(schemaDir);
  describe(schema, docs);
  presetsFillSegments(schema);
  describePresets(schema);
  return {
    ...schema,
    title: 'Brandstorm scenario',
    description: 'A Brandstorm training scenario. Check it with `npm run check -- <file>`; see docs/authoring.md.',
  };
}

/**
 * A segment that names a preset takes its other fields from it (the Zod
 * schema fills them in before checking), so with a preset only the share is
 * required; without one, every field is.
 */
function presetsFillSegments(schema: Json): void {
  const audience = (schema.properties as Record<string, Json>).audience!;
  const segment = (audience.properties as Record<string, Json>).segments!.items as Json;
  const required = segment.required as string[];
  delete segment.required;
  Object.assign(segment, {
    if: { required: ['preset'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, not a promise.
    then: { required: ['share'] },
    else: { required },
  });
}

/**
 * The presets' values and what each weight does, from the engine's own
 * presets and parameters (see `preset-docs.ts`): `enumDescriptions` is what
 * VS Code shows beside each preset as it completes the field.
 */
function describePresets(schema: Json): void {
  const audience = (schema.properties as Record<string, Json>).audience!;
  const segment = (audience.properties as Record<string, Json>).segments!.items as Json;
  const fields = segment.properties as Record<string, Json>;
  Object.assign(fields.preset!, {
    description: presetDescription(),
    enumDescriptions: (fields.preset!.enum as string[]).map((name) =>
      PRESET_NAMES.includes(name as never) ? presetSummary(name as never) : '',
    ),
  });
  const values = fields.values!.properties as Record<string, Json>;
  for (const name of VALUE_NAMES) if (values[name]) values[name].description = valueFieldDescription(name);
}

/** The doc comments of every object's fields, keyed by the object's sorted field names. */
function fieldDocs(dir: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isObjectLiteralExpression(node) &&
        ts.isCallExpression(node.parent) &&
        /(strictObject|object)$/.test(node.parent.expression.getText())
      ) {
        const fields: Record<string, string> = {};
        for (const p of node.properties) {
          const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
          const doc = ts
            .getJSDocCommentsAndTags(p)
            .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
            .join(' ')
            .trim();
          if (name && doc) fields[name] = doc.replace(/\s+/g, ' ');
        }
        const key = node.properties
          .map((p) => p.name?.getText().replace(/^['"]|['"]$/g, '') ?? '')
          .sort()
          .join(',');
        out.set(key, { ...out.get(key), ...fields });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Adds descriptions to every object of the JSON Schema whose fields match a commented Zod object. */
function describe(node: unknown, docs: Map<string, Record<string, string>>): void {
  if (Array.isArray(node)) {
    for (const n of node) describe(n, docs);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  const props = obj.properties as Record<string, Json> | undefined;
  if (props) {
    const fields = docs.get(Object.keys(props).sort().join(','));
    if (fields)
      for (const [name, doc] of Object.entries(fields))
        if (props[name] && !props[name].description) props[name] = { description: doc, ...props[name] };
  }
  for (const value of Object.values(obj)) describe(value, docs);
}
