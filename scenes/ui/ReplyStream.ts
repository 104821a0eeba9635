import type Phaser from 'phaser';
import { ellipsize } from './ellipsis';
import { avatarFor } from './avatars';
import { stageOf } from './Stage';
import { reducedMotion } from './registry';
import { colorFor, COLORS, textStyle } from './theme';

/** One reply as the stream shows it. */
export interface StreamReply {
  name: string;
  handle: string;
  /** "3 min", "2 h"… */
  time: string;
  text: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  /** The brand's own colour, for its answers: drawn as its initial on that colour, as its post is, never a simulated face. */
  color?: number;
}

/** Height of a row, in logical pixels: avatar, name line and two lines of text. */
const ROW_H = 78;
/** Where the stream's rows live in the world: far to the right of anything the main camera shows. */
const WORLD_X = 20_000;
const EDGE: Record<StreamReply['sentiment'], number> = {
  positive: COLORS.positiveHex,
  neutral: 0x8899a6,
  negative: COLORS.negativeHex,
};

interface Row {
  container: Phaser.GameObjects.Container;
  bg: Phaser.GameObjects.Graphics;
  initial: Phaser.GameObjects.Text;
  avatar: Phaser.GameObjects.Image;
  name: Phaser.GameObjects.Text;
  text: Phaser.GameObjects.Text;
  /** The reply it shows, by arrival order; -1 when free. */
  index: number;
}

/**
 * Replies arriving in real time, newest on top, in a window of the scene.
 *
 * A reaction can show hundreds of replies, so only the rows in view exist
 * (recycled as the stream moves), each drawn once when it enters; the window
 * is a camera of its own, which clips the rows without a mask. New replies
 * slide in from the top; a reader who scrolled down to older ones keeps
 * their place and sees how many new ones wait above.
 */
