import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

  it.each(engine.map((f) => [f.slice(process.cwd().length + 1), f]))('%s imports no Phaser, DOM, store or scene code', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec).not.toMatch(/^phaser|zustand|\/store\/|\/scenes\/|\/game\//);
      // Relative imports stay inside the engine.
      if (spec.startsWith('.')) expect(join(file, '..', spec)).toContain(join('src', 'engine'));
    }
  });

  it.each(engine.map((f) => [f.slice(process.cwd().length + 1), f]))('%s reads no clock, global randomness or page', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now|\bwindow\.|\bdocument\.|localStorage|fetch\(/);
  });
});
