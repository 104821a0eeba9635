import type Phaser from 'phaser';

/** Pixels an avatar is drawn at: sharp at twice the stage's size. */
const SIZE = 96;
/** Enough for every account a reaction shows; beyond it, accounts keep their drawn initial. */
const MAX_AVATARS = 800;

type Painter = (seed: string, background: string) => string;
let painter: Promise<Painter> | undefined;

/**
 * The avatar maker, loaded once in a chunk of its own (DiceBear's core and its
 * "Notionists Neutral" style, public domain) so the title screen does not wait for it.
 */
export function loadAvatars(): Promise<Painter> {
  return (painter ??= Promise.all([import('@dicebear/core'), import('@dicebear/notionists-neutral')]).then(
    ([{ createAvatar }, style]) =>
      (seed, background) => createAvatar(style, { seed, size: SIZE, radius: 50, backgroundColor: [background] }).toString(),
  ));
}

const making = new Map<string, Promise<string | null>>();

/**
 * The texture key of a simulated account's avatar, made once from its handle
 * (the same account always gets the same face) on a background of its colour.
 * Resolves to null when it cannot be made: the caller keeps the drawn initial.
 */
export function avatarFor(scene: Phaser.Scene, handle: string, color: number): Promise<string | null> {
  const key = `avatar:${handle}`;
  if (scene.textures.exists(key)) return Promise.resolve(key);
  const known = making.get(key);
  if (known) return known;
  if (making.size >= MAX_AVATARS) return Promise.resolve(null);
  const textures = scene.textures;
  const made = loadAvatars()
    .then(
      (paint) =>
        new Promise<string | null>((resolve) => {
          const svg = paint(handle, color.toString(16).padStart(6, '0'));
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
  making.set(key, made);
  return made;
}
