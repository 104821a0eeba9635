import Phaser from 'phaser';
import { localize } from '../src/engine';
import { currentScenario } from '../src/store/actions';
import { t } from '../src/i18n/strings';
import { showScreenText } from '../src/game/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatCount, storeOf } from './ui/format';
import { COLORS, textStyle } from './ui/theme';

/** The briefing: the brand, its voice, the moment, and the source of the case. */
export class Briefing extends Phaser.Scene {
  constructor() {
    super('Briefing');
  }

  create(): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const s = currentScenario(store);
    this.add.text(80, 50, t(locale, 'briefing').toUpperCase(), textStyle(15, { bold: true, color: COLORS.accentText }));
    const title = this.add.text(80, 76, localize(s.title, locale), textStyle(36, { bold: true, wrap: 1100 }));
    const g = this.add.graphics();
    g.fillStyle(Phaser.Display.Color.HexStringToColor(s.brand.color).color, 1).fillCircle(104, title.y + title.height + 50, 24);
    this.add.text(104, title.y + title.height + 50, s.brand.name.charAt(0), textStyle(22, { bold: true, color: '#ffffff' })).setOrigin(0.5);
    const brandLine = `${s.brand.name}  ${s.brand.handle} · ${formatCount(s.brand.followers, locale)} ${t(locale, 'followers').toLowerCase()}${s.brand.followersIllustrative ? '*' : ''}`;
    this.add.text(140, title.y + title.height + 30, brandLine, textStyle(18, { bold: true }));
    this.add.text(140, title.y + title.height + 56, localize(s.brand.voice.description, locale), textStyle(16, { color: COLORS.muted, wrap: 1000 }));
    const body = this.add.text(80, title.y + title.height + 110, localize(s.briefing, locale), textStyle(21, { wrap: 1100 }));
    const source = `${t(locale, 'source')}: ${s.source.publication}, ${s.source.date}${s.brand.followersIllustrative ? `   * ${t(locale, 'illustrative')}` : ''}`;
    this.add.text(80, body.y + body.height + 24, source, textStyle(14, { color: COLORS.muted, wrap: 1100 }));
    const begin = new Button(this, 80, 610, t(locale, 'begin'), () => this.scene.start('Feed'), { width: 220, height: 56, primary: true, fontSize: 20 });
    const back = new Button(this, 320, 610, t(locale, 'back'), () => this.scene.start('ScenarioSelect'), { width: 160, height: 56, fontSize: 18 });
    new FocusGroup(this, [begin, back], { onEscape: () => this.scene.start('ScenarioSelect') });
    showScreenText(localize(s.title, locale), [brandLine, localize(s.briefing, locale), source, t(locale, 'begin')]);
  }
}
