import Phaser from 'phaser';
import { localize, type Choice } from '../src/engine';
import { choose, currentScenario, currentStep, write } from '../src/store/actions';
import { t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatAgo, formatCount, storeOf } from './ui/format';
import { PostCard } from './ui/PostCard';
import { Compose } from './ui/Compose';
import { holdForClass } from './ui/class-hooks';

/** The most of a written reply the preview card shows. */
const PREVIEW_CHARS = 320;

/** Drafts of written replies, per run and step: closing the panel or leaving the scene loses nothing. */
const drafts = new Map<string, string>();
import { COLORS, textStyle } from './ui/theme';

/** The social feed of a step, and the replies to choose from. */
export class Feed extends Phaser.Scene {
  private preview?: Phaser.GameObjects.Container;
  private previewY = 0;
  private choiceButtons: Button[] = [];
  private keysHint?: Phaser.GameObjects.Text;
  private lines: string[] = [];
  private compose?: Compose;

  constructor() {
    super('Feed');
  }

  create(): void {
    if (holdForClass(this)) return;
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    const step = currentStep(store);
    const n = (store.getState().run?.decisions.length ?? 0) + 1;
    this.add.text(60, 36, `${t(locale, 'decision', n).toUpperCase()} · ${localize(step.title, locale)}`, textStyle(15, { bold: true, color: COLORS.accentText }));
    const situation = this.add.text(60, 64, localize(step.situation, locale), textStyle(18, { wrap: 640 }));
    let y = situation.y + situation.height + 20;
    const lines = [localize(step.situation, locale)];
    for (const item of step.feed.slice(-3)) {
      const counts = [item.likes !== undefined ? `♥ ${formatCount(item.likes, locale)}` : '', item.reshares !== undefined ? `↻ ${formatCount(item.reshares, locale)}` : '', item.replies !== undefined ? `💬 ${formatCount(item.replies, locale)}` : '']
        .filter(Boolean)
        .join('   ');
      const card = new PostCard(this, 60, y, 640, {
        name: item.author,
        handle: item.handle,
        time: formatAgo(item.minutesAgo),
        text: localize(item.text, locale),
        ...(item.fromBrand ? { color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color } : {}),
        ...(counts ? { counts } : {}),
        ...(item.note ? { note: localize(item.note, locale) } : {}),
        ...(item.fromRival ? { badge: t(locale, 'rival') } : {}),
      });
      lines.push(`${item.author} ${item.handle}${item.fromRival ? ` (${t(locale, 'rival')})` : ''}: ${localize(item.text, locale)}`);
      y += card.h + 12;
    }
    this.add.text(60, y + 8, t(locale, 'yourReply').toUpperCase(), textStyle(14, { bold: true, color: COLORS.muted }));
    this.previewY = y + 34;

    const prompt = this.add.text(740, 36, localize(step.prompt, locale), textStyle(24, { bold: true, wrap: 480 }));
    lines.push(localize(step.prompt, locale));
    let by = prompt.y + prompt.height + 20;
    const composeY = by;
    const buttons = step.choices.map((choice, i) => {
      const b = new Button(this, 740, by, `${i + 1}. ${localize(choice.label, locale)}`, () => this.post(choice), { width: 480, height: 58, fontSize: 17 });
      lines.push(`${i + 1}. ${localize(choice.label, locale)}`);
      by += b.bh + 10;
      return b;
    });
    if (step.freeText) {
      const b = new Button(this, 740, by, t(locale, 'writeOwn'), () => this.openCompose(composeY), { width: 480, height: 52, fontSize: 17 });
      lines.push(t(locale, 'writeOwn'));
      by += b.bh + 10;
      buttons.push(b);
      this.input.keyboard?.on('keydown-W', (event: KeyboardEvent) => {
        // The "w" that opens the panel must not land in it.
        event.preventDefault();
        this.openCompose(composeY);
      });
    }
    this.choiceButtons = buttons;
    this.keysHint = this.add.text(740, Math.max(by + 6, 660), `${t(locale, 'keysHint', step.choices.length)}${step.freeText ? ' · W ✎' : ''}`, textStyle(13, { color: COLORS.muted, wrap: 480 }));
    new FocusGroup(this, buttons, { digits: true, onFocus: (i) => (i < step.choices.length ? this.showPreview(step.choices[i]!) : this.showWrittenPreview(drafts.get(this.draftKey()) ?? '')) });
    this.lines = lines;
    if (step.timer) this.startTimer(step.timer.seconds, step.choices.find((c) => c.id === step.timer!.choice)!, lines);
    showScreenText(`${t(locale, 'decision', n)}: ${localize(step.title, locale)}`, lines);
  }

