/**
 * Reads a `text/event-stream` Response (from a real socket or from `app.request` in-process)
 * and tells how it ended: the event-stream tests need to see an end, a drop and a comment,
 * which the shared `connectSse` helper does not report.
 */
export interface SseMessage {
  id: string;
  event: string;
  data: string;
}

export interface SseReader {
  status: number;
  /** The next message with data; rejects after `timeoutMs` without one, or when the stream ended first. */
  next(timeoutMs?: number): Promise<SseMessage>;
  /** Settles when the stream ends: `eof` for a clean end, `error` for a broken one. */
  ended: Promise<'eof' | 'error'>;
  /** Resolves once the first bytes (the server's opening comment) arrived. */
  opened: Promise<void>;
  /** Every message received so far, in order. */
  messages: SseMessage[];
  close(): void;
}

/**
 * Starts reading `response` (unless `lazy`: then nothing is read until `next()` is called,
 * the way a client too slow to read behaves).
 *
 * @example
 * ```ts
 * const stream = readSse(await sandbox.app.request('/v1/events', { headers }));
 * const first = await stream.next();
 * ```
 */
export function readSse(response: Response, abort?: AbortController, options: { lazy?: boolean } = {}): SseReader {
  const messages: SseMessage[] = [];
  let cursor = 0;
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  let endedWith: 'eof' | 'error' | undefined;
  let markOpened = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));
  let started = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let resolveEnded: (how: 'eof' | 'error') => void = () => {};
  const ended = new Promise<'eof' | 'error'>((resolve) => (resolveEnded = resolve));

  const run = async () => {
    if (started || !response.body) return;
    started = true;
    reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let id = '';
    try {
      for (;;) {
        const { value, done } = await reader!.read();
        if (done) break;
        markOpened();
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data: string | undefined;
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') id = value;
            else if (field === 'event') event = value;
            else if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
          }
          if (data !== undefined) messages.push({ id, event, data });
        }
        wake();
      }
      endedWith = 'eof';
    } catch {
      endedWith = 'error';
    }
    resolveEnded(endedWith);
    wake();
  };
  if (!options.lazy) void run();

  return {
    status: response.status,
    messages,
    ended,
    opened,
    async next(timeoutMs = 3000) {
      void run();
      const deadline = Date.now() + timeoutMs;
      while (cursor >= messages.length) {
        if (endedWith) throw new Error(`the stream ended (${endedWith}) before another message`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no message within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages[cursor++]!;
    },
    close() {
      abort?.abort();
      void (reader ?? response.body)?.cancel().catch(() => {});
    },
  };
}

/** Waits until `condition` holds, polling; fails with `what` after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
