import type Phaser from 'phaser';
import {
  charactersOver,
  PLATFORM_LIMIT,
  PlayError,
  type Analyser,
  type Analysis,
  type AnalyseOptions,
  type Locale,
} from '../../src/engine';
import { t } from '../../src/i18n';
import { stageOf } from './Stage';
import { featureName } from '../../src/i18n/debrief';
import { playRefusalText } from '../../src/i18n/refusals';

/** How long typing must pause before the preview and the analysis follow. */
const READ_DELAY_MS = 120;

/** What the compose panel needs from its scene. */
export interface ComposeOptions {
  locale: Locale;
  /** The draft to start from (kept when the panel was closed). */
  draft: string;
  analyseOptions: AnalyseOptions;
  /** The analyser when it is there already, or null: the panel then loads it with `loadAnalyser`. */
  analyser: Analyser | null;
  /** Loads the analyser's word lists (tried a few times) and keeps the analyser where the run will read with it. */
  loadAnalyser(): Promise<Analyser>;
  /** Every change of the text, with its analysis once the analyser is loaded. */
  onChange(text: string, analysis: Analysis | null): void;
  /** Posts the reply; throws with a message the panel shows when it cannot. */
  onPost(text: string): void;
  onClose(text: string): void;
}

/** Why the text cannot be posted yet, or null when it can. */
export function blocker(text: string, locale: Locale): string | null {
  if (text.trim().length === 0) return t(locale, 'writeFirst');
  const over = charactersOver(text);
  return over > 0 ? t(locale, 'tooLong', { n: over }) : null;
}

/**
 * The analysis in a line: what the reply does first ("apologises, then
 * blames the customer"), then the features it carries, the tone and the
 * language. A reply that says nothing is said to count as silence, whatever
 * its words light up.
 */
export function readsAs(a: Analysis, locale: Locale): string {
  const moves = a.moves.map((m) => t(locale, `reads.${m.move}`));
  const features = a.saysNothing
    ? []
    : Object.entries(a.features)
        .filter(([name, v]) => v >= 0.3 && name !== 'platformFit')
        .sort((x, y) => y[1] - x[1])
        .map(([name]) => featureName(name, locale));
  const found = [...moves, ...features];
  const tone =
    a.valence > 0.3 ? t(locale, 'positive') : a.valence < -0.3 ? t(locale, 'negative') : t(locale, 'neutral');
  const language = t(locale, `langName_${a.language}`);
  return `${t(locale, 'readsAs', { n: found.length > 0 ? found.join(', ') : t(locale, 'readsNothing') })} · ${t(locale, 'tone')} ${tone} · ${language}`;
}

/**
 * The "write your own" panel: a text area over the canvas with a live
 * counter, what the analyser reads, and Post / Back buttons. Built with
 * DOM elements and textContent only, so whatever is typed stays text.
 * While it is open the scene's keyboard is off and no key or press made in
 * the panel reaches the game, so typing "1" or "s" never picks a choice or
 * skips. The panel goes with the scene's shutdown; a scene that starts again
 * makes a new one.
 */
