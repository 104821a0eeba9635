import Phaser from 'phaser';
import { localize } from '../src/engine';
import { currentScenario } from '../src/store/actions';
import { openReplayLink, replayAll, replayNext } from '../src/store/explore';
import { type MessageKey, labelled, t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import type { ReplayState } from '../src/store/game-store';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatCount } from './ui/format';
import { storeOf } from './ui/registry';
import { COLORS, textStyle } from './ui/theme';
import { Stage, stageOf } from './ui/Stage';
import { decisionLabel } from '../src/i18n/whatif';

/**
 * Opens a replay link (`#replay=…`): the run's scenario, decisions and score,
 * then plays it back reaction by reaction to the debrief. A link that cannot
 * be played says why, in the player's language, and offers the way out.
 */
export class Replay extends Phaser.Scene {
  constructor() {
    super('Replay');
  }

  create(): void {
    const store = storeOf(this);
    if (store.getState().replay.status === 'idle') void openReplayLink(store, location.href);
    const unsubscribe = store.subscribe((now, before) => {
      if (now.replay !== before.replay && now.replay.status !== 'idle') this.scene.restart();
    });
    this.events.once('shutdown', unsubscribe);
    const { replay, locale } = store.getState();
    const stage = new Stage(this);
    const w = stage.width;
    const h = stage.narrow ? stage.height : 720;
    if (replay.status === 'failed') {
      this.failed(replay, w, h);
      return;
    }
    if (replay.status !== 'ready') {
      this.add.text(w / 2, h / 2, t(locale, 'opening'), textStyle(22, { align: 'center' })).setOrigin(0.5);
      showScreenText(t(locale, 'opening'), []);
      return;
    }
    this.ready(w, h);
  }

  private ready(w: number, h: number): void {
    const store = storeOf(this);
    const { locale, run } = store.getState();
    const scenario = currentScenario(store);
    const decisions = run!.replay!;
    const m = w >= 900 ? 80 : 20;
    const width = Math.min(900, w - 2 * m);
    const header = this.add.text(
      m,
      48,
      t(locale, 'replayTitle').toUpperCase(),
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: width }),
    );
    const title = this.add.text(
      m,
      header.y + header.height + 10,
      localize(scenario.title, locale),
      textStyle(w >= 900 ? 34 : 26, { bold: true, wrap: width }),
    );
    const brand = `${scenario.brand.name} ${scenario.brand.handle}${scenario.year ? ` · ${scenario.year}` : ''}`;
    const brandText = this.add.text(
      m,
      title.y + title.height + 8,
      brand,
      textStyle(16, { color: COLORS.muted, wrap: width }),
    );
    const summary = this.add.text(
      m,
      brandText.y + brandText.height + 12,
      localize(scenario.summary, locale),
      textStyle(17, { wrap: width }),
    );
    // The score is the one the link was shared with, checked by replaying it.
    const score = store.getState().replay.score!;
    const intro = t(locale, 'replayIntro', {
      n: decisions.length,
      score: formatCount(score.total, locale),
      max: formatCount(score.max, locale),
    });
    const introText = this.add.text(
      m,
      summary.y + summary.height + 22,
      intro,
      textStyle(20, { bold: true, wrap: width }),
    );
    let y = introText.y + introText.height + 16;
    const lines = [localize(scenario.title, locale), brand, localize(scenario.summary, locale), intro];
    decisions.forEach((d, i) => {
      const step = scenario.steps.find((s) => s.id === d.step);
      const line = labelled(
        locale,
        `${i + 1}. ${step ? localize(step.title, locale) : d.step}`,
        decisionLabel(scenario, d, locale),
      );
      const t = this.add.text(m, y, line, textStyle(16, { color: COLORS.neutral, wrap: width }));
      y = t.y + t.height + 6;
      lines.push(line);
    });
    const buttonsY = Math.max(y + 24, Math.min(h - 160, y + 60));
    const play = new Button(
      this,
      m,
      buttonsY,
      t(locale, 'playBack'),
      () => {
        replayNext(store);
        this.scene.start('Reaction');
      },
      { width: 260, height: 56, primary: true, fontSize: 19 },
    );
    // Side by side where they fit, stacked on a narrow screen.
    const side = w - 2 * m >= 540;
    const skip = new Button(
      this,
      side ? m + 280 : m,
      side ? buttonsY : buttonsY + play.bh + 12,
      t(locale, 'skipToDebrief'),
      () => {
        replayAll(store);
        this.scene.start('Debrief');
      },
      { width: 260, height: 56, fontSize: 17 },
    );
    stageOf(this)?.fit(skip.y + skip.bh + 24);
    new FocusGroup(this, [play, skip], { onEscape: () => this.toTitle() });
    lines.push(t(locale, 'playBack'), t(locale, 'skipToDebrief'));
    showScreenText(t(locale, 'replayTitle'), lines);
  }

  private failed(replay: ReplayState, w: number, h: number): void {
    const { locale, catalog } = storeOf(this).getState();
    const m = w >= 900 ? 80 : 20;
    const width = Math.min(900, w - 2 * m);
    const e = replay.error!;
    const scenario = catalog.entries.find((x) => x.scenario.id === e.details.scenarioId)?.scenario;
    const message = t(locale, `error-${e.code}` as MessageKey, {
      scenario: scenario ? localize(scenario.title, locale) : (e.details.scenarioId ?? ''),
      link: e.details.linkVersion ?? '',
      game: e.details.gameVersion ?? '',
    });
    const g = this.add.graphics();
    const title = this.add.text(
      m + 24,
      80,
      `⚠ ${t(locale, 'replayFailed')}`,
      textStyle(28, { bold: true, color: COLORS.danger, wrap: width - 48 }),
    );
    const body = this.add.text(m + 24, title.y + title.height + 18, message, textStyle(19, { wrap: width - 48 }));
    // The decoder's own detail is English, for whoever reports the link; the sentence above says it in the player's language.
    const detail = locale === 'en' ? t(locale, 'details', { message: e.message }) : '';
    const details = this.add.text(
      m + 24,
      body.y + body.height + 16,
      detail,
      textStyle(14, { color: COLORS.muted, wrap: width - 48 }),
    );
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(m, 56, width, details.y + details.height + 24 - 56, 12);
    g.lineStyle(2, 0xffb4a9, 1).strokeRoundedRect(m, 56, width, details.y + details.height + 24 - 56, 12);
    const out = new Button(
      this,
      m,
      Math.min(h - 90, details.y + details.height + 56),
      t(locale, 'toTitle'),
      () => this.toTitle(),
      { width: 300, height: 56, primary: true, fontSize: 18 },
    );
    stageOf(this)?.fit(out.y + out.bh + 24);
    new FocusGroup(this, [out], { onEscape: () => this.toTitle() });
    showScreenText(t(locale, 'replayFailed'), [message, ...(detail ? [detail] : []), t(locale, 'toTitle')]);
  }

  /** Leaves the replay: the address forgets it, so that reloading starts the game afresh. */
  private toTitle(): void {
    history.replaceState(null, '', location.pathname + location.search);
    const store = storeOf(this);
    store.setState({ replay: { status: 'idle' }, run: null });
    this.scene.start('Title');
  }
}
