import Phaser from 'phaser';
import { importFromUrl, keepShown, restoreImported, type Shelf } from '../src/store/imports';
import { freshSeed, startRun } from '../src/store/actions';
import { t } from '../src/i18n';
import { hasReplay } from '../src/replay-links/replay-link';
import { showScreenText } from '../src/shell/screen-text';
import { storeOf } from './ui/registry';
import { loadIcons } from './ui/icons';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';

/** Loads the icons, then loads and checks the scenario files, with a progress bar. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  preload(): void {
    loadIcons(this.load);
  }

  create(): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const stage = new Stage(this);
    const cx = stage.width / 2;
    const cy = stage.narrow ? stage.height / 2 : 360;
    this.add.text(cx, cy - 40, t(locale, 'loading'), textStyle(22, { align: 'center' })).setOrigin(0.5);
    const barWidth = Math.min(420, stage.width - 2 * stage.margin);
    this.add.rectangle(cx, cy + 10, barWidth, 10, COLORS.panelHi).setOrigin(0.5);
    const bar = this.add.rectangle(cx - barWidth / 2, cy + 10, 0, 10, COLORS.accent).setOrigin(0, 0.5);
    stage.fit(stage.narrow ? stage.height : 720);
    showScreenText(t(locale, 'loading'), []);
    const unsubscribe = store.subscribe((s) => {
      if (s.catalog.total > 0) bar.width = (barWidth * s.catalog.loaded) / s.catalog.total;
    });
    this.events.once('shutdown', unsubscribe);
    void this.loadScenarios(store);
  }

  /** The library, then the scenarios opened on earlier visits, then one linked with ?scenario=<url>. */
  private async loadScenarios(store: ReturnType<typeof storeOf>): Promise<void> {
    const shelf = this.registry.get('shelf') as Shelf;
    // main.ts started loading the library as the page opened.
    await (this.registry.get('catalog') as Promise<void>);
    await restoreImported(store, shelf);
    const linked = new URLSearchParams(location.search).get('scenario');
    const opened = linked ? await importFromUrl(store, linked, (url, init) => fetch(url, init), shelf) : false;
    // A replay link (#replay=…) opens the shared run, once its scenario is loaded.
    if (hasReplay(location.href)) this.scene.start('Replay');
    else if (opened) this.openLinked(store);
    // A link that failed: the list says why.
    else this.scene.start(linked ? 'ScenarioSelect' : 'Title');
  }

  /** A scenario opened from a link goes straight to its briefing, and is kept for next time once drawn. */
  private openLinked(store: ReturnType<typeof storeOf>): void {
    const id = store.getState().imports.scenarioId;
    if (!id) return void this.scene.start('ScenarioSelect');
    startRun(store, id, freshSeed());
    this.scene.get('Briefing').events.once('create', () => void keepShown(store, [id]));
    this.scene.start('Briefing');
  }
}