export class Compose {
  private readonly root: HTMLDivElement;
  private readonly area: HTMLTextAreaElement;
  private readonly post: HTMLButtonElement;
  private readonly hint: HTMLSpanElement;
  private readonly count: HTMLSpanElement;
  private readonly reads: HTMLDivElement;
  private readonly error: HTMLDivElement;
  /** Says that the analyser's word lists could not be loaded, with a button to try again. */
  private readonly failure: HTMLDivElement;
  private readonly failureText: HTMLParagraphElement;
  /** Whether the panel is on the page. */
  private open = false;
  /** The analyser's word lists: a reply is posted only once they are in. */
  private analyser: 'ready' | 'loading' | 'failed';
  /** The analyser itself, once it is there. */
  private reader: Analyser | null;
  /** The preview and the analysis wait for a pause in typing, so keys never lag. */
  private pending?: ReturnType<typeof setTimeout>;
  /** The scene's keyboard as it was before the panel opened, given back when it closes. */
  private readonly keyboardBefore?: { enabled: boolean; capture: boolean };
  private readonly onShutdown = () => this.destroy();

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    width: number,
    private readonly opts: ComposeOptions,
  ) {
    const { locale } = opts;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = '') => {
      const e = document.createElement(tag);
      e.className = cls;
      e.textContent = text;
      return e;
    };
    this.root = el('div', 'compose');
    this.root.style.width = `${width}px`;
    this.root.setAttribute('role', 'group');
    const title = el('label', 'compose-title', t(locale, 'composeTitle'));
    title.htmlFor = 'compose-text';
    this.area = el('textarea', 'compose-text');
    this.area.id = 'compose-text';
    this.area.rows = 6;
    this.area.placeholder = t(locale, 'composePlaceholder');
    this.area.spellcheck = true;
    this.area.value = opts.draft;
    const row = el('div', 'compose-row');
    this.hint = el('span', 'compose-hint');
    this.hint.setAttribute('aria-live', 'polite');
    this.count = el('span', 'compose-count');
    row.append(this.hint, this.count);
    this.reads = el('div', 'compose-reads');
    this.reads.setAttribute('aria-live', 'polite');
    this.error = el('div', 'compose-error');
    this.error.setAttribute('role', 'alert');
    this.failure = el('div', 'compose-failure');
    this.failure.setAttribute('role', 'alert');
    this.failureText = el('p', '', t(locale, 'analyserFailed'));
    const retry = el('button', 'compose-retry', t(locale, 'tryAgain'));
    this.failure.append(this.failureText, retry);
    this.failure.hidden = true;
    const actions = el('div', 'compose-actions');
    this.post = el('button', 'compose-post', t(locale, 'postReply'));
    const back = el('button', 'compose-back', t(locale, 'backToChoices'));
    actions.append(this.post, back);
    this.root.append(
      title,
      this.area,
      row,
      this.reads,
      this.failure,
      actions,
      el('div', 'compose-keys', t(locale, 'composeKeys')),
      this.error,
    );

    stageOf(scene)?.pin(this.root, x, y);
    this.open = true;
    const keyboard = scene.input.keyboard;
    // Phaser listens on the window and would swallow keys typed here: switch the scene's keys off while the panel is open.
    if (keyboard) {
      this.keyboardBefore = { enabled: keyboard.enabled, capture: keyboard.manager.preventDefault };
      keyboard.enabled = false;
      keyboard.disableGlobalCapture();
    }
    // And no key typed in the panel goes on to the window at all, so no other listener can take it for a shortcut.
    this.root.addEventListener('keyup', (e) => e.stopPropagation());
    this.root.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    // Phaser also takes presses anywhere on the window for the game objects under them: a click
    // on Post must not also click what the canvas draws beneath the panel.
    let pressedHere = false;
    for (const [down, up] of [
      ['mousedown', 'mouseup'],
      ['touchstart', 'touchend'],
    ] as const) {
      this.root.addEventListener(down, (e) => {
        pressedHere = true;
        e.stopPropagation();
      });
      // A press that began on the canvas ends there too, or Phaser would think the button still held.
      this.root.addEventListener(up, (e) => {
        if (pressedHere) e.stopPropagation();
        pressedHere = false;
      });
    }
    this.area.addEventListener('input', () => this.update());
    this.post.addEventListener('click', () => this.submit());
    back.addEventListener('click', () => this.close());
    retry.addEventListener('click', () => {
      // The button hides while the lists are fetched again: the typing goes on where it was.
      this.area.focus();
      this.loadAnalyser();
    });
    scene.events.once('shutdown', this.onShutdown);
    this.reader = opts.analyser;
    this.analyser = this.reader ? 'ready' : 'loading';
    this.update();
    this.area.focus();
    this.area.setSelectionRange(this.area.value.length, this.area.value.length);
    if (this.analyser !== 'ready') this.loadAnalyser();
  }

  /** Whether the panel is still on the page (it goes when closed, and with its scene). */
  get isOpen(): boolean {
    return this.open;
  }

  /** Fetches the analyser's word lists (tried a few times); the panel says if they still do not come. */
  private loadAnalyser(): void {
    this.analyser = 'loading';
    this.failure.hidden = true;
    this.reads.hidden = false;
    this.update();
    this.opts.loadAnalyser().then(
      (analyser) => {
        this.reader = analyser;
        this.analyser = 'ready';
        if (this.open) this.update();
      },
      (err: unknown) => {
        console.warn('could not load the text analyser:', err);
        this.analyser = 'failed';
        if (!this.open) return;
        // The failure takes the place of what the analyser would read.
        this.reads.hidden = true;
        this.failure.hidden = false;
        this.update();
      },
    );
  }

  private update(): void {
    const { locale } = this.opts;
    const text = this.area.value;
    const length = [...text.trim()].length;
    const why = blocker(text, locale);
    // A reply is read by the analyser as it is posted: it waits for the word lists (their failure is said below).
    const blocked = why !== null || this.analyser !== 'ready';
    this.count.textContent = `${length} / ${PLATFORM_LIMIT}`;
    this.count.classList.toggle('over', length > PLATFORM_LIMIT);
    this.hint.textContent = why ?? (this.analyser === 'loading' ? t(locale, 'analyserWaiting') : '');
    this.post.disabled = blocked;
    this.post.setAttribute('aria-disabled', String(blocked));
    this.error.textContent = '';
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.read(), READ_DELAY_MS);
  }

  /** What the analyser reads in the text, and the preview: after a pause in typing. */
  private read(): void {
    if (!this.open) return;
    const { locale } = this.opts;
    const text = this.area.value;
    let analysis: Analysis | null = null;
    if (this.analyser !== 'ready' || !this.reader)
      this.reads.textContent = this.analyser === 'loading' ? t(locale, 'analyserLoading') : '';
    else if (text.trim().length === 0) this.reads.textContent = '';
    else {
      analysis = this.reader.analyse(text, this.opts.analyseOptions);
      this.reads.textContent = readsAs(analysis, locale);
    }
    this.opts.onChange(text, analysis);
  }

  private submit(): void {
    if (this.post.disabled) return;
    clearTimeout(this.pending);
    try {
      this.opts.onPost(this.area.value);
    } catch (err) {
      // The engine refused the reply (empty, too long): its reason, in the player's language.
      this.error.textContent =
        err instanceof PlayError ? playRefusalText(err, this.opts.locale) : (err as Error).message;
    }
  }

  /** Closes the panel, handing the draft back to the scene. */
  close(): void {
    if (!this.open) return;
    const text = this.area.value;
    this.destroy();
    this.opts.onClose(text);
  }

  /** The panel's height in logical pixels. */
  get height(): number {
    return this.root.offsetHeight;
  }

  /** The panel's state, for the screen-reader mirror of the scene. */
  lines(): string[] {
    const failed = this.failure.hidden ? '' : (this.failureText.textContent ?? '');
    return [this.count.textContent ?? '', this.hint.textContent ?? '', this.reads.textContent ?? '', failed].filter(
      Boolean,
    );
  }

  private destroy(): void {
    clearTimeout(this.pending);
    if (!this.open) return;
    this.open = false;
    this.scene.events.off('shutdown', this.onShutdown);
    stageOf(this.scene)?.unpin(this.root);
    const keyboard = this.scene.input.keyboard;
    if (keyboard && this.keyboardBefore) {
      keyboard.enabled = this.keyboardBefore.enabled;
      if (this.keyboardBefore.capture) keyboard.enableGlobalCapture();
    }
  }
}
