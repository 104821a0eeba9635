import Phaser from 'phaser';
import { localize } from '../src/engine';
import { freshSeed, playable, problemLines, startRun } from '../src/store/actions';
import { pickScenarioFile, readScenarioFile } from '../src/import/file-drop';
import { openPicked } from '../src/import/open';
import { difficultyName, t } from '../src/i18n';
import { keepShown, removeImported, type Shelf } from '../src/store/imports';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/registry';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';
import { touchFirst } from './ui/pointer';

const CARD_GAP = 12;
/** The Remove button beside a scenario the instructor opened. */
const REMOVE_GAP = 12;

/** The list of scenarios in the chosen language, and any file that failed to load. */
export class ScenarioSelect extends Phaser.Scene {
  /** Where the side panel (the checker's messages) goes: beside the list, or above it on a phone. */
  private panel = { x: 0, y: 0, width: 0 };

  constructor() {
    super('ScenarioSelect');
  }

  create(): void {
    const store = storeOf(this);
    const { locale, catalog, imports } = store.getState();
    const stage = new Stage(this);
    const { margin, narrow } = stage;
    const entries = playable(store, locale);
    // A file opened from here or dropped anywhere shows up at once.
    const unsubscribe = store.subscribe((now, before) => {
      if (now.imports !== before.imports && now.imports.status !== 'checking') this.scene.restart();
    });
    this.events.once('shutdown', unsubscribe);
    const heading = this.add.text(
      margin,
      narrow ? 24 : 40,
      t(locale, 'chooseScenario'),
      textStyle(narrow ? 28 : 34, { bold: true, wrap: stage.width - 2 * margin }),
    );
    const lines: string[] = [];

    // Actions: in the right column on the wide stage, in a row under the title on a phone.
    const side = narrow
      ? { x: margin, width: stage.width - 2 * margin }
      : { x: 820, width: stage.width - 820 - margin };
    let sideY = narrow ? heading.y + heading.height + 16 : 110;
    const backWidth = narrow ? 110 : 160;
    const back = new Button(this, side.x, sideY, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), {
      width: backWidth,
      height: 48,
      fontSize: 16,
    });
    const open = new Button(this, side.x + backWidth + 12, sideY, t(locale, 'openFile'), () => void this.openFile(), {
      width: side.width - backWidth - 12,
      height: 48,
      fontSize: 16,
    });
    sideY += Math.max(back.bh, open.bh) + 8;
    // A phone or a tablet has no file to drag onto the page.
    const dropHint = touchFirst() ? [] : [t(locale, 'dropHint')];
    if (dropHint.length > 0) {
      const hint = this.add.text(
        side.x,
        sideY,
        t(locale, 'dropHint'),
        textStyle(13, { color: COLORS.muted, wrap: side.width }),
      );
      sideY = hint.y + hint.height + 16;
    } else sideY += 8;
    this.panel = { x: side.x, y: sideY, width: side.width };
    let panelBottom = sideY;
    if (imports.status === 'ready' || imports.status === 'failed' || imports.status === 'removed')
      panelBottom = this.drawImport(lines);
    else if (catalog.status === 'failed' || catalog.problems.length > 0) panelBottom = this.drawProblems(lines);

    // The list: each card as tall as its summary needs; the page scrolls when they do not all fit.
    const list = narrow
      ? { x: margin, y: panelBottom + 8, width: stage.width - 2 * margin }
      : { x: margin, y: 110, width: 720 };
    let y = list.y;
    const buttons: Button[] = [];
    const cards: string[] = [];
    /** Where each scenario's card is among the buttons, which hold a Remove button after each opened one. */
    const cardAt: number[] = [];
    const removeWidth = narrow ? 100 : 120;
    for (const entry of entries) {
      const s = entry.scenario;
      // Opened here can be removed here; a team's or a class's scenario is the server's to keep.
      const removable = entry.imported && !entry.served;
      const origin =
        entry.served === 'team'
          ? t(locale, 'servedByTeam')
          : entry.served === 'class'
            ? t(locale, 'servedByClass')
            : entry.imported
              ? t(locale, 'openedByYou')
              : '';
      const detail = `${origin ? `${origin} · ` : ''}${s.brand.name}${s.year ? ` · ${s.year}` : ''} · ${difficultyName(locale, s.difficulty)} · ${t(locale, 'minutes', { n: s.minutes })}\n${localize(s.summary, locale)}`;
      const title = localize(s.title, locale);
      // A title that ends with its own mark (a question) takes no full stop after it.
      cards.push(`${title}${/[.?!…]$/.test(title) ? '' : '.'} ${detail}`);
      const cardWidth = removable ? list.width - removeWidth - REMOVE_GAP : list.width;
      const card = new Button(
        this,
        list.x,
        y,
        title,
        () => {
          startRun(store, s.id, freshSeed());
          this.scene.start('Briefing');
        },
        { width: cardWidth, height: 100, detail, fontSize: narrow ? 18 : 20 },
      );
      cardAt.push(buttons.length);
      buttons.push(card);
      if (removable) {
        // The store's change of `imports` restarts this scene, which then says what was removed.
        const remove = () => void removeImported(store, s.id, this.registry.get('shelf') as Shelf);
        buttons.push(
          new Button(this, list.x + cardWidth + REMOVE_GAP, y, t(locale, 'remove'), remove, {
            width: removeWidth,
            height: card.bh,
            fontSize: 16,
          }),
        );
        cards.push(t(locale, 'removeNamed', { title }));
      }
      y += card.bh + CARD_GAP;
    }
    if (entries.length === 0) {
      const none = this.add.text(
        list.x,
        list.y + 10,
        t(locale, 'noScenarios'),
        textStyle(18, { color: COLORS.muted, wrap: list.width }),
      );
      y = none.y + none.height;
      cards.push(t(locale, 'noScenarios'));
    }
    lines.unshift(...cards);
    lines.push(t(locale, 'openFile'), ...dropHint);
    stage.fit(Math.max(y, panelBottom) + margin / 2);

