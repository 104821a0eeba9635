import type Phaser from 'phaser';
import type { ComparisonChart, Locale } from '../../src/engine';
import { duration, t } from '../../src/i18n';
import { formatDelta } from './format';
import { COLORS, textStyle } from './theme';

/** The two paths' colours in every what-if drawing: the trainee's in the game's blue, the alternative in violet. */
export const PATH_COLORS = { mine: 0x1d9bf0, alt: 0xc77dff, mineText: '#4db5ff', altText: '#d9a6ff' } as const;

/**
 * Both paths on one chart: followers (as a change from the start) above,
 * the running net sentiment below, on one time axis in simulated hours.
 * Returns the objects drawn, for the scene to clear them on a new layout.
 */
export function drawCompareChart(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  chart: ComparisonChart,
  start: number,
  locale: Locale,
): Phaser.GameObjects.GameObject[] {
  const drawn: Phaser.GameObjects.GameObject[] = [];
  const text = (tx0: number, ty: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle) => {
    const t = scene.add.text(tx0, ty, s, style);
    drawn.push(t);
    return t;
  };
  const g = scene.add.graphics();
  drawn.push(g);
  g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, y, w, h, 12);

  // Legend.
  const legendY = y + 12;
  const legend = (lx: number, color: number, label: string, textColor: string) => {
    g.lineStyle(3, color, 1).lineBetween(lx, legendY + 9, lx + 22, legendY + 9);
    return text(lx + 28, legendY, label, textStyle(13, { bold: true, color: textColor }));
  };
  const mineLabel = legend(x + 16, PATH_COLORS.mine, t(locale, 'yourRun'), PATH_COLORS.mineText);
  legend(mineLabel.x + mineLabel.width + 24, PATH_COLORS.alt, t(locale, 'theirs'), PATH_COLORS.altText);

  const left = x + 70;
  const right = x + w - 16;
  const hours = chart.mine.followers.length;
  const px = (i: number) => left + (i / Math.max(1, hours - 1)) * (right - left);
  const top = y + 62;
  const bottom = y + h - 28;
  const gap = 44;
  const followersH = Math.round((bottom - top - gap) * 0.6);
  const sentimentTop = top + followersH + gap;
  const sentimentH = bottom - sentimentTop;

  // Followers, as change from the start.
  const all = [...chart.mine.followers, ...chart.alt.followers, start];
  let lo = Math.min(...all) - start;
  let hi = Math.max(...all) - start;
  if (hi - lo < 10) [lo, hi] = [lo - 5, hi + 5];
  const fy = (v: number) => top + followersH - ((v - start - lo) / (hi - lo)) * followersH;
  text(left, top - 26, t(locale, 'followers'), textStyle(12, { bold: true, color: COLORS.muted }));
  g.lineStyle(1, COLORS.border, 1);
  for (const v of [hi, 0, lo]) {
    // A label too close to the zero line would overlap it.
    if (v !== 0 && Math.abs(fy(start + v) - fy(start)) < 16) continue;
    const ly = fy(start + v);
    g.lineBetween(left, ly, right, ly);
    text(left - 6, ly - 8, formatDelta(Math.round(v), locale), textStyle(11, { color: COLORS.muted })).setOrigin(1, 0);
  }
  // Sentiment, −1..1.
  const sy = (v: number) => sentimentTop + sentimentH / 2 - (v * sentimentH) / 2;
  text(left, sentimentTop - 28, t(locale, 'sentimentSoFar'), textStyle(12, { bold: true, color: COLORS.muted }));
  for (const v of [1, 0, -1]) {
    g.lineBetween(left, sy(v), right, sy(v));
    text(left - 6, sy(v) - 8, v > 0 ? '+1' : v < 0 ? '−1' : '0', textStyle(11, { color: COLORS.muted })).setOrigin(
      1,
      0,
    );
  }
  // Hours.
  for (let hr = 0; hr < hours; hr += 24) {
    g.lineBetween(px(hr), bottom, px(hr), bottom + 4);
    text(px(hr), bottom + 6, duration(hr * 60, locale), textStyle(11, { color: COLORS.muted })).setOrigin(
      hr === 0 ? 0 : 0.5,
      0,
    );
  }

  // The alternative first, so the trainee's own line stays on top where they coincide.
  const line = (values: number[], map: (v: number) => number, color: number, width: number) => {
    g.lineStyle(width, color, 1).beginPath();
    values.forEach((v, i) => {
      if (i === 0) g.moveTo(px(i), map(v));
      else g.lineTo(px(i), map(v));
    });
    g.strokePath();
  };
  line(chart.alt.followers, fy, PATH_COLORS.alt, 3);
  line(chart.mine.followers, fy, PATH_COLORS.mine, 2);
  line(chart.alt.sentiment, sy, PATH_COLORS.alt, 3);
  line(chart.mine.sentiment, sy, PATH_COLORS.mine, 2);
  return drawn;
}
