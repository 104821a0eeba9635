import { describe, expect, it } from 'vitest';
import { COLORS } from '../../scenes/ui/theme';

// WCAG 2.1 relative luminance and contrast ratio.
const rgb = (c: string | number) => {
  const n = typeof c === 'number' ? c : Number.parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
};
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (c: string | number) => {
  const [r, g, b] = rgb(c).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string | number, b: string | number) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Colour-vision deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1.0), on linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
// CIE L*a*b* of linear sRGB (D65), for a perceptual distance between two colours.
const lab = ([r, g, b]: number[]) => {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const seenAs = (c: string, matrix?: number[][]) => {
  const lin = rgb(c).map(linear);
  const out = matrix
    ? matrix.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)))
    : lin;
  return lab(out);
};
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('the palette the canvas draws with (axe cannot read a canvas)', () => {
  const texts = {
    text: COLORS.text,
    muted: COLORS.muted,
    accentText: COLORS.accentText,
    positive: COLORS.positive,
    negative: COLORS.negative,
    neutral: COLORS.neutral,
    danger: COLORS.danger,
  };

  it('gives every text colour a contrast of at least 4.5:1 on the background and on panels', () => {
    for (const [name, color] of Object.entries(texts)) {
      for (const [under, bg] of Object.entries({ bg: COLORS.bg, panel: COLORS.panel, panelHi: COLORS.panelHi })) {
        expect(contrast(color, bg), `${name} on ${under}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // Dark text on the accent and negative badges (the new-replies pill, the bell's count).
    expect(contrast('#0b1117', COLORS.accentText)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#0b1117', COLORS.negative)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring at least 3:1 against the surfaces it sits on', () => {
    for (const bg of [COLORS.bg, COLORS.panel, COLORS.panelHi])
      expect(contrast(COLORS.focus, bg)).toBeGreaterThanOrEqual(3);
  });

  it('keeps approving and angry apart for people with any of the three colour-vision deficiencies', () => {
    for (const [name, matrix] of [['typical vision', undefined], ...Object.entries(CVD)] as [
      string,
      number[][] | undefined,
    ][]) {
      const d = distance(seenAs(COLORS.positive, matrix), seenAs(COLORS.negative, matrix));
      // ΔE*ab above 20 is two clearly different colours, not shades of one.
      expect(d, `positive vs negative, ${name}`).toBeGreaterThan(20);
      expect(
        distance(seenAs(COLORS.neutral, matrix), seenAs(COLORS.negative, matrix)),
        `neutral vs negative, ${name}`,
      ).toBeGreaterThan(20);
    }
  });
});

describe('primary buttons', () => {
  it('have white labels at 4.5:1 or more on their fill, and a fill that stands out from the page at 3:1', () => {
    expect(contrast('#ffffff', COLORS.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLORS.primary, COLORS.bg)).toBeGreaterThanOrEqual(3);
  });
});