    // Focus the scenario just opened, so Enter plays it.
    const opened = imports.status === 'ready' ? entries.findIndex((e) => e.scenario.id === imports.scenarioId) : -1;
    new FocusGroup(this, [...buttons, back, open], {
      onEscape: () => this.scene.start('Title'),
      start: opened >= 0 ? cardAt[opened] : 0,
      reveal: opened >= 0,
    });
    this.input.keyboard?.on('keydown-O', () => void this.openFile());
    showScreenText(t(locale, 'chooseScenario'), lines);
    // A file opened in the game is kept for next time only once the list has been drawn with it, so that one that froze the game is gone after a reload.
    this.events.once(
      'render',
      () =>
        void keepShown(
          store,
          entries.map((e) => e.scenario.id),
        ),
    );
  }

  private async openFile(): Promise<void> {
    const file = await pickScenarioFile();
    if (!file) return;
    const store = storeOf(this);
    await openPicked(store, await readScenarioFile(file), this.registry.get('shelf') as Shelf);
  }

  /** What the checker said about the file the instructor just opened, or which one they removed. */
  private drawImport(lines: string[]): number {
    const { locale, imports, catalog } = storeOf(this).getState();
    const ok = imports.status !== 'failed';
    const title = localize(
      (imports.status === 'removed'
        ? imports.title
        : catalog.entries.find((e) => e.scenario.id === imports.scenarioId)?.scenario.title) ?? '',
      locale,
    );
    const heading =
      imports.status === 'removed'
        ? t(locale, 'removed', { title })
        : ok
          ? t(locale, 'ready', { title })
          : t(locale, 'failed', { file: imports.file ?? '' });
    const messages = problemLines(imports.problems, locale);
    lines.push(heading, ...messages);
    return this.drawPanel(
      ok ? `✓ ${heading}` : `⚠ ${heading}`,
      ok && messages.length > 0 ? [t(locale, 'warnings'), ...messages] : messages,
      ok,
    );
  }

  /** A panel beside the list: a heading and messages, green for good news, red for problems; returns its bottom. */
  private drawPanel(heading: string, messages: string[], good: boolean): number {
    const { x, y: top, width } = this.panel;
    const g = this.add.graphics();
    const title = this.add.text(
      x + 16,
      top + 16,
      heading,
      textStyle(17, { bold: true, color: good ? COLORS.positive : COLORS.danger, wrap: width - 32 }),
    );
    const shown = messages.slice(0, 8);
    const more = messages.length - shown.length;
    const body = this.add.text(
      x + 16,
      title.y + title.height + 10,
      shown.join('\n\n') + (more > 0 ? `\n\n(+${more})` : ''),
      textStyle(13, { wrap: width - 32 }),
    );
    const height = (shown.length > 0 ? body.y + body.height : title.y + title.height) - top + 16;
    g.fillStyle(good ? 0x16261d : 0x2a1a1a, 1).fillRoundedRect(x, top, width, height, 12);
    g.lineStyle(1, good ? 0x2f6b45 : 0x7a3b33, 1).strokeRoundedRect(x, top, width, height, 12);
    this.children.bringToTop(title);
    this.children.bringToTop(body);
    return top + height + 12;
  }

  /** The files that did not load, with every message, so the author can fix them. */
  private drawProblems(lines: string[]): number {
    const { locale, catalog } = storeOf(this).getState();
    const messages = catalog.status === 'failed' ? [catalog.error ?? ''] : problemLines(catalog.problems, locale);
    const files = new Set(catalog.problems.map((p) => p.file)).size;
    const heading = catalog.status === 'failed' ? t(locale, 'errorTitle') : t(locale, 'brokenFiles', { n: files });
    lines.push(heading, ...messages);
    return this.drawPanel(`⚠ ${heading}`, messages, false);
  }
}
