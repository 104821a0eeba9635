/**
 * Mirrors what a scene shows into a live region of the page, so screen
 * readers (and browser tests) can read what the canvas draws.
 */
export function showScreenText(title: string, lines: string[]): void {
  const el = typeof document !== 'undefined' ? document.getElementById('screen-text') : null;
  if (!el) return;
  el.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = title;
  el.append(h);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    el.append(p);
  }
  el.dataset.scene = title;
}

/** Shows an error over the game, in the page itself, so the screen is never blank. */
export function showFatal(title: string, detail: string, reloadLabel = 'Reload'): void {
  const el = document.getElementById('fatal');
  if (!el) return;
  el.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  const button = document.createElement('button');
  button.textContent = reloadLabel;
  button.addEventListener('click', () => location.reload());
  el.append(h, pre, button);
  el.style.display = 'block';
  button.focus();
}
