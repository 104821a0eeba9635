import Phaser from 'phaser';
import { localize } from '../src/engine';
import { t, labelled } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { localBests } from '../src/team-client/runs';
import type { Online } from '../src/team-client/service';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatCount, isolate, withoutIsolates } from './ui/format';
import { storeOf } from './ui/registry';
import { JoinForm } from './ui/JoinForm';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';
import { ellipsize } from './ui/ellipsis';

/** The player's best runs on this browser, and their team's leaderboard. */
export class Leaderboard extends Phaser.Scene {
  private lines: string[] = [];
  private stage?: Stage;
  /** Where the sections start, and how wide they are. */
  private localTop = 100;
  private teamTop = 140;
  private columnWidth = 560;

  constructor() {
    super('Leaderboard');
  }

  create(): void {
    const store = storeOf(this);
    const { locale } = store.getState();
    const online = this.registry.get('online') as Online;
    this.lines = [];
    const stage = new Stage(this);
    this.stage = stage;
    const { margin, narrow } = stage;
    const title = this.add.text(
      margin,
      narrow ? 22 : 36,
      t(locale, 'leaderboard'),
      textStyle(narrow ? 28 : 34, { bold: true }),
    );
    // Wide: this browser's bests on the left, the team on the right, the buttons at the foot.
    // A phone: the buttons, the team, then this browser's bests, in one column.
    const width = narrow ? stage.width - 2 * margin : 560;
    const buttonsY = narrow ? title.y + title.height + 16 : 640;
    const back = new Button(this, margin, buttonsY, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), {
      width: narrow ? 120 : 160,
      height: 48,
      fontSize: 16,
    });
    const buttons = [back];
    const team = store.getState().online.team;
    const x = narrow ? margin : 660;
    let teamY = narrow ? buttonsY + 48 + 24 : 100;
    if (team) {
      const heading = this.add.text(
        x,
        teamY,
        labelled(locale, t(locale, 'yourTeam'), `${isolate(team.name)} · ${isolate(team.player)}`),
        textStyle(18, { bold: true, color: COLORS.accentText, wrap: width }),
      );
      this.lines.push(withoutIsolates(heading.text));
      buttons.push(
        new Button(
          this,
          margin + back.bw + 20,
          buttonsY,
          t(locale, 'leaveTeam'),
          () => {
            online.leave();
            this.scene.restart();
          },
          { width: narrow ? width - back.bw - 20 : 220, height: 48, fontSize: 16 },
        ),
      );
      this.teamTop = heading.y + heading.height + 12;
      // The team's board has room for 8 players and 6 teams.
      teamY = this.teamTop + 16 * 28 + 60;
      void online.flush().then(() => this.drawTeam(online, team.joinCode));
    } else {
      this.add.text(x, teamY, t(locale, 'joinTeam'), textStyle(18, { bold: true, color: COLORS.accentText }));
      const hint = this.add.text(
        x,
        teamY + 30,
        t(locale, 'joinHint'),
        textStyle(14, { color: COLORS.muted, wrap: width }),
      );
      this.lines.push(t(locale, 'joinTeam'), t(locale, 'joinHint'));
      const form = new JoinForm(this, x, hint.y + hint.height + 12, width, locale, async (code, name) => {
        const error = await online.join(code, name);
        if (!error) this.scene.restart();
        return error;
      });
      teamY = hint.y + hint.height + 12 + form.height + 24;
    }
    this.localTop = narrow ? teamY : 100;
    this.add.text(
      margin,
      this.localTop,
      t(locale, 'onThisBrowser'),
      textStyle(18, { bold: true, color: COLORS.accentText }),
    );
    this.columnWidth = width;
    stage.fit(narrow ? this.localTop + 40 + 11 * 30 + margin : 720);
    void this.drawLocal(online);
    new FocusGroup(this, buttons, { onEscape: () => this.scene.start('Title') });
    this.show();
  }

  private show(): void {
    showScreenText(t(storeOf(this).getState().locale, 'leaderboard'), this.lines);
  }

  /** The best run per scenario kept in this browser. */
  private async drawLocal(online: Online): Promise<void> {
    const store = storeOf(this);
    const { locale, catalog } = store.getState();
    const { scenarios, total } = await localBests(online.runs);
    if (!this.scene.isActive()) return;
    const x = this.stage?.margin ?? 60;
    const right = x + this.columnWidth;
    let y = this.localTop + 36;
    if (scenarios.length === 0) {
      this.add.text(x, y, t(locale, 'noRunsYet'), textStyle(15, { color: COLORS.muted, wrap: this.columnWidth }));
      this.lines.push(t(locale, 'noRunsYet'));
    }
    for (const run of scenarios.slice(0, 9)) {
      const scenario = catalog.entries.find((e) => e.scenario.id === run.scenarioId)?.scenario;
      const title = scenario ? localize(scenario.title, locale) : run.scenarioId;
      ellipsize(this.add.text(x, y, title, textStyle(15)), this.columnWidth - 70);
      this.add.text(right, y, formatCount(run.score, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(labelled(locale, title, run.score));
      y += 30;
    }
    if (scenarios.length > 0) {
      this.add.text(x, y + 8, t(locale, 'total'), textStyle(15, { bold: true, color: COLORS.muted }));
      this.add.text(right, y + 8, formatCount(total, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(labelled(locale, t(locale, 'total'), total));
    }
    this.show();
  }

  /** The team's players and every team's average, from the server; or why they cannot be shown. */
  private async drawTeam(online: Online, joinCode: string): Promise<void> {
    const { locale, online: state } = storeOf(this).getState();
    const x = this.stage?.narrow ? this.stage.margin : 660;
    const w = this.columnWidth;
    const loading = this.add.text(x, this.teamTop, t(locale, 'loadingBoard'), textStyle(14, { color: COLORS.muted }));
    const token = online.membership()?.token;
    const [mine, all] = await Promise.all([
      online.client.leaderboard(undefined, joinCode, token),
      online.client.leaderboard(undefined, undefined, token),
    ]);
    if (!this.scene.isActive()) return;
    loading.destroy();
    let y = this.teamTop;
    if (state.waiting > 0) {
      this.add.text(x, y, t(locale, 'waitingRuns', { n: state.waiting }), textStyle(14, { color: COLORS.negative }));
      this.lines.push(t(locale, 'waitingRuns', { n: state.waiting }));
      y += 26;
    }
    if (!mine.ok || !all.ok) {
      const text = t(locale, 'serverUnreachable');
      this.add.text(x, y, text, textStyle(15, { color: COLORS.negative, wrap: w }));
      this.lines.push(text);
      return this.show();
    }
    const me = online.membership()?.player;
    this.add.text(x, y, t(locale, 'teamPlayers'), textStyle(15, { bold: true, color: COLORS.muted }));
    y += 28;
    for (const [i, p] of mine.value.players.slice(0, 8).entries()) {
      const label = `${i + 1}. ${isolate(p.player)}${p.player === me ? ` (${t(locale, 'you')})` : ''}`;
      ellipsize(this.add.text(x, y, label, textStyle(15, { bold: p.player === me })), w - 70);
      this.add.text(x + w, y, formatCount(p.score, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(labelled(locale, withoutIsolates(label), p.score));
      y += 28;
    }
    y += 14;
    this.add.text(x, y, t(locale, 'teamAverages'), textStyle(15, { bold: true, color: COLORS.muted }));
    y += 28;
    for (const [i, team] of all.value.teams.slice(0, 6).entries()) {
      const label = `${i + 1}. ${isolate(team.team)} (${team.players})`;
      ellipsize(this.add.text(x, y, label, textStyle(15)), w - 70);
      this.add.text(x + w, y, formatCount(team.average, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(labelled(locale, withoutIsolates(label), team.average));
      y += 28;
    }
    this.show();
  }
}
