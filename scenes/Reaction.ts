import Phaser from 'phaser';
import { DEBRIEF, localize, replyLine } from '../src/engine';
import type { Figure } from '../src/engine/schema/figures';
import { figuresAt, shareByMinute } from '../src/store/figures';
import { explainThread } from '../src/i18n/thread';
import { currentScenario, pendingThread, reactionUntil } from '../src/store/actions';
import type { ThreadData } from './Thread';
import { replayNext } from '../src/store/explore';
import { type MessageKey, t, labelled } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Bell } from './ui/Bell';
import { addIcon, type IconName } from './ui/icons';
import { ReactionCues } from './ui/reaction-cues';
import { playCue } from './ui/sound';
import { Button } from './ui/Button';
import { FollowerChart } from './ui/FollowerChart';
import { formatAgo, formatCount, formatDelta } from './ui/format';
import { reducedMotion, storeOf } from './ui/registry';
import { PostCard } from './ui/PostCard';
import { ReplyStream } from './ui/ReplyStream';
import { SentimentPanel } from './ui/SentimentPanel';
import { Stage } from './ui/Stage';
import { COLORS, textStyle } from './ui/theme';

/** Real seconds a reaction takes to play out, whether it runs to the next decision or for 72 simulated hours. */
const PLAY_MS = 10_000;
const COUNTERS: { key: Figure & MessageKey; icon: IconName }[] = [
  { key: 'likes', icon: 'heart' },
  { key: 'replies', icon: 'reply' },
  { key: 'reshares', icon: 'reshare' },
  { key: 'quotes', icon: 'quote' },
];

/** The audience's reaction to the last reply, played out over simulated hours. */
export class Reaction extends Phaser.Scene {
  private elapsed = 0;
  private done = false;
  private update$?: (minute: number) => void;
  private continueButton?: Button;
  /** The simulated minutes the reaction plays: from the post to the next decision, or 72 hours. */
  private from = 0;
  private until = 0;
  /** The minute the reaction pauses for the replies that ask for an answer, while the thread is open. */
  private threadAt: number | null = null;

  constructor() {
    super('Reaction');
  }

