import { streamEvents } from './events/stream.js';
import type { Handlers } from './http/handler.js';
import type { StreamHandlers } from './http/stream-handler.js';
import { adminHandlers } from './resources/admin/index.js';
import { insightsHandlers } from './resources/admin/insights.js';
import { introCallsHandlers } from './resources/intro-calls/index.js';
import { mentorsHandlers } from './resources/mentors/index.js';
import { roadmapsHandlers } from './resources/roadmaps/index.js';
import { roomsHandlers } from './resources/rooms/index.js';
import { sandboxHandlers } from './resources/sandbox/index.js';
import { threadsHandlers } from './resources/threads/index.js';
import { tokensHandlers } from './resources/tokens/index.js';
import { usersHandlers } from './resources/users/index.js';

/** Every operation's handler; the app routes the contract's operations to these by operationId. */
export const handlers: Handlers = {
  ...usersHandlers,
  ...mentorsHandlers,
  ...roadmapsHandlers,
  ...roomsHandlers,
  ...threadsHandlers,
  ...introCallsHandlers,
  ...sandboxHandlers,
  ...adminHandlers,
  ...tokensHandlers,
  ...insightsHandlers,
};

/** The operations answered with a stream: the app runs them in the same envelope, outside a transaction. */
export const streamHandlers: StreamHandlers = { streamEvents };
