/** The public data sets beside the checkout, which the evaluation and training commands read. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the public data sets are: `../shared/datasets/` beside the checkout, or BRANDSTORM_DATASETS. */
export const DATASETS = process.env.BRANDSTORM_DATASETS ?? join('..', 'shared', 'datasets');

/** A data set's lines, or null (with a note on the error stream) when it is not there. */
export function readLines(path: string): string[] | null {
  const full = join(DATASETS, path);
  if (!existsSync(full)) {
    console.error(`missing: ${full} (the public data sets live beside the checkout, or set BRANDSTORM_DATASETS)`);
    return null;
  }
  return readFileSync(full, 'utf8')
    .split(/\r?\n/)
    .filter((l, i, all) => l.length > 0 || i < all.length - 1);
}

/** A tweet as it was shown: some data sets write characters as "\u2019". */
export const decodeEscapes = (s: string): string =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
