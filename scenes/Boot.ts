import Phaser from 'phaser';
import { FONT } from './ui/theme';

/** Waits for the bundled fonts, so that no text is first drawn in a fallback face. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const fonts = ['400', '600', '700'].map((w) => document.fonts.load(`${w} 16px ${FONT.split(',')[0]}`));
    // A missing font is not worth a blank screen: go on after a short wait at most.
    void Promise.race([Promise.all(fonts), new Promise((r) => setTimeout(r, 1500))]).finally(() => this.scene.start('Preloader'));
  }
}
