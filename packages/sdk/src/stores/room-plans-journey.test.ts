// The room-plan stores of the journey against the in-process sandbox behind msw: updateSession
// (agenda, notes, link, hat shown at once, the server's version kept, a refusal undone), each
// session action reaching its own operation (reschedule, complete, noShow: not a cancel), and
// deleteGoal (the goal leaves the list at once; a refused delete puts it back with its typed error).
// Sessions are booked in the mentor's open slots from the sandbox's fixed clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { mounted, until } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { createStoreContext, memoryStorage, roomPlanStores, type Session, type StoreContext } from './index.js';

const api = mockApi();
let mentee: string;
let flagship: Room;

const client = (token: string) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const contexts: StoreContext[] = [];
const make = (token: string) => {
  const context = createStoreContext(client(token), { live: false, graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  return { context, ...roomPlanStores(context) };
};
after(() => {
  for (const c of contexts) c.dispose();
});
before(async () => {
  mentee = await api.data.tokenFor('demo-mentee');
  const { data } = await new Rooms(client(mentee)).list({ status: ['active'], role: 'mentee' });
  flagship = data.find((r) => r.mentor.id === 'men_demomentor')!;
  assert.ok(flagship, 'the seeded flagship room');
});

const nextTwoWeeks = () => {
  const start = new Date(Math.ceil(api.data.now().getTime() / 3_600_000) * 3_600_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString() };
};

/** Two open slots of the demo mentor, and a session booked in the first. */
async function booked(stores: ReturnType<typeof make>): Promise<{ session: Session; other: string }> {
  const $slots = stores.mentorSlots(flagship.mentor.id, nextTwoWeeks());
  const stop = await mounted($slots, (s) => !!s.data);
  const [first, second] = $slots.get().data!.data;
  stop();
  const session = await stores.bookSession(flagship.id, flagship.mentor.id, { startsAt: first!.startsAt, agenda: 'Journey stores' });
  return { session, other: second!.startsAt };
}

describe('roomPlanStores: the journey’s sessions', () => {
  it('updateSession shows agenda, notes, link and hat at once and keeps the server’s version', async () => {
    const stores = make(mentee);
    const { session } = await booked(stores);
    try {
      const $sessions = stores.roomSessions(flagship.id, { status: ['pending', 'accepted'] });
      const stop = await mounted($sessions, (s) => s.loaded);
      const body = { notes: '- Delegate the release checklist', hat: 'mentor' as const, meetingUrl: 'https://meet.example.com/abc' };
      const write = stores.updateSession(flagship.id, session.id, body);
      assert.deepEqual(
        (({ notes, hat, meetingUrl }) => ({ notes, hat, meetingUrl }))($sessions.get().items.find((s) => s.id === session.id)!),
        body,
        'optimistic',
      );
      const saved = await write;
      assert.equal(saved.notes, body.notes);
      assert.equal($sessions.get().items.find((s) => s.id === session.id)!.updatedAt, saved.updatedAt);
      // A link that is not http(s) is a real 422: the change is undone exactly.
      const before = $sessions.get().items.find((s) => s.id === session.id)!;
      await assert.rejects(
        stores.updateSession(flagship.id, session.id, { meetingUrl: 'ftp://meet.example.com' }),
        (e: unknown) => e instanceof APIError && e.status === 422,
      );
      assert.deepEqual(
        $sessions.get().items.find((s) => s.id === session.id),
        before,
      );
      stop();
    } finally {
      await new Rooms(client(mentee)).sessions.cancel(flagship.id, session.id);
    }
  });

  it('reschedule moves the session to the new slot', async () => {
    const stores = make(mentee);
    const { session, other } = await booked(stores);
    try {
      const $sessions = stores.roomSessions(flagship.id, { status: ['pending', 'accepted'] });
      const stop = await mounted($sessions, (s) => s.loaded);
      const moved = await stores.sessionAction(flagship.id, session.id, 'reschedule', { startsAt: other });
      assert.equal(moved.startsAt, other);
      assert.equal(api.callsTo(`/v1/rooms/${flagship.id}/sessions/${session.id}/reschedule`, 'POST').length, 1);
      await until($sessions, (s) => s.items.find((x) => x.id === session.id)?.startsAt === other);
      stop();
    } finally {
      await new Rooms(client(mentee)).sessions.cancel(flagship.id, session.id);
    }
  });

  it('complete and noShow reach their own operations and show their status at once', async () => {
    const stores = make(mentee);
    const { session } = await booked(stores);
    try {
      const $sessions = stores.roomSessions(flagship.id, { status: ['pending', 'accepted', 'completed', 'no_show'] });
      const stop = await mounted($sessions, (s) => s.loaded);
      // The sandbox's clock is fixed before the session: the answers stand in for after its end.
      const answer = (status: Session['status']) => async () => HttpResponse.json({ ...session, status, notes: status === 'completed' ? 'Done' : null });
      api.server.use(
        http.post(`${API}/v1/rooms/:roomId/sessions/:sessionId/complete`, answer('completed')),
        http.post(`${API}/v1/rooms/:roomId/sessions/:sessionId/no-show`, answer('no_show')),
      );
      const completing = stores.sessionAction(flagship.id, session.id, 'complete', { notes: 'Done' });
      assert.equal($sessions.get().items.find((s) => s.id === session.id)!.status, 'completed', 'optimistic');
      assert.equal((await completing).status, 'completed');
      assert.equal((await stores.sessionAction(flagship.id, session.id, 'noShow')).status, 'no_show');
      assert.equal(api.callsTo(`/v1/rooms/${flagship.id}/sessions/${session.id}/complete`, 'POST').length, 1);
      assert.equal(api.callsTo(`/v1/rooms/${flagship.id}/sessions/${session.id}/no-show`, 'POST').length, 1);
      assert.equal(api.callsTo(`/v1/rooms/${flagship.id}/sessions/${session.id}/cancel`, 'POST').length, 0);
      stop();
    } finally {
      await new Rooms(client(mentee)).sessions.cancel(flagship.id, session.id);
    }
  });
});

describe('roomPlanStores.deleteGoal', () => {
  it('takes the goal out of the list at once, and the API has it gone', async () => {
    const stores = make(mentee);
    const goal = await new Rooms(client(mentee)).goals.create(flagship.id, { title: `Goal to delete ${process.pid}` });
    const $goals = stores.roomGoals(flagship.id);
    const stop = await mounted($goals, (s) => s.loaded);
    assert.ok($goals.get().items.some((g) => g.id === goal.id));
    const write = stores.deleteGoal(flagship.id, goal.id);
    assert.ok(!$goals.get().items.some((g) => g.id === goal.id), 'optimistic');
    await write;
    assert.ok(!$goals.get().items.some((g) => g.id === goal.id), 'still gone');
    const { data } = await new Rooms(client(mentee)).goals.list(flagship.id, { limit: 100 });
    assert.ok(!data.some((g) => g.id === goal.id), 'deleted on the server');
    stop();
  });

  it('puts a refused delete back in its place and records the error', async () => {
    const stores = make(mentee);
    const $goals = stores.roomGoals(flagship.id);
    const stop = await mounted($goals, (s) => s.loaded);
    const before = $goals.get().items;
    const goal = before[0]!;
    api.server.use(
      http.delete(`${API}/v1/rooms/:roomId/goals/:goalId`, () =>
        HttpResponse.json({ title: 'Conflict', status: 409, code: 'invalid_transition' }, { status: 409 }),
      ),
    );
    const write = stores.deleteGoal(flagship.id, goal.id);
    assert.equal($goals.get().items.length, before.length - 1);
    await assert.rejects(write, (error: unknown) => error instanceof APIError && error.status === 409);
    assert.deepEqual($goals.get().items, before);
    assert.equal(stores.context.lastError.get() instanceof APIError, true);
    stop();
  });
});
