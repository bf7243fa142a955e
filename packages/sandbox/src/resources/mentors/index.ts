import type { Handlers } from '../../http/handler.js';
import type { SeedContext } from '../../seed/context.js';

/** Handlers of the mentors operations. */
export const mentorsHandlers = {} satisfies Partial<Handlers>;

/** Seeds the mentors of the demo world. */
export function seedMentors(_ctx: SeedContext): void {}
