/**
 * `@menteo/sandbox`: a stateful, seeded implementation of the Menteo v1 API on SQLite.
 * @packageDocumentation
 */
export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export { clockFrom, type Clock, type ClockStart } from './clock.js';
export { demo } from './demo.js';
export { defaultWebhookSecret, signWebhook } from './events/webhooks.js';
