import type Phaser from 'phaser';
import { localize, type Locale, type Scenario, type StepOutcome } from '../../src/engine';
import { t } from '../../src/i18n';
import { COLORS, textStyle } from './theme';

/** Most segments a panel lists; the rest weigh little on screen and stay in the debrief. */
const MOST = 5;

/**
 * The mood of the reaction: the overall sentiment, and how each audience
 * segment is taking the reply, on diverging bars (blue for warm, orange for
 * angry: told apart with any colour vision).
 */
export class SentimentPanel {
  readonly height: number;
  private readonly bars: { valence: number; y: number }[] = [];
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly bar: { x: number; w: number };
  private drawn = -1;

  constructor(
    scene: Phaser.Scene,
    rect: { x: number; y: number; width: number },
    scenario: Scenario,
    step: StepOutcome,
    locale: Locale,
  ) {
    const pad = 16;
    const labelW = Math.min(200, rect.width * 0.42);
    this.bar = { x: rect.x + pad + labelW + 10, w: rect.width - 2 * pad - labelW - 10 };
    scene.add.text(rect.x + pad, rect.y + 14, t(locale, 'sentiment'), textStyle(15, { bold: true }));
    this.bars.push({ valence: step.sentiment, y: rect.y + 18 });
    let y = rect.y + 46;
    if (!step.silent) {
      scene.add.text(rect.x + pad, y, t(locale, 'whoReacts'), textStyle(13, { color: COLORS.muted }));
      y += 24;
      const segments = [...step.segments].sort((a, b) => b.exposures - a.exposures).slice(0, MOST);
      for (const s of segments) {
        const name = scenario.audience.segments.find((seg) => seg.id === s.segment)?.name;
        // A long name wraps under itself, its bar level with its first line: cut short, "Young streamers who love a r…" said nothing.
        const label = scene.add
          .text(rect.x + pad, y, name ? localize(name, locale) : s.segment, textStyle(13, { wrap: labelW }))
          .setData('role', 'segment');
        this.bars.push({ valence: s.valence, y: y + 3 });
        y += Math.max(24, label.height + 8);
      }
    }
    this.height = y - rect.y + 6;
    const bg = scene.add
      .graphics()
      .fillStyle(COLORS.panel, 1)
      .fillRoundedRect(rect.x, rect.y, rect.width, this.height, 12);
    bg.setDepth(-1);
    this.g = scene.add.graphics();
  }

  /** Draws the bars grown to this share of their final length. */
  show(share: number): void {
    // A hundredth of a bar is under a pixel: skip frames that would draw the same.
    const step = Math.round(share * 100);
    if (step === this.drawn) return;
    this.drawn = step;
    const { g, bar } = this;
    g.clear();
    const mid = bar.x + bar.w / 2;
    for (const [i, b] of this.bars.entries()) {
      const h = i === 0 ? 12 : 10;
      g.fillStyle(COLORS.panelHi, 1).fillRoundedRect(bar.x, b.y, bar.w, h, h / 2);
      const v = b.valence * share;
      g.fillStyle(v >= 0 ? COLORS.positiveHex : COLORS.negativeHex, 1);
      g.fillRect(Math.min(mid, mid + (v * bar.w) / 2), b.y, Math.abs((v * bar.w) / 2), h);
      g.fillStyle(0xffffff, 0.9).fillRect(mid - 1, b.y - 3, 2, h + 6);
    }
  }
}
