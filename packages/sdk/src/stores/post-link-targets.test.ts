// What a composer may link a post to, through the resource and the store, against the
// in-process sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { Posts } from '../resources/posts.js';
import { createStoreContext, memoryStorage, postLinkTargetStores, signOut, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token: string) => {
  const context = createStoreContext(new MenteoCore({ token, ...fast, maxRetries: 0 }), { live: false, graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

let mentee: string;
let newcomer: string;
let ownRooms: string[];
before(async () => {
  mentee = await api.data.tokenFor('demo-mentee');
  newcomer = await api.data.tokenFor(`link-targets-${process.pid}`);
  ownRooms = api.data.db
    .prepare(
      `SELECT DISTINCT g.room_id FROM goals g JOIN rooms r ON r.id = g.room_id
       WHERE r.mentee_id = 'usr_demomentee' OR r.mentor_user_id = 'usr_demomentee' ORDER BY g.room_id`,
    )
    .pluck()
    .all() as string[];
});

describe('post link targets', () => {
  it('client.posts.linkTargets() reads the signed-in person’s own rooms’ goals and roadmaps’ steps', async () => {
    const targets = await new Posts(new MenteoCore({ token: mentee, ...fast, maxRetries: 0 })).linkTargets();
    assert.ok(ownRooms.length > 0);
    assert.deepEqual(targets.rooms.map((r) => r.roomId).sort(), ownRooms);
    for (const roadmap of targets.roadmaps)
      assert.deepEqual(
        roadmap.steps.map((s) => s.index),
        roadmap.steps.map((_, i) => i + 1),
      );
    assert.deepEqual(await new Posts(new MenteoCore({ token: newcomer, ...fast, maxRetries: 0 })).linkTargets(), { roadmaps: [], rooms: [] });
  });

  it('the store asks once on its first subscriber, is shared, and empties on sign-out', async () => {
    const context = make(mentee);
    const $targets = postLinkTargetStores(context).linkTargets();
    assert.equal($targets, postLinkTargetStores(context).linkTargets(), 'one store per context');
    assert.equal($targets.get().data, undefined, 'nothing asked before a subscriber');
    const stop = await mounted($targets, (s) => s.data !== undefined);
    assert.deepEqual(
      $targets
        .get()
        .data!.rooms.map((r) => r.roomId)
        .sort(),
      ownRooms,
    );
    stop();
    await signOut(context);
    const after = postLinkTargetStores(context).linkTargets();
    assert.equal(after.get().data, undefined, 'the next person does not see the last one’s rooms');
  });

  it('a refused read is the store’s error, with nothing listed', async () => {
    const context = make('not-a-token');
    const $targets = postLinkTargetStores(context).linkTargets();
    const stop = $targets.subscribe(() => {});
    const state = await until($targets, (s) => !!s.error);
    assert.equal(state.data, undefined);
    stop();
  });
});
