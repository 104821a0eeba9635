import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

describe('npm run new-scenario', () => {
  it('writes a template that the checker passes and the simulator plays, with the best path the lesson asks for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brandstorm-new-'));
    const made = run('src/cli/new-scenario.ts', 'broken-order', dir);
    expect(made.status).toBe(0);
    const file = join(dir, 'broken-order.json');
    expect(made.stdout).toContain(`wrote ${file}: playable now`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      id: 'broken-order',
      $schema: './scenario.schema.json',
    });
    expect(run('src/cli/check.ts', file).status).toBe(0);
    const paths = JSON.parse(run('src/cli/simulate.ts', '--scenario', file, '--paths', '--json').stdout) as {
      path: string[];
    }[];
    expect(paths[0]!.path).toEqual(['own-it']);
    // Never overwrites an instructor's work.
    const again = run('src/cli/new-scenario.ts', 'broken-order', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('explains what an id looks like', () => {
    const r = run('src/cli/new-scenario.ts', 'Bad Id');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lowercase letters, digits and dashes');
  });
});
