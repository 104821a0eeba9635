import Phaser from 'phaser';
import { localize } from '../src/engine';
import { currentScenario } from '../src/store/actions';
import { t } from '../src/i18n';
import { showScreenText } from '../src/shell/screen-text';
import { Button } from './ui/Button';
import { FocusGroup } from './ui/FocusGroup';
import { formatCount } from './ui/format';
import { storeOf } from './ui/registry';
import { sourceLine } from '../src/i18n/sources';
import { sourcesOf } from '../src/engine/schema/source';
import { COLORS, textStyle } from './ui/theme';
import { Stage } from './ui/Stage';

/** The briefing: the brand, its voice, the moment, and the source of the case. */
export class Briefing extends Phaser.Scene {
  constructor() {
    super('Briefing');
  }

  create(): void {
    const store = storeOf(this);
    const locale = store.getState().locale;
    const s = currentScenario(store);
    const stage = new Stage(this);
    const { narrow } = stage;
    const left = narrow ? stage.margin : 80;
    const wrap = stage.width - 2 * left;
    this.add.text(
      left,
      narrow ? 24 : 50,
      t(locale, 'briefing').toUpperCase(),
      textStyle(15, { bold: true, color: COLORS.accentText }),
    );
    const title = this.add.text(
      left,
      narrow ? 48 : 76,
      localize(s.title, locale),
      textStyle(narrow ? 26 : 36, { bold: true, wrap }),
    );
    const logoY = title.y + title.height + (narrow ? 40 : 50);
    const g = this.add.graphics();
    g.fillStyle(Phaser.Display.Color.HexStringToColor(s.brand.color).color, 1).fillCircle(left + 24, logoY, 24);
    this.add
      .text(left + 24, logoY, s.brand.name.charAt(0), textStyle(22, { bold: true, color: '#ffffff' }))
      .setOrigin(0.5);
    const brandLine = `${s.brand.name}  ${s.brand.handle} · ${formatCount(s.brand.followers, locale)} ${t(locale, 'followers').toLowerCase()}${s.brand.followersIllustrative ? '*' : ''}`;
    const brand = this.add.text(
      left + 60,
      logoY - 20,
      brandLine,
      textStyle(narrow ? 16 : 18, { bold: true, wrap: wrap - 60 }),
    );
    const voice = this.add.text(
      left + 60,
      brand.y + brand.height + 6,
      localize(s.brand.voice.description, locale),
      textStyle(narrow ? 15 : 16, { color: COLORS.muted, wrap: wrap - 60 }),
    );
    const body = this.add.text(
      left,
      Math.max(logoY + 24, voice.y + voice.height) + (narrow ? 20 : 30),
      localize(s.briefing, locale),
      textStyle(narrow ? 17 : 21, { wrap }),
    );
    const source = `${sourceLine(sourcesOf(s), locale)}${s.brand.followersIllustrative ? `\n* ${t(locale, 'illustrative')}` : ''}`;
    const sourceText = this.add.text(
      left,
      body.y + body.height + 24,
      source,
      textStyle(14, { color: COLORS.muted, wrap }),
    );
    // The buttons sit at the foot of the wide stage, or right after the text when it runs long (or on a phone).
    const buttonsY = Math.max(narrow ? 0 : 610, sourceText.y + sourceText.height + 28);
    const begin = new Button(this, left, buttonsY, t(locale, 'begin'), () => this.scene.start('Feed'), {
      width: narrow ? 180 : 220,
      height: 56,
      primary: true,
      fontSize: 20,
    });
    const back = new Button(
      this,
      left + begin.bw + 20,
      buttonsY,
      t(locale, 'back'),
      () => this.scene.start('ScenarioSelect'),
      { width: narrow ? 140 : 160, height: 56, fontSize: 18 },
    );
    stage.fit(buttonsY + begin.bh + (narrow ? 24 : 54));
    new FocusGroup(this, [begin, back], { onEscape: () => this.scene.start('ScenarioSelect') });
    showScreenText(localize(s.title, locale), [brandLine, localize(s.briefing, locale), source, t(locale, 'begin')]);
  }
}
