import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { ScenarioSchema, SCHEMA_VERSION, type Scenario } from './scenario';
import { clip, friendlyCode } from './friendly';
import type { Coded, ProblemValues } from './problem';

/**
 * One thing wrong with a scenario file: where it is, and what it is as a code and values. Whoever
 * shows it words it from the catalogue (`problem.<code>`, filled with `values`), in the reader's language.
 */
export interface ScenarioProblem extends Coded {
  file: string;
  /** The JSON path, such as `steps[1].choices[0].next`; empty for the whole file. */
  path: string;
  /** 1-based line and column of the place, when it can be located. */
  line: number;
  column: number;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Files larger than this are refused before parsing, to keep the game responsive. */
export const MAX_SCENARIO_BYTES = 2_000_000;

/**
 * The most problems reported for one file; the rest are counted. Finding each
 * one's line takes a search of the file, and a hostile file can hold a
 * hundred thousand unknown fields; an instructor fixes the first few anyway.
 */
export const MAX_PROBLEMS = 100;

/** Deeper nesting than this is refused before parsing: the parsers recurse, and a scenario never needs it. */
const MAX_DEPTH = 64;

/** The deepest nesting of brackets outside strings, and where it first goes past MAX_DEPTH. */
function nestingDepth(text: string): { depth: number; line: number; column: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return { depth, ...lineColumn(text, i) };
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: 0, line: 1, column: 1 };
}

/** Formats a path as an instructor reads it: `steps[1].choices[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${clip(String(key))}`))
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

/** The parser's syntax errors that the catalogue explains (`problem.not-json`'s `hint`); any other is `other`. */
const EXPLAINED_SYNTAX_ERRORS: readonly string[] = [
  'CommaExpected',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidSymbol',
  'UnexpectedEndOfString',
  'InvalidCommentToken',
];

/**
 * Parses and validates a scenario file's text. Never throws: every problem
 * comes back as a code and values, with the file, the JSON path and the line.
 */
export function loadScenario(text: string, file: string): LoadResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return fail(file, '', 1, 1, {
      code: 'file-too-big',
      values: { mb: Number((text.length / 1e6).toFixed(1)), max: MAX_SCENARIO_BYTES / 1e6 },
    });
  }
  const depth = nestingDepth(text);
  if (depth.depth > MAX_DEPTH) {
    return fail(file, '', depth.line, depth.column, { code: 'too-deep', values: { max: MAX_DEPTH } });
  }
  // The syntax tree maps JSON paths to lines and columns; a valid file never needs it
  // (building it was half the time the game took to load the library), so it is built for problems only.
  const errors: ParseError[] = [];
  let data: unknown;
  let parsed = true;
  try {
    data = JSON.parse(text);
  } catch {
    parsed = false;
  }
  const tree = () => parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (!parsed) {
    if (tree() && errors.length === 0) return fail(file, '', 1, 1, { code: 'not-json', values: { hint: 'other' } });
    // Only the first syntax error: the later ones usually follow from it.
    return {
      ok: false,
      problems: [syntaxProblem(text, file, errors[0] ?? ({ error: 4, offset: 0, length: 0 } as ParseError))],
    };
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    const { line, column } = locate(text, tree()!, ['schemaVersion']);
    return fail(file, 'schemaVersion', line, column, {
      code: 'newer-format',
      values: { version, reads: SCHEMA_VERSION },
    });
  }
  const result = ScenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: toProblems(result.error.issues, data, text, tree()!, file) };
}

type Tree = NonNullable<ReturnType<typeof parseTree>>;
type Path = (string | number)[];

/** Where a JSON syntax error is, and which; a trailing or missing comma is pointed at where the comma is or belongs. */
function syntaxProblem(text: string, file: string, e: ParseError): ScenarioProblem {
  const code = printParseErrorCode(e.error);
  let offset = e.offset;
  let hint = EXPLAINED_SYNTAX_ERRORS.includes(code) ? code : 'other';
  let comma = '';
  // The parser stops at the token after the mistake; look back over blanks.
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  if (
    (code === 'PropertyNameExpected' || code === 'ValueExpected') &&
    text[before] === ',' &&
    /[}\]]/.test(text[offset] ?? '')
  ) {
    offset = before;
    hint = 'TrailingComma';
    comma = text[e.offset] ?? '';
  } else if (code === 'CommaExpected' && before >= 0) {
    offset = before + 1;
    hint = 'CommaHere';
  }
  const { line, column } = lineColumn(text, offset);
  return { file, path: '', line, column, code: 'not-json', values: { hint, before: comma } };
}

/** Finds the line and column of JSON paths in a file's text, for problems found after loading; the text is parsed once, however many are asked. */
export function locatorOf(text: string): (path: Path) => { line: number; column: number } {
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  return (path) => (tree ? locate(text, tree, path) : { line: 1, column: 1 });
}

/** The line and column of the deepest part of `path` that exists in the file: the property, not just its value. */
function locate(text: string, tree: Tree, path: Path): { line: number; column: number } {
  let node: JsonNode | undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  const where = node?.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
  return lineColumn(text, where?.offset ?? 0);
}

/**
 * Turns Zod's issues into problems. A misspelt field gives two issues (an
 * unknown field, and the real one missing): they become one message at the
 * misspelt name, with the field it was probably meant to be.
 */
function toProblems(
  issues: z.core.$ZodIssue[],
  data: unknown,
  text: string,
  tree: Tree,
  file: string,
): ScenarioProblem[] {
  const pathOf = (issue: z.core.$ZodIssue): Path =>
    issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const missing = issues.filter((i) => isMissing(data, pathOf(i)));
  // For each unknown field, the missing field of the same object it is closest to, if any is close.
  const meant = new Map<string, z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const where = formatPath(pathOf(issue));
    const siblings = missing.filter((m) => formatPath(pathOf(m).slice(0, -1)) === where);
    const names = siblings.map((m) => String(pathOf(m).at(-1)));
    for (const key of issue.keys) {
      if (names.length === 0) continue;
      const best = closest(key, names);
      if (distance(key, best) <= Math.max(2, Math.floor(key.length / 3)))
        meant.set(`${where}/${key}`, siblings[names.indexOf(best)]!);
    }
  }
  const explained = new Set(meant.values());
  const isMissingField = new Set(missing);
  const problems: ScenarioProblem[] = [];
  let more = 0;
  const add = (path: Path, coded: () => Coded) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ file, path: formatPath(path), ...locate(text, tree, path), ...coded() });
    else more++;
  };
  for (const issue of issues) {
    const path = pathOf(issue);
    if (explained.has(issue)) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = meant.get(`${formatPath(path)}/${key}`);
        const named: ProblemValues = field ? { meant: String(pathOf(field).at(-1)) } : {};
        add([...path, key], () => ({ code: 'unknown-field', values: { field: clip(key), ...named } }));
      }
    } else {
      add(path, () =>
        isMissingField.has(issue)
          ? { code: 'missing-field', values: { field: String(path.at(-1)) } }
          : friendlyCode(issue, valueAt(data, path)),
      );
    }
  }
  if (more > 0) problems.push({ file, path: '', line: 1, column: 1, code: 'more-problems', values: { n: more } });
  return problems;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    data,
  );
}

/** True when the path's last key is absent from an object that exists in the file. */
function isMissing(data: unknown, path: (string | number)[]): boolean {
  if (path.length === 0 || typeof path[path.length - 1] !== 'string') return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  return (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, path[path.length - 1]!)
  );
}

function fail(file: string, path: string, line: number, column: number, coded: Coded): LoadResult {
  return { ok: false, problems: [{ file, path, line, column, ...coded }] };
}
