import Phaser from 'phaser';
import { showScreenText } from '../../src/shell/screen-text';
import type { Classroom } from '../../src/class/client/service';
import { t } from '../../src/i18n';
import { normalizeJoinCode } from '../../src/protocol/join-code';
import { Button } from '../ui/Button';
import { FocusGroup } from '../ui/FocusGroup';
import { storeOf } from '../ui/registry';
import { JoinForm } from '../ui/JoinForm';
import { COLORS, textStyle } from '../ui/theme';
import { Stage } from '../ui/Stage';

/** A class code as the instructor's screen shows it, ABCD-EFGH, however the link wrote it. */
function formatCode(code: string): string {
  const plain = normalizeJoinCode(code);
  return /^[A-Z0-9]{8}$/.test(plain) ? `${plain.slice(0, 4)}-${plain.slice(4)}` : code;
}

let linkedCode: string | null | undefined;
/** The code of a class link (?class=ABCD-EFGH), read once: coming back to the title must not join again. */
export function classLinkCode(): string | null {
  if (linkedCode === undefined)
    linkedCode = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('class');
  const code = linkedCode;
  linkedCode = null;
  return code;
}

/** Joining a class: the code the instructor gives, and a display name. */
export class ClassJoin extends Phaser.Scene {
  constructor() {
    super('ClassJoin');
  }

  create(data: { code?: string } = {}): void {
    const classroom = this.registry.get('classroom') as Classroom;
    if (classroom.store.getState().membership) return void this.scene.start('ClassLobby');
    const locale = storeOf(this).getState().locale;
    const stage = new Stage(this);
    const heading = this.add.text(0, 0, t(locale, 'joinClass'), textStyle(34, { bold: true }));
    const hint = this.add.text(0, 0, t(locale, 'joinClassHint'), textStyle(17, { color: COLORS.muted }));
    const back = new Button(this, 0, 0, `← ${t(locale, 'back')}`, () => this.scene.start('Title'), {
      width: 160,
      height: 48,
      fontSize: 16,
    });
    new FocusGroup(this, [back], { onEscape: () => this.scene.start('Title') });
    // The form has the focus first: one focus ring, not two.
    back.setFocus(false);
    const form = new JoinForm(
      this,
      0,
      0,
      440,
      locale,
      async (code, name) => {
        const error = await classroom.join(code, name);
        if (error === null) this.scene.start('ClassLobby');
        return error;
      },
      {
        code: t(locale, 'classCode'),
        name: t(locale, 'yourName'),
        join: t(locale, 'join'),
        joining: t(locale, 'joining'),
        missing: t(locale, 'fillBoth'),
        ...(data.code ? { initialCode: formatCode(data.code) } : {}),
      },
    );
    const layout = () => {
      const { width } = stage;
      const height = stage.narrow ? stage.height : 720;
      const w = Math.min(440, width - 2 * stage.margin);
      const x = Math.round((width - w) / 2);
      const top = Math.max(40, Math.round(height / 2 - 250));
      heading.setPosition(x, top).setWordWrapWidth(w);
      hint.setPosition(x, heading.y + heading.height + 12).setWordWrapWidth(w);
      form.form.style.width = `${w}px`;
      stage.movePinned(form.form, x, hint.y + hint.height + 16);
      back.setPosition(
        x,
        Math.max(hint.y + hint.height + 16 + form.height + 24, Math.min(height - 72, hint.y + hint.height + 300)),
      );
      stage.fit(back.y + back.bh + 24);
    };
    layout();
    // With the code from a link, the name is what is left to type.
    (form.form.querySelector<HTMLInputElement>(data.code ? '#join-name' : '#join-code') ?? undefined)?.focus();
    showScreenText(t(locale, 'joinClass'), [t(locale, 'joinClassHint'), t(locale, 'classCode'), t(locale, 'yourName')]);
  }
}
