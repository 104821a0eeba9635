import Phaser from 'phaser';
import { DEBRIEF, localize, replyLine, type StepOutcome } from '../src/engine';
import { currentScenario } from '../src/store/actions';
import { t, type StringKey } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { formatAgo, formatCount, formatDelta, storeOf } from './ui/format';
import { PostCard } from './ui/PostCard';
import { COLORS, textStyle } from './ui/theme';

/** Real seconds the 72 simulated hours take to play out. */
const PLAY_MS = 9000;
const HORIZON_MIN = 72 * 60;
const COUNTERS: { key: StringKey; value: (s: StepOutcome) => number }[] = [
  { key: 'likes', value: (s) => s.totals.likes },
  { key: 'replies', value: (s) => s.totals.replies.positive + s.totals.replies.neutral + s.totals.replies.negative },
  { key: 'reshares', value: (s) => s.totals.reshares },
  { key: 'quotes', value: (s) => s.totals.quotes },
];

/** The audience's reaction to the last reply, played out over simulated hours. */
export class Reaction extends Phaser.Scene {
  private elapsed = 0;
  private done = false;
  private update$?: (minute: number) => void;
  private continueButton?: Button;

  constructor() {
    super('Reaction');
  }

  create(): void {
    this.elapsed = 0;
    this.done = false;
    const store = storeOf(this);
    const { locale, run } = store.getState();
    const scenario = currentScenario(store);
    const outcome = run!.outcome!;
    const step = outcome.steps[outcome.steps.length - 1]!;
    // The reply as posted: written by the trainee, or the choice's text.
    const scenarioStep = scenario.steps.find((s) => s.id === step.step)!;
    const choice = scenarioStep.choices.find((c) => c.id === step.choice);
    const posted = step.written ? step.written.text : choice?.post ? localize(choice.post, locale) : '';
    const brandColor = Phaser.Display.Color.HexStringToColor(scenario.brand.color).color;

    const header = this.add.text(60, 30, t(locale, 'reaction').toUpperCase(), textStyle(15, { bold: true, color: COLORS.accentText }));
    const clock = this.add.text(header.x + header.width + 16, 30, '', textStyle(15, { color: COLORS.muted }));
    const reply = step.silent
      ? this.add.text(60, 64, t(locale, 'silence'), textStyle(18, { color: COLORS.muted, wrap: 600 }))
      : new PostCard(this, 60, 64, 600, { name: scenario.brand.name, handle: scenario.brand.handle, time: formatAgo(step.postedAt - scenarioStep.at), text: posted, color: brandColor, fontSize: 16 });
    const replyBottom = 64 + (reply instanceof PostCard ? reply.h : reply.height);

    // Counters.
    const counterTexts = COUNTERS.map((c, i) => {
      const x = 60 + i * 152;
      this.add.graphics().fillStyle(COLORS.panel, 1).fillRoundedRect(x, replyBottom + 16, 140, 70, 10);
      this.add.text(x + 12, replyBottom + 24, t(locale, c.key), textStyle(13, { color: COLORS.muted }));
      return this.add.text(x + 12, replyBottom + 44, '0', textStyle(24, { bold: true }));
    });

    // Replies arriving.
    const streamTop = replyBottom + 104;
    const stream = this.add.container(0, 0);
    let shown = -1;

    // Follower curve.
    const chart = { x: 720, y: 64, w: 500, h: 330 };
    const first = Math.floor(outcome.steps[0]!.postedAt / 60);
    const series = outcome.series.followers.slice(first);
    const min = Math.min(...series, outcome.followers.start);
    const max = Math.max(...series, outcome.followers.start);
    const span = Math.max(1, max - min);
    this.add.graphics().fillStyle(COLORS.panel, 1).fillRoundedRect(chart.x - 16, chart.y - 8, chart.w + 32, chart.h + 100, 12);
    this.add.text(chart.x, chart.y, t(locale, 'followers'), textStyle(14, { color: COLORS.muted }));
    const followersText = this.add.text(chart.x, chart.y + 20, '', textStyle(28, { bold: true }));
    const deltaText = this.add.text(chart.x + chart.w, chart.y + 26, '', textStyle(20, { bold: true, align: 'right' })).setOrigin(1, 0);
    const curve = this.add.graphics();
    const plotTop = chart.y + 76;
    const plotH = chart.h - 110;
    const axis = this.add.graphics().lineStyle(1, COLORS.border, 1);
    for (let h = 0; h < series.length; h += 24) {
      const px = chart.x + (h / Math.max(1, series.length - 1)) * chart.w;
      axis.lineBetween(px, plotTop, px, plotTop + plotH);
      this.add.text(px, plotTop + plotH + 6, `${h} h`, textStyle(12, { color: COLORS.muted })).setOrigin(h === 0 ? 0 : h >= series.length - 2 ? 1 : 0.5, 0);
    }
    axis.lineBetween(chart.x, plotTop + plotH, chart.x + chart.w, plotTop + plotH);
    const sentimentLabel = this.add.text(chart.x, chart.y + chart.h + 8, t(locale, 'sentiment'), textStyle(14, { color: COLORS.muted }));
    const gauge = this.add.graphics();

    const stepSentiment = step.sentiment;
    const stepEnd = step.postedAt + HORIZON_MIN;
    this.update$ = (minute: number) => {
      const frac = step.silent ? 1 : shareByMinute(outcome.series.engagement, step.postedAt, minute);
      counterTexts.forEach((text, i) => text.setText(formatCount(Math.round(COUNTERS[i]!.value(step) * frac), locale)));
      const hour = Math.min(series.length - 1, Math.floor(minute / 60) - first);
      const now = series[Math.max(0, hour)] ?? outcome.followers.start;
      followersText.setText(formatCount(now, locale));
      const delta = now - outcome.followers.start;
      deltaText.setText(formatDelta(delta, locale)).setColor(delta >= 0 ? COLORS.positive : COLORS.negative);
      curve.clear().lineStyle(3, COLORS.accent, 1).beginPath();
      for (let h = 0; h <= Math.max(0, hour); h++) {
        const px = chart.x + (h / Math.max(1, series.length - 1)) * chart.w;
        const py = plotTop + plotH - ((series[h]! - min) / span) * plotH;
        if (h === 0) curve.moveTo(px, py);
        else curve.lineTo(px, py);
      }
      curve.strokePath();
      const s = stepSentiment * Math.min(1, frac * 3);
      gauge.clear().fillStyle(COLORS.panelHi, 1).fillRoundedRect(chart.x, sentimentLabel.y + 26, chart.w, 12, 6);
      gauge.fillStyle(s >= 0 ? COLORS.positiveHex : COLORS.negativeHex, 1);
      const mid = chart.x + chart.w / 2;
      gauge.fillRect(Math.min(mid, mid + (s * chart.w) / 2), sentimentLabel.y + 26, Math.abs((s * chart.w) / 2), 12);
      gauge.fillStyle(0xffffff, 1).fillRect(mid - 1, sentimentLabel.y + 22, 2, 20);
      clock.setText(t(locale, 'hoursLater', Math.max(0, Math.round((minute - step.postedAt) / 60))));
      const visible = step.replies.filter((r) => r.at <= minute).length;
      if (visible !== shown) {
        shown = visible;
        stream.removeAll(true);
        let y = streamTop;
        for (const r of step.replies.slice(Math.max(0, visible - 4), visible).reverse()) {
          const card = new PostCard(this, 60, y, 600, {
            name: r.name,
            handle: r.handle,
            time: formatAgo(Math.max(1, minute - r.at)),
            text: replyLine(scenario, r, locale),
            edge: r.sentiment === 'positive' ? COLORS.positiveHex : r.sentiment === 'negative' ? COLORS.negativeHex : 0x8899a6,
            fontSize: 15,
          });
          stream.add(card);
          y += card.h + 8;
          if (y > 690) {
            card.destroy();
            break;
          }
        }
      }
      if (minute >= stepEnd) this.finish();
    };

    const last = run!.stepId === DEBRIEF;
    new Button(this, chart.x - 16, 640, t(locale, 'skip'), () => this.skip(), { width: 160, height: 52, fontSize: 17 });
    this.continueButton = new Button(this, chart.x + 164, 640, t(locale, last ? 'toDebrief' : 'continue'), () => this.next(), { width: chart.w - 148, height: 52, primary: true, fontSize: 18 });
    this.continueButton.setAlpha(0.5);
    const kb = this.input.keyboard!;
    kb.on('keydown-ENTER', () => (this.done ? this.next() : this.skip()));
    kb.on('keydown-SPACE', () => (this.done ? this.next() : this.skip()));
    kb.on('keydown-S', () => this.skip());
    kb.on('keydown-ESC', () => this.skip());
    this.events.once('shutdown', () => kb.removeAllListeners());
    // Screen readers (and tests) learn at once that the reaction is playing; finish() adds the figures.
    showScreenText(t(locale, 'reaction'), [step.silent ? t(locale, 'silence') : `${scenario.brand.name} ${scenario.brand.handle}: ${posted}`, t(locale, 'skip')]);
    this.update$(step.postedAt);
    if (step.silent || matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
  }

  override update(_time: number, delta: number): void {
    if (this.done || !this.update$) return;
    this.elapsed = Math.min(PLAY_MS, this.elapsed + delta);
    const p = this.elapsed / PLAY_MS;
    const outcome = storeOf(this).getState().run!.outcome!;
    const step = outcome.steps[outcome.steps.length - 1]!;
    // Early minutes matter most: play them slowly, then speed up.
    this.update$(step.postedAt + HORIZON_MIN * p ** 2.2);
  }

  private skip(): void {
    if (this.done) return;
    const outcome = storeOf(this).getState().run!.outcome!;
    this.update$?.(outcome.steps[outcome.steps.length - 1]!.postedAt + HORIZON_MIN);
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.continueButton?.setAlpha(1).setFocus(true);
    const store = storeOf(this);
    const { locale, run } = store.getState();
    const outcome = run!.outcome!;
    const step = outcome.steps[outcome.steps.length - 1]!;
    const scenario = currentScenario(store);
    const posted = step.written?.text ?? scenario.steps.find((s) => s.id === step.step)?.choices.find((c) => c.id === step.choice)?.post;
    showScreenText(t(locale, 'reaction'), [
      step.silent || !posted ? t(locale, 'silence') : `${scenario.brand.name} ${scenario.brand.handle}: ${typeof posted === 'string' ? posted : localize(posted, locale)}`,
      ...COUNTERS.map((c) => `${t(locale, c.key)}: ${formatCount(c.value(step), locale)}`),
      `${t(locale, 'followers')}: ${formatCount(outcome.followers.end, locale)} (${formatDelta(outcome.followers.delta, locale)})`,
      ...step.replies.slice(-5).map((r) => `${r.name} ${r.handle}: ${replyLine(currentScenario(store), r, locale)}`),
      t(locale, run!.stepId === DEBRIEF ? 'toDebrief' : 'continue'),
    ]);
  }

  private next(): void {
    if (!this.done) return;
    this.scene.start(storeOf(this).getState().run!.stepId === DEBRIEF ? 'Debrief' : 'Feed');
  }
}

/** The share of engagement from `from` that has happened by `minute`. */
function shareByMinute(engagement: number[], from: number, minute: number): number {
  const start = Math.floor(from / 60);
  let total = 0;
  let sofar = 0;
  for (let h = start; h < engagement.length; h++) {
    total += engagement[h]!;
    if (h * 60 < minute) sofar += engagement[h]! * Math.min(1, (minute - h * 60) / 60);
  }
  return total > 0 ? sofar / total : 1;
}
