import Phaser from 'phaser';
import { localize, replyAnalysisOptions, type Choice, type Locale } from '../src/engine';
import type { FeedItem } from '../src/engine/schema/feed';
import {
  choose,
  currentScenario,
  currentStep,
  draftOf,
  figuresBefore,
  keepDraft,
  loadTextAnalyser,
  runOutOfTime,
  write,
} from '../src/store/actions';
import { t, labelled } from '../src/i18n';
import { stepText } from '../src/i18n/step-text';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { addIcon } from './ui/icons';
import { FocusGroup } from './ui/FocusGroup';
import { formatAgo, formatCount } from './ui/format';
import { storeOf } from './ui/registry';
import { PostCard, type PostView } from './ui/PostCard';
import { imageKey, imageUrl } from './ui/post-image';
import { Compose } from './ui/Compose';
import { holdForClass } from './class/hooks';
import { touchFirst } from './ui/pointer';

/** The most of a written reply the preview card shows. */
const PREVIEW_CHARS = 320;

import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';

/** The social feed of a step, and the replies to choose from. */
export class Feed extends Phaser.Scene {
  private preview?: Phaser.GameObjects.Container;
  private previewY = 0;
  private choiceButtons: Button[] = [];
  private keysHint?: Phaser.GameObjects.Text;
  private lines: string[] = [];
  private compose?: Compose;
  private stage?: Stage;
  /** The feed's and the choices' columns (the same column on a phone). */
  private cols = { feed: { x: 60, width: 640 }, choices: { x: 740, width: 480 } };
  private yourReply?: Phaser.GameObjects.Text;
  private choicesBottom = 0;
  /** How tall the scene is without the preview. */
  private baseHeight = 0;
  private focusGroup?: FocusGroup;
  /** Posts the selected reply: a click or a tap on a reply only selects it, so that its full wording is read first. */
  private postButton?: Button;
  private postHint?: Phaser.GameObjects.Text;
  /** Whether the player has picked a reply yet: until then Post does nothing, so no single stray tap posts. */
  private picked = false;

  constructor() {
    super('Feed');
  }

  /** The images of the step's posts, loaded before the feed is drawn; one that fails is drawn as its alternative text. */
  preload(): void {
    const store = storeOf(this);
    if (!store.getState().run) return;
    const entry = store.getState().catalog.entries.find((e) => e.scenario.id === store.getState().run?.scenarioId);
    if (!entry) return;
    for (const item of currentStep(store).feed) {
      const url = item.image && imageUrl(item.image, entry);
      if (url && url !== 'noFolder' && !this.textures.exists(imageKey(url))) this.load.image(imageKey(url), url);
    }
  }

  /** How a post's image is drawn, and the line a screen reader reads for it. */
  private postImage(image: FeedItem['image'], locale: Locale): { view?: PostView['image']; line?: string } {
    if (!image) return {};
    const store = storeOf(this);
    const entry = store.getState().catalog.entries.find((e) => e.scenario.id === store.getState().run?.scenarioId);
    const alt = localize(image.alt, locale);
    const url = imageUrl(image, entry);
    if (url !== 'noFolder' && this.textures.exists(imageKey(url)))
      return { view: { texture: imageKey(url) }, line: t(locale, 'image.shown', { alt }) };
    const note = t(locale, url === 'noFolder' ? 'image.noFolder' : 'image.broken');
    return { view: { alt, note }, line: `${t(locale, 'image.placeholder', { alt })} ${note}` };
  }

