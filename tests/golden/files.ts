import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Where the golden outcomes are kept: one gzipped JSON-lines file per library scenario. */
export const GOLDEN_DIR = join('tests', 'golden', 'outcomes');

/** The library's scenario files, by name. */
export function libraryFiles(): string[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
}

/** The golden file of a scenario id. */
export const goldenPath = (id: string): string => join(GOLDEN_DIR, `${id}.jsonl.gz`);

/** The recorded lines of a scenario, or null when none are recorded. */
export function readGolden(id: string): string[] | null {
  try {
    return gunzipSync(readFileSync(goldenPath(id)))
      .toString('utf8')
      .split('\n');
  } catch {
    return null;
  }
}

/** The first place two JSON texts differ, as a path and both values, for a reviewable message. */
export function firstDifference(recorded: string, now: string): string {
  const walk = (a: unknown, b: unknown, at: string): string | null => {
    if (JSON.stringify(a) === JSON.stringify(b)) return null;
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        const d = walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`);
        if (d) return d;
      }
      return `${at}: key order changed`;
    }
    return `${at}: recorded ${JSON.stringify(a)?.slice(0, 200)}, now ${JSON.stringify(b)?.slice(0, 200)}`;
  };
  return walk(JSON.parse(recorded), JSON.parse(now), '') ?? 'identical';
}
