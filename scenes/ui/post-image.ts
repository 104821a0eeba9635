import { ASSETS_PREFIX, inAssets, type PostImage } from '../../src/engine';
import type { CatalogEntry } from '../../src/store/game-store';

/**
 * Where the game finds a post's image: a file of the game's own server, never another site.
 * An `assets/` image is served at the game's root (Vite's public folder); a file name, next to the
 * library's scenario files. A scenario opened from a file or a link, or served for a class or a
 * team, has no folder: `noFolder`, and the post shows the alternative text instead.
 */
export function imageUrl(image: PostImage, entry: CatalogEntry | undefined): string | 'noFolder' {
  if (inAssets(image.src)) return image.src.slice(ASSETS_PREFIX.length);
  if (!entry || entry.imported || entry.served) return 'noFolder';
  return `scenarios/${image.src}`;
}

/** The texture an image is loaded under: one per file, kept for the next time it is shown. */
export const imageKey = (url: string): string => `post-image:${url}`;
