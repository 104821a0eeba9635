import Phaser from 'phaser';
import { Bell } from './Bell';
import { Button } from './Button';
import { stageOf } from './Stage';

/** Something drawn on screen, in the stage's logical pixels. */
export interface LaidOut {
  kind: 'text' | 'button' | 'badge';
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** What a text stands for, where the scene says (`segment`: an audience segment's name). */
  role?: string;
  /** Whether the text was cut short with "…" to fit (see ellipsize). */
  ellipsized?: boolean;
  /** For a button: whether it has the keyboard focus (the feed's selection) and whether a mouse is over it. */
  focused?: boolean;
  hovered?: boolean;
}

/** What the running scene draws and where, for tests that check nothing is cut off. */
export interface LayoutReport {
  scene: string;
  /** The stage's logical width and the height its content takes. */
  width: number;
  contentHeight: number;
  narrow: boolean;
  /** The margin content keeps from the stage's sides. */
  margin: number;
  /** Canvas pixels per logical pixel: how large the text is drawn. */
  zoom: number;
  /** The logical point at the window's top left corner (it moves as the page scrolls). */
  origin: { x: number; y: number };
  items: LaidOut[];
}

/** Lists the visible texts, buttons and badges of the active scene with their bounds. */
export function layoutReport(game: Phaser.Game): LayoutReport | null {
  const scene = game.scene.getScenes(true)[0];
  const stage = scene && stageOf(scene);
  if (!scene || !stage) return null;
  const items: LaidOut[] = [];
  const visit = (obj: Phaser.GameObjects.GameObject, parentVisible: boolean) => {
    const visible = parentVisible && (obj as unknown as { visible?: boolean }).visible !== false;
    if (!visible) return;
    // Things drawn off to the side for a camera of their own (the reply stream) are clipped by design.
    const bounds = (obj as unknown as { getBounds?: () => Phaser.Geom.Rectangle }).getBounds?.();
    if (bounds && bounds.x > stage.width * 4) return;
    if (obj instanceof Phaser.GameObjects.Text && obj.text.trim() !== '' && bounds) {
      const role = obj.getData('role') as string | undefined;
      items.push({
        kind: 'text',
        text: obj.text,
        x: bounds.x,
        y: bounds.y,
        width: bounds.width,
        height: bounds.height,
        ...(role ? { role } : {}),
        ...(obj.getData('ellipsized') ? { ellipsized: true } : {}),
      });
    } else if (obj instanceof Phaser.GameObjects.Container) {
      // The bell's badge is drawn, not written: its pill is what must stay on the stage.
      const badge = obj instanceof Bell ? obj.badgeBounds() : null;
      if (badge)
        items.push({ kind: 'badge', text: obj.name, x: badge.x, y: badge.y, width: badge.width, height: badge.height });
      if (obj.input?.enabled) {
        // A button's size is its hit area (set with setSize), not the bounds of what it draws.
        const m = obj.getWorldTransformMatrix();
        const label = obj.list.find((c): c is Phaser.GameObjects.Text => c instanceof Phaser.GameObjects.Text);
        const state = obj instanceof Button ? { focused: obj.isFocused, hovered: obj.isHovered } : {};
        items.push({
          kind: 'button',
          text: label?.text ?? '',
          x: m.tx,
          y: m.ty,
          width: obj.width * m.scaleX,
          height: obj.height * m.scaleY,
          ...state,
        });
      }
      for (const child of obj.list) visit(child, visible);
    }
  };
  for (const obj of scene.children.list) visit(obj, true);
  const view = stage.view;
  return {
    scene: scene.scene.key,
    width: stage.width,
    contentHeight: stage.contentBottom,
    narrow: stage.narrow,
    margin: stage.margin,
    zoom: view.zoom,
    origin: { x: view.x, y: view.y },
    items,
  };
}
