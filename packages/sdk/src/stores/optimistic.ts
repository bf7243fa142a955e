import type { StoreContext } from './context.js';
import type { Source } from './query.js';

type Layered<B> = Pick<Source<B, unknown>, 'layer'>;

const chains = new Map<string, Promise<unknown>>();

/**
 * Runs writes to the same thing (one post's reaction, one roadmap step) one after another:
 * a quick double toggle must reach the server in the order it was clicked.
 */
function serial<T>(key: string, run: () => Promise<T>): Promise<T> {
  const next = (chains.get(key) ?? Promise.resolve()).catch(() => {}).then(run);
  chains.set(key, next);
  void next.finally(() => chains.get(key) === next && chains.delete(key)).catch(() => {});
  return next;
}

/**
 * Whether a write with this key is queued or on the wire (until its answer is applied): a live
 * event must then leave what that write changes to its answer.
 *
 * @example `counts: writing(\`follow:${threadId}\`) ? held : fresh.counts`
 */
export const writing = (key: string): boolean => chains.has(key);

/**
 * A write with an optimistic change: `change` shows at once in every source given, the
 * request runs (after earlier writes with the same `key`), and then the change is replaced
 * by the server's answer (`confirm`) or removed — exactly, since layers sit above the
 * server's data rather than overwriting it. A failure is recorded in `lastError` and rejects
 * the promise; that promise is marked handled, so a caller that does not await it causes no
 * unhandled rejection.
 *
 * @example
 * ```ts
 * mutate(context, `reaction:${postId}:${kind}`, sources, (pages) => bump(pages), () => posts.reactions.add(postId, kind), (update) => (pages) => apply(pages, update));
 * ```
 */
export function mutate<B, R>(
  context: StoreContext,
  key: string,
  sources: Iterable<Layered<B>>,
  change: (base: B) => B,
  send: () => PromiseLike<R>,
  confirm: (result: R) => (base: B) => B,
): Promise<R> {
  const drops = [...sources].map((source) => source.layer(change));
  const result = serial(key, async () => {
    try {
      const answer = await send();
      for (const drop of drops) drop(confirm(answer));
      return answer;
    } catch (error) {
      for (const drop of drops) drop();
      throw context.fail(error);
    }
  });
  result.catch(() => {});
  return result;
}
