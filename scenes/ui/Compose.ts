import type Phaser from 'phaser';
import { analyse, featureName, languageDataReady, loadLanguageData, PLATFORM_LIMIT, type Analysis, type AnalyseOptions, type Locale } from '../../src/engine';
import { t } from '../../src/i18n/strings';
import { stageOf } from './Stage';

/** How long typing must pause before the preview and the analysis follow. */
const READ_DELAY_MS = 120;

/** What the compose panel needs from its scene. */
export interface ComposeOptions {
  locale: Locale;
  /** The draft to start from (kept when the panel was closed). */
  draft: string;
  analyseOptions: AnalyseOptions;
  /** Every change of the text, with its analysis once the analyser is loaded. */
  onChange(text: string, analysis: Analysis | null): void;
  /** Posts the reply; throws with a message the panel shows when it cannot. */
  onPost(text: string): void;
  onClose(text: string): void;
}

/** Why the text cannot be posted yet, or null when it can. */
export function blocker(text: string, locale: Locale): string | null {
  if (text.trim().length === 0) return t(locale, 'writeFirst');
  const over = [...text.trim()].length - PLATFORM_LIMIT;
  return over > 0 ? t(locale, 'tooLong', over) : null;
}

/** The analysis in a line: the features it carries, the tone and the language. */
export function readsAs(a: Analysis, locale: Locale): string {
  const found = Object.entries(a.features)
    .filter(([name, v]) => v >= 0.3 && name !== 'platformFit')
    .sort((x, y) => y[1] - x[1])
    .map(([name]) => featureName(name, locale));
  const tone = a.valence > 0.3 ? t(locale, 'positive') : a.valence < -0.3 ? t(locale, 'negative') : t(locale, 'neutral');
  const language = t(locale, `langName_${a.language}`);
  return `${t(locale, 'readsAs', found.length > 0 ? found.join(', ') : t(locale, 'readsNothing'))} · ${t(locale, 'tone')} ${tone} · ${language}`;
}

/**
 * The "write your own" panel: a text area over the canvas with a live
 * counter, what the analyser reads, and Post / Back buttons. Built with
 * DOM elements and textContent only, so whatever is typed stays text.
 * While it is open the scene's keyboard is off, so typing "1" or "s" never
 * picks a choice or skips.
 */
export class Compose {
  private readonly root: HTMLDivElement;
  private readonly area: HTMLTextAreaElement;
  private readonly post: HTMLButtonElement;
  private readonly hint: HTMLSpanElement;
  private readonly count: HTMLSpanElement;
  private readonly reads: HTMLDivElement;
  private readonly error: HTMLDivElement;
  /** Whether the panel is on the page. */
  private open = false;
  /** The preview and the analysis wait for a pause in typing, so keys never lag. */
  private pending?: ReturnType<typeof setTimeout>;

  constructor(private readonly scene: Phaser.Scene, x: number, y: number, width: number, private readonly opts: ComposeOptions) {
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
    const actions = el('div', 'compose-actions');
    this.post = el('button', 'compose-post', t(locale, 'postReply'));
    const back = el('button', 'compose-back', t(locale, 'backToChoices'));
    actions.append(this.post, back);
    this.root.append(title, this.area, row, this.reads, actions, el('div', 'compose-keys', t(locale, 'composeKeys')), this.error);

    stageOf(scene)?.pin(this.root, x, y);
    this.open = true;
    const keyboard = scene.input.keyboard;
    // Phaser listens on the window and would swallow keys typed here: switch the scene's keys off while the panel is open.
    if (keyboard) {
      keyboard.enabled = false;
      keyboard.disableGlobalCapture();
    }
    this.area.addEventListener('input', () => this.update());
    this.area.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    this.post.addEventListener('click', () => this.submit());
    back.addEventListener('click', () => this.close());
    scene.events.once('shutdown', () => this.destroy());
    this.update();
    this.area.focus();
    this.area.setSelectionRange(this.area.value.length, this.area.value.length);
    if (!languageDataReady()) void loadLanguageData().then(() => this.read());
  }

  private update(): void {
    const { locale } = this.opts;
    const text = this.area.value;
    const length = [...text.trim()].length;
    const why = blocker(text, locale);
    this.count.textContent = `${length} / ${PLATFORM_LIMIT}`;
    this.count.classList.toggle('over', length > PLATFORM_LIMIT);
    this.hint.textContent = why ?? '';
    this.post.disabled = why !== null;
    this.post.setAttribute('aria-disabled', String(why !== null));
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
    if (!languageDataReady()) this.reads.textContent = t(locale, 'analyserLoading');
    else if (text.trim().length === 0) this.reads.textContent = '';
    else {
      analysis = analyse(text, this.opts.analyseOptions);
      this.reads.textContent = readsAs(analysis, locale);
    }
    this.opts.onChange(text, analysis);
  }

  private submit(): void {
    if (blocker(this.area.value, this.opts.locale) !== null) return;
    clearTimeout(this.pending);
    try {
      this.opts.onPost(this.area.value);
    } catch (err) {
      this.error.textContent = (err as Error).message;
    }
  }

  /** Closes the panel, handing the draft back to the scene. */
  close(): void {
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
    return [this.count.textContent ?? '', this.hint.textContent ?? '', this.reads.textContent ?? ''].filter(Boolean);
  }

  private destroy(): void {
    clearTimeout(this.pending);
    if (!this.open) return;
    this.open = false;
    stageOf(this.scene)?.unpin(this.root);
    const keyboard = this.scene.input.keyboard;
    if (keyboard) {
      keyboard.enabled = true;
      keyboard.enableGlobalCapture();
    }
  }
}
