import Phaser from 'phaser';
import { COLORS, textStyle } from './theme';
import { reducedMotion } from './registry';

/**
 * A notification bell with a count of what has arrived: it swings when new
 * replies come in (unless the player asked for less motion).
 */
export class Bell extends Phaser.GameObjects.Container {
  /** How far right of its centre the bell reaches with its widest badge, at any angle of its swing. */
  readonly reach: number;
  private readonly badge: Phaser.GameObjects.Container;
  private readonly dot: Phaser.GameObjects.Graphics;
  private readonly figure: Phaser.GameObjects.Text;
  private swinging?: Phaser.Tweens.Tween;

  /** A bell whose badge, however wide and however it swings, stays left of `right` (a phone's margin, not its edge). */
  constructor(
    scene: Phaser.Scene,
    right: number,
    y: number,
    private readonly label: (n: number) => string,
  ) {
    super(scene, right, y);
    const g = scene.add.graphics();
    g.fillStyle(0xe7e9ea, 1);
    // Dome and skirt of the bell, its rim and its clapper.
    g.fillRoundedRect(-8, -9, 16, 15, { tl: 8, tr: 8, bl: 1, br: 1 });
    g.fillTriangle(-8, 3, -11, 7, -8, 7);
    g.fillTriangle(8, 3, 11, 7, 8, 7);
    g.fillRoundedRect(-12, 6, 24, 3, 1.5);
    g.fillCircle(0, 11, 2.5);
    g.fillRect(-1, -12, 2, 3);
    this.dot = scene.add.graphics();
    this.figure = scene.add.text(0, -1, '99+', textStyle(11, { bold: true, color: '#0b1117' })).setOrigin(0.5);
    this.badge = scene.add.container(BADGE.x, BADGE.y, [this.dot, this.figure]).setVisible(false);
    // The farthest corner of the widest badge, from the bell's centre: no turn of the swing takes it further.
    this.reach = Math.ceil(Math.hypot(BADGE.x + BADGE.left + this.badgeWidth(), BADGE.y + BADGE.top));
    this.setX(right - this.reach);
    this.add([g, this.badge]);
    scene.add.existing(this);
  }

  /** Shows the number of notifications and swings the bell. */
  ring(n: number): void {
    this.figure.setText(n > 99 ? '99+' : String(n));
    const w = this.badgeWidth();
    this.dot
      .clear()
      .fillStyle(COLORS.negativeHex, 1)
      .fillRoundedRect(BADGE.left, BADGE.top, w, BADGE.height, BADGE.height / 2);
    this.figure.setX(BADGE.left + w / 2);
    this.badge.setVisible(n > 0);
    this.setName(this.label(n));
    if (this.swinging?.isPlaying() || reducedMotion(this.scene)) return;
    this.swinging = this.scene.tweens.add({
      targets: this,
      angle: { from: -14, to: 14 },
      duration: 90,
      yoyo: true,
      repeat: 1,
      onComplete: () => this.setAngle(0),
    });
  }

  /** The badge's rectangle in the stage's logical pixels, while it shows. */
  badgeBounds(): Phaser.Geom.Rectangle | null {
    if (!this.visible || !this.badge.visible) return null;
    const m = this.badge.getWorldTransformMatrix();
    return new Phaser.Geom.Rectangle(m.tx + BADGE.left, m.ty + BADGE.top, this.badgeWidth(), BADGE.height);
  }

  /** The badge is as wide as its figure, and round for a single digit. */
  private badgeWidth(): number {
    return Math.max(BADGE.height, Math.ceil(this.figure.width) + 10);
  }
}

/** Where the badge sits on the bell's shoulder, and its pill's top left corner and height within it. */
const BADGE = { x: 4, y: -6, left: -2, top: -9, height: 16 };
