/** Colours and type used by every scene. Contrast of text on `bg` and panels is above 4.5:1 (tests/ui/palette.test.ts). */
export const COLORS = {
  bg: 0x0b1117,
  panel: 0x15202b,
  panelHi: 0x1e2d3b,
  border: 0x2f3d4a,
  text: '#e7e9ea',
  muted: '#9aa7b3',
  accent: 0x1d9bf0,
  /** Fill of primary buttons: deep enough for white labels at 4.9:1. */
  primary: 0x1673c0,
  accentText: '#4db5ff',
  focus: 0xffd166,
  positive: '#4db5ff',
  negative: '#ff9f43',
  neutral: '#c0c7ce',
  positiveHex: 0x4db5ff,
  negativeHex: 0xff9f43,
  danger: '#ffb4a9',
} as const;

export const FONT = 'Inter, system-ui, sans-serif';

/** Canvas pixels per logical pixel in the running scene, so that text is rasterised sharp at that zoom. */
let renderScale = 1;

/** Sets the zoom texts are rasterised for (the Stage calls it as a scene starts). */
export function setRenderScale(zoom: number): void {
  renderScale = zoom;
}

type Style = Phaser.Types.GameObjects.Text.TextStyle;

/** A text style: size in logical pixels, weight, colour and wrap width. */
export function textStyle(
  size: number,
  opts: { color?: string; bold?: boolean; wrap?: number; align?: 'left' | 'center' | 'right' } = {},
): Style {
  return {
    fontFamily: FONT,
    fontSize: `${size}px`,
    fontStyle: opts.bold ? '600' : '400',
    color: opts.color ?? COLORS.text,
    align: opts.align ?? 'left',
    lineSpacing: Math.round(size * 0.3),
    resolution: Math.min(3, Math.max(1, renderScale * (window.devicePixelRatio || 1))),
    ...(opts.wrap ? { wordWrap: { width: opts.wrap, useAdvancedWrap: true } } : {}),
  };
}

/** A colour for an account, stable for its handle. */
export function colorFor(handle: string): number {
  let h = 0;
  for (const ch of handle) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const palette = [0x7856ff, 0x00ba7c, 0xf91880, 0xffad1f, 0x1d9bf0, 0xff7a00, 0x17bf63, 0xe0245e];
  return palette[h % palette.length]!;
}
