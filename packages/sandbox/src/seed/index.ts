import type { Db } from '../db/database.js';
import { seedMentors } from '../resources/mentors/seed.js';
import { seedOAuthClients } from '../resources/oauth/seed.js';
import { seedRoadmaps } from '../resources/roadmaps/seed.js';
import { seedRooms } from '../resources/rooms/seed.js';
import { seedThreads } from '../resources/threads/seed.js';
import { Rng } from '../rng.js';
import type { SeedContext } from '../seed-context.js';
import { seedCore } from './core.js';

export interface SeedOptions {
  /** PRNG seed: the same seed gives the same world. */
  seed: number;
  mentors: number;
  now: Date;
}

/** Whether the database already holds a world (a restart on the same file keeps its data). */
export function isSeeded(db: Db): boolean {
  return (db.prepare('SELECT COUNT(*) AS n FROM organizations').get() as { n: number }).n > 0;
}

/** Seeds the demo world in one transaction: all of it, or none of it. */
export function seedDatabase(db: Db, options: SeedOptions): void {
  const ctx: SeedContext = { db, rng: new Rng(options.seed), now: options.now, mentors: options.mentors };
  db.transaction(() => {
    seedCore(ctx);
    seedMentors(ctx);
    seedRoadmaps(ctx);
    seedRooms(ctx);
    seedThreads(ctx);
    seedOAuthClients(db);
  })();
}