export class ReplyStream {
  private readonly replies: StreamReply[] = [];
  private readonly rows: Row[] = [];
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  /** Logical pixels scrolled down from the newest reply. */
  private offset = 0;
  /** What is left of the slide-in of the latest arrivals. */
  private slide = 0;
  private unseen = 0;
  private readonly pill: Phaser.GameObjects.Text;
  /** The stream's y at the top of the part of its window on screen. */
  private viewTop = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly rect: { x: number; y: number; width: number; height: number },
    private readonly labels: { newReplies: (n: number) => string },
  ) {
    this.camera = scene.cameras.add(0, 0, 1, 1).setName('replies').setBackgroundColor(COLORS.bg);
    // The main camera never looks this far right; this camera looks nowhere else.
    this.pill = scene.add
      .text(WORLD_X + rect.width / 2, 8, '', textStyle(14, { bold: true, color: '#0b1117' }))
      .setOrigin(0.5, 0)
      .setPadding(12, 6, 12, 6)
      .setBackgroundColor('#4db5ff')
      .setVisible(false)
      .setDepth(10);
    this.pill.setInteractive({ useHandCursor: true }).on('pointerup', () => this.toNewest());
    const count = Math.ceil(rect.height / ROW_H) + 2;
    for (let i = 0; i < count; i++) this.rows.push(this.makeRow());
    scene.input.on('wheel', this.onWheel, this);
    scene.events.on('stagemove', this.place, this);
    scene.events.on('update', this.tick, this);
    scene.events.once('shutdown', () => {
      scene.input.off('wheel', this.onWheel, this);
      scene.events.off('stagemove', this.place, this);
      scene.events.off('update', this.tick, this);
      scene.cameras.remove(this.camera);
    });
    this.place();
  }

  /** How many replies have arrived. */
  get length(): number {
    return this.replies.length;
  }

  /** Adds replies that just arrived, oldest first. */
  add(replies: StreamReply[]): void {
    if (replies.length === 0) return;
    this.replies.push(...replies);
    const shift = replies.length * ROW_H;
    if (this.offset > 0) {
      // Keep the reader's place: the rows they read stay where they are.
      this.offset += shift;
      this.unseen += replies.length;
    } else if (!reducedMotion(this.scene)) {
      this.slide = Math.min(this.slide + shift, this.rect.height);
    }
    this.render();
  }

  /** Scrolls back to the newest reply. */
  toNewest(): void {
    this.offset = 0;
    this.unseen = 0;
    this.render();
  }

  private onWheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    const p = pointer.positionToCamera(this.camera) as Phaser.Math.Vector2;
    const inside = p.x >= WORLD_X && p.x <= WORLD_X + this.rect.width && p.y >= 0 && p.y <= this.rect.height;
    if (!inside || !this.camera.visible) return;
    const max = Math.max(0, this.replies.length * ROW_H - this.rect.height);
    this.offset = Math.max(0, Math.min(max, this.offset + dy));
    if (this.offset === 0) this.unseen = 0;
    this.render();
  }

  private tick(_time: number, delta: number): void {
    if (this.slide <= 0.5) return;
    // Ease the newest rows down into place.
    this.slide *= 0.5 ** (delta / 90);
    if (this.slide <= 0.5) this.slide = 0;
    this.render();
  }

  /** Puts the stream's camera over its window on the canvas, following the stage's zoom and scroll. */
  private place(): void {
    const view = stageOf(this.scene)?.view;
    if (!view) return;
    const { zoom } = view;
    const top = Math.max(this.rect.y, view.y);
    const bottom = Math.min(this.rect.y + this.rect.height, view.y + view.height);
    const visible = bottom > top;
    this.camera.setVisible(visible);
    if (!visible) return;
    this.camera.setViewport(
      Math.round((this.rect.x - view.x) * zoom),
      Math.round((top - view.y) * zoom),
      Math.round(this.rect.width * zoom),
      Math.round((bottom - top) * zoom),
    );
    this.camera.setZoom(zoom);
    this.viewTop = top - this.rect.y;
    this.camera.centerOn(WORLD_X + this.rect.width / 2, this.viewTop + (bottom - top) / 2);
    this.pill.setY(this.viewTop + 8);
  }

  private render(): void {
    const n = this.replies.length;
    // Row k from the top shows reply n-1-k; it sits at k·ROW_H − offset − slide.
    const shiftPx = this.offset + this.slide;
    const first = Math.max(0, Math.floor(shiftPx / ROW_H));
    const last = Math.min(n - 1, Math.ceil((shiftPx + this.rect.height) / ROW_H));
    const wanted = new Set<number>();
    for (let k = first; k <= last; k++) wanted.add(n - 1 - k);
    for (const row of this.rows) if (row.index >= 0 && !wanted.has(row.index)) this.release(row);
    for (const index of wanted) {
      const row = this.rows.find((r) => r.index === index) ?? this.claim(index);
      if (!row) continue;
      const k = n - 1 - index;
      row.container.setPosition(WORLD_X, k * ROW_H - shiftPx);
    }
    this.pill.setVisible(this.unseen > 0).setText(this.labels.newReplies(this.unseen));
  }

  private makeRow(): Row {
    const s = this.scene;
    const w = this.rect.width;
    const bg = s.add.graphics();
    const initial = s.add.text(34, 30, '', textStyle(16, { bold: true, color: '#ffffff' })).setOrigin(0.5);
    const avatar = s.add.image(34, 30, '__DEFAULT').setVisible(false);
    const name = s.add.text(62, 8, '', textStyle(14, { bold: true }));
    const text = s.add.text(62, 29, '', { ...textStyle(14, { wrap: w - 76 }), maxLines: 2 });
    const container = s.add.container(WORLD_X, -1000, [bg, initial, avatar, name, text]).setVisible(false);
    return { container, bg, initial, avatar, name, text, index: -1 };
  }

  private claim(index: number): Row | undefined {
    const row = this.rows.find((r) => r.index < 0);
    if (!row) return undefined;
    const reply = this.replies[index]!;
    const w = this.rect.width;
    row.index = index;
    row.bg
      .clear()
      .fillStyle(COLORS.panel, 1)
      .fillRoundedRect(0, 2, w, ROW_H - 6, 10);
    row.bg.fillStyle(EDGE[reply.sentiment], 1).fillRect(0, 12, 4, ROW_H - 26);
    row.bg.fillStyle(reply.color ?? colorFor(reply.handle), 1).fillCircle(34, 30, 18);
    row.initial.setText(reply.name.charAt(0).toUpperCase()).setVisible(true);
    row.avatar.setVisible(false);
    // The account's face, once made; the drawn initial meanwhile (or for good, if it cannot be). The brand keeps its initial.
    if (reply.color === undefined)
      void avatarFor(this.scene, reply.handle).then((key) => {
        if (!key || row.index !== index || !row.avatar.scene) return;
        row.avatar.setTexture(key).setDisplaySize(36, 36).setVisible(true);
        row.initial.setVisible(false);
      });
    row.name.setText(`${reply.name}  ·  ${reply.handle} · ${reply.time}`);
    // Long names lose their handle rather than overflow the row.
    if (row.name.width > w - 76) ellipsize(row.name.setText(`${reply.name} · ${reply.time}`), w - 76);
    row.text.setText(reply.text);
    row.container.setVisible(true);
    return row;
  }

  private release(row: Row): void {
    row.index = -1;
    row.container.setVisible(false);
  }
}
