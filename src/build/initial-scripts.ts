import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts a built page loads before anything is shown (the entry and its static imports), with their gzip sizes. */
export function initialScripts(outDir: string): { file: string; gzip: number }[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const found = [...new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!))];
  return found.map((file) => ({ file, gzip: gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length }));
}
