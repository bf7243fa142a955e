import { randomBytes } from 'node:crypto';
import type { Rng } from './rng.js';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Id prefixes, one per resource; the contract's Id schemas check them. */
export type IdPrefix =
  | 'usr'
  | 'men'
  | 'rev'
  | 'room'
  | 'goal'
  | 'ses'
  | 'msg'
  | 'rdm'
  | 'stp'
  | 'thr'
  | 'post'
  | 'cmt'
  | 'evt'
  | 'req'
  | 'ut'
  | 'itc'
  | 'rpt'
  | 'whe'
  | 'whd'
  | 'pat';

/**
 * A new id such as `men_3kq9XbZ2mP0aLw9T`. Seeding passes its `Rng` so ids are the
 * same on every run; requests use crypto randomness so ids never collide across restarts.
 */
export function newId(prefix: IdPrefix, rng?: Rng, length = 16): string {
  if (rng) return `${prefix}_${rng.token(length)}`;
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return `${prefix}_${out}`;
}
