import Phaser from 'phaser';
import { COLORS, textStyle } from './theme';
import { reducedMotion } from './format';

/**
 * A notification bell with a count of what has arrived: it swings when new
 * replies come in (unless the player asked for less motion).
 */
export class Bell extends Phaser.GameObjects.Container {
  private readonly badge: Phaser.GameObjects.Container;
  private readonly figure: Phaser.GameObjects.Text;
  private swinging?: Phaser.Tweens.Tween;

  constructor(scene: Phaser.Scene, x: number, y: number, private readonly label: (n: number) => string) {
    super(scene, x, y);
    const g = scene.add.graphics();
    g.fillStyle(0xe7e9ea, 1);
    // Dome and skirt of the bell, its rim and its clapper.
    g.fillRoundedRect(-8, -9, 16, 15, { tl: 8, tr: 8, bl: 1, br: 1 });
    g.fillTriangle(-8, 3, -11, 7, -8, 7);
    g.fillTriangle(8, 3, 11, 7, 8, 7);
    g.fillRoundedRect(-12, 6, 24, 3, 1.5);
    g.fillCircle(0, 11, 2.5);
    g.fillRect(-1, -12, 2, 3);
    const dot = scene.add.graphics().fillStyle(COLORS.negativeHex, 1).fillRoundedRect(-2, -9, 26, 16, 8);
    this.figure = scene.add.text(11, -1, '', textStyle(11, { bold: true, color: '#0b1117' })).setOrigin(0.5);
    this.badge = scene.add.container(4, -6, [dot, this.figure]).setVisible(false);
    this.add([g, this.badge]);
    scene.add.existing(this);
  }

  /** Shows the number of notifications and swings the bell. */
  ring(n: number): void {
    this.figure.setText(n > 99 ? '99+' : String(n));
    this.badge.setVisible(n > 0);
    this.setName(this.label(n));
    if (this.swinging?.isPlaying() || reducedMotion(this.scene)) return;
    this.swinging = this.scene.tweens.add({ targets: this, angle: { from: -14, to: 14 }, duration: 90, yoyo: true, repeat: 1, onComplete: () => this.setAngle(0) });
  }
}
