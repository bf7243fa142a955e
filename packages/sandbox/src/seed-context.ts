import type { Db } from './db/database.js';
import type { Rng } from './rng.js';

/**
 * What each resource's seeder receives. Seeders run in one transaction, in order (see
 * `seed/index.ts`); this type lives outside seed/ so that resources need not import it.
 *
 * @example
 * ```ts
 * export function seedRoadmaps(ctx: SeedContext): void {
 *   const created = new Date(ctx.now.getTime() - 90 * 86_400_000);
 * }
 * ```
 */
export interface SeedContext {
  db: Db;
  rng: Rng;
  /** The instant the seed treats as "now"; seeded dates are spread around it. */
  now: Date;
  /** How many mentors to create (default 500). */
  mentors: number;
}
