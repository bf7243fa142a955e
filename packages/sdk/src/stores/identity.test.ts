// The outbox and drafts belong to a person, not to a browser: on a shared computer one
// person's queued message is never sent with the next person's token, sign-out deletes what
// the person left, and a token function that fails for a while loses nothing. Against the
// in-process sandbox behind msw: person A is demo-mentee, B demo-mentor, who share a room
// (so a message sent as B would be accepted — the tests look at who wrote what).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { FakeStorage, network } from '../../test/support/offline.js';
import { API } from '../../test/support/sandbox-data.js';
import { until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { MenteoError } from '../core/errors.js';
import { createStores, type MenteoStores } from './index.js';

const api = mockApi();
const A = 'usr_demomentee';
let B: string;
let tokenB: string;
/** A's tokens: a fresh one per test, since some tests let theirs run out. */
const mintA = () => api.data.tokenFor('demo-mentee');
let room: string;
const messagesPath = () => `/v1/rooms/${room}/messages`;

before(async () => {
  tokenB = await api.data.tokenFor('demo-mentor');
  B = api.data.db.prepare('SELECT user_id FROM user_tokens WHERE token = ?').pluck().get(tokenB) as string;
  room = api.data.flagshipRoomId();
});

/** A token function the test steers: whose token it answers, or that it fails. */
function tokenSource(initial: string) {
  const source = {
    current: initial as string | Error,
    asked: 0,
    fn: () => {
      source.asked++;
      if (source.current instanceof Error) throw source.current;
      return source.current;
    },
  };
  return source;
}

const made: MenteoStores[] = [];
function stores(token: () => string, storage: FakeStorage, net = network()) {
  const s = createStores(new MenteoCore({ token, ...fast, maxRetries: 0 }), { live: false, graceMs: 5, storage, online: net.online, onOnline: net.onOnline });
  made.push(s);
  return s;
}
after(() => {
  for (const s of made) s.dispose();
});

let seq = 0;
const unique = (what: string) => `${what} (identity test ${process.pid}-${++seq})`;
const authorsOf = (body: string) => api.data.db.prepare('SELECT author_id FROM messages WHERE body = ?').pluck().all(body) as string[];
const messagePosts = () => api.callsTo(messagesPath(), 'POST');

describe('outbox and drafts per person', () => {
  it("a message A queued offline is not sent once the token is B's (same page, token refreshed to B); it waits for A", async () => {
    const tokenA = await mintA();
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    const token = tokenSource(tokenA);
    const s = stores(token.fn, storage, net);
    const body = unique('A, written offline');
    const sent = s.sendMessage(room, { body });
    await waitFor(() => storage.outbox(A).length === 1);
    assert.equal(storage.outbox(A)[0]!.userId, A);
    assert.equal(s.user.get(), A);

    // A leaves; B signs in to the host page, whose token function now answers B's token; A's has run out.
    token.current = tokenB;
    api.data.expire(tokenA);
    net.set(true);
    await assert.rejects(sent, (error: unknown) => error instanceof MenteoError && /no longer signed in/.test(error.message));
    await until(s.user, (user) => user === B);
    await s.flush();
    // Tried with A's token (which had run out), never with B's.
    assert.deepEqual(new Set(messagePosts().map((c) => c.headers.get('authorization'))), new Set([`Bearer ${tokenA}`]));
    assert.deepEqual(authorsOf(body), []);
    assert.deepEqual(s.outbox.entries.get(), [], "A's entry is not B's to see");
    assert.equal(storage.outbox(A).length, 1, "kept for A, under A's key");
    assert.deepEqual(storage.outbox(B), []);

    // A comes back (a page with a fresh token of A): it goes, once, as A.
    const tokenA2 = await mintA();
    const tried = messagePosts().length;
    const again = stores(() => tokenA2, storage);
    await until(again.outbox.entries, (entries) => entries.length === 0 && storage.outbox(A).length === 0);
    assert.deepEqual(authorsOf(body), [A]);
    assert.deepEqual(
      messagePosts()
        .slice(tried)
        .map((c) => c.headers.get('authorization')),
      [`Bearer ${tokenA2}`],
    );
  });

  it("a page signed in as B neither shows nor sends what A left queued, nor A's drafts", async () => {
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    const tokenA = await mintA();
    const first = stores(() => tokenA, storage, net);
    const body = unique('A, left in the outbox');
    void first.sendMessage(room, { body });
    first.draft(`message:${room}`).set('A’s half-written thought');
    await waitFor(() => storage.outbox(A).length === 1 && storage.map.has(`menteo.drafts:${API}:${A}`));
    first.dispose();

    const second = stores(() => tokenB, storage); // online
    const $messages = second.roomMessages(room);
    const stop = $messages.listen(() => {});
    const $draft = second.draft(`message:${room}`);
    await until(second.user, (user) => user === B);
    await second.flush();
    await until($messages, (m) => m.loaded && !m.loading);
    assert.ok(!$messages.get().items.some((m) => m.body === body), "A's queued message is not shown to B");
    assert.equal($draft.get(), '', "A's draft is not shown to B");
    assert.deepEqual(messagePosts(), []);
    assert.deepEqual(authorsOf(body), []);
    assert.equal(storage.outbox(A).length, 1);
    stop();
  });

  it("sign-out deletes the person's outbox and drafts, forgets the token and empties the stores", async () => {
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    const token = tokenSource(await mintA());
    const s = stores(token.fn, storage, net);
    const $me = s.me();
    const stop = $me.listen(() => {});
    await until($me, (me) => me.data?.id === A);
    const body = unique('A, unsent at sign-out');
    const sent = s.sendMessage(room, { body });
    const $draft = s.draft(`message:${room}`);
    $draft.set('Something private');
    await waitFor(() => storage.outbox(A).length === 1 && storage.map.has(`menteo.drafts:${API}:${A}`));
    const asked = token.asked;

    token.current = tokenB; // the next person
    await s.signOut();
    await assert.rejects(sent, MenteoError);
    assert.deepEqual([...storage.map.keys()], [], 'nothing of A left in storage');
    assert.deepEqual(s.outbox.entries.get(), []);
    assert.equal($draft.get(), '');
    assert.equal(s.user.get(), undefined);
    assert.notEqual($me.get().data?.id, A, "A's profile is dropped at once");

    // The stores load again with the token function's next answer: B's.
    await until($me, (me) => me.data?.id === B);
    assert.ok(token.asked > asked, 'the token function was asked again');
    net.set(true);
    await s.flush();
    assert.deepEqual(messagePosts(), []);
    assert.deepEqual(authorsOf(body), []);
    stop();
  });

  it('a failing token function keeps the write queued; it is sent once the function answers again', async () => {
    const storage = new FakeStorage();
    const tokenA = await mintA();
    const token = tokenSource(tokenA);
    const s = stores(token.fn, storage);
    await s.flush(); // the outbox knows A

    // A's token runs out and the host's token endpoint is down for a while.
    api.data.expire(tokenA);
    token.current = new TypeError('Failed to fetch');
    const body = unique('Written while the token endpoint is down');
    const sent = s.sendMessage(room, { body });
    await waitFor(() => token.asked >= 2);
    await s.flush();
    assert.equal(s.outbox.entries.get().length, 1, 'still queued');
    assert.equal(storage.outbox(A).length, 1);
    assert.equal(s.lastError.get(), undefined, 'not reported as a failure');
    assert.deepEqual(authorsOf(body), []);

    // A fresh token from the function: sent, once, as A.
    token.current = await api.data.tokenFor('demo-mentee');
    await s.flush();
    const message = await sent;
    assert.equal(message.body, body);
    assert.deepEqual(authorsOf(body), [A]);
    assert.deepEqual(storage.outbox(A), []);
  });

  it('a token function failing from the start loses nothing written meanwhile', async () => {
    const storage = new FakeStorage();
    const tokenA = await mintA();
    const token = tokenSource(tokenA);
    token.current = new Error('not signed in yet');
    const s = stores(token.fn, storage);
    const body = unique('Written before the first token');
    const sent = s.sendMessage(room, { body });
    await waitFor(() => token.asked >= 1);
    await s.flush();
    assert.equal(s.outbox.entries.get().length, 1);
    assert.equal(s.lastError.get(), undefined);
    token.current = tokenA;
    await s.flush();
    await sent;
    assert.deepEqual(authorsOf(body), [A]);
    assert.deepEqual(storage.outbox(A), []);
  });
});
