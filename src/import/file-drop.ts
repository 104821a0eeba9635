import { MAX_SCENARIO_BYTES } from '../engine';

/** A file the instructor chose or dropped: its text, or why it cannot be read. */
export type PickedFile =
  | { name: string; text: string }
  | { name: string; error: 'notJson' | 'tooBig' | 'unreadable'; mb?: string };

/** Reads a chosen file, refusing what cannot be a scenario before reading it. */
export async function readScenarioFile(file: File): Promise<PickedFile> {
  const name = file.name || 'scenario.json';
  if (!/\.json$/i.test(name) && file.type !== 'application/json') return { name, error: 'notJson' };
  if (file.size > MAX_SCENARIO_BYTES) return { name, error: 'tooBig', mb: (file.size / 1e6).toFixed(1) };
  try {
    return { name, text: await file.text() };
  } catch {
    return { name, error: 'unreadable' };
  }
}

/** Opens the browser's file picker for one .json file. */
export function pickScenarioFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/**
 * Lets the instructor drop a scenario file anywhere on the page: an overlay
 * says where it will go while a file is dragged over, and the first file
 * dropped is handed to `onFile`.
 */
export function installFileDrop(label: () => string, onFile: (file: File) => void): () => void {
  const overlay = document.createElement('div');
  overlay.id = 'drop-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '16px',
    display: 'none',
    alignItems: 'center',
    justifyContent: 'center',
    zIndex: '20',
    border: '3px dashed #1d9bf0',
    borderRadius: '16px',
    background: 'rgba(11, 17, 23, 0.85)',
    color: '#e7e9ea',
    font: '600 28px Inter, system-ui, sans-serif',
    pointerEvents: 'none',
  });
  document.body.append(overlay);
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const show = (on: boolean) => {
    overlay.textContent = label();
    overlay.style.display = on ? 'flex' : 'none';
  };
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    show(true);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    // Never let the browser navigate away to the dropped file.
    e.preventDefault();
    depth = 0;
    show(false);
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  document.addEventListener('dragenter', enter);
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  return () => {
    for (const [type, f] of [
      ['dragenter', enter],
      ['dragover', over],
      ['dragleave', leave],
      ['drop', drop],
    ] as const)
      document.removeEventListener(type, f as EventListener);
    overlay.remove();
  };
}
