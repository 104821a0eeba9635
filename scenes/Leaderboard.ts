import Phaser from 'phaser';
import { localize } from '../src/engine';
import { t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { localBests } from '../src/online/runs';
import type { Online } from '../src/online/service';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatCount, storeOf } from './ui/format';
import { JoinForm } from './ui/JoinForm';
import { COLORS, textStyle } from './ui/theme';

/** The player's best runs on this browser, and their team's leaderboard. */
export class Leaderboard extends Phaser.Scene {
  private lines: string[] = [];

  constructor() {
    super('Leaderboard');
  }

  create(): void {
    const store = storeOf(this);
    const { locale } = store.getState();
    const online = this.registry.get('online') as Online;
    this.lines = [];
    this.add.text(60, 36, t(locale, 'leaderboard'), textStyle(34, { bold: true }));
    const back = new Button(this, 60, 640, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), { width: 160, height: 48, fontSize: 16 });
    const buttons = [back];
    this.add.text(60, 100, t(locale, 'onThisBrowser'), textStyle(18, { bold: true, color: COLORS.accentText }));
    void this.drawLocal(online);

    const x = 660;
    const team = store.getState().online.team;
    if (team) {
      this.add.text(x, 100, `${t(locale, 'yourTeam')}: ${team.name} · ${team.player}`, textStyle(18, { bold: true, color: COLORS.accentText, wrap: 560 }));
      this.lines.push(`${t(locale, 'yourTeam')}: ${team.name} · ${team.player}`);
      buttons.push(new Button(this, 240, 640, t(locale, 'leaveTeam'), () => {
        online.leave();
        this.scene.restart();
      }, { width: 220, height: 48, fontSize: 16 }));
      void online.flush().then(() => this.drawTeam(online, team.joinCode));
    } else {
      this.add.text(x, 100, t(locale, 'joinTeam'), textStyle(18, { bold: true, color: COLORS.accentText }));
      this.add.text(x, 130, t(locale, 'joinHint'), textStyle(14, { color: COLORS.muted }));
      this.lines.push(t(locale, 'joinTeam'), t(locale, 'joinHint'));
      new JoinForm(this, x, 160, 560, locale, async (code, name) => {
        const error = await online.join(code, name);
        if (!error) this.scene.restart();
        return error;
      });
    }
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
    let y = 136;
    if (scenarios.length === 0) {
      this.add.text(60, y, t(locale, 'noRunsYet'), textStyle(15, { color: COLORS.muted }));
      this.lines.push(t(locale, 'noRunsYet'));
    }
    for (const run of scenarios.slice(0, 9)) {
      const scenario = catalog.entries.find((e) => e.scenario.id === run.scenarioId)?.scenario;
      const title = scenario ? localize(scenario.title, locale) : run.scenarioId;
      this.add.text(60, y, title, textStyle(15, { wrap: 440 }));
      this.add.text(560, y, formatCount(run.score, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(`${title}: ${run.score}`);
      y += 30;
    }
    if (scenarios.length > 0) {
      this.add.text(60, y + 8, t(locale, 'total'), textStyle(15, { bold: true, color: COLORS.muted }));
      this.add.text(560, y + 8, formatCount(total, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(`${t(locale, 'total')}: ${total}`);
    }
    this.show();
  }

  /** The team's players and every team's average, from the server; or why they cannot be shown. */
  private async drawTeam(online: Online, joinCode: string): Promise<void> {
    const { locale, online: state } = storeOf(this).getState();
    const x = 660;
    const loading = this.add.text(x, 140, t(locale, 'loadingBoard'), textStyle(14, { color: COLORS.muted }));
    const [mine, all] = await Promise.all([online.client.leaderboard(undefined, joinCode), online.client.leaderboard()]);
    if (!this.scene.isActive()) return;
    loading.destroy();
    let y = 140;
    if (state.waiting > 0) {
      this.add.text(x, y, t(locale, 'waitingRuns', state.waiting), textStyle(14, { color: COLORS.negative }));
      this.lines.push(t(locale, 'waitingRuns', state.waiting));
      y += 26;
    }
    if (!mine.ok || !all.ok) {
      const text = t(locale, 'serverUnreachable');
      this.add.text(x, y, text, textStyle(15, { color: COLORS.negative, wrap: 560 }));
      this.lines.push(text);
      return this.show();
    }
    const me = online.membership()?.player;
    this.add.text(x, y, t(locale, 'teamPlayers'), textStyle(15, { bold: true, color: COLORS.muted }));
    y += 28;
    for (const [i, p] of mine.value.players.slice(0, 8).entries()) {
      const label = `${i + 1}. ${p.player}${p.player === me ? ` (${t(locale, 'you')})` : ''}`;
      this.add.text(x, y, label, textStyle(15, { bold: p.player === me, wrap: 440 }));
      this.add.text(x + 560, y, formatCount(p.score, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(`${label}: ${p.score}`);
      y += 28;
    }
    y += 14;
    this.add.text(x, y, t(locale, 'teamAverages'), textStyle(15, { bold: true, color: COLORS.muted }));
    y += 28;
    for (const [i, team] of all.value.teams.slice(0, 6).entries()) {
      const label = `${i + 1}. ${team.team} (${team.players})`;
      this.add.text(x, y, label, textStyle(15, { wrap: 440 }));
      this.add.text(x + 560, y, formatCount(team.average, locale), textStyle(15, { bold: true })).setOrigin(1, 0);
      this.lines.push(`${label}: ${team.average}`);
      y += 28;
    }
    this.show();
  }
}
