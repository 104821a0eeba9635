import Phaser from 'phaser';
import { showScreenText } from '../../src/shell/screen-text';
import { isOpen } from '../../src/protocol/class';
import type { Classroom, ClassroomState } from '../../src/class/client/service';
import { t } from '../../src/i18n';
import { Button } from '../ui/Button';
import { FocusGroup } from '../ui/FocusGroup';
import { reducedMotion, storeOf } from '../ui/registry';
import { COLORS, textStyle } from '../ui/theme';
import { Stage } from '../ui/Stage';

/**
 * Lockstep: the trainee has answered, or read the briefing, and the next
 * decision is not open yet. Says what it waits for, how many of the class
 * have answered, and whether the trainee's own answer has gone; goes on by
 * itself when the instructor opens the decision.
 */
export class ClassWait extends Phaser.Scene {
  constructor() {
    super('ClassWait');
  }

  create(): void {
    const classroom = this.registry.get('classroom') as Classroom;
    const game = storeOf(this);
    const locale = game.getState().locale;
    const position = game.getState().run?.decisions.length ?? 0;
    const stage = new Stage(this);
    const heading = this.add
      .text(0, 0, t(locale, 'waitingTitle'), textStyle(36, { bold: true, align: 'center' }))
      .setOrigin(0.5, 0);
    const detail = this.add
      .text(
        0,
        0,
        position === 0 ? t(locale, 'waitFirst') : t(locale, 'waitDecision', { n: position + 1 }),
        textStyle(20, { align: 'center' }),
      )
      .setOrigin(0.5, 0);
    const progress = this.add.text(0, 0, '', textStyle(18, { color: COLORS.muted, align: 'center' })).setOrigin(0.5, 0);
    const connection = this.add
      .text(0, 0, '', textStyle(16, { color: COLORS.muted, align: 'center' }))
      .setOrigin(0.5, 0);
    // Three dots that breathe, so the screen is visibly alive while nothing else moves.
    const dots = [0, 1, 2].map((i) => {
      const d = this.add.circle(0, 0, 9, COLORS.accent);
      if (!reducedMotion(this))
        this.tweens.add({
          targets: d,
          alpha: { from: 0.25, to: 1 },
          duration: 600,
          delay: i * 200,
          yoyo: true,
          repeat: -1,
        });
      return d;
    });
    const back = new Button(this, 0, 0, t(locale, 'backToClass'), () => this.scene.start('ClassLobby'), {
      width: 260,
      height: 52,
      fontSize: 17,
    });
    new FocusGroup(this, [back], { onEscape: () => this.scene.start('ClassLobby') });

    const layout = () => {
      const { width } = stage;
      const height = stage.narrow ? stage.height : 720;
      const wrap = Math.min(760, width - 2 * stage.margin);
      const cx = width / 2;
      let y = Math.max(40, height / 2 - 190);
      heading.setPosition(cx, y).setWordWrapWidth(wrap);
      y += heading.height + 20;
      dots.forEach((d, i) => {
        d.setPosition(cx + (i - 1) * 32, y + 10);
      });
      y += 44;
      detail.setPosition(cx, y).setWordWrapWidth(wrap);
      y += detail.height + 18;
      progress.setPosition(cx, y).setWordWrapWidth(wrap);
      y += Math.max(progress.height, 26) + 14;
      connection.setPosition(cx, y).setWordWrapWidth(wrap);
      back.setPosition(cx - back.bw / 2, Math.max(y + 40, Math.min(height - back.bh - 24, y + 80)));
      stage.fit(back.y + back.bh + 24);
    };

    const show = (s: ClassroomState) => {
      const active = s.active;
      // Open now: on to the decision.
      if (active && isOpen(s.session, active.scenarioIndex, position)) return void this.scene.start('Feed');
      const lines = [detail.text];
      const stage = s.session?.stage;
      if (position > 0 && stage && active?.scenarioIndex === stage.scenario) {
        const answered = s.answered[position - 1] ?? 0;
        // An answer still here is on its way while the class is connected, and waits for the connection otherwise.
        const mine =
          s.pending === 0 ? 'yourAnswerSent' : s.connection === 'live' ? 'yourAnswerSending' : 'yourAnswerQueued';
        const text = `${t(locale, 'answered', { a: answered, b: s.trainees, n: position })}\n${t(locale, mine, { n: position })}`;
        progress.setText(text);
        lines.push(text);
      } else progress.setText('');
      const conn =
        s.connection === 'live'
          ? t(locale, 'live')
          : s.connection === 'reconnecting'
            ? t(locale, 'reconnecting')
            : t(locale, 'connecting');
      connection.setText(conn).setColor(s.connection === 'live' ? COLORS.muted : COLORS.negative);
      lines.push(conn);
      layout();
      showScreenText(t(locale, 'waitingTitle'), lines);
    };
    const unsubscribe = classroom.store.subscribe((s) => show(s));
    this.events.once('shutdown', () => unsubscribe());
    show(classroom.store.getState());
  }
}
