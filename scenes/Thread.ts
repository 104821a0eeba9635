import Phaser from 'phaser';
import { localize, replyAnalysisOptions, type Asker, type ThreadAnswerDecision } from '../src/engine';
import {
  answer,
  currentScenario,
  loadTextAnalyser,
  pendingThread,
  reactionUntil,
  runOutOfThreadTime,
  threadSeconds,
} from '../src/store/actions';
import { labelled, t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { Compose } from './ui/Compose';
import { FocusGroup } from './ui/FocusGroup';
import { formatAgo } from './ui/format';
import { addIcon } from './ui/icons';
import { storeOf } from './ui/registry';
import { PostCard } from './ui/PostCard';
import { Stage } from './ui/Stage';
import { touchFirst } from './ui/pointer';
import { COLORS, textStyle } from './ui/theme';

/** What the Reaction scene hands over: the simulated minute it paused at, to go on from there. */
export interface ThreadData {
  minute: number;
  /** The asker shown, and the answers given before them: the scene starts again for each asker. */
  index?: number;
  given?: ThreadAnswerDecision[];
  /** With the timers on: the real seconds the thread's clock has left. */
  secondsLeft?: number;
}

/**
 * The replies to the trainee's post that ask for an answer, one at a time: pick an answer, move
 * it to private messages, write one, or leave it. The answers are recorded on the decision
 * (the store's `answer`), and the reaction goes on from where it paused.
 */
export class Thread extends Phaser.Scene {
  private given: ThreadAnswerDecision[] = [];
  private index = 0;
  private minute = 0;
  private compose?: Compose;
  /** The compose panel closes after its answer is posted: then the next asker comes. */
  private posted = false;
  /** The real seconds the thread's clock has left, or null when it runs none (timers off). */
  private secondsLeft: number | null = null;

  constructor() {
    super('Thread');
  }

  create(data: ThreadData): void {
    this.given = data.given ?? [];
    this.index = data.index ?? 0;
    this.minute = data.minute;
    this.compose = undefined;
    this.posted = false;
    this.secondsLeft = data.secondsLeft ?? threadSeconds(storeOf(this));
    this.events.once('shutdown', () => this.input.keyboard?.removeAllListeners());
    this.showAsker();
  }

  /** Draws the asker being answered, and their answers. */
  private showAsker(): void {
    const store = storeOf(this);
    const open = pendingThread(store);
    if (!open) return void this.scene.start('Reaction', { from: this.minute });
    const { thread, outcome } = open;
    const asker = thread.askers[this.index];
    if (!asker) return void this.finish();
    // The reaction has run on to this reply at least: a later reply is read when it arrives.
    this.minute = Math.min(reactionUntil(store), Math.max(this.minute, outcome.postedAt + asker.minutesAfter));
    const { locale } = store.getState();
    const scenario = currentScenario(store);
    const stage = new Stage(this);
    const { margin, narrow } = stage;
    const col = { x: margin, width: narrow ? stage.width - 2 * margin : 640 };
    const side = narrow ? col : { x: 740, width: 480 };
    const progress = `${t(locale, 'threadOf', { n: this.index + 1, total: thread.askers.length })}`;
    const header = this.add.text(
      margin,
      narrow ? 22 : 30,
      `${t(locale, 'threadTitle').toUpperCase()} · ${progress}`,
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: col.width }),
    );
    // With the timers on, the clock: at the top right, or under the header on a phone.
    const clock = this.secondsLeft !== null ? this.startClock(stage, header) : null;
    const prompt = this.add.text(
      col.x,
      (clock?.bottom ?? header.y + header.height) + 10,
      localize(thread.prompt, locale),
      textStyle(narrow ? 17 : 19, { wrap: col.width }),
    );
    let y = prompt.y + prompt.height + 16;
    const posted =
      outcome.written?.text ?? localize(open.step.choices.find((c) => c.id === outcome.choice)?.post ?? '', locale);
    const post = new PostCard(this, col.x, y, col.width, {
      name: scenario.brand.name,
      handle: scenario.brand.handle,
      time: formatAgo(this.minute - outcome.postedAt, locale),
      text: posted,
      color: Phaser.Display.Color.HexStringToColor(scenario.brand.color).color,
      fontSize: 15,
    });
    y += post.h + 10;
    const want = t(locale, `wants.${asker.wants}`);
    const question = new PostCard(this, col.x + (narrow ? 12 : 32), y, col.width - (narrow ? 12 : 32), {
      name: asker.author,
      handle: asker.handle,
      time: formatAgo(Math.max(1, this.minute - outcome.postedAt - asker.minutesAfter), locale),
      text: localize(asker.text, locale),
      note: want,
      fontSize: narrow ? 16 : 17,
    });
    y += question.h + 16;
    const lines = [
      localize(thread.prompt, locale),
      labelled(locale, `${scenario.brand.name} ${scenario.brand.handle}`, posted),
      labelled(locale, `${asker.author} ${asker.handle} (${want})`, localize(asker.text, locale)),
    ];

    // The answers: the public ones by number, then private messages, writing and leaving it.
    let by = narrow ? y : prompt.y;
    const buttons: Button[] = [];
    const add = (label: string, act: () => void, primary = false) => {
      const b = new Button(this, side.x, by, label, act, {
        width: side.width,
        height: narrow ? 52 : 56,
        fontSize: narrow ? 16 : 17,
        primary,
      });
      buttons.push(b);
      lines.push(label);
      by += b.bh + 10;
      return b;
    };
    const publicAnswers = asker.answers.filter((n) => !n.private);
    for (const [i, n] of publicAnswers.entries())
      add(`${i + 1}. ${localize(n.label, locale)}`, () => this.pick(asker, n.id));
    const dm = asker.answers.find((n) => n.private);
    if (dm) add(t(locale, 'movePrivate'), () => this.pick(asker, dm.id));
    const composeY = by;
    if (thread.freeText) add(t(locale, 'writeAnswer'), () => this.openCompose(asker, side, composeY, buttons));
    add(t(locale, 'leaveUnanswered'), () => this.next());
    const hints = [
      t(locale, 'threadKeyAnswer', { n: publicAnswers.length > 1 ? `1–${publicAnswers.length}` : '1' }),
      ...(dm ? [t(locale, 'threadKeyPrivate')] : []),
      ...(thread.freeText ? [t(locale, 'threadKeyWrite')] : []),
      t(locale, 'threadKeyLeave'),
    ];
    // Keyboard hints mean nothing on a phone or a tablet without a keyboard.
    if (!narrow && !touchFirst())
      this.add.text(side.x, by + 4, hints.join(' · '), textStyle(13, { color: COLORS.muted, wrap: side.width }));
    stage.fit(Math.max(narrow ? by + 20 : 720, y + 20));
    new FocusGroup(this, buttons, { digits: false, onEscape: () => this.next() });
    const kb = this.input.keyboard!;
    for (const [i, n] of publicAnswers.entries())
      kb.on(`keydown-${['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'][i]}`, () => this.pick(asker, n.id));
    if (dm) kb.on('keydown-P', () => this.pick(asker, dm.id));
    if (thread.freeText) {
      kb.on('keydown-W', (event: KeyboardEvent) => {
        // The "w" that opens the panel must not land in it.
        event.preventDefault();
        this.openCompose(asker, side, composeY, buttons);
      });
    }
    kb.on('keydown-S', () => this.next());
    if (clock) lines.push(clock.text);
    showScreenText(`${t(locale, 'threadTitle')} (${progress})`, lines);
  }

  /**
   * With the timers on, the thread runs against a clock and the reaction goes on meanwhile: each
   * real second is a simulated minute, and the clock says both. When it runs out, the replies not
   * answered stay unanswered. Returns where the clock ends and what it first says.
   */
  private startClock(stage: Stage, header: Phaser.GameObjects.Text): { bottom: number; text: string } {
    const store = storeOf(this);
    const { locale } = store.getState();
    const postedAt = pendingThread(store)!.outcome.postedAt;
    const { narrow } = stage;
    // A phone has no room beside the header: the clock takes a line of its own under it.
    const top = narrow ? header.y + header.height + 8 : header.y;
    const clock = narrow
      ? this.add.text(stage.margin + 26, top, '', textStyle(14, { bold: true }))
      : this.add.text(stage.width - stage.margin, top, '', textStyle(16, { bold: true })).setOrigin(1, 0);
    const icon = addIcon(this, narrow ? stage.margin + 9 : 0, top + (narrow ? 9 : 11), 'timer', 18, 0xffffff);
    const until = reactionUntil(store);
    const show = () => {
      const left = this.secondsLeft ?? 0;
      const color = left <= 10 ? COLORS.negative : COLORS.muted;
      const since = Math.round(this.minute - postedAt);
      const later =
        since < 60 ? t(locale, 'minutesLater', { n: since }) : t(locale, 'hoursLater', { n: Math.round(since / 60) });
      const timing = left > 0 ? t(locale, 'threadTimeLeft', { n: left }) : t(locale, 'timeUp');
      clock.setText(`${timing} · ${later}`).setColor(color);
      if (!narrow) icon.setX(clock.x - clock.width - 14);
      icon.setTint(Phaser.Display.Color.HexStringToColor(color).color);
    };
    show();
    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        this.secondsLeft = Math.max(0, (this.secondsLeft ?? 0) - 1);
        this.minute = Math.min(until, this.minute + 1);
        show();
        if (this.secondsLeft > 0) return;
        this.compose?.close();
        runOutOfThreadTime(store, this.given, this.index);
        this.scene.start('Reaction', { from: this.minute });
      },
    });
    return { bottom: narrow ? top + clock.height : header.y + header.height, text: clock.text };
  }

  private pick(asker: Asker, id: string): void {
    if (this.compose) return;
    this.given.push({ asker: asker.id, answer: id });
    this.next();
  }

  /** Opens the compose panel in place of the answers. */
  private openCompose(asker: Asker, side: { x: number; width: number }, y: number, buttons: Button[]): void {
    if (this.compose) return;
    // The panel takes the place of the buttons under it; they come back when it closes.
    const under = buttons.filter((b) => b.y >= y);
    for (const b of under) b.setVisible(false);
    const store = storeOf(this);
    const { locale } = store.getState();
    const open = pendingThread(store)!;
    const options = replyAnalysisOptions(currentScenario(store), open.step, locale);
    this.compose = new Compose(this, side.x, y, side.width, {
      locale,
      draft: '',
      analyseOptions: { ...options, handles: [...(options.handles ?? []), asker.handle] },
      analyser: store.getState().analyser,
      loadAnalyser: () => loadTextAnalyser(store),
      onChange: () => {},
      onPost: (text) => {
        this.given.push({ asker: asker.id, text, locale });
        this.posted = true;
        this.compose?.close();
      },
      onClose: () => {
        this.compose = undefined;
        if (this.posted) return this.next();
        for (const b of under) b.setVisible(true);
      },
    });
  }

  private next(): void {
    if (this.compose) return;
    const open = pendingThread(storeOf(this));
    if (open && this.index + 1 >= open.thread.askers.length) {
      this.finish();
      return;
    }
    this.scene.restart({
      minute: this.minute,
      index: this.index + 1,
      given: this.given,
      ...(this.secondsLeft !== null ? { secondsLeft: this.secondsLeft } : {}),
    } satisfies ThreadData);
  }

  /** Records the answers (none, if none were given) and goes back to the reaction where it paused. */
  private finish(): void {
    answer(storeOf(this), this.given);
    this.scene.start('Reaction', { from: this.minute });
  }
}
