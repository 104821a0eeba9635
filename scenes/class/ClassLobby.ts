import Phaser from 'phaser';
import { DEBRIEF, localize, PlayError } from '../../src/engine';
import { showScreenText } from '../../src/shell/screen-text';
import { nextInClass, type Classroom, type ClassroomState } from '../../src/class/client/service';
import { t } from '../../src/i18n';
import { playRefusalText } from '../../src/i18n/refusals';
import { Button } from '../ui/Button';
import { FocusGroup } from '../ui/FocusGroup';
import { isolate, withoutIsolates } from '../ui/format';
import { storeOf } from '../ui/registry';
import { COLORS, textStyle } from '../ui/theme';
import { Stage } from '../ui/Stage';

/** The trainee's home in a class: the session, their progress through its scenarios, what comes next, and the class's leaderboard. */
export class ClassLobby extends Phaser.Scene {
  constructor() {
    super('ClassLobby');
  }

  create(): void {
    const classroom = this.registry.get('classroom') as Classroom;
    const store = storeOf(this);
    const { locale } = store.getState();
    const state = classroom.store.getState();
    const m = state.membership;
    if (!m) return void this.scene.start('ClassJoin');
    const stage = new Stage(this);
    const titleOf = (index: number) => {
      const id = state.session?.scenarios[index] ?? '';
      const scenario = store.getState().catalog.entries.find((e) => e.scenario.id === id)?.scenario;
      return scenario ? localize(scenario.title, locale) : id;
    };
    const next = nextInClass(state);
    const lines: string[] = [];

    const eyebrow = this.add.text(
      0,
      0,
      t(locale, 'classLabel').toUpperCase(),
      textStyle(15, { bold: true, color: COLORS.accentText }),
    );
    const title = this.add.text(0, 0, isolate(m.title), textStyle(32, { bold: true }));
    const who = this.add.text(
      0,
      0,
      `${t(locale, 'youAre', { name: isolate(m.trainee) })} · ${state.session?.mode === 'lockstep' ? t(locale, 'lockstep') : t(locale, 'selfPaced')}`,
      textStyle(17, { color: COLORS.muted }),
    );
    lines.push(m.title, withoutIsolates(who.text));
    const playlist = (state.session?.scenarios ?? []).map((_, i) => {
      const p = state.progress.find((x) => x.scenarioIndex === i);
      const status = p?.complete
        ? t(locale, 'doneScore', { score: p.score ?? 0 })
        : p?.decisions.length
          ? t(locale, 'decisionsMade', { n: p.decisions.length })
          : t(locale, 'notStarted');
      const line = `${i + 1}. ${titleOf(i)} — ${status}`;
      lines.push(line);
      return this.add.text(
        0,
        0,
        line,
        textStyle(17, { bold: i === (next.kind === 'play' || next.kind === 'wait' ? next.index : -1) }),
      );
    });

    const buttons: Button[] = [];
    let message: string | undefined;
    if (next.kind === 'play') {
      const label = t(locale, next.resume ? 'continueTitle' : 'startTitle', { title: titleOf(next.index) });
      buttons.push(
        new Button(this, 0, 0, label, () => void this.play(classroom, next.index), {
          width: 420,
          height: 60,
          primary: true,
          fontSize: 19,
        }),
      );
      lines.push(label);
    } else {
      message =
        next.kind === 'wait'
          ? t(locale, 'waitScenario', { title: titleOf(next.index) })
          : next.kind === 'done'
            ? t(locale, 'allDone')
            : next.kind === 'ended'
              ? t(locale, 'ended')
              : t(locale, 'unknown');
      lines.push(message);
    }
    const info = this.add.text(
      0,
      0,
      message ?? '',
      textStyle(18, { bold: true, color: next.kind === 'unknown' ? COLORS.negative : COLORS.text }),
    );
    const status = this.add.text(0, 0, '', textStyle(15, { color: COLORS.muted }));
    buttons.push(
      new Button(
        this,
        0,
        0,
        t(locale, 'leave'),
        () => {
          classroom.leave();
          this.scene.start('Title');
        },
        { width: 200, height: 48, fontSize: 16 },
      ),
    );
    buttons.push(
      new Button(this, 0, 0, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), {
        width: 160,
        height: 48,
        fontSize: 16,
      }),
    );
    new FocusGroup(this, buttons, { onEscape: () => this.scene.start('Title') });

    const boardTitle = this.add.text(0, 0, t(locale, 'board'), textStyle(18, { bold: true, color: COLORS.accentText }));
    const board = this.add.text(0, 0, t(locale, 'loadingBoard'), textStyle(16, { color: COLORS.muted }));

