// The SSE parser against the WHATWG "Interpreting an event stream" rules, table-driven:
// every case is also fed split at every byte boundary and one byte at a time, so chunk
// boundaries (mid-line, mid-CRLF, mid-UTF-8 character) can never change the outcome.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { backoff, sleep } from './reconnect.js';
import { sseParser, type SSEMessage } from './sse-parser.js';

interface Case {
  name: string;
  input: string | Uint8Array;
  messages: Partial<SSEMessage>[];
  retries?: number[];
  initialId?: string;
}

const enc = (text: string) => new TextEncoder().encode(text);
const bytes = (input: string | Uint8Array) => (typeof input === 'string' ? enc(input) : input);

const cases: Case[] = [
  { name: 'one message', input: 'id: 1\nevent: room.updated\ndata: {"a":1}\n\n', messages: [{ id: '1', event: 'room.updated', data: '{"a":1}' }] },
  { name: 'event defaults to "message"', input: 'data: x\n\n', messages: [{ id: '', event: 'message', data: 'x' }] },
  { name: 'multi-line data joins with LF', input: 'data: a\ndata: b\ndata:\ndata: c\n\n', messages: [{ data: 'a\nb\n\nc' }] },
  { name: 'CRLF line endings', input: 'id: 7\r\ndata: a\r\ndata: b\r\n\r\n', messages: [{ id: '7', data: 'a\nb' }] },
  { name: 'lone CR line endings', input: 'id: 8\rdata: a\r\r', messages: [{ id: '8', data: 'a' }] },
  { name: 'mixed endings', input: 'data: a\r\ndata: b\rdata: c\n\r\n', messages: [{ data: 'a\nb\nc' }] },
  { name: 'comments are ignored', input: ': connected req_1\n: heartbeat\n\ndata: x\n: inside\n\n', messages: [{ data: 'x' }] },
  { name: 'only one leading space is stripped', input: 'data:  two spaces\ndata:none\n\n', messages: [{ data: ' two spaces\nnone' }] },
  { name: 'a colon in the value stays', input: 'data: {"t":"10:00"}\n\n', messages: [{ data: '{"t":"10:00"}' }] },
  { name: 'a field without colon has an empty value', input: 'data\ndata\n\n', messages: [{ data: '\n' }] },
  { name: 'empty data still dispatches', input: 'data:\n\n', messages: [{ data: '' }] },
  { name: 'no data, no message', input: 'id: 3\nevent: ping\n\n', messages: [] },
  {
    name: 'event type resets after each message',
    input: 'event: a\ndata: 1\n\ndata: 2\n\n',
    messages: [
      { event: 'a', data: '1' },
      { event: 'message', data: '2' },
    ],
  },
  { name: 'id carries over to later messages', input: 'id: 5\ndata: 1\n\ndata: 2\n\nid\ndata: 3\n\n', messages: [{ id: '5' }, { id: '5' }, { id: '' }] },
  { name: 'an id-only block still moves the id', input: 'id: 9\n\ndata: x\n\n', messages: [{ id: '9', data: 'x' }] },
  { name: 'an id with NUL is ignored', input: 'id: 4\ndata: a\n\nid: 5\0x\ndata: b\n\n', messages: [{ id: '4' }, { id: '4' }] },
  { name: 'initial id is carried over', input: 'data: a\n\n', initialId: '41', messages: [{ id: '41' }] },
  { name: 'unknown fields are ignored', input: 'foo: bar\ndata: a\nDATA: b\n\n', messages: [{ data: 'a' }] },
  { name: 'retry with digits only', input: 'retry: 2000\nretry: 1.5\nretry: x\nretry:\nretry: 30\n\n', messages: [], retries: [2000, 30] },
  { name: 'a message without its blank line is not delivered', input: 'data: whole\n\nid: 2\ndata: partial\n', messages: [{ data: 'whole' }] },
  { name: 'a trailing line without LF is not a line', input: 'data: a\n\ndata: b', messages: [{ data: 'a' }] },
  { name: 'UTF-8 survives any split', input: 'data: Café ☕ 🎉 Ünïcödé\n\n', messages: [{ data: 'Café ☕ 🎉 Ünïcödé' }] },
  { name: 'a leading BOM is dropped', input: new Uint8Array([0xef, 0xbb, 0xbf, ...enc('data: a\n\n')]), messages: [{ data: 'a' }] },
  { name: 'blank lines alone dispatch nothing', input: '\n\n\r\n\r\r', messages: [] },
];