  create(data: { from?: number } = {}): void {
    this.done = false;
    const store = storeOf(this);
    const { locale, run } = store.getState();
    const scenario = currentScenario(store);
    const outcome = run!.outcome!;
    const step = outcome.steps[outcome.steps.length - 1]!;
    this.from = step.postedAt;
    this.until = reactionUntil(store);
    const open = pendingThread(store);
    // The reaction pauses on the first reply that asks for an answer, or at its end if the replies come later.
    this.threadAt = open
      ? Math.min(this.until, step.postedAt + Math.min(...open.thread.askers.map((k) => k.minutesAfter)))
      : null;
    // Back from a thread: the reaction goes on from the minute it paused at.
    const resume = data.from ?? step.postedAt;
    this.elapsed = PLAY_MS * ((resume - this.from) / (this.until - this.from)) ** (1 / 2.2);
    const last = run!.stepId === DEBRIEF;
    // The reply as posted: written by the trainee, or the choice's text.
    const scenarioStep = scenario.steps.find((s) => s.id === step.step)!;
    const choice = scenarioStep.choices.find((c) => c.id === step.choice);
    const posted = step.written ? step.written.text : choice?.post ? localize(choice.post, locale) : '';
    const brandColor = Phaser.Display.Color.HexStringToColor(scenario.brand.color).color;

    const stage = new Stage(this);
    const { margin, narrow } = stage;
    // Wide: the post, its counters and the replies on the left; the figures on the right. A phone stacks them.
    const left = { x: margin, width: narrow ? stage.width - 2 * margin : 600 };
    const right = narrow ? left : { x: 720, width: 500 };

    const header = this.add.text(
      left.x,
      narrow ? 22 : 30,
      `${run!.replay ? `${t(locale, 'replay').toUpperCase()} · ` : ''}${t(locale, 'reaction').toUpperCase()}`,
      textStyle(15, { bold: true, color: COLORS.accentText }),
    );
    const clock = this.add.text(header.x + header.width + 16, header.y, '', textStyle(15, { color: COLORS.muted }));
    const bell = new Bell(this, left.x + left.width, header.y + 8, (n) => t(locale, 'notifications', { n: n }));
    const top = header.y + 34;
    const reply = step.silent
      ? this.add.text(left.x, top, t(locale, 'silence'), textStyle(18, { color: COLORS.muted, wrap: left.width }))
      : new PostCard(this, left.x, top, left.width, {
          name: scenario.brand.name,
          handle: scenario.brand.handle,
          time: formatAgo(step.postedAt - step.dueAt, locale),
          text: posted,
          color: brandColor,
          fontSize: 16,
        });
    let y = top + (reply instanceof PostCard ? reply.h : reply.height) + 16;

    // Counters: four in a row, or two by two on a phone.
    const perRow = narrow ? 2 : 4;
    const boxW = (left.width - (perRow - 1) * 12) / perRow;
    const counterTexts = COUNTERS.map((c, i) => {
      const x = left.x + (i % perRow) * (boxW + 12);
      const by = y + Math.floor(i / perRow) * 82;
      this.add.graphics().fillStyle(COLORS.panel, 1).fillRoundedRect(x, by, boxW, 70, 10);
      addIcon(this, x + 19, by + 17, c.icon, 14, 0x9aa7b3);
      this.add.text(x + 32, by + 8, t(locale, c.key), textStyle(13, { color: COLORS.muted }));
      return this.add.text(x + 12, by + 28, '0', textStyle(24, { bold: true }));
    });
    y += Math.ceil(COUNTERS.length / perRow) * 82 + 6;

    // The figures: followers over the hours, the mood, and who is reacting.
    let ry = narrow ? y : top;
    const chart = new FollowerChart(
      this,
      { x: right.x, y: ry, width: right.width, height: narrow ? 230 : 300 },
      outcome,
      locale,
      { from: this.from, until: this.until },
    );
    ry += chart.height + 12;
    const mood = new SentimentPanel(this, { x: right.x, y: ry, width: right.width }, scenario, step, locale);
    ry += mood.height + 16;

    // Skip and continue: at the foot of the figures on the wide stage, before the replies on a phone.
    // (Lower on the wide stage when long segment names, wrapped whole, make the panel taller.)
    const buttonsY = narrow ? ry : Math.max(640, ry);
    new Button(this, right.x, buttonsY, t(locale, 'skip'), () => this.skip(), {
      width: narrow ? 120 : 160,
      height: 52,
      fontSize: 17,
    });
    const skipW = narrow ? 120 : 160;
    this.continueButton = new Button(
      this,
      right.x + skipW + 12,
      buttonsY,
      t(locale, last ? 'toDebrief' : 'continue'),
      () => this.next(),
      { width: right.width - skipW - 12, height: 52, primary: true, fontSize: 18 },
    );
    this.continueButton.setAlpha(0.5);

    // The replies arriving: the rest of the left column, or a window of its own under everything on a phone.
    const streamTop = narrow ? buttonsY + 52 + 20 : y;
    const stream = new ReplyStream(
      this,
      {
        x: left.x,
        y: streamTop,
        width: left.width,
        height: narrow ? Math.max(360, stage.height - 120) : 700 - streamTop,
      },
      { newReplies: (n) => t(locale, 'newReplies', { n: n }) },
    );
    stage.fit(narrow ? streamTop + Math.max(360, stage.height - 120) + margin : Math.max(720, buttonsY + 52 + 28));
    let shown = 0;
    let negative = 0;
    // The replies that asked, and the brand's answers to them, join the stream at their minutes.
    const authored = scenarioStep.thread;
    const asks = (authored?.askers ?? []).map((k) => ({
      at: step.postedAt + k.minutesAfter,
      item: {
        name: k.author,
        handle: k.handle,
        time: formatAgo(k.minutesAfter, locale),
        text: localize(k.text, locale),
        sentiment: (k.wants === 'answer' || k.wants === 'comment' ? 'neutral' : 'negative') as 'neutral' | 'negative',
      },
    }));
    const exchanges = explainThread(scenario, step, locale);
    const answers = (step.thread ?? []).map((e, i) => ({
      at: e.at,
      item: {
        name: scenario.brand.name,
        handle: scenario.brand.handle,
        time: formatAgo(e.at - step.postedAt, locale),
        text: e.private ? `↳ ${t(locale, 'threadPrivate')}` : `↳ ${exchanges[i]!.answer}`,
        sentiment: 'neutral' as const,
        color: brandColor,
      },
    }));
    const extra = (step.silent ? [] : [...asks, ...answers]).sort((a, b) => a.at - b.at);
    let extraShown = 0;
    const cues = new ReactionCues((cue) => playCue(this, cue));

    this.update$ = (minute: number) => {
      const frac = step.silent ? 1 : shareByMinute(outcome.series.engagement, step.postedAt, minute);
      const now = figuresAt(outcome, step, minute);
      counterTexts.forEach((text, i) => {
        text.setText(formatCount(now[COUNTERS[i]!.key], locale));
      });
      chart.show(minute);
      mood.show(Math.min(1, frac * 3));
      const since = Math.max(0, minute - step.postedAt);
      clock.setText(
        since < 60
          ? t(locale, 'minutesLater', { n: Math.round(since) })
          : t(locale, 'hoursLater', { n: Math.round(since / 60) }),
      );
      while (extraShown < extra.length && extra[extraShown]!.at <= minute) stream.add([extra[extraShown++]!.item]);
      let arrived = shown;
      while (arrived < step.replies.length && step.replies[arrived]!.at <= minute) arrived++;
      if (arrived > shown) {
        const fresh = step.replies.slice(shown, arrived);
        stream.add(
          fresh.map((r) => ({
            name: r.name,
            handle: r.handle,
            time: formatAgo(Math.max(1, r.at - step.postedAt), locale),
            text: replyLine(scenario, r, locale),
            sentiment: r.sentiment,
          })),
        );
        bell.ring(arrived);
        negative += fresh.filter((r) => r.sentiment === 'negative').length;
      }
      cues.update(arrived, negative, Math.round(step.totals.likes * frac), arrived - shown, this.time.now);
      shown = arrived;
      if (this.threadAt !== null && minute >= this.threadAt)
        return void this.scene.start('Thread', { minute: this.threadAt } satisfies ThreadData);
      if (minute >= this.until) this.finish();
    };

    const kb = this.input.keyboard!;
    kb.on('keydown-ENTER', () => (this.done ? this.next() : this.skip()));
    kb.on('keydown-SPACE', () => (this.done ? this.next() : this.skip()));
    kb.on('keydown-S', () => this.skip());
    kb.on('keydown-ESC', () => this.skip());
    this.events.once('shutdown', () => kb.removeAllListeners());
    // Screen readers (and tests) learn at once that the reaction is playing; finish() adds the figures.
    showScreenText(t(locale, 'reaction'), [
      step.silent ? t(locale, 'silence') : labelled(locale, `${scenario.brand.name} ${scenario.brand.handle}`, posted),
      t(locale, 'skip'),
    ]);
    this.update$(resume);
    if (step.silent || reducedMotion(this)) this.skip();
  }

