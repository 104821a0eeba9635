/**
 * How the window is mapped onto the logical space scenes lay out in.
 *
 * Wide windows get a 1280×720 stage, zoomed to fit and centred (so a
 * 2560×1440 screen draws it at twice the pixels, sharp). Narrow or portrait
 * windows (phones) get a single column between 400 and 520 logical pixels
 * wide, as tall as the content needs, scrolled like a page.
 */
export interface Frame {
  /** Logical width every layout works in. */
  width: number;
  /** Logical height of the visible window; content may be taller and scroll. */
  height: number;
  /** One column, for phones and portrait windows. */
  narrow: boolean;
  /** Canvas pixels per logical pixel. */
  zoom: number;
  /** The margin around content, in logical pixels. */
  margin: number;
}

/** The wide stage's logical size. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/** Below this width, or in portrait, the game lays out in one column. */
const NARROW_BELOW = 900;
const COLUMN_MIN = 400;
const COLUMN_MAX = 520;

/** The frame for a window of this size in CSS pixels. */
export function frameFor(windowWidth: number, windowHeight: number): Frame {
  const w = Math.max(1, windowWidth);
  const h = Math.max(1, windowHeight);
  if (w < NARROW_BELOW || w < h) {
    const width = Math.min(COLUMN_MAX, Math.max(COLUMN_MIN, w));
    const zoom = w / width;
    return { width, height: h / zoom, narrow: true, zoom, margin: 20 };
  }
  const zoom = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
  return { width: STAGE_WIDTH, height: h / zoom, narrow: false, zoom, margin: 60 };
}

/** Whether going from one frame to another needs the scenes laid out again (not only zoomed). */
export function needsRelayout(a: Frame, b: Frame): boolean {
  return a.narrow !== b.narrow || a.width !== b.width;
}
