import type Phaser from 'phaser';
import { frameFor, needsRelayout, STAGE_HEIGHT, type Frame } from './frame';
import { setRenderScale } from './theme';
import type { GameStore } from '../../src/store/game-store';

const stages = new WeakMap<Phaser.Scene, Stage>();

/** The stage of a scene, once the scene has made one. */
export function stageOf(scene: Phaser.Scene): Stage | undefined {
  return stages.get(scene);
}

/** The frame for the game's current canvas size, at the player's text size. */
export function currentFrame(game: Phaser.Game): Frame {
  const store = game.registry.get('store') as GameStore | undefined;
  return frameFor(game.scale.width, game.scale.height, store?.getState().settings.textScale ?? 1);
}

/**
 * A scene's view of the window: the frame it lays out in, and a camera that
 * zooms the logical space onto the canvas and scrolls content taller than
 * the window (wheel, touch drag, Page Up/Down, Home/End, and the keyboard
 * focus, which is always scrolled into view).
 */
export class Stage {
  readonly width: number;
  readonly narrow: boolean;
  readonly margin: number;
  private frame: Frame;
  private contentHeight: number;
  private top = 0;
  private bar?: Phaser.GameObjects.Graphics;
  private readonly pinned = new Map<HTMLElement, { x: number; y: number }>();

  constructor(private readonly scene: Phaser.Scene) {
    this.frame = currentFrame(scene.game);
    this.width = this.frame.width;
    this.narrow = this.frame.narrow;
    this.margin = this.frame.margin;
    setRenderScale(this.frame.zoom);
    this.contentHeight = this.narrow ? this.frame.height : STAGE_HEIGHT;
    stages.set(scene, this);
    const onResize = () => {
      const next = currentFrame(scene.game);
      if (needsRelayout(this.frame, next)) {
        scene.scene.restart();
        return;
      }
      this.frame = next;
      this.apply();
    };
    scene.scale.on('resize', onResize);
    scene.events.once('shutdown', () => {
      scene.scale.off('resize', onResize);
      stages.delete(scene);
      for (const el of this.pinned.keys()) el.remove();
      this.pinned.clear();
    });
    this.listen();
    this.apply();
  }

  /** Logical height of the visible window. */
  get height(): number {
    return this.frame.height;
  }

  /** Tells the stage how tall the laid-out content is: centred when it fits, scrolled when not. */
  fit(contentHeight: number): this {
    this.contentHeight = Math.max(contentHeight, this.narrow ? 0 : STAGE_HEIGHT);
    this.apply();
    return this;
  }

  /** The bottom of the laid-out content (at least the window's height). */
  get contentBottom(): number {
    return Math.max(this.contentHeight, this.frame.height);
  }

  /** Whether the content is taller than the window. */
  get scrolls(): boolean {
    return this.contentHeight > this.frame.height + 1;
  }

  /** The logical y at the top of the window. */
  get scrollTop(): number {
    return this.top;
  }

  /** Scrolls as little as needed to show the band from y0 to y1 (all of it, or its top if it is taller than the window). */
  reveal(y0: number, y1: number): void {
    if (!this.scrolls) return;
    const pad = 16;
    if (y0 - pad < this.top) this.scrollTo(y0 - pad);
    else if (y1 + pad > this.top + this.frame.height) this.scrollTo(Math.min(y0 - pad, y1 + pad - this.frame.height));
  }

  /** Scrolls so that the window's top is at y (clamped to the content). */
  scrollTo(y: number): void {
    this.top = Math.max(0, Math.min(this.contentHeight - this.frame.height, y));
    this.apply();
  }