  /** A decision against the clock: when the time runs out, the step's timer choice is taken. */
  private startTimer(seconds: number, onTimeout: Choice, lines: string[]): void {
    const locale = storeOf(this).getState().locale;
    let left = seconds;
    const clock = this.add.text(1220, 14, '', textStyle(16, { bold: true, color: COLORS.muted })).setOrigin(1, 0);
    const show = () => clock.setText(`⏱ ${t(locale, 'timeLeft', left)}`).setColor(left <= 10 ? COLORS.negative : COLORS.muted);
    show();
    lines.push(t(locale, 'timeLeft', left));
    this.time.addEvent({
      delay: 1000,
      repeat: seconds - 1,
      callback: () => {
        left--;
        show();
        if (left > 0) return;
        clock.setText(`⏱ ${t(locale, 'timeUp')}`);
        this.post(onTimeout);
      },
    });
  }

  private draftKey(): string {
    const run = storeOf(this).getState().run;
    return `${run?.scenarioId}:${run?.seed}:${run?.stepId}`;
  }

  /** Opens "write your own" in place of the choices. */
  private openCompose(y: number): void {
    if (this.compose) return;
    const store = storeOf(this);
    const { locale } = store.getState();
    const scenario = currentScenario(store);
    const step = currentStep(store);
    const free = step.freeText!;
    for (const b of this.choiceButtons) b.setVisible(false);
    this.keysHint?.setVisible(false);
    const title = `${t(locale, 'decision', (store.getState().run?.decisions.length ?? 0) + 1)}: ${localize(step.title, locale)}`;
    const mirror = (text: string) => showScreenText(title, [...this.lines.slice(0, 1 + step.feed.slice(-3).length + 1), t(locale, 'composeTitle'), text, ...(this.compose?.lines() ?? [])]);
    this.compose = new Compose(this, 740, y, 480, {
      locale,
      draft: drafts.get(this.draftKey()) ?? '',
      analyseOptions: {
        hint: locale,
        handles: step.feed.map((item) => item.handle),
        brand: [scenario.brand.name, scenario.brand.handle.replace(/^@/, '')],
        ...(free.language ? { language: free.language } : {}),
        ...(free.cues ? { cues: free.cues } : {}),
      },
      onChange: (text) => {
        drafts.set(this.draftKey(), text);
        this.showWrittenPreview(text);
        // The panel's lines are read after it has updated.
        queueMicrotask(() => mirror(text));
      },
      onPost: (text) => {
        write(store, text);
        drafts.delete(this.draftKey());
        this.scene.start('Reaction');
      },
      onClose: (text) => {
        drafts.set(this.draftKey(), text);
        this.compose = undefined;
        for (const b of this.choiceButtons) b.setVisible(true);
        this.keysHint?.setVisible(true);
        showScreenText(title, this.lines);
      },
    });
  }

  /** Shows the written reply as the post it would become. */
  private showWrittenPreview(text: string): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    this.preview?.destroy();
    if (text.trim().length === 0) {
      this.preview = this.add.container(60, this.previewY, [this.add.text(0, 0, t(locale, 'composePlaceholder'), textStyle(17, { color: COLORS.muted }))]);
      return;
    }
    // A long paste is cut in the preview so the card stays on screen; the counter shows the real length.
    const shown = [...text].length > PREVIEW_CHARS ? `${[...text].slice(0, PREVIEW_CHARS).join('')}…` : text;
    this.preview = new PostCard(this, 60, this.previewY, 640, {
      name: scenario.brand.name,
      handle: scenario.brand.handle,
      time: formatAgo(currentStep(store).freeText?.delayMinutes ?? 0),
      text: shown,
      color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color,
    });
  }

  /** Shows the focused choice as the post it would become. */
  private showPreview(choice: Choice): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    this.preview?.destroy();
    if (choice.silent || !choice.post) {
      this.preview = this.add.container(60, this.previewY, [this.add.text(0, 0, t(locale, 'silentPreview'), textStyle(17, { color: COLORS.muted }))]);
      return;
    }
    this.preview = new PostCard(this, 60, this.previewY, 640, {
      name: scenario.brand.name,
      handle: scenario.brand.handle,
      time: formatAgo(choice.delayMinutes),
      text: localize(choice.post, locale),
      color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color,
    });
  }

  private post(choice: Choice): void {
    choose(storeOf(this), choice.id);
    this.scene.start('Reaction');
  }
}
