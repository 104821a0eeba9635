import type Phaser from 'phaser';
import { GraduationCap, Heart, MessageCircle, Quote, Repeat2, Settings, Timer, Trophy } from 'lucide-static';

/** The Lucide icons the interface draws, by name. */
const ICONS = {
  heart: Heart,
  reply: MessageCircle,
  reshare: Repeat2,
  quote: Quote,
  trophy: Trophy,
  class: GraduationCap,
  settings: Settings,
  timer: Timer,
} as const;

export type IconName = keyof typeof ICONS;

/** Pixels the icons are rasterised at: enough to stay sharp at the stage's largest zooms. */
const RASTER = 96;

/**
 * Queues every icon for the loader, drawn white on transparent so that a
 * tint colours it. Lucide's SVGs draw with `currentColor`, which an image
 * outside a page has none of.
 */
export function loadIcons(load: Phaser.Loader.LoaderPlugin): void {
  for (const [name, svg] of Object.entries(ICONS)) {
    const white = svg.replaceAll('currentColor', '#ffffff');
    load.svg(`icon-${name}`, `data:image/svg+xml;base64,${btoa(white)}`, { width: RASTER, height: RASTER });
  }
}

/** An icon of `size` logical pixels, centred on (x, y), in `color`. */
export function addIcon(
  scene: Phaser.Scene,
  x: number,
  y: number,
  name: IconName,
  size: number,
  color: number,
): Phaser.GameObjects.Image {
  return scene.add.image(x, y, `icon-${name}`).setDisplaySize(size, size).setTint(color);
}
