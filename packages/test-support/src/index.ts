/**
 * `@menteo/test-support`: one recording format and one replay of sandbox answers, for the
 * docs' demos, the elements' msw tests and the SDK's tests. Runs in Node and in the browser.
 * @packageDocumentation
 */
export { answerOf, answerResponse, pickHeaders, type RecordedAnswer, type Recording } from './recorded-answer.js';
export { momentParams, requestKey } from './request-key.js';
export { ask, record, type InProcessApp, type SandboxSource } from './record.js';
export { failure, failures, problemAnswer, type FailureParts, type FailureStatus } from './failure.js';
export { replay, type ReplayMethod, type ReplayOptions, type Replayed } from './replay.js';
