// What the outbox tests drive by hand: a storage they can read, copy and hand to another page,
// and a network they switch off and on.
import type { KeyValueStorage, OutboxEntry } from '../../src/stores/outbox.js';
import { API } from './sandbox-data.js';

/**
 * Map-backed storage whose contents a test can read, copy and hand to another page.
 *
 * @example
 * ```ts
 * const storage = new FakeStorage();
 * createStores(core, { storage });
 * assert.equal(storage.outbox('usr_demomentee').length, 1);
 * ```
 */
export class FakeStorage implements KeyValueStorage {
  constructor(readonly map = new Map<string, string>()) {}
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
  removeItem = (key: string) => void this.map.delete(key);
  /** A person's outbox as stored (demo-mentee's by default). */
  outbox = (userId = 'usr_demomentee'): OutboxEntry[] => JSON.parse(this.map.get(`menteo.outbox:${API}:${userId}`) ?? '[]') as OutboxEntry[];
  copy = () => new FakeStorage(new Map(this.map));
}

/**
 * A network the test switches off and on (the outbox's `online` / `onOnline` options).
 *
 * @example
 * ```ts
 * const net = network();
 * createStores(core, { online: net.online, onOnline: net.onOnline });
 * net.set(false);
 * ```
 */
export function network() {
  let up = true;
  const listeners = new Set<() => void>();
  return {
    online: () => up,
    onOnline: (callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    set(value: boolean) {
      up = value;
      if (up) for (const callback of listeners) callback();
    },
  };
}
