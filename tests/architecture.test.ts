import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const engine = sources(join(process.cwd(), 'src', 'engine'));

describe('the engine stays pure', () => {
  it('has source files to check', () => {
    expect(engine.length).toBeGreaterThan(10);
  });

  it.each(engine.map((f) => [f.slice(process.cwd().length + 1), f]))(
    '%s imports no Phaser, DOM, store or scene code',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec).not.toMatch(/^phaser|zustand|\/store\/|\/scenes\/|\/game\//);
        // Relative imports stay inside the engine.
        if (spec.startsWith('.')) expect(join(file, '..', spec)).toContain(join('src', 'engine'));
      }
    },
  );

  it.each(engine.map((f) => [f.slice(process.cwd().length + 1), f]))(
    '%s reads no clock, global randomness or page',
    (_name, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(
        /Math\.random|Date\.now|new Date\(|performance\.now|\bwindow\.|\bdocument\.|localStorage|fetch\(/,
      );
    },
  );

  it.each(engine.map((f) => [f.slice(process.cwd().length + 1), f]))(
    '%s keeps no mutable state at module level',
    (_name, file) => {
      expect(moduleState(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('would refuse the module-level state the engine used to keep', () => {
    expect(moduleState('let runHours: Hourly | null = null;')).toHaveLength(1);
    expect(moduleState('export var n = 0;')).toHaveLength(1);
    expect(moduleState('const scenarioCues = new WeakMap<object, CueSet>();')).toHaveLength(1);
    expect(moduleState('const HOUR_OF_BIN = new Int32Array(BINS);')).toHaveLength(1);
    expect(moduleState('const KEYS = Object.freeze(new Set(LOCALES));')).toHaveLength(1);
    expect(moduleState('const seen: string[] = [];')).toHaveLength(1);
    expect(moduleState('export const cache = {} as Record<string, number>;')).toHaveLength(1);
    // Constant tables and compiled patterns stay; so does state inside a function.
    expect(
      moduleState(
        "const ISO: Record<string, string> = { eng: 'en' };\nconst NAMES = ['a', 'b'] as const;\nconst EMPTY = Object.freeze({});\nconst RE = /x/u;\nfunction f() { let n = 0; const m = new Map(); return [n, m]; }",
      ),
    ).toEqual([]);
  });
});

/** Constructors whose instances can be changed in place, even when frozen (a Map, a Set, a typed array). */
const MUTABLE =
  /^(Map|Set|WeakMap|WeakSet|Array|ArrayBuffer|SharedArrayBuffer|DataView|(Big)?(Int|Uint|Float)(8|16|32|64)(Clamped)?Array)$/;

/**
 * What a module keeps at its top level that could change between calls: a
 * `let` or a `var`, a `new Map`, `Set`, `WeakMap` or typed array, or an
 * empty `[]` or `{}` (which would only be there to be filled). A table
 * written out in full, or frozen, stays.
 */
function moduleState(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const unwrap = (e: ts.Expression): ts.Expression =>
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isParenthesizedExpression(e) ||
    ts.isTypeAssertionExpression(e) ||
    ts.isNonNullExpression(e)
      ? unwrap(e.expression)
      : e;
  const frozen = (e: ts.Expression) => ts.isCallExpression(e) && e.expression.getText(file) === 'Object.freeze';
  const mutable = (init: ts.Expression): boolean => {
    const e = unwrap(init);
    if (ts.isNewExpression(e)) return MUTABLE.test(e.expression.getText(file));
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      MUTABLE.test(e.expression.expression.getText(file)) &&
      e.expression.name.text !== 'isArray'
    )
      return true;
    if (frozen(e)) return (e as ts.CallExpression).arguments.some((a) => ts.isNewExpression(unwrap(a)) && mutable(a));
    return (
      (ts.isArrayLiteralExpression(e) && e.elements.length === 0) ||
      (ts.isObjectLiteralExpression(e) && e.properties.length === 0)
    );
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const kind = list.flags & ts.NodeFlags.Let ? 'let' : list.flags & ts.NodeFlags.Const ? 'const' : 'var';
    for (const d of list.declarations) {
      const name = d.name.getText(file);
      if (kind !== 'const') found.push(`${kind} ${name}`);
      else if (d.initializer && mutable(d.initializer))
        found.push(`const ${name} = ${unwrap(d.initializer).getText(file).slice(0, 40)}`);
    }
  }
  return found;
}
