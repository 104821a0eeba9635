import type Phaser from 'phaser';
import type { Locale } from '../../src/engine';
import { t } from '../../src/i18n';
import { normalizeJoinCode } from '../../src/protocol/join-code';
import { stageOf } from './Stage';

/** The form's words, when it is not the team's form (a class's, for one). */
export interface JoinLabels {
  code: string;
  name: string;
  join: string;
  joining: string;
  missing: string;
  /** The code to start with, from a link. */
  initialCode?: string;
}

/**
 * The join form: a code, a display name and a Join button, as DOM fields in
 * Phaser's DOM layer. While a field has focus the scene's keys are off, so
 * typing never triggers a game shortcut. Errors from the server are shown
 * under the button, and the fields keep what was typed.
 */
export class JoinForm {
  /** Its height in logical pixels, once on the page. */
  readonly height: number;
  readonly form: HTMLFormElement;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    width: number,
    locale: Locale,
    onJoin: (code: string, name: string) => Promise<string | null>,
    labels?: JoinLabels,
  ) {
    const words = labels ?? {
      code: t(locale, 'joinCode'),
      name: t(locale, 'displayName'),
      join: t(locale, 'join'),
      joining: t(locale, 'joining'),
      missing: t(locale, 'joinHint'),
    };
    const form = document.createElement('form');
    this.form = form;
    form.className = 'join-form';
    form.style.width = `${width}px`;
    const field = (label: string, id: string, max: number, autocomplete: string) => {
      const l = document.createElement('label');
      l.textContent = label;
      l.htmlFor = id;
      const input = document.createElement('input');
      input.id = id;
      input.maxLength = max;
      input.setAttribute('autocomplete', autocomplete);
      input.spellcheck = false;
      form.append(l, input);
      return input;
    };
    const code = field(words.code, 'join-code', 32, 'off');
    code.value = labels?.initialCode ?? '';
    code.style.textTransform = 'uppercase';
    const name = field(words.name, 'join-name', 60, 'nickname');
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = words.join;
    const error = document.createElement('div');
    error.className = 'join-error';
    error.setAttribute('role', 'alert');
    form.append(button, error);
    const keyboard = scene.input.keyboard;
    form.addEventListener('focusin', () => {
      if (keyboard) keyboard.enabled = false;
      keyboard?.disableGlobalCapture();
    });
    form.addEventListener('focusout', () => {
      if (keyboard) keyboard.enabled = true;
      keyboard?.enableGlobalCapture();
    });
    form.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') (document.activeElement as HTMLElement | null)?.blur();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // A code of only dashes or spaces is no code.
      if (!normalizeJoinCode(code.value) || !name.value.trim()) {
        error.textContent = words.missing;
        return;
      }
      button.disabled = true;
      button.textContent = words.joining;
      void onJoin(code.value, name.value).then((problem) => {
        button.disabled = false;
        button.textContent = words.join;
        error.textContent = problem ?? '';
      });
    });
    stageOf(scene)?.pin(form, x, y);
    this.height = form.offsetHeight;
    scene.events.once('shutdown', () => {
      if (keyboard) keyboard.enabled = true;
    });
  }
}
