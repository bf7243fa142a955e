// deleteGoal against the in-process sandbox behind msw: the goal leaves the list at once and
// stays gone, and a refused delete puts it back where it was with the typed error recorded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { API } from '../../test/support/sandbox-data.js';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { createStoreContext, memoryStorage, roomPlanStores, type StoreContext } from './index.js';

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