  override update(_time: number, delta: number): void {
    if (this.done || !this.update$) return;
    this.elapsed = Math.min(PLAY_MS, this.elapsed + delta);
    const p = this.elapsed / PLAY_MS;
    // Early minutes matter most: play them slowly, then speed up.
    this.update$(this.from + (this.until - this.from) * p ** 2.2);
  }

  private skip(): void {
    if (this.done) return;
    // Skipping stops at the replies that ask for an answer, if they have not been seen yet.
    this.update$?.(this.threadAt ?? this.until);
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
    const posted =
      step.written?.text ??
      scenario.steps.find((s) => s.id === step.step)?.choices.find((c) => c.id === step.choice)?.post;
    showScreenText(t(locale, 'reaction'), [
      step.silent || !posted
        ? t(locale, 'silence')
        : labelled(
            locale,
            `${scenario.brand.name} ${scenario.brand.handle}`,
            typeof posted === 'string' ? posted : localize(posted, locale),
          ),
      // The counts as they stand when the reaction stops: at the next decision, they are not all in yet.
      ...COUNTERS.map((c) =>
        labelled(locale, t(locale, c.key), formatCount(figuresAt(outcome, step, this.until)[c.key], locale)),
      ),
      ...explainThread(scenario, step, locale).map(
        (x) => `${labelled(locale, x.asker, x.question)} → ${labelled(locale, scenario.brand.name, x.answer)}`,
      ),
      labelled(
        locale,
        t(locale, 'followers'),
        `${formatCount(outcome.followers.end, locale)} (${formatDelta(outcome.followers.delta, locale)})`,
      ),
      ...step.replies
        .slice(-5)
        .map((r) => labelled(locale, `${r.name} ${r.handle}`, replyLine(currentScenario(store), r, locale))),
      t(locale, run!.stepId === DEBRIEF ? 'toDebrief' : 'continue'),
    ]);
  }

  private next(): void {
    if (!this.done) return;
    // A shared run plays back its next decision instead of asking for one.
    if (replayNext(storeOf(this))) return void this.scene.restart();
    this.scene.start(storeOf(this).getState().run!.stepId === DEBRIEF ? 'Debrief' : 'Feed');
  }
}
