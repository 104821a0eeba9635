import Phaser from 'phaser';
import { localize, type Locale, type TimelineEntry } from '../src/engine';
import { currentScenario } from '../src/store/actions';
import { finishedRun, openWhatIf, runTimeline } from '../src/store/explore';
import { duration, formatSigned, labelled, t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { storeOf } from './ui/registry';
import { Stage } from './ui/Stage';
import { COLORS, textStyle } from './ui/theme';
import { decisionLabel } from '../src/i18n/whatif';
import { quote } from '../src/i18n';

type Drawn = Phaser.GameObjects.GameObject;
const STORM = 0xff9f43;
/** Tick spacings for the time axis, in simulated hours: the smallest that gives at most eight ticks. */
const TICKS = [1, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440];

/**
 * The run as a timeline of decisions: every reaction in simulated time with
 * each decision marked where it was posted and the hour a storm began, then a
 * card per decision with when it was due, how long the reply took (or that
 * the clock ran out) and what it set off. Enter on a decision opens the
 * "what if" there.
 */
export class Timeline extends Phaser.Scene {
  private focus = 0;
  private drawn: Drawn[] = [];
  private bands: { top: number; bottom: number }[] = [];
  private stage?: Stage;

  constructor() {
    super('Timeline');
  }

  create(): void {
    this.focus = 0;
    this.drawn = [];
    this.stage = new Stage(this);
    const count = () => finishedRun(storeOf(this)).transcript.decisions.length;
    const kb = this.input.keyboard!;
    const move = (d: number) => (event: KeyboardEvent) => {
      event.preventDefault();
      this.focus = (this.focus + d + count() + 1) % (count() + 1);
      this.render();
    };
    for (const key of ['LEFT', 'UP']) kb.on(`keydown-${key}`, move(-1));
    for (const key of ['RIGHT', 'DOWN']) kb.on(`keydown-${key}`, move(1));
    kb.on('keydown-TAB', (event: KeyboardEvent) => move(event.shiftKey ? -1 : 1)(event));
    const activate = (event: KeyboardEvent) => {
      event.preventDefault();
      this.open(this.focus);
    };
    kb.on('keydown-ENTER', activate);
    kb.on('keydown-SPACE', activate);
    kb.on('keydown-ESC', () => this.scene.start('Debrief'));
    this.events.once('shutdown', () => {
      kb.removeAllListeners();
    });
    this.render();
  }

  /** A decision opens the "what if" there; past the last one is the way back. */
  private open(i: number): void {
    const store = storeOf(this);
    if (i >= finishedRun(store).transcript.decisions.length) return void this.scene.start('Debrief');
    openWhatIf(store, i);
    this.scene.start('WhatIf');
  }

  /** Lays the scene out from the screen's size: cards side by side on a wide screen, stacked on a narrow one. */
  private render(): void {
    for (const d of this.drawn) d.destroy();
    this.drawn = [];
    this.bands = [];
    const store = storeOf(this);
    const { locale } = store.getState();
    const scenario = currentScenario(store);
    const { transcript } = finishedRun(store);
    const timeline = runTimeline(store);
    const entries = timeline.entries;
    const stage = this.stage!;
    const w = stage.width;
    const h = stage.narrow ? stage.height : 720;
    const wide = !stage.narrow;
    const m = wide ? 40 : 16;
    const add = <T extends Drawn>(o: T): T => {
      this.drawn.push(o);
      return o;
    };
    const text = (x: number, y: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle) =>
      add(this.add.text(x, y, s, style));
    const lines: string[] = [];

    const title = `${t(locale, 'timeline')} · ${localize(scenario.title, locale)}`;
    const header = text(
      m,
      24,
      title.toUpperCase(),
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: w - 2 * m }),
    );
    const first = timeline.firstStorm;
    const summary = [
      entries.length > 1
        ? t(locale, 'spanOf', { n: entries.length, t: duration(entries.at(-1)!.postedAt, locale) })
        : '',
      !first
        ? t(locale, 'noStormRun')
        : first.hour === 0
          ? t(locale, 'firstStormAtStart', { i: first.index + 1 })
          : t(locale, 'firstStorm', {
              i: first.index + 1,
              t: duration(Math.max(first.hour * 60, entries[first.index]!.postedAt), locale),
            }),
    ]
      .filter(Boolean)
      .join(' · ');
    const summaryText = text(
      m,
      header.y + header.height + 8,
      summary,
      textStyle(16, { color: first ? COLORS.negative : COLORS.text, wrap: w - 2 * m }),
    );
    lines.push(summary);

    const stripTop = summaryText.y + summaryText.height + 14;
    const stripH = wide ? Math.min(190, Math.max(150, h * 0.26)) : 170;
    lines.push(...this.strip(m, stripTop, w - 2 * m, stripH, entries, locale));

    // One card per decision: side by side on a wide screen, stacked on a narrow one.
    const gap = 16;
    const colW = wide
      ? Math.min(entries.length === 1 ? 560 : 400, (w - 2 * m - gap * (entries.length - 1)) / entries.length)
      : w - 2 * m;
    const cardsTop = stripTop + stripH + 16;
    const cards = entries.map((e, i) => {
      const step = scenario.steps.find((s) => s.id === e.step);
      const reply = transcript.decisions[i] ? decisionLabel(scenario, transcript.decisions[i]!, locale) : '';
      return this.card(e, colW, reply, step ? localize(step.title, locale) : e.step, locale);
    });
    const rowH = Math.max(...cards.map((c) => c.height));
    let y = cardsTop;
    cards.forEach((c, i) => {
      const x = wide ? m + i * (colW + gap) : m;
      const top = wide ? cardsTop : y;
      const height = wide ? rowH : c.height;
      const focused = this.focus === i;
      c.bg.fillStyle(focused ? COLORS.panelHi : COLORS.panel, 1).fillRoundedRect(0, 0, colW, height, 12);
      c.bg
        .lineStyle(focused ? 3 : 1, focused ? COLORS.focus : COLORS.border, 1)
        .strokeRoundedRect(0, 0, colW, height, 12);
      c.container.setPosition(x, top);
      const zone = add(this.add.zone(x, top, colW, height).setOrigin(0).setInteractive({ useHandCursor: true }));
      zone.on('pointerup', () => {
        if (this.focus === i) {
          this.open(i);
          return;
        }
        this.focus = i;
        this.render();
      });
      this.bands.push({ top, bottom: top + height });
      lines.push(c.line);
      y = top + height + gap;
    });

    const backY = Math.max(wide ? cardsTop + rowH + 20 : y + 8, wide ? h - 68 : 0);
    const back = add(
      new Button(this, m, backY, t(locale, 'backToDebrief'), () => this.scene.start('Debrief'), {
        width: wide ? 280 : w - 2 * m,
        height: 48,
        fontSize: 16,
      }),
    );
    back.setFocus(this.focus >= entries.length);
    this.bands.push({ top: backY, bottom: backY + back.bh });
    if (wide)
      text(
        m + 300,
        backY + 14,
        t(locale, 'timelineKeys'),
        textStyle(13, { color: COLORS.muted, wrap: w - 2 * m - 300 }),
      );
    lines.push(t(locale, 'backToDebrief'), t(locale, 'timelineKeys'));
    this.stage?.fit(backY + back.bh + 16);
    const band = this.bands[this.focus];
    if (band) this.stage?.reveal(band.top, band.bottom);
    showScreenText(title, lines);
  }

  /**
   * Every reaction of the run on one simulated-time axis: approving above the
   * line, angry below, each decision numbered where its reply went out (with
   * a bracket back to when it was due), and a bolt where a storm began.
   */
  private strip(x: number, y: number, w: number, h: number, entries: TimelineEntry[], locale: Locale): string[] {
    const g = this.add.graphics();
    this.drawn.push(g);
    const label = (lx: number, ly: number, s: string, size: number, color: string, origin = 0) => {
      const t = this.add.text(lx, ly, s, textStyle(size, { bold: true, color })).setOrigin(origin, 0);
      this.drawn.push(t);
      return t;
    };
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, y, w, h, 12);
    const head = label(x + 16, y + 10, t(locale, 'wholeRun'), 13, COLORS.muted);
    // The legend sits beside the title where there is room, under it on a narrow screen.
    const legendY = w >= 640 ? y + 10 : head.y + head.height + 4;
    const angryLabel = label(x + w - 16, legendY, `▼ ${t(locale, 'angry')}`, 12, COLORS.muted, 1);
    g.fillStyle(STORM, 1).fillRect(angryLabel.x - angryLabel.width - 14, legendY + 4, 10, 10);
    const approvingLabel = label(
      angryLabel.x - angryLabel.width - 28,
      legendY,
      `▲ ${t(locale, 'approving')}`,
      12,
      COLORS.muted,
      1,
    );
    g.fillStyle(COLORS.positiveHex, 1).fillRect(approvingLabel.x - approvingLabel.width - 14, legendY + 4, 10, 10);
    const left = x + 16;
    const innerW = w - 32;
    const markTop = Math.max(head.y + head.height, angryLabel.y + angryLabel.height) + 8;
    const top = markTop + 26;
    const bottom = y + h - 24;
    const mid = top + (bottom - top) * 0.62;

    // Hours of the run, in columns a few pixels wide.
    const totalHours = Math.max(1, ...entries.map((e) => Math.floor(e.postedAt / 60) + e.hourly.approving.length));
    const cols = Math.max(1, Math.min(totalHours, Math.floor(innerW / 4)));
    const approving = new Array<number>(cols).fill(0);
    const angry = new Array<number>(cols).fill(0);
    const hourly = new Array<number>(totalHours).fill(0);
    for (const e of entries) {
      const from = Math.floor(e.postedAt / 60);
      e.hourly.approving.forEach((v, i) => {
        const c = Math.min(cols - 1, Math.floor(((from + i) * cols) / totalHours));
        approving[c]! += v;
        angry[c]! += e.hourly.angry[i]!;
        hourly[from + i]! += v + e.hourly.angry[i]!;
      });
    }
    const peak = Math.max(1, ...approving, ...angry);
    const colW = innerW / cols;
    for (let c = 0; c < cols; c++) {
      const up = Math.sqrt(approving[c]! / peak) * (mid - top);
      const down = Math.sqrt(angry[c]! / peak) * (bottom - mid);
      if (up > 0.5) g.fillStyle(COLORS.positiveHex, 1).fillRect(left + c * colW, mid - up, Math.max(1, colW - 1), up);
      if (down > 0.5) g.fillStyle(STORM, 1).fillRect(left + c * colW, mid, Math.max(1, colW - 1), down);
    }
    g.lineStyle(1, COLORS.border, 1).lineBetween(left, mid, left + innerW, mid);
    const at = (minutes: number) => left + Math.min(1, minutes / 60 / totalHours) * innerW;
    const step = TICKS.find((t) => totalHours / t <= 8) ?? TICKS.at(-1)!;
    for (let hr = 0; hr <= totalHours; hr += step) {
      g.lineStyle(1, COLORS.border, 1).lineBetween(at(hr * 60), bottom, at(hr * 60), bottom + 4);
      label(at(hr * 60), bottom + 5, hr === 0 ? '0' : duration(hr * 60, locale), 11, COLORS.muted, hr === 0 ? 0 : 0.5);
    }

    // Decisions: a bracket from when each was due to when its reply went out, and its number.
    entries.forEach((e) => {
      const due = at(e.dueAt);
      const post = at(e.postedAt);
      const color = e.timedOut ? STORM : e.silent ? COLORS.border : COLORS.accent;
      g.lineStyle(2, 0x9aa7b3, 0.9).lineBetween(due, markTop + 10, post, markTop + 10);
      g.lineBetween(due, markTop + 5, due, markTop + 15);
      g.lineStyle(1, color, 0.8).lineBetween(post, markTop + 10, post, bottom);
      g.fillStyle(color, 1).fillCircle(post, markTop + 10, 10);
      label(post, markTop + 2, e.timedOut ? '⏱' : String(e.index + 1), 12, '#ffffff', 0.5);
      if (e.storm) {
        const sx = at(e.storm.hour * 60);
        g.lineStyle(2, STORM, 1).lineBetween(sx, mid, sx, bottom);
        label(sx + 3, bottom - 18, '⚡', 13, COLORS.negative);
      }
    });
    const busiest = hourly.indexOf(Math.max(...hourly));
    return [
      t(locale, 'wholeRun'),
      t(locale, 'peakAt', { t: duration(busiest * 60, locale), n: Math.round(hourly[busiest] ?? 0) }),
    ];
  }

  /** One decision's card, drawn at the origin of a container the caller places and frames. */
  private card(
    e: TimelineEntry,
    width: number,
    reply: string,
    stepTitle: string,
    locale: Locale,
  ): { container: Phaser.GameObjects.Container; bg: Phaser.GameObjects.Graphics; height: number; line: string } {
    const container = this.add.container(0, 0);
    this.drawn.push(container);
    const bg = this.add.graphics();
    container.add(bg);
    const pad = 14;
    const inner = width - 2 * pad;
    let cy = 12;
    const text = (s: string, style: Phaser.Types.GameObjects.Text.TextStyle, after = 4) => {
      const t = this.add.text(pad, cy, s, style);
      container.add(t);
      cy += t.height + after;
      return t;
    };
    const when = e.dueAt === 0 ? t(locale, 'atStart') : t(locale, 'after', { t: duration(e.dueAt, locale) });
    text(
      `${t(locale, 'decision', { n: e.index + 1 })} · ${when}`,
      textStyle(12, { bold: true, color: COLORS.muted, wrap: inner }),
      2,
    );
    text(stepTitle, textStyle(15, { bold: true, wrap: inner }), 4);
    text(quote(reply, locale), textStyle(14, { color: COLORS.neutral, wrap: inner }), 8);
    // How long the reply took: the bar fills over two simulated hours.
    const timing = e.timedOut
      ? t(locale, 'timedOut')
      : e.silent
        ? t(locale, 'silent')
        : t(locale, 'answeredIn', { t: duration(e.tookMinutes, locale) });
    text(
      timing,
      textStyle(13, { bold: e.timedOut, color: e.timedOut ? COLORS.negative : COLORS.text, wrap: inner }),
      4,
    );
    const bar = this.add.graphics();
    container.add(bar);
    bar.fillStyle(COLORS.panelHi, 1).fillRoundedRect(pad, cy, inner, 6, 3);
    if (!e.silent)
      bar
        .fillStyle(e.tookMinutes <= 15 ? COLORS.accent : e.tookMinutes <= 60 ? COLORS.focus : STORM, 1)
        .fillRoundedRect(pad, cy, Math.max(6, (inner * Math.min(120, e.tookMinutes)) / 120), 6, 3);
    cy += 16;
    const sentiment = formatSigned(e.sentiment, locale);
    const figures = [
      t(locale, 'reactions', { n: e.reactions }),
      t(locale, 'sentimentValue', { n: sentiment }),
      t(locale, 'followerDelta', {
        sign: e.followers > 0 ? '+' : e.followers < 0 ? '−' : '',
        n: Math.abs(e.followers),
      }),
    ].join(' · ');
    text(figures, textStyle(13, { wrap: inner }), 6);
    const storm = e.storm
      ? t(locale, 'storm', {
          t:
            e.storm.minutesAfterPost < 60
              ? t(locale, 'stormAtOnce')
              : t(locale, 'stormLater', { t: duration(e.storm.minutesAfterPost, locale) }),
          n: e.storm.angry,
        })
      : t(locale, 'noStorm');
    text(
      storm,
      textStyle(13, { bold: e.storm !== null, color: e.storm ? COLORS.negative : COLORS.muted, wrap: inner }),
      0,
    );
    return {
      container,
      bg,
      height: cy + 14,
      line: labelled(
        locale,
        `${t(locale, 'decision', { n: e.index + 1 })}, ${stepTitle} (${when})`,
        `${quote(reply, locale)}. ${timing}. ${figures}. ${storm}.`,
      ),
    };
  }
}
