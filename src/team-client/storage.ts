import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** A small key-value table: IndexedDB in the browser, a Map in tests and where storage is refused. */
export interface Table<T> {
  all(): Promise<T[]>;
  put(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
}

export function indexedDbTable<T>(database: string, table: string): Table<T> {
  const db: UseStore = createStore(database, table);
  return {
    all: async () => (await entries<string, T>(db)).map(([, v]) => v),
    put: (key, value) => set(key, value, db),
    remove: (key) => del(key, db),
  };
}

export function memoryTable<T>(): Table<T> {
  const items = new Map<string, T>();
  return {
    all: async () => [...items.values()],
    put: async (key, value) => void items.set(key, value),
    remove: async (key) => void items.delete(key),
  };
}

/** IndexedDB when the browser has it and allows it; a Map otherwise. */
export function browserTable<T>(database: string, table: string): Table<T> {
  try {
    if (typeof indexedDB !== 'undefined') return indexedDbTable<T>(database, table);
  } catch {
    // Some privacy modes throw on touching indexedDB.
  }
  return memoryTable<T>();
}
