import type { z } from 'zod';
import type { Coded } from './problem';

const NOUNS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in double quotes',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

/** A name from the file as a message quotes it: cut after `max` characters, so that a hostile file's megabyte-long key makes a short message. */
export function clip(name: string, max = 40): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}

/** The value as an instructor would name it: the text "2019", the number 3, a list. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text "${clip(value, 30)}"`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/**
 * Rewords Zod's default messages ("Invalid input: expected number, received
 * string") for instructors ("must be a number, not the text "2019""). The
 * schema's own messages, written for instructors already, are kept.
 */
export function friendlyMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const m = issue.message;
  if (!/^(Invalid|Too small|Too big)/.test(m)) return m;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}, not ${describe(value)}`;
    case 'invalid_union':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? 'must be a text, or one text per language such as { "en": "…", "fr": "…" }'
        : `does not have the expected form (${describe(value)})`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? issue.minimum === 1
            ? 'must not be empty'
            : `needs at least ${issue.minimum} characters`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return `does not have the expected form (${describe(value)})`;
    default:
      return m;
  }
}

/** What a value is, for a message to name it in any language: its kind, and the value itself when it is short. */
function kindOf(value: unknown): { got: string; value: string } {
  if (value === null) return { got: 'null', value: '' };
  if (typeof value === 'string') return { got: 'text', value: clip(value, 30) };
  if (typeof value === 'number') return { got: 'number', value: String(value) };
  if (typeof value === 'boolean') return { got: 'boolean', value: String(value) };
  return { got: Array.isArray(value) ? 'list' : 'object', value: '' };
}

/**
 * A Zod issue as a code and values, for the game to word in the player's language: a custom
 * issue of the scenario's own rules carries its code; the others are named by the kind of issue.
 */
export function friendlyCode(issue: z.core.$ZodIssue, value: unknown): Coded {
  const got = kindOf(value);
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as Partial<Coded> | undefined;
      return params?.code ? { code: params.code, values: params.values ?? {} } : { code: 'invalid', values: got };
    }
    case 'invalid_type':
      return { code: 'wrong-type', values: { expected: issue.expected, ...got } };
    case 'invalid_value':
      return { code: 'wrong-value', values: { values: issue.values.map((v) => JSON.stringify(v)).join(', '), ...got } };
    case 'invalid_union':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { code: 'text-form' }
        : { code: 'wrong-form', values: got };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return { code: 'too-few-items', values: { n } };
      if (issue.origin === 'string') return n === 1 ? { code: 'empty' } : { code: 'too-short', values: { n } };
      return { code: 'too-small', values: { n } };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array') return { code: 'too-many-items', values: { n } };
      if (issue.origin === 'string') return { code: 'too-long', values: { n, has: String(value ?? '').length } };
      return { code: 'too-big', values: { n } };
    }
    default:
      return { code: 'wrong-form', values: got };
  }
}
