import Phaser from 'phaser';
import { isWritten, localize, replyAnalysisOptions, sameDecision, type Decision } from '../src/engine';
import { currentScenario, loadTextAnalyser } from '../src/store/actions';
import {
  closeWhatIf,
  cycleWhatIf,
  finishedRun,
  focusWhatIf,
  openWhatIf,
  pickWhatIf,
  whatIfAwaitingReply,
  whatIfExplanation,
  whatIfOptions,
  whatIfRows,
  whatIfSelected,
} from '../src/store/explore';
import { t, labelled } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { Compose } from './ui/Compose';
import { drawCompareChart, PATH_COLORS } from './ui/CompareChart';
import { formatCount, formatDelta } from './ui/format';
import { storeOf } from './ui/registry';
import { Stage } from './ui/Stage';
import { COLORS, textStyle } from './ui/theme';
import { decisionLabel, explainSegment, toneWord } from '../src/i18n/whatif';
import { duration, formatSigned, quote } from '../src/i18n';

type Drawn = Phaser.GameObjects.GameObject;

/**
 * The debrief's "what if": the trainee's decisions on the left, each with
 * another option to try; on the right both paths' scores, their follower and
 * sentiment curves on one chart, and the sentences that explain the
 * difference. Everything is computed by the store; this scene only draws.
 */
export class WhatIf extends Phaser.Scene {
  /** Focus: a decision row, or the back button after the last row. */
  private focus = 0;
  private drawn: Drawn[] = [];
  private rowBands: { top: number; bottom: number }[] = [];
  private compose?: Compose;
  private stage?: Stage;

  constructor() {
    super('WhatIf');
  }

  create(): void {
    const store = storeOf(this);
    if (!store.getState().whatIf) openWhatIf(store);
    this.focus = store.getState().whatIf!.row;
    this.compose = undefined;
    this.drawn = [];
    this.stage = new Stage(this);
    const kb = this.input.keyboard!;
    const rows = () => whatIfRows(store);
    const move = (d: number) => (event: KeyboardEvent) => {
      event.preventDefault();
      this.setFocus((this.focus + d + rows() + 1) % (rows() + 1));
    };
    kb.on('keydown-UP', move(-1));
    kb.on('keydown-DOWN', move(1));
    kb.on('keydown-TAB', (event: KeyboardEvent) => move(event.shiftKey ? -1 : 1)(event));
    kb.on('keydown-LEFT', () => this.focus < rows() && cycleWhatIf(store, -1));
    kb.on('keydown-RIGHT', () => this.focus < rows() && cycleWhatIf(store, 1));
    const activate = (event: KeyboardEvent) => {
      event.preventDefault();
      if (this.focus >= rows()) return this.back();
      const options = whatIfOptions(store, this.focus);
      if (options[whatIfSelected(store, this.focus)]?.kind === 'write') this.openCompose(this.focus);
      else cycleWhatIf(store, 1);
    };
    kb.on('keydown-ENTER', activate);
    kb.on('keydown-SPACE', activate);
    kb.on('keydown-ESC', () => this.back());
    const unsubscribe = store.subscribe((now, before) => {
      if (now.whatIf && now.whatIf !== before.whatIf) this.render();
    });
    this.events.once('shutdown', () => {
      unsubscribe();
      kb.removeAllListeners();
    });
    this.render();
  }

  private back(): void {
    closeWhatIf(storeOf(this));
    this.scene.start('Debrief');
  }

  private setFocus(i: number): void {
    this.focus = i;
    const store = storeOf(this);
    if (i < whatIfRows(store)) focusWhatIf(store, i);
    else this.render();
  }

