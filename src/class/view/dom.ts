import { t } from '../../i18n';
import { refusalText } from '../../i18n/refusals';
import type { Locale } from '../../engine/schema/text';

type Handlers = Record<string, (e: Event) => void>;
type Props = { [attr: string]: string | boolean | number | undefined | Handlers; on?: Handlers };

/** A small element builder: text goes in as text (textContent), never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { on, ...attrs } = props;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false || typeof v === 'object') continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [type, fn] of Object.entries((on ?? {}) as Handlers)) el.addEventListener(type, fn);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * Text a trainee or the instructor gave (a name, a title, a written reply), isolated in a <bdi>:
 * a right-to-left name, or one ending in digits, never runs into the score beside it, and a stray
 * direction mark cannot reorder the row (the server refuses them in names; replies may carry them).
 */
export function given(text: string): HTMLElement {
  return h('bdi', {}, text);
}

/**
 * Replaces a container's content and gives the focus back to the element
 * with the same data-key, so that a live update never throws a keyboard
 * user out of what they were on.
 */
export function replaceKeepingFocus(container: HTMLElement, ...children: Node[]): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && container.contains(active) ? active.dataset.key : undefined;
  container.replaceChildren(...children);
  if (key) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

/** Fetches a file with the instructor's key and hands it to the browser as a download; a refusal is worded in the page's language. */
export async function download(url: string, key: string, fallbackName: string, locale: Locale): Promise<string | null> {
  try {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
    if (!res.ok) return refusalText(locale, await res.json().catch(() => null), res.status);
    const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
    const href = URL.createObjectURL(await res.blob());
    const a = h('a', { href, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return null;
  } catch {
    return t(locale, 'cv.offline');
  }
}

/** A whole number with grouping. */
