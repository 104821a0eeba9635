import Phaser from 'phaser';
import { localize } from '../src/engine';
import { freshSeed, playable, problemLines, startRun } from '../src/store/actions';
import { pickScenarioFile, readScenarioFile } from '../src/import/file-drop';
import { openPicked } from '../src/import/open';
import { ti } from '../src/import/strings';
import type { Shelf } from '../src/store/imports';
import { difficultyName, t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/format';
import { COLORS, textStyle, WIDTH } from './ui/theme';

/** The scrolling list's top and bottom, and the gap between cards. */
const LIST_TOP = 110;
const LIST_BOTTOM = 620;
const CARD_GAP = 12;

/** The list of scenarios in the chosen language, and any file that failed to load. */
export class ScenarioSelect extends Phaser.Scene {
  constructor() {
    super('ScenarioSelect');
  }

  create(): void {
    const store = storeOf(this);
    const { locale, catalog, imports } = store.getState();
    const entries = playable(store, locale);
    // A file opened from here or dropped anywhere shows up at once.
    const unsubscribe = store.subscribe((now, before) => {
      if (now.imports !== before.imports && now.imports.status !== 'checking') this.scene.restart();
    });
    this.events.once('shutdown', unsubscribe);
    this.add.text(60, 40, t(locale, 'chooseScenario'), textStyle(34, { bold: true }));
    const buttons: Button[] = [];
    const lines: string[] = [];
    entries.forEach((entry) => {
      const s = entry.scenario;
      const detail = `${entry.imported ? `${ti(locale, 'yours')} · ` : ''}${s.brand.name} · ${s.year} · ${difficultyName(locale, s.difficulty)} · ${t(locale, 'minutes', s.minutes)}\n${localize(s.summary, locale)}`;
      const title = localize(s.title, locale);
      lines.push(`${title}. ${detail}`);
      buttons.push(
        new Button(this, 60, LIST_TOP, title, () => {
          startRun(store, s.id, freshSeed());
          this.scene.start('Briefing');
        }, { width: 720, height: 100, detail, fontSize: 20 }),
      );
    });
    if (entries.length === 0) {
      this.add.text(60, 120, t(locale, 'noScenarios'), textStyle(18, { color: COLORS.muted }));
      lines.push(t(locale, 'noScenarios'));
    }
    if (imports.status === 'ready' || imports.status === 'failed') this.drawImport(lines);
    else if (catalog.status === 'failed' || catalog.problems.length > 0) this.drawProblems(lines);
    const back = new Button(this, 60, 640, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), { width: 160, height: 48, fontSize: 16 });
    const open = new Button(this, 240, 640, ti(locale, 'open'), () => void this.openFile(), { width: 300, height: 48, fontSize: 16 });
    this.add.text(556, 664, ti(locale, 'dropHint'), textStyle(13, { color: COLORS.muted, wrap: 240 })).setOrigin(0, 0.5);
    lines.push(ti(locale, 'open'), ti(locale, 'dropHint'));
    // Focus the scenario just opened, so Enter plays it.
    const opened = imports.status === 'ready' ? entries.findIndex((e) => e.scenario.id === imports.scenarioId) : -1;
    // The list scrolls: cards that do not fit between the title and the bottom buttons are hidden.
    const more = { up: this.add.text(420, LIST_TOP - 24, '▲', textStyle(14, { color: COLORS.muted })), down: this.add.text(420, LIST_BOTTOM + 2, '▼', textStyle(14, { color: COLORS.muted })) };
    // Each card as tall as its summary needs, stacked with a gap.
    const tops: number[] = [];
    buttons.reduce((y, b) => (tops.push(y), y + b.bh + CARD_GAP), 0);
    const listHeight = buttons.length > 0 ? tops.at(-1)! + buttons.at(-1)!.bh : 0;
    let offset = 0;
    const maxOffset = Math.max(0, listHeight - (LIST_BOTTOM - LIST_TOP));
    const layout = () => {
      buttons.forEach((b, i) => {
        const y = LIST_TOP + tops[i]! - offset;
        b.setY(y);
        const inside = y >= LIST_TOP - 1 && y + b.bh <= LIST_BOTTOM + 1;
        b.setVisible(inside);
        if (b.input) b.input.enabled = inside;
      });
      more.up.setVisible(offset > 0);
      more.down.setVisible(offset < maxOffset);
    };
    const scrollTo = (i: number) => {
      if (i >= buttons.length) return;
      const top = tops[i]!;
      const bottom = top + buttons[i]!.bh;
      if (top < offset) offset = top;
      else if (bottom > offset + (LIST_BOTTOM - LIST_TOP)) offset = Math.min(maxOffset, bottom - (LIST_BOTTOM - LIST_TOP));
      layout();
    };
    this.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) => {
      offset = Math.max(0, Math.min(maxOffset, offset + dy));
      layout();
    });
    layout();
    new FocusGroup(this, [...buttons, back, open], { onEscape: () => this.scene.start('Title'), start: Math.max(0, opened), onFocus: scrollTo });
    this.input.keyboard?.on('keydown-O', () => void this.openFile());
    showScreenText(t(locale, 'chooseScenario'), lines);
  }

  private async openFile(): Promise<void> {
    const file = await pickScenarioFile();
    if (!file) return;
    const store = storeOf(this);
    await openPicked(store, await readScenarioFile(file), this.registry.get('shelf') as Shelf);
  }

  /** What the checker said about the file the instructor just opened. */
  private drawImport(lines: string[]): void {
    const { locale, imports, catalog } = storeOf(this).getState();
    const ok = imports.status === 'ready';
    const title = ok ? localize(catalog.entries.find((e) => e.scenario.id === imports.scenarioId)?.scenario.title ?? '', locale) : '';
    const heading = ok ? ti(locale, 'ready', { title }) : ti(locale, 'failed', { file: imports.file ?? '' });
    const messages = problemLines(imports.problems);
    this.drawPanel(ok ? `✓ ${heading}` : `⚠ ${heading}`, ok && messages.length > 0 ? [ti(locale, 'warnings'), ...messages] : messages, ok);
    lines.push(heading, ...messages);
  }

  /** A panel on the right: a heading and messages, green for good news, red for problems. */
  private drawPanel(heading: string, messages: string[], good: boolean): void {
    const x = 820;
    const width = WIDTH - x - 40;
    const g = this.add.graphics();
    const title = this.add.text(x + 16, 126, heading, textStyle(17, { bold: true, color: good ? COLORS.positive : COLORS.danger, wrap: width - 32 }));
    const shown = messages.slice(0, 8);
    const more = messages.length - shown.length;
    const body = this.add.text(x + 16, title.y + title.height + 10, shown.join('\n\n') + (more > 0 ? `\n\n(+${more})` : ''), textStyle(13, { wrap: width - 32 }));
    const height = (shown.length > 0 ? body.y + body.height : title.y + title.height) - 110 + 16;
    g.fillStyle(good ? 0x16261d : 0x2a1a1a, 1).fillRoundedRect(x, 110, width, height, 12);
    g.lineStyle(1, good ? 0x2f6b45 : 0x7a3b33, 1).strokeRoundedRect(x, 110, width, height, 12);
    this.children.bringToTop(title);
    this.children.bringToTop(body);
  }

  /** The files that did not load, with every message, so the author can fix them. */
  private drawProblems(lines: string[]): void {
    const { locale, catalog } = storeOf(this).getState();
    const messages = catalog.status === 'failed' ? [catalog.error ?? ''] : problemLines(catalog.problems);
    const files = new Set(catalog.problems.map((p) => p.file)).size;
    const heading = catalog.status === 'failed' ? t(locale, 'errorTitle') : t(locale, 'brokenFiles', files);
    this.drawPanel(`⚠ ${heading}`, messages, false);
    lines.push(heading, ...messages);
  }
}