    const layout = () => {
      const { width, narrow, margin } = stage;
      const height = narrow ? stage.height : 720;
      const colW = narrow ? width - 2 * margin : Math.min(620, width / 2 - margin - 20);
      eyebrow.setPosition(margin, 30);
      title.setPosition(margin, 56).setWordWrapWidth(colW);
      who.setPosition(margin, title.y + title.height + 8).setWordWrapWidth(colW);
      let y = who.y + who.height + 24;
      for (const p of playlist) {
        p.setPosition(margin, y).setWordWrapWidth(colW);
        y += p.height + 10;
      }
      y += 14;
      const [first, ...rest] = buttons;
      if (next.kind === 'play') {
        first!.setPosition(margin, y);
        y += first!.bh + 14;
      } else {
        info.setPosition(margin, y).setWordWrapWidth(colW);
        y += info.height + 14;
      }
      status.setPosition(margin, y).setWordWrapWidth(colW);
      y += 60;
      const small = next.kind === 'play' ? rest : buttons;
      for (const [i, b] of small.entries())
        b.setPosition(
          margin + small.slice(0, i).reduce((x, o) => x + o.bw + 16, 0),
          narrow ? y : Math.max(y, height - 90),
        );
      const bx = narrow ? margin : width / 2 + 20;
      const by = narrow ? y + 80 : 56;
      boardTitle.setPosition(bx, by);
      board.setPosition(bx, by + 34).setWordWrapWidth(colW);
      stage.fit(Math.max(board.y + board.height, ...small.map((b) => b.y + b.bh)) + 24);
    };
    if (next.kind === 'play') info.setVisible(false);

    const showStatus = (s: ClassroomState) => {
      const parts = [
        s.connection === 'live'
          ? t(locale, 'live')
          : s.connection === 'reconnecting'
            ? t(locale, 'reconnecting')
            : s.connection === 'connecting'
              ? t(locale, 'connecting')
              : '',
      ];
      if (s.pending > 0) parts.push(t(locale, 'pending', { n: s.pending }));
      if (s.refused) parts.push(t(locale, 'refused', { error: s.refused }));
      status
        .setText(parts.filter(Boolean).join('\n'))
        .setColor(s.connection === 'live' && !s.refused ? COLORS.muted : COLORS.negative);
      showScreenText(m.title, [...lines, ...parts.filter(Boolean), t(locale, 'board'), withoutIsolates(board.text)]);
    };
    // A restart makes a new drawing: an answer that arrives for this one must not touch its destroyed texts.
    let drawn = true;
    const loadBoard = async () => {
      const answer = await classroom.client.leaderboard(m.token);
      if (!drawn || !this.scene.isActive()) return;
      if (!answer.ok) return void board.setText(t(locale, 'serverUnreachable'));
      const rows = answer.value.players.filter((p) => p.finished > 0).slice(0, 10);
      board.setText(
        rows.length
          ? rows
              .map(
                (p, i) =>
                  `${i + 1}. ${isolate(p.name)}${p.name === m.trainee ? ` (${t(locale, 'you')})` : ''} — ${t(locale, 'pointsOf', { score: p.score, n: p.finished })}`,
              )
              .join('\n')
          : t(locale, 'boardEmpty'),
      );
      board.setColor(rows.length ? COLORS.text : COLORS.muted);
      layout();
      showStatus(classroom.store.getState());
    };
    // What comes next may change (the instructor opens a scenario, the server sends progress): then redraw.
    const key = JSON.stringify(next);
    const unsubscribe = classroom.store.subscribe((s, before) => {
      if (JSON.stringify(nextInClass(s)) !== key) return void this.scene.restart();
      showStatus(s);
      if (s.progress !== before.progress) void loadBoard();
    });
    // A class's own scenario arrives from the server after the lobby is drawn: its title replaces its id.
    const titles = () => (state.session?.scenarios ?? []).map((_, i) => titleOf(i)).join('\n');
    const shown = titles();
    const unsubscribeCatalog = store.subscribe((s, before) => {
      if (this.scene.isActive() && s.catalog !== before.catalog && titles() !== shown) this.scene.restart();
    });
    const timer = this.time.addEvent({ delay: 10_000, loop: true, callback: () => void loadBoard() });
    this.events.once('shutdown', () => {
      drawn = false;
      unsubscribe();
      unsubscribeCatalog();
      timer.remove();
    });
    layout();
    showStatus(classroom.store.getState());
    void loadBoard();
  }

  private async play(classroom: Classroom, index: number): Promise<void> {
    const locale = storeOf(this).getState().locale;
    try {
      const fresh = (await classroom.decisionsOf(index)).length === 0;
      const step = await classroom.play(index);
      this.scene.start(step === DEBRIEF ? 'Debrief' : fresh ? 'Briefing' : 'Feed');
    } catch (err) {
      // An earlier answer the engine refuses now is told in the trainee's language, with what it names.
      const error = err instanceof PlayError ? playRefusalText(err, locale) : (err as Error).message;
      classroom.store.setState({ refused: t(locale, 'resumeFailed', { error }) });
    }
  }
}
