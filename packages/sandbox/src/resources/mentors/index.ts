import type { Handlers } from '../../http/handler.js';
import type { SeedContext } from '../../seed/context.js';
import { createMatch } from './matches.js';
import { retrieveMentor } from './retrieve.js';
import { listMentorReviews } from './reviews.js';
import { listMentors } from './search.js';
import { seedMentorWorld } from './seed.js';
import { listMentorSlots } from './slots.js';

/** Handlers of the mentors operations. */
export const mentorsHandlers = {
  listMentors,
  retrieveMentor,
  listMentorReviews,
  listMentorSlots,
  createMatch,
} satisfies Partial<Handlers>;

/** Seeds the mentors of the demo world. */
export function seedMentors(ctx: SeedContext): void {
  seedMentorWorld(ctx);
}
