import type { z } from 'zod';

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
