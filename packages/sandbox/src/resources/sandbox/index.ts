import type { HandlerMap } from '../../http/handler.js';
import { moveSandboxClock } from './clock.js';
import { triggerSandboxEvent } from './trigger.js';

/** The operations only the sandbox serves (production answers 404). */
export const sandboxHandlers: HandlerMap<'moveSandboxClock' | 'triggerSandboxEvent'> = { moveSandboxClock, triggerSandboxEvent };
