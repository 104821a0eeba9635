import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './shell/no-eval';
import Phaser from 'phaser';
import { LOCALES, type Locale } from './engine';
import { createGameStore } from './store/game-store';
import { loadCatalogue, preferredLocale, t } from './i18n';
import { showFatal } from './shell/screen-text';
import { chooseRenderer } from './shell/renderer';
import { handKeysOnce } from './shell/phaser-keys';
import { installFileDrop, readScenarioFile } from './import/file-drop';
import { browserShelf, openPicked } from './import/open';
import { loadCatalog, loadTextAnalyser } from './store/actions';
import { restoreImported } from './store/imports';
import { browserStorage, loadSettings } from './store/settings';
import { hasReplay } from './replay-links/replay-link';
import { teamClient } from './team-client/client';
import { startOnline } from './team-client/service';
import { browserTable } from './team-client/storage';
import { FONT } from '../scenes/ui/theme';
import { Boot } from '../scenes/Boot';
import { Preloader } from '../scenes/Preloader';
import { Title } from '../scenes/Title';
import { ScenarioSelect } from '../scenes/ScenarioSelect';
import { Briefing } from '../scenes/Briefing';
import { Feed } from '../scenes/Feed';
import { Reaction } from '../scenes/Reaction';
import { Thread } from '../scenes/Thread';
import { Debrief } from '../scenes/Debrief';
import { Leaderboard } from '../scenes/Leaderboard';
import { Settings } from '../scenes/Settings';
import { WhatIf } from '../scenes/WhatIf';
import { Timeline } from '../scenes/Timeline';
import { Replay } from '../scenes/Replay';
import { ClassJoin } from '../scenes/class/ClassJoin';
import { ClassLobby } from '../scenes/class/ClassLobby';
import { ClassWait } from '../scenes/class/ClassWait';
import { classClient } from './class/client/client';
import { startClassroom } from './class/client/service';
import { COLORS } from '../scenes/ui/theme';
import { layoutReport } from '../scenes/ui/layout-report';
import { playedCues, prepareSound } from '../scenes/ui/sound';

// The code is here: the page's own message for a game that could not start is not needed.
document.getElementById('no-start')?.remove();

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem('brandstorm.locale');
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // Storage may be refused; fall back to the browser's language.
  }
  return preferredLocale(navigator.languages ?? [navigator.language]);
}

// The player's language is loaded before the first word is shown; if it cannot be, the game starts in English.
const firstLocale = await loadCatalogue(savedLocale()).then(
  () => savedLocale(),
  () => 'en' as const,
);
const store = createGameStore(
  firstLocale,
  loadSettings(browserStorage(), matchMedia('(prefers-reduced-motion: reduce)').matches),
);
// Sound kept on from an earlier visit starts with the player's first click or key, as browsers require.
if (store.getState().settings.sound) {
  const start = () => void prepareSound();
  window.addEventListener('pointerdown', start, { once: true });
  window.addEventListener('keydown', start, { once: true });
}
document.documentElement.lang = store.getState().locale;
store.subscribe((s) => (document.documentElement.lang = s.locale));

// Whatever fails, the player sees a message, never a blank canvas.
const fatal = (detail: string) =>
  showFatal(t(store.getState().locale, 'errorTitle'), detail, t(store.getState().locale, 'reload'));
window.addEventListener('error', (e) =>
  fatal(e.error instanceof Error ? (e.error.stack ?? e.error.message) : String(e.message)),
);
window.addEventListener('unhandledrejection', (e) =>
  fatal(e.reason instanceof Error ? e.reason.message : String(e.reason)),
);

// The fonts and the scenario library start loading now, while Phaser boots; Boot and Preloader wait for them.
const fonts = Promise.all(
  ['400', '600', '700'].map((w) => document.fonts.load(`${w} 16px ${FONT.split(',')[0]}`)),
).catch(() => undefined);
const catalog = loadCatalog(store, (url) => fetch(url));

handKeysOnce();
const game = new Phaser.Game({
  type: chooseRenderer(),
  parent: 'game',
  backgroundColor: COLORS.bg,
  // The canvas fills the window; each scene's Stage zooms and scrolls its layout onto it (scenes/ui/Stage.ts).
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  dom: { createContainer: true },
  // Sound cues come from ZzFX, loaded when sound is turned on: Phaser's own audio context cost 150 ms at start.
  audio: { noAudio: true },
  scene: [
    Boot,
    Preloader,
    Title,
    Settings,
    ScenarioSelect,
    Briefing,
    Feed,
    Reaction,
    Thread,
    Debrief,
    Leaderboard,
    WhatIf,
    Timeline,
    Replay,
    ClassJoin,
    ClassLobby,
    ClassWait,
  ],
});
game.registry.set('store', store);
game.registry.set('fonts', fonts);
game.registry.set('catalog', catalog);
const shelf = browserShelf();
game.registry.set('shelf', shelf);
// Finished runs are kept in this browser and, for a team member, sent to the team server (queued while it cannot be reached).
game.registry.set(
  'online',
  startOnline(
    store,
    browserTable('brandstorm-runs', 'runs'),
    browserTable('brandstorm-outbox', 'outbox'),
    teamClient(),
  ),
);
// In a class, each decision goes to the instructor's class view as it is made (queued while the server cannot be reached).
game.registry.set('classroom', startClassroom(store, browserTable('brandstorm-class', 'outbox'), classClient()));

// A scenario file dropped anywhere opens at once; the list shows it, unless a decision is in progress.
installFileDrop(
  () => t(store.getState().locale, 'dropHere'),
  (file) =>
    void readScenarioFile(file)
      // After the library is in: loading it replaces the list a file dropped meanwhile would join.
      .then(async (picked) => {
        await catalog;
        return openPicked(store, picked, shelf);
      })
      .then(() => {
        const run = store.getState().run;
        const active = game.scene.getScenes(true)[0];
        if (
          active &&
          active.scene.key !== 'ScenarioSelect' &&
          active.scene.key !== 'Preloader' &&
          (!run || run.stepId === 'debrief')
        )
          active.scene.start('ScenarioSelect');
      }),
);

// In development, editing a file under scenarios/ reloads the catalog in the running game.
if (import.meta.hot) {
  import.meta.hot.on('brandstorm:scenario-changed', () => {
    void loadCatalog(store, (url) => fetch(url))
      .then(() => restoreImported(store, shelf))
      .then(() => {
        const active = game.scene.getScenes(true)[0];
        if (active?.scene.key === 'ScenarioSelect') active.scene.restart();
      });
  });
}
// A replay link pasted into this tab changes only the address's #: start again to open it.
window.addEventListener('hashchange', () => hasReplay(location.href) && location.reload());
// For tests: the game, its store, the class connection, where the running scene draws what, and the sounds played.
(window as unknown as { brandstorm: unknown }).brandstorm = {
  game,
  store,
  classroom: game.registry.get('classroom'),
  layout: () => layoutReport(game),
  sounds: playedCues,
};

// The text analyser's word lists come in their own chunk, fetched once the
// scenarios are in (parsing them would hold the title screen back), long
// before a trainee can write a reply; the compose panel waits for them if need
// be, and asks for them again if they could not be fetched here.
void catalog.then(() =>
  setTimeout(
    () => loadTextAnalyser(store).catch((err: unknown) => console.warn('could not load the text analyser:', err)),
    300,
  ),
);
