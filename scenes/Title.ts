import Phaser from 'phaser';
import { LOCALES, type Locale } from '../src/engine';
import { setLocale } from '../src/store/actions';
import { loadCatalogue, ownLanguageName, t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { classLinkCode } from './class/ClassJoin';
import { prepareFaces } from './ui/avatars';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/registry';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';

/** The title screen: the game's name, the language, and Start. */
export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const stage = new Stage(this);
    const cx = stage.width / 2;
    const narrow = stage.narrow;
    // The wide stage keeps its composition; a phone gets the same column, tighter.
    let y = narrow ? Math.max(90, stage.height * 0.16) : 210;
    this.drawBackdrop(stage);
    // The simulated accounts' faces are made while the player reads this screen.
    void prepareFaces(this.textures);
    this.add.text(cx, y, 'Brandstorm', textStyle(narrow ? 54 : 84, { bold: true, align: 'center' })).setOrigin(0.5);
    const tagline = this.add
      .text(
        cx,
        y + (narrow ? 56 : 80),
        t(locale, 'tagline'),
        textStyle(narrow ? 19 : 24, { color: COLORS.muted, align: 'center', wrap: stage.width - 2 * stage.margin }),
      )
      .setOrigin(0.5, 0);
    y = tagline.y + tagline.height + (narrow ? 32 : 40);
    const start = new Button(this, cx - 140, y, t(locale, 'start'), () => this.scene.start('ScenarioSelect'), {
      width: 280,
      height: 60,
      primary: true,
      fontSize: 22,
    });
    y += start.bh + (narrow ? 36 : 50);
    this.add
      .text(cx, y, t(locale, 'language'), textStyle(16, { color: COLORS.muted, align: 'center' }))
      .setOrigin(0.5, 0);
    y += 30;
    const gap = narrow ? 10 : 15;
    const langWidth = Math.min(150, (stage.width - 2 * stage.margin - 2 * gap) / 3);
    const rowLeft = cx - (3 * langWidth + 2 * gap) / 2;
    const languages = LOCALES.map(
      (l, i) =>
        new Button(
          this,
          rowLeft + i * (langWidth + gap),
          y,
          `${l === locale ? '● ' : ''}${ownLanguageName(l)}`,
          () => this.switchTo(l),
          { width: langWidth, height: 48, fontSize: narrow ? 15 : 16 },
        ),
    );
    y += languages[0]!.bh + (narrow ? 28 : 42);
    // The leaderboard, joining a class and the settings: side by side on the wide stage, one above the other on a phone.
    const more = [
      { label: t(locale, 'leaderboard'), icon: 'trophy', scene: 'Leaderboard', key: 'L' },
      { label: t(locale, 'joinClass'), icon: 'class', scene: 'ClassJoin', key: 'C' },
      { label: t(locale, 'settings'), icon: 'settings', scene: 'Settings', key: 'S' },
    ] as const;
    const moreWidth = narrow ? 280 : 260;
    const buttons = more.map((m, i) => {
      const x = narrow ? cx - moreWidth / 2 : cx - (3 * moreWidth + 40) / 2 + i * (moreWidth + 20);
      const button = new Button(this, x, narrow ? y + i * 62 : y, m.label, () => this.scene.start(m.scene), {
        width: moreWidth,
        height: 50,
        fontSize: 18,
        icon: m.icon,
      });
      this.input.keyboard?.on(`keydown-${m.key}`, () => this.scene.start(m.scene));
      return button;
    });
    const lastButton = buttons.at(-1)!;
    stage.fit(lastButton.y + lastButton.bh + (narrow ? 40 : 0));
    new FocusGroup(this, [start, ...languages, ...buttons]);
    // A class link (?class=CODE) opens the join form with the code filled in.
    const linked = classLinkCode();
    if (linked) this.scene.start('ClassJoin', { code: linked });
    showScreenText('Brandstorm', [
      t(locale, 'tagline'),
      t(locale, 'start'),
      ...LOCALES.map((l) => ownLanguageName(l)),
      ...more.map((m) => m.label),
    ]);
  }

  private switchTo(locale: Locale): void {
    // The language's words are loaded first (a small chunk); if they cannot be, the title stays as it is.
    void loadCatalogue(locale).then(
      () => {
        setLocale(storeOf(this), locale);
        try {
          localStorage.setItem('brandstorm.locale', locale);
        } catch {
          // Private browsing may refuse storage; the choice still holds for this visit.
        }
        this.scene.restart();
      },
      () => undefined,
    );
  }

  /** A few soft "post" shapes drifting behind the title, on the wide stage only: a phone has no room to spare. */
  private drawBackdrop(stage: Stage): void {
    if (stage.narrow) return;
    const g = this.add.graphics();
    for (let i = 0; i < 24; i++) {
      const x = (i * 197) % stage.width;
      const y = 40 + ((i * 131) % 620);
      // Keep the middle clear for the title and the buttons.
      if (x + 180 > 210 && x < 1070 && y + 54 > 140 && y < 660) continue;
      g.fillStyle(i % 3 === 0 ? COLORS.accent : COLORS.panelHi, i % 3 === 0 ? 0.12 : 0.5).fillRoundedRect(
        x,
        y,
        180,
        54,
        12,
      );
    }
  }
}
