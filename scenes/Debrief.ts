import Phaser from 'phaser';
import { explainPart, localize, partTitle } from '../src/engine';
import { currentScenario, freshSeed, startRun } from '../src/store/actions';
import { t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { addWrittenReply } from './ui/WrittenReply';
import { FocusGroup } from './ui/FocusGroup';
import { addClassReturn } from './ui/class-hooks';
import { formatCount, formatDelta, storeOf } from './ui/format';
import { COLORS, textStyle } from './ui/theme';

/** The score, what made it, what really happened and the lesson. */
export class Debrief extends Phaser.Scene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    const store = storeOf(this);
    const { locale, run } = store.getState();
    const scenario = currentScenario(store);
    const outcome = run!.outcome!;
    const { score, followers } = outcome;
    const lines: string[] = [];

    this.add.text(60, 30, `${t(locale, 'debrief').toUpperCase()} · ${localize(scenario.title, locale)}`, textStyle(15, { bold: true, color: COLORS.accentText, wrap: 1160 }));
    this.add.text(60, 60, t(locale, 'score'), textStyle(16, { color: COLORS.muted }));
    const scoreText = this.add.text(60, 80, '0', textStyle(64, { bold: true }));
    this.add.text(60, 160, `/ ${formatCount(score.max, locale)}`, textStyle(18, { color: COLORS.muted }));
    this.tweens.addCounter({ from: 0, to: score.total, duration: 900, ease: 'Cubic.Out', onUpdate: (tw) => scoreText.setText(formatCount(Math.round(tw.getValue() ?? 0), locale)) });
    lines.push(`${t(locale, 'score')}: ${score.total} / ${score.max}`);

    this.add.text(300, 60, t(locale, 'followerChange'), textStyle(16, { color: COLORS.muted }));
    const delta = formatDelta(followers.delta, locale);
    this.add.text(300, 84, delta, textStyle(40, { bold: true, color: followers.delta >= 0 ? COLORS.positive : COLORS.negative }));
    this.add.text(300, 136, `${formatCount(followers.start, locale)} → ${formatCount(followers.end, locale)}`, textStyle(16, { color: COLORS.muted }));
    lines.push(`${t(locale, 'followerChange')}: ${delta} (${formatCount(followers.start, locale)} → ${formatCount(followers.end, locale)})`);

    let y = 200;
    for (const part of score.parts) {
      const title = `${partTitle(part.id, locale)}`;
      this.add.text(60, y, title, textStyle(17, { bold: true }));
      this.add.text(640, y, `${part.points} / ${part.max}`, textStyle(17, { bold: true })).setOrigin(1, 0);
      const bar = this.add.graphics();
      bar.fillStyle(COLORS.panelHi, 1).fillRoundedRect(60, y + 28, 580, 8, 4);
      bar.fillStyle(part.points >= part.max / 2 ? COLORS.positiveHex : COLORS.negativeHex, 1).fillRoundedRect(60, y + 28, Math.max(8, (580 * part.points) / part.max), 8, 4);
      const reasons = explainPart(scenario, part, locale);
      const text = this.add.text(60, y + 44, reasons.map((r) => `• ${r}`).join('\n'), textStyle(14, { color: COLORS.muted, wrap: 580 }));
      lines.push(`${title}: ${part.points} / ${part.max}. ${reasons.join('. ')}`);
      y = text.y + text.height + 16;
    }

    const x = 700;
    const g = this.add.graphics();
    const h1 = this.add.text(x + 20, 76, t(locale, 'whatHappened'), textStyle(18, { bold: true }));
    const happened = this.add.text(x + 20, h1.y + 30, localize(scenario.debrief.outcome, locale), textStyle(16, { wrap: 480 }));
    const h2 = this.add.text(x + 20, happened.y + happened.height + 20, t(locale, 'lesson'), textStyle(18, { bold: true, color: COLORS.accentText }));
    const lesson = this.add.text(x + 20, h2.y + 30, localize(scenario.debrief.lesson, locale), textStyle(16, { wrap: 480 }));
    const source = this.add.text(x + 20, lesson.y + lesson.height + 18, `${t(locale, 'source')}: ${scenario.source.publication}, ${scenario.source.date}${scenario.brand.followersIllustrative ? `. ${t(locale, 'illustrative')}` : ''}`, textStyle(13, { color: COLORS.muted, wrap: 480 }));
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, 60, 520, source.y + source.height + 20 - 60, 12);
    lines.push(`${t(locale, 'whatHappened')}: ${localize(scenario.debrief.outcome, locale)}`, `${t(locale, 'lesson')}: ${localize(scenario.debrief.lesson, locale)}`);

    // Replies the trainee wrote: the words that triggered each feature, and who liked them.
    let wy = source.y + source.height + 32;
    for (const step of outcome.steps.filter((s) => s.written)) {
      lines.push(...addWrittenReply(this, x, wy, 520, Math.max(120, 624 - wy), scenario, step, locale));
      wy = 624;
    }

    const again = new Button(this, x, 640, t(locale, 'playAgain'), () => {
      startRun(store, scenario.id, freshSeed());
      this.scene.start('Briefing');
    }, { width: 250, height: 52, primary: true, fontSize: 18 });
    const other = new Button(this, x + 270, 640, t(locale, 'otherScenario'), () => this.scene.start('ScenarioSelect'), { width: 250, height: 52, fontSize: 18 });
    new FocusGroup(this, [again, other], { onEscape: () => this.scene.start('ScenarioSelect') });
    this.input.keyboard?.on('keydown-L', () => this.scene.start('Leaderboard'));

    // Where the run went: this browser, the team server, or the queue for it.
    const delivery = this.add.text(60, 690, '', textStyle(13, { color: COLORS.muted, wrap: 600 }));
    const showDelivery = () => {
      const last = store.getState().online.last;
      const text = !last ? '' : last.state === 'local' ? t(locale, 'runSaved') : last.state === 'sent' ? t(locale, 'runSent') : last.state === 'queued' ? t(locale, 'runQueued') : t(locale, 'runRefused', last.message ?? '');
      delivery.setText(text ? `${text}  (L: ${t(locale, 'leaderboard')})` : '');
      delivery.setColor(last?.state === 'refused' || last?.state === 'queued' ? COLORS.negative : COLORS.muted);
      showScreenText(t(locale, 'debrief'), text ? [...lines, text] : lines);
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.online !== before.online) showDelivery();
    });
    this.events.once('shutdown', unsubscribe);
    showDelivery();
    addClassReturn(this);
  }
}
