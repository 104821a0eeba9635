import Phaser from 'phaser';
import { localize } from '../src/engine';
import { freshSeed, playable, problemLines, startRun } from '../src/store/actions';
import { difficultyName, t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/format';
import { COLORS, textStyle, WIDTH } from './ui/theme';

/** The list of scenarios in the chosen language, and any file that failed to load. */
export class ScenarioSelect extends Phaser.Scene {
  constructor() {
    super('ScenarioSelect');
  }

  create(): void {
    const store = storeOf(this);
    const { locale, catalog } = store.getState();
    const entries = playable(store, locale);
    this.add.text(60, 40, t(locale, 'chooseScenario'), textStyle(34, { bold: true }));
    const buttons: Button[] = [];
    const lines: string[] = [];
    entries.forEach((entry, i) => {
      const s = entry.scenario;
      const detail = `${s.brand.name} · ${s.year} · ${difficultyName(locale, s.difficulty)} · ${t(locale, 'minutes', s.minutes)}\n${localize(s.summary, locale)}`;
      const title = localize(s.title, locale);
      lines.push(`${title}. ${detail}`);
      buttons.push(
        new Button(this, 60, 110 + i * 118, title, () => {
          startRun(store, s.id, freshSeed());
          this.scene.start('Briefing');
        }, { width: 720, height: 104, detail, fontSize: 20 }),
      );
    });
    if (entries.length === 0) {
      this.add.text(60, 120, t(locale, 'noScenarios'), textStyle(18, { color: COLORS.muted }));
      lines.push(t(locale, 'noScenarios'));
    }
    if (catalog.status === 'failed' || catalog.problems.length > 0) this.drawProblems(lines);
    const back = new Button(this, 60, 640, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), { width: 160, height: 48, fontSize: 16 });
    new FocusGroup(this, [...buttons, back], { onEscape: () => this.scene.start('Title') });
    showScreenText(t(locale, 'chooseScenario'), lines);
  }

  /** The files that did not load, with every message, so the author can fix them. */
  private drawProblems(lines: string[]): void {
    const { locale, catalog } = storeOf(this).getState();
    const x = 820;
    const width = WIDTH - x - 40;
    const messages = catalog.status === 'failed' ? [catalog.error ?? ''] : problemLines(catalog.problems);
    const files = new Set(catalog.problems.map((p) => p.file)).size;
    const heading = catalog.status === 'failed' ? t(locale, 'errorTitle') : t(locale, 'brokenFiles', files);
    const g = this.add.graphics();
    const title = this.add.text(x + 16, 126, `⚠ ${heading}`, textStyle(17, { bold: true, color: COLORS.danger, wrap: width - 32 }));
    const shown = messages.slice(0, 8);
    const more = messages.length - shown.length;
    const body = this.add.text(x + 16, title.y + title.height + 10, shown.join('\n\n') + (more > 0 ? `\n\n(+${more})` : ''), textStyle(13, { wrap: width - 32 }));
    g.fillStyle(0x2a1a1a, 1).fillRoundedRect(x, 110, width, body.y + body.height - 110 + 16, 12);
    g.lineStyle(1, 0x7a3b33, 1).strokeRoundedRect(x, 110, width, body.y + body.height - 110 + 16, 12);
    lines.push(heading, ...messages);
  }
}
