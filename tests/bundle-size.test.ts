import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** The production build made once for the run (tests/e2e/support/build-once.ts). */
const outDir = inject('gameBuild');

/** The scripts the page loads before anything is shown: the entry and its static imports. */
function initialScripts(): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const found = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

describe('the production build', () => {
  it('loads at most 500 KB of gzipped JavaScript before the title screen', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((s) => ({ s, gzip: gzipSync(readFileSync(join(outDir, s)), { level: 9 }).length }));
    const total = sizes.reduce((sum, x) => sum + x.gzip, 0);
    console.log(`initial JavaScript: ${sizes.map((x) => `${x.s} ${(x.gzip / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThan(500 * 1024);
  });

  it('ships the scenario files and their index beside the game', () => {
    const index = JSON.parse(readFileSync(join(outDir, 'scenarios', 'index.json'), 'utf8')) as string[];
    expect(index).toContain('rippon-kondo.json');
    for (const file of index) expect(() => JSON.parse(readFileSync(join(outDir, 'scenarios', file), 'utf8'))).not.toThrow();
  });
});
