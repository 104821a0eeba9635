import Phaser from 'phaser';
import { addIcon, type IconName } from './icons';
import { COLORS, textStyle } from './theme';

export interface ButtonOptions {
  width: number;
  height?: number;
  /** Smaller second line under the label. */
  detail?: string;
  primary?: boolean;
  fontSize?: number;
  /** An icon before the label. */
  icon?: IconName;
  /** What a click or a tap does, where it differs from Enter (on the feed a click selects a reply and Enter posts it). */
  onPointer?: () => void;
}

const pressLogs = new WeakMap<Phaser.Scene, { any: boolean }>();

/** Whether the running scene has had a press yet: Phaser reuses a scene's object, so this starts again with each start. */
function pressesSeen(scene: Phaser.Scene): { any: boolean } {
  let log = pressLogs.get(scene);
  if (!log) {
    const fresh = { any: false };
    log = fresh;
    pressLogs.set(scene, fresh);
    // The scene hears of a press after the buttons under it have.
    scene.input.on('pointerdown', () => (fresh.any = true));
    scene.events.once('shutdown', () => pressLogs.delete(scene));
  }
  return log;
}

/**
 * A button that works with the mouse, touch and the keyboard (through a
 * FocusGroup), with a visible focus ring.
 */
export class Button extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private focused = false;
  private hovered = false;
  readonly bw: number;
  readonly bh: number;
  private readonly onPointer?: () => void;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    text: string,
    readonly onActivate: () => void,
    private readonly opts: ButtonOptions,
  ) {
    super(scene, x, y);
    this.bw = opts.width;
    this.onPointer = opts.onPointer;
    const size = opts.fontSize ?? 18;
    const iconSize = Math.round(size * 1.2);
    const labelX = opts.icon ? 16 + iconSize + 10 : 16;
    this.label = scene.add.text(
      labelX,
      0,
      text,
      textStyle(size, { bold: true, wrap: opts.width - labelX - 16, ...(opts.primary ? { color: '#ffffff' } : {}) }),
    );
    let contentHeight = this.label.height;
    let detail: Phaser.GameObjects.Text | undefined;
    if (opts.detail) {
      detail = scene.add.text(
        16,
        0,
        opts.detail,
        textStyle(Math.max(13, size - 4), { color: COLORS.muted, wrap: opts.width - 32 }),
      );
      contentHeight += 6 + detail.height;
    }
    this.bh = Math.max(opts.height ?? 0, contentHeight + 24);
    this.label.setY((this.bh - contentHeight) / 2);
    if (detail) detail.setY(this.label.y + this.label.height + 6);
    if (opts.primary) this.label.setX((this.bw - this.label.width) / 2);
    this.bg = scene.add.graphics();
    this.add([this.bg, this.label, ...(detail ? [detail] : [])]);
    if (opts.icon)
      this.add(addIcon(scene, 16 + iconSize / 2, this.label.y + this.label.height / 2, opts.icon, iconSize, 0xe7e9ea));
    this.setSize(this.bw, this.bh);
    // Phaser tests a container's hit area from its display origin, which for a
    // container is always its centre (InputManager.pointWithinHitArea adds
    // width / 2 and height / 2 to the point). The button draws from its top
    // left, so the rectangle that covers it starts half a button in.
    this.setInteractive(
      new Phaser.Geom.Rectangle(this.bw / 2, this.bh / 2, this.bw, this.bh),
      Phaser.Geom.Rectangle.Contains,
    );
    this.on('pointerover', () => this.setHover(true));
    this.on('pointerout', () => this.setHover(false));
    // A click is a press and a release on the same button: a press that began
    // elsewhere (on the scene before this one, or on another button) does nothing.
    let pressedAt = Number.NaN;
    const presses = pressesSeen(scene);
    this.on('pointerdown', (p: Phaser.Input.Pointer) => {
      // The second press of a double click that opened this screen belongs to the button before it.
      const clicks = (p.event as MouseEvent | undefined)?.detail ?? 0;
      pressedAt = clicks >= 2 && !presses.any ? Number.NaN : p.downTime;
    });
    this.on('pointerup', (p: Phaser.Input.Pointer) => {
      // A press that moved was a scroll, not a click; the right button opens no button.
      if (p.downTime === pressedAt && p.button === 0 && p.getDistance() < 12) (this.onPointer ?? this.onActivate)();
    });
    if (this.input) this.input.cursor = 'pointer';
    this.draw();
    scene.add.existing(this);
  }

  /** Whether the keyboard focus (or, on the feed, the selection) is on this button. */
  get isFocused(): boolean {
    return this.focused;
  }

  /** Whether a mouse pointer is over this button. */
  get isHovered(): boolean {
    return this.hovered;
  }

  setFocus(on: boolean): this {
    this.focused = on;
    this.draw();
    return this;
  }

  /** Changes the label (a primary button keeps it centred). */
  setLabel(text: string): this {
    this.label.setText(text);
    if (this.opts.primary) this.label.setX((this.bw - this.label.width) / 2);
    return this;
  }

  private setHover(on: boolean): void {
    this.hovered = on;
    this.draw();
  }

  private draw(): void {
    const g = this.bg.clear();
    const fill = this.opts.primary ? COLORS.primary : this.hovered || this.focused ? COLORS.panelHi : COLORS.panel;
    g.fillStyle(fill, 1).fillRoundedRect(0, 0, this.bw, this.bh, 12);
    g.lineStyle(this.focused ? 3 : 1, this.focused ? COLORS.focus : COLORS.border, 1).strokeRoundedRect(
      0,
      0,
      this.bw,
      this.bh,
      12,
    );
  }
}
