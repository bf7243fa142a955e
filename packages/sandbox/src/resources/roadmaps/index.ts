import type { Handlers } from '../../http/handler.js';
import type { SeedContext } from '../../seed/context.js';

/** Handlers of the roadmaps operations. */
export const roadmapsHandlers = {} satisfies Partial<Handlers>;

/** Seeds the roadmaps of the demo world. */
export function seedRoadmaps(_ctx: SeedContext): void {}
