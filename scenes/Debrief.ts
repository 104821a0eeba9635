import Phaser from 'phaser';
import { localize } from '../src/engine';
import { explainBand, explainDecisions, reconcile } from '../src/i18n/decisions';
import { explainThread } from '../src/i18n/thread';
import { currentScenario, freshSeed, startRun } from '../src/store/actions';
import { type MessageKey, t, labelled, quote } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { addWrittenReply } from './ui/WrittenReply';
import { FocusGroup } from './ui/FocusGroup';
import { addClassReturn } from './class/hooks';
import { addRunTools } from './ui/RunTools';
import { formatCount, formatDelta } from './ui/format';
import { reducedMotion, storeOf } from './ui/registry';
import { explainPart, partTitle } from '../src/i18n/debrief';
import { sourceLine } from '../src/i18n/sources';
import { sourcesOf } from '../src/engine/schema/source';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';
import { touchFirst } from './ui/pointer';

/** The score, what made it, what really happened and the lesson. */
/** What the debrief says of where the run went. */
const DELIVERY_TEXT = {
  local: 'runSaved',
  sent: 'runSent',
  queued: 'runQueued',
  practice: 'runPractice',
  unranked: 'runUnranked',
} as const satisfies Record<string, MessageKey>;

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

    const stage = new Stage(this);
    const { margin, narrow } = stage;
    // Wide: the score and its parts on the left, the story on the right. A phone reads the score, the story, then the parts.
    const left = { x: margin, width: narrow ? stage.width - 2 * margin : 580 };
    const right = narrow ? left : { x: 700, width: 520 };

    const heading = this.add.text(
      margin,
      narrow ? 22 : 30,
      `${run!.replay ? `${t(locale, 'replay').toUpperCase()} · ` : ''}${t(locale, 'debrief').toUpperCase()} · ${localize(scenario.title, locale)}`,
      textStyle(15, { bold: true, color: COLORS.accentText, wrap: stage.width - 2 * margin }),
    );
    const top = heading.y + heading.height + 12;
    this.add.text(left.x, top, t(locale, 'score'), textStyle(16, { color: COLORS.muted }));
    const scoreText = this.add.text(left.x, top + 20, '0', textStyle(narrow ? 52 : 64, { bold: true }));
    this.add.text(
      left.x,
      top + (narrow ? 86 : 100),
      `/ ${formatCount(score.max, locale)}`,
      textStyle(18, { color: COLORS.muted }),
    );
    this.tweens.addCounter({
      from: reducedMotion(this) ? score.total : 0,
      to: score.total,
      duration: reducedMotion(this) ? 0 : 900,
      ease: 'Cubic.Out',
      onUpdate: (tw) => scoreText.setText(formatCount(Math.round(tw.getValue() ?? 0), locale)),
    });
    lines.push(labelled(locale, t(locale, 'score'), `${score.total} / ${score.max}`));

    const fx = left.x + (narrow ? Math.min(170, left.width / 2) : 240);
    this.add.text(fx, top, t(locale, 'followerChange'), textStyle(16, { color: COLORS.muted }));
    const delta = formatDelta(followers.delta, locale);
    this.add.text(
      fx,
      top + 24,
      delta,
      textStyle(narrow ? 32 : 40, { bold: true, color: followers.delta >= 0 ? COLORS.positive : COLORS.negative }),
    );
    this.add.text(
      fx,
      top + (narrow ? 66 : 76),
      `${formatCount(followers.start, locale)} → ${formatCount(followers.end, locale)}`,
      textStyle(narrow ? 14 : 16, { color: COLORS.muted, wrap: left.x + left.width - fx }),
    );
    lines.push(
      labelled(
        locale,
        t(locale, 'followerChange'),
        `${delta} (${formatCount(followers.start, locale)} → ${formatCount(followers.end, locale)})`,
      ),
    );
    // The band under the score: a high total with a decision against the lesson still reads "mixed".
    const band = explainBand(scenario, score.band, locale);
    const bandColor =
      score.band.id === 'strong' ? COLORS.positive : score.band.id === 'harmful' ? COLORS.negative : COLORS.text;
    const bandText = this.add.text(
      left.x,
      top + (narrow ? 114 : 132),
      band.title,
      textStyle(narrow ? 17 : 19, { bold: true, color: bandColor }),
    );
    const bandReasons = this.add.text(
      left.x,
      bandText.y + bandText.height + 4,
      band.reasons.map((r) => `• ${r}`).join('\n'),
      textStyle(14, { color: bandColor, wrap: left.width }),
    );
    lines.push(band.title, ...band.reasons);
    const scoreBottom = bandReasons.y + bandReasons.height + 16;

    // What really happened, the lesson and the source, in a panel.
    const pad = 20;
    const storyTop = narrow ? scoreBottom + 8 : top + 4;
    const g = this.add.graphics();
    const h1 = this.add.text(right.x + pad, storyTop + 16, t(locale, 'whatHappened'), textStyle(18, { bold: true }));
    const happened = this.add.text(
      right.x + pad,
      h1.y + 30,
      localize(scenario.debrief.outcome, locale),
      textStyle(16, { wrap: right.width - 2 * pad }),
    );
    const h2 = this.add.text(
      right.x + pad,
      happened.y + happened.height + 20,
      t(locale, 'lesson'),
      textStyle(18, { bold: true, color: COLORS.accentText }),
    );
    const lesson = this.add.text(
      right.x + pad,
      h2.y + 30,
      localize(scenario.debrief.lesson, locale),
      textStyle(16, { wrap: right.width - 2 * pad }),
    );
    const sources = `${sourceLine(sourcesOf(scenario), locale)}${scenario.brand.followersIllustrative ? `\n${t(locale, 'illustrative')}` : ''}`;
    const source = this.add.text(
      right.x + pad,
      lesson.y + lesson.height + 18,
      sources,
      textStyle(13, { color: COLORS.muted, wrap: right.width - 2 * pad }),
    );
    const storyBottom = source.y + source.height + 20;
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(right.x, storyTop, right.width, storyBottom - storyTop, 12);

    // The four parts of the score, each with the reasons behind it.
    let y = narrow ? storyBottom + 24 : scoreBottom;
    for (const part of score.parts) {
      const title = `${partTitle(part.id, locale)}`;
      this.add.text(left.x, y, title, textStyle(17, { bold: true }));
      this.add
        .text(left.x + left.width, y, `${part.points} / ${part.max}`, textStyle(17, { bold: true }))
        .setOrigin(1, 0);
      const bar = this.add.graphics();
      bar.fillStyle(COLORS.panelHi, 1).fillRoundedRect(left.x, y + 28, left.width, 8, 4);
      bar
        .fillStyle(part.points >= part.max / 2 ? COLORS.positiveHex : COLORS.negativeHex, 1)
        .fillRoundedRect(left.x, y + 28, Math.max(8, (left.width * part.points) / part.max), 8, 4);
      const reasons = explainPart(scenario, part, locale);
      const text = this.add.text(
        left.x,
        y + 44,
        reasons.map((r) => `• ${r}`).join('\n'),
        textStyle(14, { color: COLORS.muted, wrap: left.width }),
      );
      lines.push(labelled(locale, title, `${part.points} / ${part.max}. ${reasons.join('. ')}`));
      y = text.y + text.height + 16;
    }
    // Followers won and trust lost at once: one sentence says how both are true.
    const reconciled = reconcile(scenario, outcome, locale);
    if (reconciled) {
      const text = this.add.text(left.x, y - 4, reconciled, textStyle(14, { color: COLORS.text, wrap: left.width }));
      lines.push(reconciled);
      y = text.y + text.height + 18;
    }

    // A line per decision: what was posted, how each segment took it, and where it stood with the lesson.
    this.add.text(left.x, y, t(locale, 'decisionByDecision'), textStyle(17, { bold: true }));
    y += 30;
    for (const [i, d] of explainDecisions(scenario, outcome, locale).entries()) {
      const mark = d.verdict === 'follows' ? '✓' : d.verdict === 'against' ? '✗' : '–';
      const color =
        d.verdict === 'follows' ? COLORS.positive : d.verdict === 'against' ? COLORS.negative : COLORS.muted;
      const head = this.add.text(left.x, y, `${i + 1}. ${d.title}`, textStyle(15, { bold: true, wrap: left.width }));
      const body = this.add.text(
        left.x + 14,
        head.y + head.height + 4,
        `${d.posted}\n${d.reactions}`,
        textStyle(13, { color: COLORS.muted, wrap: left.width - 14 }),
      );
      const verdict = this.add.text(
        left.x + 14,
        body.y + body.height + 4,
        `${mark} ${d.lesson}`,
        textStyle(14, { bold: d.verdict === 'against', color, wrap: left.width - 14 }),
      );
      lines.push(labelled(locale, `${i + 1}. ${d.title}`, d.posted), d.reactions, d.lesson);
      let bottom = verdict.y + verdict.height;
      // The answers in the decision's thread: an answer against the lesson is named as a post would be.
      if (d.thread) {
        const thread = this.add.text(
          left.x + 14,
          bottom + 4,
          d.thread.text,
          textStyle(13, { color: d.thread.against ? COLORS.negative : COLORS.muted, wrap: left.width - 14 }),
        );
        lines.push(d.thread.text);
        bottom = thread.y + thread.height;
      }
      y = bottom + 14;
    }
    lines.push(
      labelled(locale, t(locale, 'whatHappened'), localize(scenario.debrief.outcome, locale)),
      labelled(locale, t(locale, 'lesson'), localize(scenario.debrief.lesson, locale)),
      sources,
    );

    // Replies the trainee wrote: the words that triggered each feature, and who liked them.
    // On the wide stage they fill the space under the story; on a phone they follow the parts.
    // The tools row comes after them, with room above it for what the tools say.
    const toolsGap = 36;
    let wy = narrow ? y + 8 : storyBottom + 12;
    for (const [i, step] of outcome.steps.filter((s) => s.written).entries()) {
      // The first fits the wide stage's space; more make the page scroll.
      const room = narrow || i > 0 ? 320 : Math.max(120, 574 - toolsGap - wy);
      const added = addWrittenReply(this, right.x, wy, right.width, room, scenario, step, locale);
      lines.push(...added.lines);
      wy += added.height + 12;
    }
    // The answers given to replies that asked: each exchange, and how the asker's segment took it.
    const exchanges = outcome.steps.flatMap((s) =>
      explainThread(scenario, s, locale).map((x, i) => ({ ...x, private: s.thread![i]!.private })),
    );
    if (outcome.steps.some((s) => s.thread)) {
      const heading = this.add.text(right.x, wy, t(locale, 'threadDebrief'), textStyle(17, { bold: true }));
      const lapsed = outcome.steps.reduce((n, s) => n + (s.threadLapsed?.length ?? 0), 0);
      const answered =
        exchanges.length === 0
          ? [t(locale, 'threadNone')]
          : exchanges.map(
              (x) =>
                `${labelled(locale, x.asker, quote(x.question, locale))}\n↳ ${x.private ? labelled(locale, t(locale, 'threadPrivate'), quote(x.answer, locale)) : quote(x.answer, locale)}\n${x.took} (${t(locale, 'threadTrust', { delta: formatDelta(x.trustPoints, locale), n: Math.abs(x.trustPoints) })})`,
            );
      // Replies the thread's clock left unanswered are said apart: the trainee did not choose to leave them.
      const said = lapsed > 0 ? [...answered, t(locale, 'threadLapsed', { n: lapsed })] : answered;
      const body = this.add.text(
        right.x,
        heading.y + heading.height + 8,
        said.join('\n\n'),
        textStyle(14, { color: COLORS.muted, wrap: right.width }),
      );
      lines.push(t(locale, 'threadDebrief'), ...said.map((l) => l.replace(/\n/g, ' ')));
      wy = body.y + body.height + 12;
    }
    const toolsY = narrow ? Math.max(y, wy) + toolsGap : Math.max(574, wy + toolsGap);
    const tools = addRunTools(this, right.x, toolsY, right.width, () => showDelivery());

    const buttonsY = toolsY + 46 + 20;
    const again = new Button(
      this,
      right.x,
      buttonsY,
      t(locale, 'playAgain'),
      () => {
        startRun(store, scenario.id, freshSeed());
        this.scene.start('Briefing');
      },
      { width: (right.width - 20) / 2, height: 52, primary: true, fontSize: 18 },
    );
    const other = new Button(
      this,
      right.x + (right.width + 20) / 2,
      buttonsY,
      t(locale, 'otherScenario'),
      () => this.scene.start('ScenarioSelect'),
      { width: (right.width - 20) / 2, height: 52, fontSize: 18 },
    );
    const deliveryY = narrow ? buttonsY + Math.max(again.bh, other.bh) + 12 : Math.max(690, y);
    stage.fit(Math.max(deliveryY + (narrow ? 60 : 30), buttonsY + Math.max(again.bh, other.bh) + 28));
    new FocusGroup(this, [...tools.buttons, again, other], {
      onEscape: () => this.scene.start('ScenarioSelect'),
      start: tools.buttons.length,
    });
    this.input.keyboard?.on('keydown-L', () => this.scene.start('Leaderboard'));

    // Where the run went: this browser, the team server, or the queue for it.
    const delivery = this.add.text(
      margin,
      deliveryY,
      '',
      textStyle(13, { color: COLORS.muted, wrap: narrow ? stage.width - 2 * margin : 600 }),
    );
    const showDelivery = () => {
      const last = store.getState().online.last;
      const text = !last
        ? ''
        : last.state === 'refused'
          ? t(locale, 'runRefused', { n: last.message ?? '' })
          : t(locale, DELIVERY_TEXT[last.state]);
      // The key to the leaderboard is a keyboard's: a phone is told only where the run went.
      delivery.setText(text && !touchFirst() ? `${text}  (${labelled(locale, 'L', t(locale, 'leaderboard'))})` : text);
      delivery.setColor(last?.state === 'refused' || last?.state === 'queued' ? COLORS.negative : COLORS.muted);
      showScreenText(t(locale, 'debrief'), [...lines, ...(text ? [text] : []), ...tools.lines()]);
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.online !== before.online) showDelivery();
    });
    this.events.once('shutdown', unsubscribe);
    showDelivery();
    addClassReturn(this);
  }
}
