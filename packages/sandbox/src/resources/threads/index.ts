import type { Handlers } from '../../http/handler.js';
import type { SeedContext } from '../../seed/context.js';

/** Handlers of the threads operations. */
export const threadsHandlers = {} satisfies Partial<Handlers>;

/** Seeds the threads of the demo world. */
export function seedThreads(_ctx: SeedContext): void {}
