import Phaser from 'phaser';
import { t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { browserStorage, changeSettings, nextTextScale, type Settings as Preferences } from '../src/store/settings';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { storeOf } from './ui/registry';
import { prepareSound } from './ui/sound';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';

/** The player's settings: sound, motion, text size and decision timers, each a button that changes it. */
export class Settings extends Phaser.Scene {
  constructor() {
    super('Settings');
  }

  create(data: { focus?: number } = {}): void {
    const store = storeOf(this);
    const { locale, settings } = store.getState();
    const stage = new Stage(this);
    const width = Math.min(640, stage.width - 2 * stage.margin);
    const x = Math.round((stage.width - width) / 2);
    let y = stage.narrow ? 28 : 60;
    const heading = this.add.text(x, y, t(locale, 'settings'), textStyle(34, { bold: true }));
    y += heading.height + 24;

    const percent = (scale: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(scale);
    // Each change starts from the settings as they are when the key lands: two quick
    // presses in one frame, before the screen is laid out again, make two changes.
    const now = () => store.getState().settings;
    const rows: { label: string; detail: string; patch: () => Partial<Preferences> }[] = [
      {
        label: t(locale, 'soundSetting', { n: t(locale, settings.sound ? 'on' : 'off') }),
        detail: t(locale, 'soundDetail'),
        patch: () => ({ sound: !now().sound }),
      },
      {
        label: t(locale, 'motionSetting', { n: t(locale, settings.reducedMotion ? 'motionReduced' : 'motionFull') }),
        detail: t(locale, 'motionDetail'),
        patch: () => ({ reducedMotion: !now().reducedMotion }),
      },
      {
        label: t(locale, 'textSetting', { n: percent(settings.textScale) }),
        detail: t(locale, 'textDetail'),
        patch: () => ({ textScale: nextTextScale(now().textScale) }),
      },
      {
        label: t(locale, 'timerSetting', { n: t(locale, settings.timers ? 'timersOn' : 'timersPractice') }),
        detail: t(locale, 'timerDetail'),
        patch: () => ({ timers: !now().timers }),
      },
    ];
    const buttons = rows.map((row, i) => {
      const button = new Button(this, x, y, row.label, () => this.change(i, row.patch()), {
        width,
        detail: row.detail,
        fontSize: 18,
      });
      y += button.bh + 12;
      return button;
    });
    const back = new Button(this, x, y + 12, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), {
      width: 200,
      height: 50,
      fontSize: 17,
    });
    // Keyboard hints mean nothing on a phone without a keyboard.
    const hint = stage.narrow
      ? undefined
      : this.add.text(
          x + 220,
          back.y + 15,
          t(locale, 'settingsHint'),
          textStyle(14, { color: COLORS.muted, wrap: width - 220 }),
        );
    stage.fit(Math.max(back.y + back.bh, hint ? hint.y + hint.height : 0) + 28);
    new FocusGroup(this, [...buttons, back], {
      onEscape: () => this.scene.start('Title'),
      start: data.focus ?? 0,
      reveal: data.focus !== undefined,
    });
    showScreenText(t(locale, 'settings'), [...rows.flatMap((r) => [r.label, r.detail]), t(locale, 'back')]);
  }

  private change(index: number, patch: Partial<Preferences>): void {
    // Turning sound on is a click or a key press: the moment a browser lets a page open its audio.
    if (patch.sound) void prepareSound();
    changeSettings(storeOf(this), patch, browserStorage());
    // Laid out again, as the text size may have changed, with the focus where it was.
    this.scene.restart({ focus: index });
  }
}
