import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { ScenarioSchema, SCHEMA_VERSION, type Scenario } from './scenario';

/** One thing wrong with a scenario file, worded for the instructor who wrote it. */
export interface ScenarioProblem {
  file: string;
  /** The JSON path, such as `steps[1].choices[0].next`; empty for the whole file. */
  path: string;
  /** 1-based line and column of the place, when it can be located. */
  line: number;
  column: number;
  message: string;
}

export type LoadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: ScenarioProblem[] };

/** Files larger than this are refused before parsing, to keep the game responsive. */
export const MAX_SCENARIO_BYTES = 2_000_000;

/** Formats a path as an instructor reads it: `steps[1].choices[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two items',
  PropertyNameExpected: 'a property name in double quotes was expected (is there a trailing comma?)',
  ValueExpected: 'a value was expected (is there a trailing comma?)',
  ColonExpected: 'a colon is missing after a property name',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is text after the end of the scenario',
  InvalidSymbol: 'this character is not valid JSON (strings need double quotes)',
  UnexpectedEndOfString: 'a string is not closed: a double quote is missing',
  InvalidCommentToken: 'JSON does not allow comments',
};

/**
 * Parses and validates a scenario file's text. Never throws: every problem
 * comes back as a message naming the file, the JSON path and the line.
 */
export function loadScenario(text: string, file: string): LoadResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return fail(file, '', 1, 1, `the file is ${(text.length / 1e6).toFixed(1)} MB; a scenario may be at most ${MAX_SCENARIO_BYTES / 1e6} MB`);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    return {
      ok: false,
      problems: (errors.length ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError]).slice(0, 1).map((e) => {
        const code = printParseErrorCode(e.error);
        const { line, column } = lineColumn(text, e.offset);
        return { file, path: '', line, column, message: `not valid JSON: ${SYNTAX_HINTS[code] ?? code}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(file, '', 1, 1, `not valid JSON: ${(err as Error).message}`);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return fail(file, 'schemaVersion', 1, 1, `this scenario needs a newer Brandstorm (format ${version}; this game reads ${SCHEMA_VERSION})`);
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => toProblem(issue, data, text, tree, file)) };
}

function toProblem(issue: z.core.$ZodIssue, data: unknown, text: string, tree: NonNullable<ReturnType<typeof parseTree>>, file: string): ScenarioProblem {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  // Point at the deepest part of the path that exists in the file: a missing
  // field is reported at the object that should hold it.
  let node = undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  const where = node?.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
  const { line, column } = lineColumn(text, where?.offset ?? 0);
  return { file, path: formatPath(path), line, column, message: isMissing(data, path) ? `the field "${String(path[path.length - 1])}" is missing` : friendlyMessage(issue) };
}

/** True when the path's last key is absent from an object that exists in the file. */
function isMissing(data: unknown, path: (string | number)[]): boolean {
  if (path.length === 0 || typeof path[path.length - 1] !== 'string') return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, path[path.length - 1]!);
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
  }
  return issue.message;
}

function fail(file: string, path: string, line: number, column: number, message: string): LoadResult {
  return { ok: false, problems: [{ file, path, line, column, message }] };
}

/** One line per problem: `file:line:column  path: message`. */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.path ? `${p.path}: ` : ''}${p.message}`;
}
