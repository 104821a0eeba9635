import type { GameStore } from '../store/game-store';
import { importScenario, indexedDbShelf, memoryShelf, type Shelf } from '../store/imports';
import type { PickedFile } from './file-drop';

/** Opens a file the instructor picked or dropped; a file that cannot be read is reported like a broken one. */
export async function openPicked(store: GameStore, picked: PickedFile, shelf: Shelf): Promise<boolean> {
  if ('error' in picked) {
    const values = { file: picked.name, mb: picked.mb ?? '' };
    store.setState({
      imports: {
        status: 'failed',
        file: picked.name,
        problems: [{ file: picked.name, path: '', line: 1, column: 1, key: picked.error, values }],
      },
    });
    return false;
  }
  return importScenario(store, picked.text, picked.name, shelf);
}

/** IndexedDB where the browser allows it; otherwise opened scenarios last until the tab closes. */
export function browserShelf(): Shelf {
  try {
    if (typeof indexedDB !== 'undefined') return indexedDbShelf();
  } catch {
    // Some privacy modes throw on touching indexedDB.
  }
  return memoryShelf();
}