  /**
   * Places a DOM element (a form, a text area) over the canvas at a logical
   * position; it follows the zoom and the scrolling, and is removed with the
   * scene. Elements go straight into Phaser's DOM layer rather than in a
   * DOMElement game object: with one in the display list, Phaser 4's WebGL
   * renderer drew earlier texts as white boxes.
   */
  pin(el: HTMLElement, x: number, y: number): void {
    Object.assign(el.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      transformOrigin: '0 0',
      pointerEvents: 'auto',
    });
    this.scene.game.domContainer.append(el);
    this.pinned.set(el, { x, y });
    this.placePinned();
  }

  /** Moves a pinned element to another logical position. */
  movePinned(el: HTMLElement, x: number, y: number): void {
    if (!this.pinned.has(el)) return;
    this.pinned.set(el, { x, y });
    this.placePinned();
  }

  /** Takes a pinned element off the page. */
  unpin(el: HTMLElement): void {
    this.pinned.delete(el);
    el.remove();
  }

  /** The part of the logical space the window shows, and the zoom it is shown at. */
  get view(): { x: number; y: number; width: number; height: number; zoom: number } {
    const { zoom, height } = this.frame;
    const width = this.scene.scale.width / zoom;
    const y = (this.scrolls ? this.top + height / 2 : this.contentHeight / 2) - height / 2;
    return { x: this.width / 2 - width / 2, y, width, height, zoom };
  }

  private placePinned(): void {
    const { x, y, zoom } = this.view;
    for (const [el, at] of this.pinned)
      el.style.transform = `translate(${(at.x - x) * zoom}px, ${(at.y - y) * zoom}px) scale(${zoom})`;
  }

  private apply(): void {
    const cam = this.scene.cameras.main;
    const { zoom, height } = this.frame;
    cam.setZoom(zoom);
    if (!this.scrolls) this.top = 0;
    // A stage that fits is centred in the window; a taller one scrolls from its top.
    const centreY = this.scrolls ? this.top + height / 2 : this.contentHeight / 2;
    cam.centerOn(this.width / 2, centreY);
    this.drawBar();
    this.placePinned();
    this.scene.events.emit('stagemove');
  }

  /** A thin scroll bar at the right edge, when there is more to see. */
  private drawBar(): void {
    if (!this.scrolls) {
      this.bar?.clear();
      return;
    }
    this.bar ??= this.scene.add.graphics().setDepth(1000);
    const { height } = this.frame;
    const track = height - 16;
    const thumb = Math.max(40, (track * height) / this.contentHeight);
    const y = this.top + 8 + ((track - thumb) * this.top) / Math.max(1, this.contentHeight - height);
    const x = this.width + (this.scene.scale.width / this.frame.zoom - this.width) / 2 - 8;
    this.bar.clear().fillStyle(0x9aa7b3, 0.45).fillRoundedRect(x, y, 4, thumb, 2);
  }

  private listen(): void {
    const scene = this.scene;
    scene.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) =>
      this.scrollTo(this.top + dy / this.frame.zoom),
    );
    // Touch (or mouse) drag scrolls; buttons ignore a press that moved (see Button).
    let from: number | undefined;
    scene.input.on(
      'pointerdown',
      (p: Phaser.Input.Pointer) => (from = this.scrolls ? this.top + p.y / this.frame.zoom : undefined),
    );
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (from !== undefined && p.isDown) this.scrollTo(from - p.y / this.frame.zoom);
    });
    scene.input.on('pointerup', () => (from = undefined));
    const kb = scene.input.keyboard;
    if (!kb) return;
    const page = () => this.frame.height * 0.85;
    const keys: Record<string, () => void> = {
      'keydown-PAGE_DOWN': () => this.scrollTo(this.top + page()),
      'keydown-PAGE_UP': () => this.scrollTo(this.top - page()),
      'keydown-HOME': () => this.scrollTo(0),
      'keydown-END': () => this.scrollTo(this.contentHeight),
    };
    for (const [event, fn] of Object.entries(keys)) kb.on(event, fn);
    scene.events.once('shutdown', () => {
      for (const [event, fn] of Object.entries(keys)) kb.off(event, fn);
    });
  }
}
