/**
 * One message of a `text/event-stream`, as its blank line completes it.
 *
 * @example
 * ```ts
 * // "id: 7\nevent: room.updated\ndata: {…}\n\n" → { id: '7', event: 'room.updated', data: '{…}' }
 * ```
 */
export interface SSEMessage {
  /** The last `id:` seen on this stream (it carries over to messages without one). */
  id: string;
  /** The `event:` field, `message` when absent. */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
}

/**
 * An incremental `text/event-stream` parser following the WHATWG HTML spec ("Interpreting
 * an event stream"): feed it bytes as they arrive, cut anywhere, even inside a CRLF or a
 * UTF-8 character. A message is emitted only at its blank line, so a stream that ends
 * mid-message never yields a half message.
 *
 * @param onMessage called for every message that has data.
 * @param onRetry called with the server's `retry:` reconnection delay (ms).
 * @param id the last event id known before this stream (a resumed stream carries it over).
 * @example
 * ```ts
 * const feed = sseParser((m) => console.log(m.id, m.event, JSON.parse(m.data)));
 * for await (const chunk of response.body!) feed(chunk);
 * ```
 */
export function sseParser(onMessage: (message: SSEMessage) => void, onRetry: (ms: number) => void = () => {}, id = ''): (chunk: Uint8Array) => void {
  // TextDecoder keeps a cut multi-byte character for the next chunk and drops a leading BOM, as the spec asks.
  const decoder = new TextDecoder();
  let buffer = '';
  let data = '';
  let event = '';
  let afterCR = false;

  const line = (text: string): void => {
    if (!text) {
      // The data buffer gets "\n" per data line, so an empty `data:` still dispatches (as "").
      if (data) onMessage({ id, event: event || 'message', data: data.slice(0, -1) });
      data = event = '';
      return;
    }
    // A comment (`: …`) has an empty field name and falls through every branch.
    const [, field, value = ''] = /^([^:]*)(?:: ?(.*))?$/s.exec(text)!;
    if (field === 'data') data += `${value}\n`;
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) onRetry(Number(value));
  };

  return (chunk) => {
    let text = decoder.decode(chunk, { stream: true });
    if (!text) return;
    // A CRLF cut between two chunks: the CR already ended the line.
    if (afterCR && text[0] === '\n') text = text.slice(1);
    buffer += text;
    const eol = /\r\n?|\n/g;
    let start = 0;
    for (const m of buffer.matchAll(eol)) {
      line(buffer.slice(start, m.index));
      start = m.index + m[0].length;
    }
    afterCR = buffer.endsWith('\r');
    buffer = buffer.slice(start);
  };
}
