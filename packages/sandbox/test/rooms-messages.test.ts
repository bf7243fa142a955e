import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demo } from '../src/demo.js';
import { counts, eventsAfter, get, lastEventSeq, person, post, roomIn, type Message, type Person, type Problem, type Room } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

/** A room's conversation: messages, pages, read markers, events. */

let s: TestSandbox;
let clock: Date;
const tick = (ms = 1000) => {
  clock = new Date(clock.getTime() + ms);
  s.setNow(clock);
};

before(async () => {
  s = await startSandbox({ mentors: 120 });
  clock = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
  s.setNow(clock);
});
after(() => s.close());

describe('messages', () => {
  test('a participant writes; the other sees it unread; both hear of it', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    tick();
    const seq = lastEventSeq(s);
    const sent = await post<Message>(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'Here is my **draft** plan.' }, 201);
    assert.match(sent.body.id, /^msg_/);
    assert.equal(sent.body.roomId, room.id);
    assert.equal(sent.body.author.id, mentee.userId);
    assert.equal(sent.body.body, 'Here is my **draft** plan.');
    assert.equal(sent.body.createdAt, clock.toISOString());

    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id]),
      [['room.message.created', sent.body.id]],
    );
    assert.deepEqual(events[0]!.audience.sort(), [m.userId, mentee.userId].sort());

    const mentorView = (await get<Room>(s, m, `/v1/rooms/${room.id}`, undefined, 200)).body;
    assert.equal(mentorView.unreadCount, 1);
    assert.equal(mentorView.lastMessageAt, clock.toISOString());
    assert.equal(mentorView.updatedAt, clock.toISOString(), 'a message moves the room up the inbox');
    assert.equal((await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200)).body.unreadCount, 0);
  });

  test('validation and the wrong people: nothing written', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const stranger = await person(s);
    const before = counts(s);
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: '' }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'x'.repeat(4001) }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'hi', authorId: stranger.userId }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, {}, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, '{"body": "unterminated', 400);
    const wrongType = await s.request('POST', `/v1/rooms/${room.id}/messages`, {
      auth: mentee.token,
      body: 'body=hi',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(wrongType.status, 415);
    await post(s, stranger, `/v1/rooms/${room.id}/messages`, { body: 'Let me in' }, 404);
    await get(s, stranger, `/v1/rooms/${room.id}/messages`, undefined, 404);
    const key = await s.request('GET', `/v1/rooms/${room.id}/messages`, { auth: demo.keys.demoSecret });
    assert.equal(key.status, 403);
    assert.deepEqual(counts(s), before);
    // The longest body is fine.
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'x'.repeat(4000) }, 201);
  });

  test('messages while requested, active or paused; 409 once the room is over (still readable)', async () => {
    for (const status of ['requested', 'active', 'paused'] as const) {
      const { room, mentor: m, mentee } = await roomIn(s, status);
      await post(s, m, `/v1/rooms/${room.id}/messages`, { body: `Hello in ${status}` }, 201);
      await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: `Reply in ${status}` }, 201);
    }
    for (const status of ['declined', 'withdrawn', 'expired', 'completed', 'closed_early'] as const) {
      const { room, mentee } = await roomIn(s, status);
      const before = counts(s);
      const res = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'Still there?' }, 409);
      assert.equal(res.body.code, 'conflict');
      assert.match(res.body.detail!, new RegExp(status));
      assert.deepEqual(counts(s), before);
      await get(s, mentee, `/v1/rooms/${room.id}/messages`, undefined, 200);
    }
  });

  test('pages are newest first, without repeats or skips, even with new messages between loads', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/messages`;
    const ids: string[] = [];
    // Same instant on purpose (a frozen clock): insertion order still decides.
    for (let i = 0; i < 7; i++) ids.push((await post<Message>(s, i % 2 ? m : mentee, base, { body: `Message ${i}` }, 201)).body.id);
    tick();
    for (let i = 7; i < 10; i++) ids.push((await post<Message>(s, mentee, base, { body: `Message ${i}` }, 201)).body.id);
    const newestFirst = [...ids].reverse();

    const all = await get<{ data: Message[]; nextCursor: string | null }>(s, mentee, base, { limit: 100 }, 200);
    assert.deepEqual(
      all.body.data.map((x) => x.id),
      newestFirst,
    );
    assert.equal(all.body.nextCursor, null);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await get<{ data: Message[]; nextCursor: string | null }>(s, m, base, { limit: 3, cursor }, 200);
      assert.ok(page.body.data.length <= 3);
      seen.push(...page.body.data.map((x) => x.id));
      cursor = page.body.nextCursor ?? undefined;
      pages++;
      tick();
      await post(s, mentee, base, { body: `Arrived during paging ${pages}` }, 201);
    } while (cursor);
    assert.equal(pages, 4);
    assert.deepEqual(seen, newestFirst);

    const bad = await get<Problem>(s, m, base, { cursor: 'bm90IGEgY3Vyc29y.AAAAAAAAAAAAAAAA' }, 400);
    assert.equal(bad.body.code, 'invalid_cursor');
    const other = await roomIn(s, 'active');
    const cursorHere = (await get<{ nextCursor: string }>(s, mentee, base, { limit: 1 }, 200)).body.nextCursor;
    await get(s, other.mentee, `/v1/rooms/${other.room.id}/messages`, { cursor: cursorHere }, 400);
  });

  test('markRoomRead moves the read marker forward only; unreadCount follows', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/messages`;
    const fromMentor: string[] = [];
    for (let i = 0; i < 4; i++) {
      fromMentor.push((await post<Message>(s, m, base, { body: `Note ${i}` }, 201)).body.id);
      await post(s, mentee, base, { body: `Reply ${i}` }, 201);
    }
    const unread = async (who: Person) => (await get<Room>(s, who, `/v1/rooms/${room.id}`, undefined, 200)).body.unreadCount;
    assert.equal(await unread(mentee), 4);
    assert.equal(await unread(m), 4);

    const seq = lastEventSeq(s);
    const marked = await post<Room>(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: fromMentor[1] }, 200);
    assert.equal(marked.body.unreadCount, 2);
    assert.equal(marked.body.viewerRole, 'mentee');
    assert.equal(await unread(m), 4, "the other participant's marker is theirs");
    assert.deepEqual(eventsAfter(s, seq), [], 'reading is private');

    const back = await post<Room>(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: fromMentor[0] }, 200);
    assert.equal(back.body.unreadCount, 2, 'the marker never moves back');
    const latest = (await get<{ data: Message[] }>(s, mentee, base, { limit: 1 }, 200)).body.data[0]!;
    const all = await post<Room>(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: latest.id }, 200);
    assert.equal(all.body.unreadCount, 0);
    const rows = s.db.prepare('SELECT COUNT(*) AS n FROM room_reads WHERE room_id = ? AND user_id = ?').get(room.id, mentee.userId) as { n: number };
    assert.equal(rows.n, 1);

    const other = await roomIn(s, 'active');
    const foreign = (await post<Message>(s, other.mentee, `/v1/rooms/${other.room.id}/messages`, { body: 'Elsewhere' }, 201)).body;
    const before = counts(s);
    const wrongRoom = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: foreign.id }, 422);
    assert.equal(wrongRoom.body.errors?.[0]?.pointer, '/messageId');
    await post(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: 'msg_doesnotexist' }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: 'not-a-message' }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/read`, {}, 422);
    await post(s, other.mentee, `/v1/rooms/${room.id}/read`, { messageId: latest.id }, 404);
    assert.deepEqual(counts(s), before);
  });

  test('demo-mentee reads the seeded conversation: two unread from Daniel, then none', async () => {
    const mentee = { token: await s.tokenFor('demo-mentee') } as Person;
    const rooms = (await get<{ data: Room[] }>(s, mentee, '/v1/rooms', { status: ['active'] }, 200)).body.data;
    const room = rooms.find((r) => r.mentor.id === 'men_demomentor')!;
    assert.equal(room.unreadCount, 2);
    const newest = (await get<{ data: Message[] }>(s, mentee, `/v1/rooms/${room.id}/messages`, { limit: 2 }, 200)).body.data;
    assert.ok(newest.every((msg) => msg.author.id === demo.users.mentor.id));
    assert.equal(room.lastMessageAt, newest[0]!.createdAt);
    const read = await post<Room>(s, mentee, `/v1/rooms/${room.id}/read`, { messageId: newest[0]!.id }, 200);
    assert.equal(read.body.unreadCount, 0);
  });
});