  create(): void {
    // Phaser reuses the scene object at every start: a panel of an earlier start went with its shutdown.
    this.compose = undefined;
    this.focusGroup = this.postButton = this.postHint = undefined;
    this.picked = false;
    if (holdForClass(this)) return;
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    const step = currentStep(store);
    // What the step's text quotes of the previous post: the counts the run drew, when the step comes.
    const figures = figuresBefore(store);
    const n = (store.getState().run?.decisions.length ?? 0) + 1;
    const stage = new Stage(this);
    this.stage = stage;
    const { margin, narrow } = stage;
    // The wide stage reads left to right (the feed, then the choices); a phone reads top to bottom.
    const feedCol = { x: margin, width: narrow ? stage.width - 2 * margin : 640 };
    const choiceCol = narrow ? feedCol : { x: 740, width: 480 };
    this.cols = { feed: feedCol, choices: choiceCol };
    const header = this.add.text(
      margin,
      narrow ? 24 : 36,
      `${t(locale, 'decision', { n: n }).toUpperCase()} · ${localize(step.title, locale)}`,
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: feedCol.width - (step.timer ? 130 : 0) }),
    );
    const situation = this.add.text(
      margin,
      header.y + header.height + 10,
      stepText(step.situation, locale, figures),
      textStyle(narrow ? 16 : 18, { wrap: feedCol.width }),
    );
    let y = situation.y + situation.height + 20;
    const lines = [stepText(step.situation, locale, figures)];
    for (const item of step.feed) {
      const counts = (
        [
          ['reply', item.replies, 'replies'],
          ['reshare', item.reshares, 'reshares'],
          ['heart', item.likes, 'likes'],
        ] as const
      ).flatMap(([icon, n, key]) =>
        n === undefined ? [] : [{ icon, value: formatCount(n, locale), label: t(locale, key) }],
      );
      const image = this.postImage(item.image, locale);
      const card = new PostCard(this, feedCol.x, y, feedCol.width, {
        name: item.author,
        handle: item.handle,
        time: formatAgo(item.minutesAgo, locale),
        text: localize(item.text, locale),
        ...(item.fromBrand ? { color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color } : {}),
        ...(counts.length ? { counts } : {}),
        ...(item.note ? { note: localize(item.note, locale) } : {}),
        ...(item.fromRival ? { badge: t(locale, 'rival') } : {}),
        ...(narrow ? { fontSize: 16 } : {}),
        ...(image.view ? { image: image.view } : {}),
      });
      lines.push(
        labelled(
          locale,
          `${item.author} ${item.handle}${item.fromRival ? ` (${t(locale, 'rival')})` : ''}`,
          `${localize(item.text, locale)}${image.line ? ` ${image.line}` : ''}`,
        ),
      );
      y += card.h + 12;
    }

    // On the wide stage the timer sits above the prompt.
    const prompt = this.add.text(
      choiceCol.x,
      narrow ? y + 12 : step.timer ? 70 : 36,
      stepText(step.prompt, locale, figures),
      textStyle(narrow ? 21 : 24, { bold: true, wrap: choiceCol.width }),
    );
    lines.push(stepText(step.prompt, locale, figures));
    let by = prompt.y + prompt.height + 20;
    const composeY = by;
    const buttons = step.choices.map((choice, i) => {
      // Enter on a touch screen's keyboard, before any reply shows as picked, picks rather than posts what it cannot see.
      const activate = () => (this.picked || !touchFirst() ? this.post(choice) : this.select(i));
      const b = new Button(this, choiceCol.x, by, `${i + 1}. ${localize(choice.label, locale)}`, activate, {
        width: choiceCol.width,
        height: narrow ? 52 : 58,
        fontSize: narrow ? 16 : 17,
        onPointer: () => this.select(i),
      });
      lines.push(`${i + 1}. ${localize(choice.label, locale)}`);
      by += b.bh + 10;
      return b;
    });
    if (step.freeText) {
      const b = new Button(this, choiceCol.x, by, t(locale, 'writeOwn'), () => this.openCompose(composeY), {
        width: choiceCol.width,
        height: 52,
        fontSize: narrow ? 16 : 17,
      });
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
    // Keyboard hints mean nothing on a phone or a tablet without a keyboard.
    if (!narrow && !touchFirst())
      this.keysHint = this.add.text(
        choiceCol.x,
        Math.max(by + 6, 660),
        `${t(locale, 'keysHint', { n: step.choices.length })}${step.freeText ? ' · W ✎' : ''}`,
        textStyle(13, { color: COLORS.muted, wrap: choiceCol.width }),
      );
    // The post the focused reply would become: under the feed, or under the choices on a phone.
    const yourReplyY = narrow ? by + 14 : y + 8;
    this.choicesBottom = by;
    this.yourReply = this.add.text(
      feedCol.x,
      yourReplyY,
      t(locale, 'yourReply').toUpperCase(),
      textStyle(14, { bold: true, color: COLORS.muted }),
    );
    this.previewY = yourReplyY + 26;
    this.baseHeight = Math.max(by, y) + margin;
    stage.fit(this.baseHeight);
    this.addPostButton();
    // The focus is the reply about to be posted: a mouse passing over the others must not move it.
    this.focusGroup = new FocusGroup(this, buttons, {
      digits: true,
      hoverFocus: false,
      onFocus: (i) => {
        // Moving the keyboard's focus picks a reply as a click does; the focus the scene opens with does not.
        if (this.focusGroup) this.picked = true;
        // Without a keyboard the scene opens on no reply at all: a finger picks one first.
        if (!this.picked && touchFirst()) this.showPlaceholder();
        else if (i < step.choices.length) this.showPreview(step.choices[i]!);
        else this.showWrittenPreview(draftOf(store));
      },
    });
    if (touchFirst()) buttons[0]?.setFocus(false);
    this.lines = lines;
    if (step.timer && store.getState().run?.practice) this.showClock(t(locale, 'practiceNoTimer'), COLORS.muted, lines);
    else if (step.timer) this.startTimer(step.timer.seconds, lines);
    showScreenText(labelled(locale, t(locale, 'decision', { n: n }), localize(step.title, locale)), lines);
  }

  /** Makes room for what was drawn under the content (the preview, the compose panel). */
  private fitBelow(bottom: number): void {
    this.stage?.fit(Math.max(this.baseHeight, bottom + (this.stage.narrow ? 24 : 20)));
  }

  /** A decision against the clock: when the time runs out, the step's timer choice is taken. */
  private startTimer(seconds: number, lines: string[]): void {
    const locale = storeOf(this).getState().locale;
    let left = seconds;
    const show = this.showClock(t(locale, 'timeLeft', { n: left }), COLORS.muted, lines);
    this.time.addEvent({
      delay: 1000,
      repeat: seconds - 1,
      callback: () => {
        left--;
        show(t(locale, 'timeLeft', { n: left }), left <= 10 ? COLORS.negative : COLORS.muted);
        if (left > 0) return;
        show(t(locale, 'timeUp'), COLORS.negative);
        runOutOfTime(storeOf(this));
        this.scene.start('Reaction');
      },
    });
  }

  /** The clock at the top right, with its icon; returns how to change what it says. */
  private showClock(text: string, color: string, lines: string[]): (text: string, color: string) => void {
    const top = this.stage!.narrow ? 24 : 36;
    const clock = this.add
      .text(this.stage!.width - this.stage!.margin, top, '', textStyle(16, { bold: true }))
      .setOrigin(1, 0);
    const icon = addIcon(this, 0, top + 11, 'timer', 18, 0xffffff);
    const show = (now: string, tint: string) => {
      clock.setText(now).setColor(tint);
      icon.setX(clock.x - clock.width - 14).setTint(Phaser.Display.Color.HexStringToColor(tint).color);
    };
    show(text, color);
    lines.push(text);
    return show;
  }

  /** Opens "write your own" in place of the choices. */
  private openCompose(y: number): void {
    if (this.compose) return;
    const store = storeOf(this);
    const { locale } = store.getState();
    const scenario = currentScenario(store);
    const step = currentStep(store);
    for (const b of this.choiceButtons) b.setVisible(false);
    this.keysHint?.setVisible(false);
    this.hidePost();
    const title = labelled(
      locale,
      t(locale, 'decision', { n: (store.getState().run?.decisions.length ?? 0) + 1 }),
      localize(step.title, locale),
    );
    const mirror = (text: string) =>
      showScreenText(title, [
        ...this.lines.slice(0, 1 + step.feed.length + 1),
        t(locale, 'composeTitle'),
        text,
        ...(this.compose?.lines() ?? []),
      ]);
    this.compose = new Compose(this, this.cols.choices.x, y, this.cols.choices.width, {
      locale,
      draft: draftOf(store),
      analyseOptions: replyAnalysisOptions(scenario, step, locale),
      analyser: store.getState().analyser,
      loadAnalyser: () => loadTextAnalyser(store),
      onChange: (text) => {
        keepDraft(store, text);
        this.showWrittenPreview(text);
        // The panel's lines are read after it has updated.
        queueMicrotask(() => mirror(text));
      },
      onPost: (text) => {
        write(store, text);
        this.scene.start('Reaction');
      },
      onClose: (text) => {
        keepDraft(store, text);
        this.fitBelow(0);
        this.compose = undefined;
        if (this.stage?.narrow) this.movePreview(this.choicesBottom);
        for (const b of this.choiceButtons) b.setVisible(true);
        this.showWrittenPreview(text);
        this.keysHint?.setVisible(true);
        showScreenText(title, this.lines);
      },
    });
    const bottom = y + this.compose.height;
    if (this.stage?.narrow) this.movePreview(bottom);
    this.fitBelow(bottom);
    this.stage?.reveal(y - 60, bottom);
  }

  /** On a phone the preview follows whatever sits above it: the choices, or the compose panel. */
  private movePreview(above: number): void {
    this.yourReply?.setY(above + 14);
    this.previewY = above + 40;
  }

  /** Shows the written reply as the post it would become. */
  private showWrittenPreview(text: string): void {
    // A written reply has its own Post, in the compose panel.
    this.hidePost();
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    this.preview?.destroy();
    if (text.trim().length === 0) {
      this.preview = this.add.container(this.cols.feed.x, this.previewY, [
        this.add.text(
          0,
          0,
          t(locale, 'composePlaceholder'),
          textStyle(17, { color: COLORS.muted, wrap: this.cols.feed.width }),
        ),
      ]);
      this.fitBelow(this.previewY + 40);
      return;
    }
    // A long paste is cut in the preview so the card stays on screen; the counter shows the real length.
    const shown = [...text].length > PREVIEW_CHARS ? `${[...text].slice(0, PREVIEW_CHARS).join('')}…` : text;
    const card = new PostCard(this, this.cols.feed.x, this.previewY, this.cols.feed.width, {
      name: scenario.brand.name,
      handle: scenario.brand.handle,
      time: formatAgo(currentStep(store).freeText?.delayMinutes ?? 0, locale),
      text: shown,
      color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color,
    });
    this.preview = card;
    this.fitBelow(this.previewY + card.h);
  }

  /** Shows the focused choice as the post it would become. */
  private showPreview(choice: Choice): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const scenario = currentScenario(store);
    this.preview?.destroy();
    if (choice.silent || !choice.post) {
      this.preview = this.add.container(this.cols.feed.x, this.previewY, [
        this.add.text(
          0,
          0,
          t(locale, 'silentPreview'),
          textStyle(17, { color: COLORS.muted, wrap: this.cols.feed.width }),
        ),
      ]);
      this.fitBelow(this.placePost(choice, this.previewY + 30));
      return;
    }
    const card = new PostCard(this, this.cols.feed.x, this.previewY, this.cols.feed.width, {
      name: scenario.brand.name,
      handle: scenario.brand.handle,
      time: formatAgo(choice.delayMinutes, locale),
      text: localize(choice.post, locale),
      color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color,
    });
    this.preview = card;
    this.fitBelow(this.placePost(choice, this.previewY + card.h));
  }

  /** Where the preview goes, before a finger has picked a reply: what to do. */
  private showPlaceholder(): void {
    const { locale } = storeOf(this).getState();
    this.hidePost();
    this.preview?.destroy();
    const text = this.add.text(
      0,
      0,
      t(locale, 'chooseFirst'),
      textStyle(17, { color: COLORS.muted, wrap: this.cols.feed.width }),
    );
    this.preview = this.add.container(this.cols.feed.x, this.previewY, [text]);
    this.fitBelow(this.previewY + text.height);
  }

  /** The Post button under the preview, and the hint beside it until a reply is picked. */
  private addPostButton(): void {
    const { locale } = storeOf(this).getState();
    const narrow = this.stage?.narrow ?? false;
    const col = this.cols.feed;
    const width = narrow ? col.width : 260;
    this.postButton = new Button(this, col.x, 0, t(locale, 'postThis'), () => this.postSelected(), {
      width,
      height: 52,
      primary: true,
      fontSize: 18,
    }).setVisible(false);
    const hintX = narrow ? col.x : col.x + width + 16;
    this.postHint = this.add
      .text(
        hintX,
        0,
        t(locale, 'chooseFirst'),
        textStyle(14, { color: COLORS.muted, wrap: narrow ? col.width : col.width - width - 16 }),
      )
      .setVisible(false);
  }

  /** Puts the Post button under the preview that ends at `below`, labelled for this choice; returns the bottom of what it drew. */
  private placePost(choice: Choice, below: number): number {
    const button = this.postButton;
    const hint = this.postHint;
    if (!button || !hint) return below;
    const { locale } = storeOf(this).getState();
    const top = below + 16;
    button
      .setLabel(t(locale, choice.silent || !choice.post ? 'staySilent' : 'postThis'))
      .setPosition(button.x, top)
      .setVisible(true);
    // Dimmed until a reply is picked: a stray tap must not post the reply the scene happens to open on.
    button.setAlpha(this.picked ? 1 : 0.5);
    hint.setVisible(!this.picked).setColor(COLORS.muted);
    if (this.stage?.narrow) hint.setY(top + button.bh + 10);
    else hint.setY(top + (button.bh - hint.height) / 2);
    return hint.visible ? Math.max(top + button.bh, hint.y + hint.height) : top + button.bh;
  }

  /** Takes Post away while a written reply is shown: the compose panel has its own. */
  private hidePost(): void {
    this.postButton?.setVisible(false);
    this.postHint?.setVisible(false);
  }

  /** A click or a tap on a reply: it becomes the reply about to be posted, shown in full above Post. */
  private select(i: number): void {
    this.focusGroup?.focus(i, false);
    const post = this.postButton;
    // On a phone the preview and Post are below the choices: bring them into view.
    if (post && this.yourReply) this.stage?.reveal(this.yourReply.y, post.y + post.bh);
  }

  /** Post: the selected reply goes out, once one has been picked. */
  private postSelected(): void {
    const step = currentStep(storeOf(this));
    const i = this.focusGroup?.focused ?? -1;
    if (!this.picked || i >= step.choices.length) {
      this.postHint?.setColor(COLORS.accentText);
      return;
    }
    this.post(step.choices[i]!);
  }

  private post(choice: Choice): void {
    choose(storeOf(this), choice.id);
    this.scene.start('Reaction');
  }
}
