import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build every browser test serves, made once per run. */
    gameBuild: string;
  }
}

/** Builds the game once for all browser test files (each used to build its own). */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'brandstorm-build-'));
  await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('gameBuild', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
