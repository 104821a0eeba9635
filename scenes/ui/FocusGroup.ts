import type Phaser from 'phaser';
import type { Button } from './Button';
import { stageOf } from './Stage';

/**
 * Keyboard navigation over a scene's buttons: arrows and Tab move the focus,
 * Enter or Space activates, digits pick a button directly, Esc goes back.
 */
export class FocusGroup {
  private index = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly buttons: Button[],
    opts: {
      onEscape?: () => void;
      digits?: boolean;
      onFocus?: (i: number) => void;
      start?: number;
      reveal?: boolean;
      /** Whether a mouse passing over a button moves the focus to it (not on the feed, where the focus is the reply about to be posted). */
      hoverFocus?: boolean;
    } = {},
  ) {
    this.onFocus = opts.onFocus;
    this.index = Math.min(opts.start ?? 0, buttons.length - 1);
    const kb = scene.input.keyboard;
    if (!kb || buttons.length === 0) return;
    const move = (d: number) => (event: KeyboardEvent) => {
      event.preventDefault();
      this.focus((this.index + d + this.buttons.length) % this.buttons.length);
    };
    kb.on('keydown-DOWN', move(1));
    kb.on('keydown-RIGHT', move(1));
    kb.on('keydown-UP', move(-1));
    kb.on('keydown-LEFT', move(-1));
    kb.on('keydown-TAB', (event: KeyboardEvent) => move(event.shiftKey ? -1 : 1)(event));
    const activate = (event: KeyboardEvent) => {
      event.preventDefault();
      this.buttons[this.index]?.onActivate();
    };
    kb.on('keydown-ENTER', activate);
    kb.on('keydown-SPACE', activate);
    if (opts.onEscape) kb.on('keydown-ESC', opts.onEscape);
    if (opts.digits) {
      kb.on('keydown', (event: KeyboardEvent) => {
        const n = Number.parseInt(event.key, 10);
        if (n >= 1 && n <= this.buttons.length) {
          this.focus(n - 1);
          this.buttons[n - 1]!.onActivate();
        }
      });
    }
    // Keys belong to this scene only while it runs.
    scene.events.once('shutdown', () => kb.removeAllListeners());
    // A pointer is where the player looks already: following it never scrolls
    // the page (it used to, under a finger that had just touched a button).
    if (opts.hoverFocus ?? true)
      for (const [i, b] of buttons.entries()) b.on('pointerover', () => this.focus(i, false));
    // A scene opens at its top, unless asked to show where the focus starts.
    this.focus(this.index, opts.reveal ?? false);
  }

  private readonly onFocus?: (i: number) => void;

  /** The index of the focused button. */
  get focused(): number {
    return this.index;
  }

  /** Moves the focus to the i-th button, scrolling it into view unless asked not to. */
  focus(i: number, reveal = true): void {
    this.buttons[this.index]?.setFocus(false);
    this.index = i;
    const b = this.buttons[i];
    b?.setFocus(true);
    if (b && reveal) {
      const r = b.getBounds();
      stageOf(this.scene)?.reveal(r.top, r.bottom);
    }
    this.onFocus?.(i);
  }
}
