import type Phaser from 'phaser';
import type { Locale, Outcome } from '../../src/engine';
import { t } from '../../src/i18n';
import { formatCount, formatDelta } from './format';
import { COLORS, textStyle } from './theme';

/** The follower count over the simulated hours, drawn up to the moment the reaction has reached. */
export class FollowerChart {
  readonly height: number;
  private readonly series: number[];
  private readonly first: number;
  private readonly min: number;
  private readonly span: number;
  private readonly plot: { x: number; y: number; w: number; h: number };
  private readonly count: Phaser.GameObjects.Text;
  private readonly delta: Phaser.GameObjects.Text;
  private readonly curve: Phaser.GameObjects.Graphics;
  private drawn = -1;

  constructor(
    scene: Phaser.Scene,
    rect: { x: number; y: number; width: number; height: number },
    private readonly outcome: Outcome,
    private readonly locale: Locale,
    /** The reaction shown: from the post it follows to the minute it plays until (the next decision, or 72 hours). */
    window: { from: number; until: number },
  ) {
    this.height = rect.height;
    const pad = 16;
    // The run's hours from its first post: the curve goes on across decisions.
    this.first = Math.floor(outcome.steps[0]!.postedAt / 60);
    // The axis ends where the reaction does, so that it and the clock above it say the same time.
    this.series = outcome.series.followers.slice(
      this.first,
      Math.max(this.first + 2, Math.ceil(window.until / 60) + 1),
    );
    this.min = Math.min(...this.series, outcome.followers.start);
    this.span = Math.max(1, Math.max(...this.series, outcome.followers.start) - this.min);
    scene.add.graphics().fillStyle(COLORS.panel, 1).fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 12);
    scene.add.text(rect.x + pad, rect.y + 10, t(locale, 'followers'), textStyle(14, { color: COLORS.muted }));
    this.count = scene.add.text(rect.x + pad, rect.y + 30, '', textStyle(28, { bold: true }));
    this.delta = scene.add
      .text(rect.x + rect.width - pad, rect.y + 36, '', textStyle(20, { bold: true, align: 'right' }))
      .setOrigin(1, 0);
    this.plot = { x: rect.x + pad, y: rect.y + 84, w: rect.width - 2 * pad, h: rect.height - 84 - 34 };
    const axis = scene.add.graphics().lineStyle(1, COLORS.border, 1);
    const hours = this.series.length;
    // Ticks count the hours since this post, as the clock does: 0 h at the post.
    const postHour = window.from / 60 - this.first;
    const spanHours = (window.until - window.from) / 60;
    const every = spanHours <= 6 ? 1 : spanHours <= 24 ? 6 : 24;
    for (let k = 0; postHour + k <= hours - 1 + 1e-9; k += every) {
      const h = postHour + k;
      const px = this.plot.x + (h / Math.max(1, hours - 1)) * this.plot.w;
      axis.lineBetween(px, this.plot.y, px, this.plot.y + this.plot.h);
      scene.add
        .text(px, this.plot.y + this.plot.h + 6, `${k} h`, textStyle(12, { color: COLORS.muted }))
        .setOrigin(h < 1 ? 0 : h >= hours - 2 ? 1 : 0.5, 0);
    }
    axis.lineBetween(this.plot.x, this.plot.y + this.plot.h, this.plot.x + this.plot.w, this.plot.y + this.plot.h);
    this.curve = scene.add.graphics();
  }

  /** Draws the curve and the count as they stand at this simulated minute. */
  show(minute: number): void {
    const { series, plot, outcome, locale } = this;
    const hour = Math.max(0, Math.min(series.length - 1, Math.floor(minute / 60) - this.first));
    // The curve moves by the hour: nothing to redraw within one.
    if (hour === this.drawn) return;
    this.drawn = hour;
    const now = series[hour] ?? outcome.followers.start;
    this.count.setText(formatCount(now, locale));
    const change = now - outcome.followers.start;
    this.delta.setText(formatDelta(change, locale)).setColor(change >= 0 ? COLORS.positive : COLORS.negative);
    this.curve
      .clear()
      .lineStyle(3, change >= 0 ? COLORS.accent : COLORS.negativeHex, 1)
      .beginPath();
    for (let h = 0; h <= hour; h++) {
      const px = plot.x + (h / Math.max(1, series.length - 1)) * plot.w;
      const py = plot.y + plot.h - ((series[h]! - this.min) / this.span) * plot.h;
      if (h === 0) this.curve.moveTo(px, py);
      else this.curve.lineTo(px, py);
    }
    this.curve.strokePath();
  }
}
