import Phaser from 'phaser';

/** Waits for the bundled fonts, so that no text is first drawn in a fallback face. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    // main.ts asked for the fonts as the page opened.
    const fonts = this.registry.get('fonts') as Promise<unknown>;
    // A missing font is not worth a blank screen: go on after a short wait at most.
    void Promise.race([fonts, new Promise((r) => setTimeout(r, 1500))]).finally(() => this.scene.start('Preloader'));
  }
}