  /** Lays the whole scene out from the screen's size: two columns on a wide screen, one on a narrow one. */
  private render(): void {
    if (this.compose?.isOpen) return;
    for (const d of this.drawn) d.destroy();
    this.drawn = [];
    const store = storeOf(this);
    const state = store.getState().whatIf;
    if (!state) return;
    const { locale } = store.getState();
    const scenario = currentScenario(store);
    const mine = finishedRun(store);
    const stage = this.stage!;
    const w = stage.width;
    const h = stage.narrow ? stage.height : 720;
    const wide = !stage.narrow;
    const m = wide ? 40 : 16;
    const leftW = wide ? Math.min(520, Math.round(w * 0.4)) : w - 2 * m;
    const rightX = wide ? m + leftW + 32 : m;
    const rightW = wide ? w - rightX - m : w - 2 * m;
    const add = <T extends Drawn>(o: T): T => {
      this.drawn.push(o);
      return o;
    };
    const text = (x: number, y: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle) =>
      add(this.add.text(x, y, s, style));
    const lines: string[] = [];

    const title = `${t(locale, 'whatIf')} · ${localize(scenario.title, locale)}`;
    const header = text(
      m,
      24,
      title.toUpperCase(),
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: w - 2 * m }),
    );

    // The decisions, each with the option the alternative takes.
    const contentTop = header.y + header.height + 16;
    let y = contentTop;
    this.rowBands = [];
    // While a reply is awaited, the decisions after it are not known yet.
    const decisions = state.transcript.decisions.slice(0, whatIfRows(store));
    const awaiting = whatIfAwaitingReply(store);
    decisions.forEach((d, i) => {
      const top = y;
      const step = scenario.steps.find((s) => s.id === d.step)!;
      const own = mine.transcript.decisions[i];
      const options = whatIfOptions(store, i);
      const selected = whatIfSelected(store, i);
      const option = options[selected];
      const changed = !sameDecision(own, d) || state.writing === i;
      const focused = this.focus === i;
      const bg = add(this.add.graphics());
      // Under the row's texts, so that the arrows and the option stay clickable.
      const zone = add(this.add.zone(m, top, 1, 1).setOrigin(0));
      const head = text(
        m + 16,
        y + 12,
        `${t(locale, 'decision', { n: i + 1 })} · ${localize(step.title, locale)}`,
        textStyle(13, { bold: true, color: COLORS.muted, wrap: leftW - 32 }),
      );
      const you = own?.step === d.step ? t(locale, 'youChose', { label: decisionLabel(scenario, own, locale) }) : '';
      const youText = you
        ? text(m + 16, head.y + head.height + 4, you, textStyle(14, { color: COLORS.muted, wrap: leftW - 32 }))
        : null;
      const optionY = (youText ? youText.y + youText.height : head.y + head.height) + 8;
      const label =
        option?.kind === 'write'
          ? state.writing === i || !option.decision
            ? t(locale, 'writeOwn')
            : `✎ ${quote(option.label, locale)}`
          : (option?.label ?? '');
      const prev = text(m + 16, optionY, '◀', textStyle(16, { bold: true, color: PATH_COLORS.altText }));
      const counter = text(
        m + leftW - 16,
        optionY + 2,
        t(locale, 'optionOf', { i: selected + 1, n: options.length }),
        textStyle(12, { color: COLORS.muted }),
      ).setOrigin(1, 0);
      const next = text(
        counter.x - counter.width - 12,
        optionY,
        '▶',
        textStyle(16, { bold: true, color: PATH_COLORS.altText }),
      ).setOrigin(1, 0);
      const optionText = text(
        m + 42,
        optionY,
        label,
        textStyle(16, {
          bold: true,
          color: changed ? PATH_COLORS.altText : COLORS.text,
          wrap: next.x - next.width - m - 54,
        }),
      );
      let bottom = optionText.y + optionText.height;
      const note =
        option?.kind === 'write' && focused
          ? t(locale, option.decision && state.writing !== i ? 'editHint' : 'writeHint')
          : state.picked !== null && i > state.picked
            ? t(locale, sameDecision(own, d) ? 'sameAsYours' : 'bestWay')
            : '';
      if (note)
        bottom = text(m + 42, bottom + 4, note, textStyle(12, { color: COLORS.accentText, wrap: leftW - 58 })).y + 18;
      const rowH = bottom - top + 12;
      bg.fillStyle(focused ? COLORS.panelHi : COLORS.panel, 1).fillRoundedRect(m, top, leftW, rowH, 12);
      bg.lineStyle(focused ? 3 : 1, focused ? COLORS.focus : COLORS.border, 1).strokeRoundedRect(
        m,
        top,
        leftW,
        rowH,
        12,
      );
      zone
        .setSize(leftW, rowH)
        .setInteractive({ useHandCursor: true })
        .on('pointerup', () => this.setFocus(i));
      for (const [arrow, dir] of [
        [prev, -1],
        [next, 1],
      ] as const) {
        arrow.setInteractive({ useHandCursor: true }).on('pointerup', () => {
          this.focus = i;
          focusWhatIf(store, i);
          cycleWhatIf(store, dir);
        });
      }
      optionText
        .setInteractive({ useHandCursor: true })
        .on('pointerup', () => option?.kind === 'write' && this.openCompose(i));
      this.rowBands.push({ top, bottom: top + rowH });
      lines.push(
        `${t(locale, 'decision', { n: i + 1 })}, ${localize(step.title, locale)}. ${you ? `${you}. ` : ''}${t(locale, 'whatIfOption', { label })} (${t(locale, 'optionOf', { i: selected + 1, n: options.length })})${note ? `. ${note}` : ''}`,
      );
      y = top + rowH + 10;
    });
    const rowsBottom = y;

    // Scores, chart and explanation.
    let ry = wide ? contentTop : rowsBottom + 16;
    const c = state.comparison;
    const colW = Math.min(220, rightW / 2 - 8);
    const scoreBlock = (x: number, label: string, color: string, score: number, followers: number, delta?: number) => {
      text(x, ry, label, textStyle(14, { bold: true, color }));
      const big = text(x, ry + 18, formatCount(score, locale), textStyle(wide ? 44 : 34, { bold: true }));
      if (delta !== undefined && delta !== 0)
        text(
          big.x + big.width + 10,
          big.y + big.height - 30,
          formatDelta(delta, locale),
          textStyle(20, { bold: true, color: delta > 0 ? COLORS.positive : COLORS.negative }),
        );
      text(
        x,
        big.y + big.height + 2,
        `${t(locale, 'followers')} ${formatDelta(followers, locale)}`,
        textStyle(14, { color: COLORS.muted }),
      );
      return big.y + big.height + 22;
    };
    const sentiment = (v: number) => formatSigned(v, locale);
    const chartH = wide ? Math.max(200, Math.min(260, h - ry - 250)) : 220;
    if (awaiting !== null) {
      // "Write your own" with nothing written: the trainee's figures, and room for the reply's once written (the state still holds the previous option's).
      scoreBlock(
        rightX,
        `${t(locale, 'yourRun')} · ${t(locale, 'score')}`,
        PATH_COLORS.mineText,
        c.score.mine,
        c.followers.mine,
      );
      const altX = rightX + colW + 16;
      text(
        altX,
        ry,
        `${t(locale, 'theirs')} · ${t(locale, 'score')}`,
        textStyle(14, { bold: true, color: PATH_COLORS.altText }),
      );
      const dash = text(altX, ry + 18, '—', textStyle(wide ? 44 : 34, { bold: true, color: COLORS.muted }));
      text(
        altX,
        dash.y + dash.height + 2,
        t(locale, 'notWritten'),
        textStyle(14, { color: COLORS.muted, wrap: rightW - colW - 16 }),
      );
      ry = dash.y + dash.height + 32;
      lines.push(
        labelled(
          locale,
          t(locale, 'score'),
          `${t(locale, 'yourRun')} ${c.score.mine}, ${labelled(locale, t(locale, 'theirs'), t(locale, 'notWritten'))}`,
        ),
      );
      lines.push(
        labelled(locale, t(locale, 'followers'), `${t(locale, 'yourRun')} ${formatDelta(c.followers.mine, locale)}`),
      );
      lines.push(
        labelled(locale, t(locale, 'sentimentSoFar'), `${t(locale, 'yourRun')} ${sentiment(c.sentiment.mine)}`),
      );
      const box = add(this.add.graphics());
      box.fillStyle(COLORS.panel, 1).fillRoundedRect(rightX, ry, rightW, chartH, 12);
      // Where the chart will be: a click or a tap here writes the reply too.
      add(this.add.zone(rightX, ry, rightW, chartH).setOrigin(0))
        .setInteractive({ useHandCursor: true })
        .on('pointerup', () => this.openCompose(awaiting));
      const waiting = text(
        rightX + rightW / 2,
        ry + chartH / 2,
        t(locale, 'awaitingReply'),
        textStyle(16, { color: COLORS.text, wrap: Math.min(440, rightW - 48), align: 'center' }),
      ).setOrigin(0.5);
      lines.push(waiting.text);
      ry += chartH + 14;
    } else {
      scoreBlock(
        rightX,
        `${t(locale, 'yourRun')} · ${t(locale, 'score')}`,
        PATH_COLORS.mineText,
        c.score.mine,
        c.followers.mine,
      );
      ry =
        scoreBlock(
          rightX + colW + 16,
          `${t(locale, 'theirs')} · ${t(locale, 'score')}`,
          PATH_COLORS.altText,
          c.score.alt,
          c.followers.alt,
          c.score.delta,
        ) + 10;
      lines.push(
        labelled(
          locale,
          t(locale, 'score'),
          `${t(locale, 'yourRun')} ${c.score.mine}, ${t(locale, 'theirs')} ${c.score.alt} (${formatDelta(c.score.delta, locale)})`,
        ),
      );
      lines.push(
        labelled(
          locale,
          t(locale, 'followers'),
          `${t(locale, 'yourRun')} ${formatDelta(c.followers.mine, locale)}, ${t(locale, 'theirs')} ${formatDelta(c.followers.alt, locale)}`,
        ),
      );
      lines.push(
        labelled(
          locale,
          t(locale, 'sentimentSoFar'),
          `${t(locale, 'yourRun')} ${sentiment(c.sentiment.mine)}, ${t(locale, 'theirs')} ${sentiment(c.sentiment.alt)}`,
        ),
      );
      this.drawn.push(
        ...drawCompareChart(this, rightX, ry, rightW, chartH, c.chart, mine.outcome.followers.start, locale),
      );
      const end = (v: number[]) => formatCount(v.at(-1) ?? 0, locale);
      lines.push(
        labelled(
          locale,
          `${t(locale, 'followers')} (${duration((c.chart.mine.followers.length - 1) * 60, locale)})`,
          `${t(locale, 'yourRun')} ${end(c.chart.mine.followers)}, ${t(locale, 'theirs')} ${end(c.chart.alt.followers)}`,
        ),
      );
      ry += chartH + 14;
    }

    const explanation = whatIfExplanation(store, false);
    explanation.forEach((sentence, i) => {
      const t = text(
        rightX,
        ry,
        i === 0 ? sentence : `• ${sentence}`,
        textStyle(i === 0 ? 15 : 14, { bold: i === 0, color: i === 0 ? COLORS.text : COLORS.neutral, wrap: rightW }),
      );
      ry = t.y + t.height + (i === 0 ? 8 : 4);
    });
    lines.push(...explanation);

    // Who reacted differently: under the decisions on a wide screen, after the explanation on a narrow one.
    let sy = wide ? rowsBottom + 14 : ry + 16;
    if (c.changedAt !== null && awaiting === null) {
      const segX = wide ? m : rightX;
      const segW = wide ? leftW : rightW;
      text(segX, sy, t(locale, 'segmentsTitle'), textStyle(14, { bold: true, color: COLORS.muted }));
      sy += 24;
      if (c.segments.length === 0)
        sy = text(segX, sy, t(locale, 'noSegments'), textStyle(14, { color: COLORS.neutral, wrap: segW })).y + 24;
      for (const d of c.segments.slice(0, 5)) {
        // On a wide screen the list stops where the back button begins; the screen text keeps every segment.
        if (wide && sy + 44 > h - 76) {
          lines.push(explainSegment(scenario, d, locale));
          continue;
        }
        const name = localize(scenario.audience.segments.find((s) => s.id === d.segment)?.name ?? d.segment, locale);
        const figures = text(
          segX + segW,
          sy,
          `${formatDelta(d.mine.followers, locale)} → ${formatDelta(d.alt.followers, locale)}`,
          textStyle(14, { bold: true, color: d.alt.followers >= d.mine.followers ? COLORS.positive : COLORS.negative }),
        ).setOrigin(1, 0);
        const who = text(segX, sy, name, textStyle(14, { bold: true, wrap: segW - figures.width - 16 }));
        const how = text(
          segX,
          who.y + who.height + 2,
          `${toneWord(d.mine.tone, locale)} → ${toneWord(d.alt.tone, locale)}`,
          textStyle(13, { color: PATH_COLORS.altText, wrap: segW }),
        );
        sy = how.y + how.height + 10;
        lines.push(explainSegment(scenario, d, locale));
      }
    }
    if (!wide) ry = sy;

    // Back, and the keys.
    const backY = Math.max(wide ? h - 68 : 0, wide ? Math.max(sy, ry) + 8 : ry + 16);
    const back = add(
      new Button(this, m, backY, t(locale, 'backToDebrief'), () => this.back(), {
        width: wide ? leftW : w - 2 * m,
        height: 48,
        fontSize: 16,
      }),
    );
    back.setFocus(this.focus >= decisions.length);
    this.rowBands.push({ top: backY, bottom: backY + back.bh });
    if (wide)
      text(m + leftW + 32, backY + 14, t(locale, 'whatIfKeys'), textStyle(13, { color: COLORS.muted, wrap: rightW }));
    lines.push(t(locale, 'backToDebrief'), t(locale, 'whatIfKeys'));
    this.stage?.fit(backY + back.bh + 16);
    const band = this.rowBands[Math.min(this.focus, this.rowBands.length - 1)];
    if (band) this.stage?.reveal(band.top, band.bottom);
    showScreenText(title, lines);
  }

  /** Opens the reply editor over the decisions, starting from the reply written there, if any. */
  private openCompose(row: number): void {
    if (this.compose?.isOpen) return;
    const store = storeOf(this);
    const { locale, whatIf: state } = store.getState();
    if (!state) return;
    const scenario = currentScenario(store);
    const stepId = state.transcript.decisions[row]!.step;
    const step = scenario.steps.find((s) => s.id === stepId)!;
    const write = whatIfOptions(store, row).find((o) => o.kind === 'write');
    const draft = write?.decision && isWritten(write.decision) ? write.decision.text : '';
    const band = this.rowBands[row] ?? { top: 60 };
    const w = this.stage!.width;
    const m = this.stage!.narrow ? 16 : 40;
    this.compose = new Compose(this, m, Math.min(band.top, this.stage!.scrollTop + 60), Math.min(520, w - 2 * m), {
      locale,
      draft,
      analyseOptions: replyAnalysisOptions(scenario, step, locale),
      analyser: store.getState().analyser,
      loadAnalyser: () => loadTextAnalyser(store),
      onChange: () => undefined,
      onPost: (text) => {
        const decision: Decision = { step: stepId, text, locale };
        pickWhatIf(store, row, decision);
        this.compose?.close();
      },
      onClose: () => {
        this.compose = undefined;
        this.render();
      },
    });
    showScreenText(t(locale, 'writeOwn'), [localize(step.title, locale), draft]);
  }
}
