import type { Handlers } from '../../http/handler.js';
import type { SeedContext } from '../../seed/context.js';

/** Handlers of the rooms operations. */
export const roomsHandlers = {} satisfies Partial<Handlers>;

/** Seeds the rooms of the demo world. */
export function seedRooms(_ctx: SeedContext): void {}
