import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The npm scripts that run a file of the project (`tsx <file>`), each of which must answer --help. */
const scripts = Object.entries(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
).flatMap(([name, command]) => [...command.matchAll(/tsx (\S+\.ts)/g)].map((m) => ({ name, file: m[1]! })));

describe('every command answers --help', () => {
  it('finds the commands in package.json', () => {
    expect(scripts.map((s) => s.name)).toEqual(expect.arrayContaining(['simulate', 'check', 'new-scenario', 'team']));
  });

  it.each(scripts)('npm run $name -- --help ($file) prints its usage and does nothing else', ({ name, file }) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', file, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // `npm start` is the one script npm runs without "run".
    expect(r.stdout).toMatch(new RegExp(`^usage: npm (run )?${name}\\b`));
  });
});
