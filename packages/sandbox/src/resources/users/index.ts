import type { Handlers } from '../../http/handler.js';

/** Handlers of me, users and auth tokens. */
export const usersHandlers = {} satisfies Partial<Handlers>;