function parse(chunks: Uint8Array[], initialId?: string) {
  const messages: SSEMessage[] = [];
  const retries: number[] = [];
  const feed = sseParser(
    (m) => messages.push(m),
    (ms) => retries.push(ms),
    initialId,
  );
  for (const chunk of chunks) feed(chunk);
  return { messages, retries };
}

function check(c: Case, chunks: Uint8Array[], how: string) {
  const { messages, retries } = parse(chunks, c.initialId);
  assert.equal(messages.length, c.messages.length, `${how}: ${JSON.stringify(messages)}`);
  c.messages.forEach((expected, i) => {
    for (const [key, value] of Object.entries(expected)) assert.equal(messages[i]![key as keyof SSEMessage], value, `${how}: message ${i} ${key}`);
  });
  assert.deepEqual(retries, c.retries ?? [], how);
}

describe('sseParser', () => {
  for (const c of cases) {
    it(c.name, () => {
      const all = bytes(c.input);
      check(c, [all], 'whole');
      check(
        c,
        [...all].map((b) => new Uint8Array([b])),
        'byte by byte',
      );
      for (let cut = 1; cut < all.length; cut++) check(c, [all.slice(0, cut), new Uint8Array(0), all.slice(cut)], `cut at ${cut}`);
    });
  }

  it('keeps a CR at a chunk end from eating a later LF that starts a new blank line', () => {
    // "a\r" | "\n" is one CRLF; "a\r" | "\n\n" is CRLF then a blank line.
    assert.equal(parse([enc('data: a\r'), enc('\n')]).messages.length, 0);
    assert.equal(parse([enc('data: a\r'), enc('\n\n')]).messages.length, 1);
  });

  it("parses the contract's own example of the stream", () => {
    const contract = JSON.parse(readFileSync(new URL('../../../api/generated/openapi.json', import.meta.url), 'utf8'));
    const example: string = contract.paths['/v1/events'].get.responses['200'].content['text/event-stream'].example;
    const messages = parse([enc(example.endsWith('\n\n') ? example : `${example}\n`)]).messages;
    assert.equal(messages.length, 1);
    const event = JSON.parse(messages[0]!.data) as { id: string; type: string };
    assert.equal(messages[0]!.id, event.id);
    assert.equal(messages[0]!.event, event.type);
  });
});

describe('backoff', () => {
  it('doubles from the base, capped, jittered within the upper half', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(30_000, 1000 * 2 ** attempt);
      for (let i = 0; i < 50; i++) {
        const d = backoff(attempt, 1000);
        assert.ok(d >= ceiling / 2 && d <= ceiling, `attempt ${attempt}: ${d}`);
      }
    }
  });

  it('jitters (clients dropped together spread out)', () => {
    assert.ok(new Set(Array.from({ length: 20 }, () => backoff(3, 1000))).size > 10);
  });

  it('never caps below a large server retry', () => {
    assert.ok(backoff(0, 60_000) >= 30_000 && backoff(5, 60_000) <= 60_000);
  });
});

describe('sleep', () => {
  it('resolves at once when aborted and leaves no timer', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await pending;
    assert.ok(Date.now() - started < 1000);
    // A leftover 60 s timer would keep this test file from exiting: node:test would time out.
  });

  it('resolves after the delay', async () => {
    const started = Date.now();
    await sleep(30, new AbortController().signal);
    assert.ok(Date.now() - started >= 25);
  });

  it('an already aborted signal resolves immediately', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = Date.now();
    await sleep(60_000, controller.signal);
    assert.ok(Date.now() - started < 1000);
  });
});
