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

/**
 * The frame for a window of this size in CSS pixels. `textScale` is the
 * player's text size: the stage is drawn at least that zoom, so a window too
 * small for the wide stage at that size gets the single column instead, centred
 * and scrolled like a page (as a web page reflows when its text is enlarged).
 */
export function frameFor(windowWidth: number, windowHeight: number, textScale = 1): Frame {
  const w = Math.max(1, windowWidth);
  const h = Math.max(1, windowHeight);
  const phoneLike = w < NARROW_BELOW || w < h;
  if (!phoneLike) {
    const zoom = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
    // At the base size the wide stage always fits the window, smaller if need be; a larger size must fit as large.
    if (textScale <= 1 || zoom >= textScale)
      return { width: STAGE_WIDTH, height: h / zoom, narrow: false, zoom, margin: 60 };
  }
  const width = Math.min(COLUMN_MAX, Math.max(COLUMN_MIN, w / textScale));
  // A phone's column fills its width; a wide window's column is drawn at the text size, centred.
  const zoom = phoneLike ? w / width : textScale;
  return { width, height: h / zoom, narrow: true, zoom, margin: 20 };
}

/** Whether going from one frame to another needs the scenes laid out again (not only zoomed). */
export function needsRelayout(a: Frame, b: Frame): boolean {
  return a.narrow !== b.narrow || a.width !== b.width;
}
