import type { Handlers } from '../../http/handler.js';
import { agreementHandlers } from './agreement.js';
import { goalHandlers } from './goals.js';
import { messageHandlers } from './messages.js';
import { reviewHandlers } from './reviews.js';
import { roomHandlers } from './rooms.js';
import { sessionHandlers } from './sessions.js';
import { transitionHandlers } from './transitions.js';

/** Handlers of the rooms operations. */
export const roomsHandlers = {
  ...roomHandlers,
  ...transitionHandlers,
  ...agreementHandlers,
  ...goalHandlers,
  ...sessionHandlers,
  ...messageHandlers,
  ...reviewHandlers,
} satisfies Partial<Handlers>;
