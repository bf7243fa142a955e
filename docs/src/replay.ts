// What the docs' demos add to @menteo/test-support's one recording format and replay: the
// name of the recording they ship (demo-data.json) and their answers to requests nobody
// recorded. The format, the request key rule and the replay itself are test-support's, shared
// with the elements' msw tests and the SDK's tests.
import { problemAnswer, type RecordedAnswer, type Recording } from '@menteo/test-support';

export { requestKey, type RecordedAnswer } from '@menteo/test-support';

/** What the build writes to `demo-data.json`: answers the sandbox gave at build time. */
export type DemoData = Recording;

/**
 * The answer for a request nobody recorded: a 404 problem document, in the API's shape, so the
 * elements show their "not found" / error state instead of hanging.
 *
 * @example notRecorded('GET /v1/mentors/men_x').status // 404
 */
export function notRecorded(key: string): RecordedAnswer & { status: 404 } {
  return problemAnswer(key, 404, {
    code: 'not_found',
    title: 'Not Found',
    detail: `The docs demo recorded no answer for ${key}: it replays a fixed set of requests captured from the sandbox.`,
    requestId: 'req_docsdemo_notrecorded',
  });
}

/**
 * The answer for a write nobody recorded (sending a message, booking, changing a goal or a
 * room's status): a `403` problem document, `demo_read_only`, so the elements show their own
 * "could not save" state with a request id, as they would for any refused write. The replay
 * keeps no state: nothing a reader does changes what the next request answers.
 *
 * @example readOnly('POST /v1/rooms/room_a/messages').body.includes('demo_read_only') // true
 */
export function readOnly(key: string): RecordedAnswer & { status: 403 } {
  return problemAnswer(key, 403, {
    code: 'demo_read_only',
    title: 'The docs demo is read-only',
    detail: `The docs demo replays answers recorded from the sandbox and saves nothing, so it refused ${key}. Try writes against the sandbox (npx menteo-sandbox).`,
    requestId: 'req_docsdemo_readonly',
  });
}
