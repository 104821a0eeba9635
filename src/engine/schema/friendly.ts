import type { z } from 'zod';
import { isProblemCode, type Coded } from './problem';

/** A name from the file as a message quotes it: cut after `max` characters, so that a hostile file's megabyte-long key makes a short message. */
export function clip(name: string, max = 40): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
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
 * A Zod issue as a code and values, worded from the catalogue by whoever shows it: a custom issue
 * of the scenario's own rules carries its code and values; a check given a code (`withCode`) keeps
 * it, with the values of its kind of issue; the others are named by the kind of issue.
 */
export function friendlyCode(issue: z.core.$ZodIssue, value: unknown): Coded {
  const byKind = codeOfKind(issue, value);
  return issue.code !== 'custom' && isProblemCode(issue.message) ? { ...byKind, code: issue.message } : byKind;
}

function codeOfKind(issue: z.core.$ZodIssue, value: unknown): Coded {
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
        ? { code: 'text-form', values: {} }
        : { code: 'wrong-form', values: got };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return { code: 'too-few-items', values: { n } };
      if (issue.origin === 'string')
        return n === 1 ? { code: 'empty', values: {} } : { code: 'too-short', values: { n } };
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
