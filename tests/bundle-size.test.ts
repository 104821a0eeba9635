import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { initialScripts } from '../src/build/initial-scripts';

/** The production build made once for the run (tests/e2e/support/build-once.ts). */
const outDir = inject('gameBuild');

describe('the production build', () => {
  it('loads at most 500 KB of gzipped JavaScript before the title screen', () => {
    const sizes = initialScripts(outDir);
    expect(sizes.length).toBeGreaterThan(0);
    const total = sizes.reduce((sum, x) => sum + x.gzip, 0);
    console.log(
      `initial JavaScript: ${sizes.map((x) => `${x.file} ${(x.gzip / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB gzip`,
    );
    expect(total).toBeLessThan(500 * 1024);
  });

  it('ships the scenario files and their index beside the game', () => {
    const index = JSON.parse(readFileSync(join(outDir, 'scenarios', 'index.json'), 'utf8')) as string[];
    expect(index).toContain('rippon-kondo.json');
    for (const file of index)
      expect(() => JSON.parse(readFileSync(join(outDir, 'scenarios', file), 'utf8'))).not.toThrow();
  });
});
