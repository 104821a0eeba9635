import Phaser from 'phaser';
import { LOCALES, type Locale } from '../src/engine';
import { setLocale } from '../src/store/actions';
import { t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { tc } from '../src/classroom/strings';
import { classLinkCode } from './ClassJoin';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/format';
import { COLORS, HEIGHT, textStyle, WIDTH } from './ui/theme';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', it: 'Italiano' };

/** The title screen: the game's name, the language, and Start. */
export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    this.drawBackdrop();
    this.add.text(WIDTH / 2, 210, 'Brandstorm', textStyle(84, { bold: true, align: 'center' })).setOrigin(0.5);
    this.add.text(WIDTH / 2, 290, t(locale, 'tagline'), textStyle(24, { color: COLORS.muted, align: 'center' })).setOrigin(0.5);
    const start = new Button(this, WIDTH / 2 - 140, 360, t(locale, 'start'), () => this.scene.start('ScenarioSelect'), { width: 280, height: 60, primary: true, fontSize: 22 });
    this.add.text(WIDTH / 2, 470, t(locale, 'language'), textStyle(16, { color: COLORS.muted, align: 'center' })).setOrigin(0.5);
    const languages = LOCALES.map(
      (l, i) =>
        new Button(this, WIDTH / 2 - 240 + i * 165, 500, `${l === locale ? '● ' : ''}${LANGUAGE_NAMES[l]}`, () => this.switchTo(l), { width: 150, height: 48, fontSize: 16 }),
    );
    const board = new Button(this, WIDTH / 2 - 290, 590, `🏆 ${t(locale, 'leaderboard')}`, () => this.scene.start('Leaderboard'), { width: 280, height: 50, fontSize: 18 });
    const joinClass = new Button(this, WIDTH / 2 + 10, 590, `🎓 ${tc(locale, 'joinClass')}`, () => this.scene.start('ClassJoin'), { width: 280, height: 50, fontSize: 18 });
    new FocusGroup(this, [start, ...languages, board, joinClass]);
    this.input.keyboard?.on('keydown-L', () => this.scene.start('Leaderboard'));
    this.input.keyboard?.on('keydown-C', () => this.scene.start('ClassJoin'));
    // A class link (?class=CODE) opens the join form with the code filled in.
    const linked = classLinkCode();
    if (linked) this.scene.start('ClassJoin', { code: linked });
    showScreenText('Brandstorm', [t(locale, 'tagline'), t(locale, 'start'), ...LOCALES.map((l) => LANGUAGE_NAMES[l]), t(locale, 'leaderboard'), tc(locale, 'joinClass')]);
  }

  private switchTo(locale: Locale): void {
    setLocale(storeOf(this), locale);
    try {
      localStorage.setItem('brandstorm.locale', locale);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
    this.scene.restart();
  }

  private drawBackdrop(): void {
    const g = this.add.graphics();
    // A few soft "post" shapes drifting behind the title.
    for (let i = 0; i < 24; i++) {
      const x = (i * 197) % WIDTH;
      const y = 40 + ((i * 131) % (HEIGHT - 100));
      // Keep the middle clear for the title and the buttons.
      if (x + 180 > 300 && x < 980 && y + 54 > 140 && y < 580) continue;
      g.fillStyle(i % 3 === 0 ? COLORS.accent : COLORS.panelHi, i % 3 === 0 ? 0.12 : 0.5).fillRoundedRect(x, y, 180, 54, 12);
    }
  }
}
