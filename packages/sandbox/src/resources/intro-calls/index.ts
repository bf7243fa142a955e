import type { Handlers } from '../../http/handler.js';
import { introCallHandlers } from './intro-calls.js';

/** Handlers of the intro-call operations. */
export const introCallsHandlers = { ...introCallHandlers } satisfies Partial<Handlers>;
