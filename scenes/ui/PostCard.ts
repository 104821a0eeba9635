import Phaser from 'phaser';
import { colorFor, COLORS, textStyle } from './theme';

export interface PostView {
  name: string;
  handle: string;
  /** "3 min", "2 h"… */
  time: string;
  text: string;
  /** Colour of the avatar; derived from the handle when absent. */
  color?: number;
  /** A line of counters, such as "♥ 1,200  ↻ 300". */
  counts?: string;
  note?: string;
  /** A small tag after the handle, such as "rival brand". */
  badge?: string;
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
    const initial = scene.add.text(pad + avatar / 2, pad + avatar / 2, post.name.trim().charAt(0).toUpperCase() || '?', textStyle(18, { bold: true, color: '#ffffff' })).setOrigin(0.5);
    const name = scene.add.text(textX, pad, post.name, textStyle(size - 1, { bold: true }));
    const meta = scene.add.text(textX + name.width + 8, pad + 1, `${post.handle} · ${post.time}${post.badge ? ` · ${post.badge.toUpperCase()}` : ''}`, textStyle(size - 3, { color: post.badge ? COLORS.negative : COLORS.muted }));
    if (meta.x + meta.width > width - pad) meta.setText(post.time);
    const body = scene.add.text(textX, pad + name.height + 4, post.text, textStyle(size, { wrap: textWidth }));
    let bottom = body.y + body.height;
    const extra: Phaser.GameObjects.Text[] = [];
    if (post.counts) {
      const counts = scene.add.text(textX, bottom + 8, post.counts, textStyle(size - 3, { color: COLORS.muted }));
      extra.push(counts);
      bottom = counts.y + counts.height;
    }
    if (post.note) {
      const note = scene.add.text(textX, bottom + 6, post.note, textStyle(size - 4, { color: COLORS.muted, wrap: textWidth }));
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
    this.add([bg, initial, name, meta, body, ...extra]);
    this.setSize(width, this.h);
    scene.add.existing(this);
  }
}
