import Phaser from 'phaser';
import { avatarFor } from './avatars';
import { addIcon, type IconName } from './icons';
import { addPostText } from './RichText';
import { colorFor, COLORS, textStyle } from './theme';

export interface PostView {
  name: string;
  handle: string;
  /** "3 min", "2 h"… */
  time: string;
  text: string;
  /** Colour of the avatar; derived from the handle when absent. */
  color?: number;
  /** The post's counters (replies, reshares, likes), each with its icon and, for screen readers, its name. */
  counts?: { icon: IconName; value: string; label: string }[];
  note?: string;
  /** A small tag after the handle, such as "rival brand". */
  badge?: string;
  /**
   * A picture posted with the text: the texture it was loaded as; or, when it cannot be shown,
   * its alternative text in a box, with a note that says why.
   */
  image?: { texture: string } | { alt: string; note: string };
  /** Tints the card's left edge: for sentiment of a reply. */
  edge?: number;
  fontSize?: number;
}

/** A social post as a card: avatar, name, handle and time, text, counters. */
export class PostCard extends Phaser.GameObjects.Container {
  readonly h: number;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, post: PostView) {
    super(scene, x, y);
    const size = post.fontSize ?? 17;
    const pad = 14;
    const avatar = 40;
    const textX = pad + avatar + 12;
    const textWidth = width - textX - pad;
    const initial = scene.add
      .text(
        pad + avatar / 2,
        pad + avatar / 2,
        post.name.trim().charAt(0).toUpperCase() || '?',
        textStyle(18, { bold: true, color: '#ffffff' }),
      )
      .setOrigin(0.5);
    const name = scene.add.text(textX, pad, post.name, textStyle(size - 1, { bold: true }));
    const meta = scene.add.text(
      textX + name.width + 8,
      pad + 1,
      `${post.handle} · ${post.time}${post.badge ? ` · ${post.badge.toUpperCase()}` : ''}`,
      textStyle(size - 3, { color: post.badge ? COLORS.negative : COLORS.muted }),
    );
    if (meta.x + meta.width > width - pad) meta.setText(post.time);
    const body = addPostText(scene, textX, pad + name.height + 4, post.text, size, textWidth);
    let bottom = pad + name.height + 4 + body.height;
    const extra: Phaser.GameObjects.GameObject[] = [];
    if (post.image) {
      const drawn = drawImage(scene, textX, bottom + 10, textWidth, post.image, size);
      extra.push(...drawn.objects);
      bottom = drawn.bottom;
    }
    if (post.counts?.length) {
      // A row of counters as on a real feed: icon and figure, evenly spaced.
      let cx = textX;
      let rowBottom = bottom;
      for (const c of post.counts) {
        const figure = scene.add.text(cx + size + 4, bottom + 8, c.value, textStyle(size - 3, { color: COLORS.muted }));
        const icon = addIcon(scene, cx + (size - 2) / 2, figure.y + figure.height / 2, c.icon, size - 2, 0x9aa7b3);
        icon.setName(c.label);
        extra.push(icon, figure);
        cx = figure.x + figure.width + 28;
        rowBottom = figure.y + figure.height;
      }
      bottom = rowBottom;
    }
    if (post.note) {
      const note = scene.add.text(
        textX,
        bottom + 6,
        post.note,
        textStyle(size - 4, { color: COLORS.muted, wrap: textWidth }),
      );
      note.setFontStyle('italic');
      extra.push(note);
      bottom = note.y + note.height;
    }
    this.h = Math.max(bottom, pad + avatar) + pad;
    const bg = scene.add.graphics();
    bg.fillStyle(COLORS.panel, 1).fillRoundedRect(0, 0, width, this.h, 12);
    bg.lineStyle(1, COLORS.border, 1).strokeRoundedRect(0, 0, width, this.h, 12);
    if (post.edge !== undefined) bg.fillStyle(post.edge, 1).fillRect(0, 10, 4, this.h - 20);
    bg.fillStyle(post.color ?? colorFor(post.handle), 1).fillCircle(pad + avatar / 2, pad + avatar / 2, avatar / 2);
    this.add([bg, initial, name, meta, ...body.objects, ...extra]);
    this.setSize(width, this.h);
    scene.add.existing(this);
    // People get a generated face; a brand (given its colour) keeps its drawn logo, never a copied one.
    if (post.color === undefined) {
      void avatarFor(scene, post.handle).then((key) => {
        if (!key || !this.scene) return;
        this.addAt(scene.add.image(pad + avatar / 2, pad + avatar / 2, key).setDisplaySize(avatar, avatar), 1);
        initial.setVisible(false);
      });
    }
  }
}

/** The tallest a post's image is drawn: a feed shows a picture, not a poster. */
const IMAGE_MAX_HEIGHT = 220;

/**
 * A post's image scaled to fit the text's width and IMAGE_MAX_HEIGHT, its proportions kept; or a
 * box with the alternative text and why the image is not shown, so that a post is never blank.
 */
function drawImage(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  image: NonNullable<PostView['image']>,
  size: number,
): { objects: Phaser.GameObjects.GameObject[]; bottom: number } {
  if ('texture' in image) {
    const picture = scene.add.image(x, y, image.texture).setOrigin(0, 0);
    const scale = Math.min(width / picture.width, IMAGE_MAX_HEIGHT / picture.height);
    picture.setScale(scale);
    const frame = scene.add.graphics();
    frame.lineStyle(1, COLORS.border, 1).strokeRect(x, y, picture.displayWidth, picture.displayHeight);
    return { objects: [picture, frame], bottom: y + picture.displayHeight };
  }
  const inset = 12;
  const alt = scene.add.text(x + inset, y + inset, image.alt, textStyle(size - 2, { wrap: width - 2 * inset }));
  const note = scene.add
    .text(
      x + inset,
      alt.y + alt.height + 6,
      image.note,
      textStyle(size - 5, { color: COLORS.muted, wrap: width - 2 * inset }),
    )
    .setFontStyle('italic');
  const height = note.y + note.height + inset - y;
  const box = scene.add.graphics();
  box.fillStyle(COLORS.panelHi, 1).fillRoundedRect(x, y, width, height, 8);
  box.lineStyle(1, COLORS.border, 1).strokeRoundedRect(x, y, width, height, 8);
  return { objects: [box, alt, note], bottom: y + height };
}
