import type { StoreContext } from './context.js';
import { identify } from './identity.js';
import type { LiveEvent } from './live.js';

/**
 * Wraps a live event handler whose events may need to know who the signed-in person is (an event
 * that carries the other person's view of a room or an intro call). When `needsViewer` says an
 * event does and `context.user` is not known yet, it is learned once (`GET /v1/me`, shared with
 * the outbox) and that event and every one after it wait behind the lookup, in order; once the
 * queue drains, events are handled at once again. A failed lookup leaves `context.user` empty:
 * `follow` then decides without it. What `follow` throws lands in `lastError`.
 *
 * @example
 * ```ts
 * live.listen(knowingViewer(context, (event) => event.type === 'intro_call.booked', (event) => place(event)));
 * ```
 */
export function knowingViewer(
  context: StoreContext,
  needsViewer: (event: LiveEvent) => boolean,
  follow: (event: LiveEvent) => void,
): (event: LiveEvent) => void {
  let behind: Promise<void> | undefined;
  return (event) => {
    if (!behind && context.user.get() === undefined && needsViewer(event)) {
      behind = identify(context).then(
        () => {},
        () => {},
      );
    }
    if (!behind) return follow(event);
    const queued: Promise<void> = behind.then(() => follow(event)).catch((error: unknown) => void context.fail(error));
    behind = queued;
    void queued.then(() => {
      if (behind === queued) behind = undefined;
    });
  };
}
