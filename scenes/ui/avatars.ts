import type Phaser from 'phaser';
import { loadChunk } from '../../src/shell/load-chunk';
import { colorFor } from './theme';

/** Pixels a face is drawn at: sharp at twice the size a reply row shows it. */
const SIZE = 80;
/**
 * The cast of faces simulated accounts draw from. Each account always gets
 * the same face (chosen by its handle); making faces ahead of time, while the
 * player reads the title screen, keeps a reaction's hundreds of replies from
 * decoding one picture each while they scroll in.
 */
const FACES = 96;

type Painter = (seed: string, background: string) => string;
let painter: Promise<Painter> | undefined;

/**
 * The face maker, loaded once in a chunk of its own (DiceBear's core and its
 * "Notionists Neutral" style, public domain) so the title screen does not wait
 * for it. A failed fetch is tried again a couple of times; if it still fails,
 * accounts keep their drawn initials for the rest of the visit.
 */
function loadPainter(): Promise<Painter> {
  painter ??= loadChunk(() => Promise.all([import('@dicebear/core'), import('@dicebear/notionists-neutral')])).then(
    ([{ createAvatar }, style]) =>
      (seed: string, background: string) =>
        createAvatar(style, { seed, size: SIZE, radius: 50, backgroundColor: [background] }).toString(),
    (err: unknown) => {
      console.warn('could not load the faces; accounts show their initials:', err);
      throw err;
    },
  );
  return painter;
}

/** The face an account gets, by its handle: the same every time, in every browser. */
export function faceOf(handle: string): number {
  let h = 2166136261;
  for (const ch of handle.toLowerCase()) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h % FACES;
}

const making = new Map<number, Promise<string | null>>();

/** Makes face `i` as a texture, once; resolves to its key, or null if the browser could not draw it. */
function makeFace(textures: Phaser.Textures.TextureManager, i: number): Promise<string | null> {
  const key = `face:${i}`;
  if (textures.exists(key)) return Promise.resolve(key);
  const known = making.get(i);
  if (known) return known;
  const made = loadPainter()
    .then(
      (paint) =>
        new Promise<string | null>((resolve) => {
          // The face's background is an account colour, so that faces and initials share one palette.
          const svg = paint(`brandstorm-${i}`, colorFor(`face-${i}`).toString(16).padStart(6, '0'));
          const settle = (result: string | null) => (k: string) => {
            if (k !== key) return;
            textures.off('addtexture', added);
            textures.off('onerror', failed);
            resolve(result);
          };
          const added = settle(key);
          const failed = settle(null);
          textures.on('addtexture', added);
          textures.on('onerror', failed);
          // addBase64 takes any data URI; URI-encoded, the SVG needs no base64 step.
          textures.addBase64(key, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
        }),
    )
    .catch(() => null);
  making.set(i, made);
  return made;
}

/** Makes the whole cast, one face after another, in the background (the title screen starts it). */
export async function prepareFaces(textures: Phaser.Textures.TextureManager): Promise<void> {
  for (let i = 0; i < FACES; i++) await makeFace(textures, i);
}

/**
 * The texture key of a simulated account's face. Resolves to null when it
 * cannot be made: the caller keeps the drawn initial.
 */
export function avatarFor(scene: Phaser.Scene, handle: string): Promise<string | null> {
  return makeFace(scene.textures, faceOf(handle));
}
