import type Phaser from 'phaser';
import type { Locale } from '../../src/engine';
import { openWhatIf, runReplayLink } from '../../src/store/explore';
import { t } from '../../src/i18n';
import { Button } from './Button';
import { storeOf } from './registry';
import { stageOf } from './Stage';
import { COLORS, textStyle } from './theme';

/** The debrief's tools: what if, timeline, and copying the run's replay link. */
export interface RunTools {
  buttons: Button[];
  /** What the tools say, for the screen-reader mirror. */
  lines(): string[];
}

/**
 * Adds the row of debrief tools at (x, y), `width` wide, with the keys W, T
 * and R. Copying tells the player it worked; when the browser refuses the
 * clipboard, the link is shown, selected, to copy by hand. `onChange` runs
 * when what the tools say changes.
 */
export function addRunTools(scene: Phaser.Scene, x: number, y: number, width: number, onChange: () => void): RunTools {
  const store = storeOf(scene);
  const locale = store.getState().locale;
  const gap = 10;
  let status = '';
  const statusText = scene.add
    .text(x, y - 8, '', textStyle(13, { color: COLORS.positive, wrap: width }))
    .setOrigin(0, 1);
  const say = (text: string, color: string) => {
    status = text;
    statusText.setText(text).setColor(color);
    onChange();
  };
  const whatIf = () => {
    openWhatIf(store);
    scene.scene.start('WhatIf');
  };
  const timeline = () => scene.scene.start('Timeline');
  const copy = () => {
    const link = runReplayLink(store, location.href);
    const refused = () => showLink(scene, x, y, width, link, locale, () => say('', COLORS.muted));
    if (!navigator.clipboard?.writeText) {
      refused();
      say(t(locale, 'copyRefused'), COLORS.negative);
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => say(`✓ ${t(locale, 'copied')}`, COLORS.positive),
      () => {
        refused();
        say(t(locale, 'copyRefused'), COLORS.negative);
      },
    );
  };
  // The link's label is the longest in every language: it gets the widest button.
  const widths = [0.26, 0.29, 0.45].map((f) => f * (width - 2 * gap));
  const opts = (i: number) => ({ width: widths[i]!, height: 46, fontSize: 15 });
  const buttons = [
    new Button(scene, x, y, t(locale, 'whatIf'), whatIf, opts(0)),
    new Button(scene, x + widths[0]! + gap, y, t(locale, 'timeline'), timeline, opts(1)),
    new Button(scene, x + widths[0]! + widths[1]! + 2 * gap, y, t(locale, 'copyLink'), copy, opts(2)),
  ];
  const kb = scene.input.keyboard;
  kb?.on('keydown-W', whatIf);
  kb?.on('keydown-T', timeline);
  // R for the replay link: C takes a class's trainee back to the class.
  kb?.on('keydown-R', (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && copy());
  return {
    buttons,
    lines: () => [
      `${t(locale, 'whatIf')} (W)`,
      `${t(locale, 'timeline')} (T)`,
      `${t(locale, 'copyLink')} (R)`,
      ...(status ? [status] : []),
    ],
  };
}

/** The link in a field, selected, over the tools: for copying by hand when the clipboard is refused. */
function showLink(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  link: string,
  locale: Locale,
  onClose: () => void,
): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', t(locale, 'copyLink'));
  Object.assign(box.style, {
    boxSizing: 'border-box',
    width: `${width}px`,
    padding: '14px 16px',
    borderRadius: '12px',
    background: '#15202b',
    border: '2px solid #ffd166',
    font: '14px Inter, system-ui, sans-serif',
    color: '#e7e9ea',
  });
  const label = document.createElement('label');
  label.textContent = t(locale, 'copyRefused');
  label.htmlFor = 'replay-link';
  Object.assign(label.style, { display: 'block', marginBottom: '8px' });
  const field = document.createElement('input');
  field.id = 'replay-link';
  field.readOnly = true;
  field.value = link;
  Object.assign(field.style, {
    boxSizing: 'border-box',
    width: '100%',
    font: '14px ui-monospace, monospace',
    color: '#e7e9ea',
    background: '#0b1117',
    border: '1px solid #2f3d4a',
    borderRadius: '8px',
    padding: '8px 10px',
  });
  const close = document.createElement('button');
  close.textContent = t(locale, 'close');
  Object.assign(close.style, {
    marginTop: '10px',
    font: '600 15px Inter, system-ui, sans-serif',
    padding: '8px 16px',
    borderRadius: '8px',
    border: '1px solid #2f3d4a',
    background: '#1e2d3b',
    color: '#e7e9ea',
    cursor: 'pointer',
  });
  box.append(label, field, close);
  const stage = stageOf(scene);
  stage?.pin(box, x, y);
  // Over the tools, its foot just above them.
  stage?.movePinned(box, x, y - 40 - box.offsetHeight);
  // The scene's keys stay off while the field is open, so Ctrl+C copies and typing C does not copy again.
  const kb = scene.input.keyboard;
  if (kb) {
    kb.enabled = false;
    kb.disableGlobalCapture();
  }
  let open = true;
  const done = (leaving = false) => {
    if (!open) return;
    open = false;
    stage?.unpin(box);
    if (kb) {
      kb.enabled = true;
      kb.enableGlobalCapture();
    }
    if (!leaving) onClose();
  };
  close.addEventListener('click', () => done());
  box.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') done();
  });
  scene.events.once('shutdown', () => done(true));
  field.focus();
  field.select();
}
