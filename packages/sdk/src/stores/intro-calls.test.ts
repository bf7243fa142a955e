// The intro call stores against the in-process sandbox behind msw: a booking joins the lists it
// matches at once and takes the mentor's slot (['mentorSlots', mentorId] reloads), a cancel by the
// other person moves the call between lists and gives the slot back, and refusals are typed errors
// that set lastError and change no list. Slots are read from the sandbox's own listMentorSlots
// over the two weeks after its clock, so nothing here depends on the date.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { ConflictError, MenteoError, UnprocessableEntityError } from '../core/errors.js';
import { IntroCalls } from '../resources/intro-calls.js';
import { createStoreContext, createStores, introCallStores, liveFeed, memoryStorage, roomPlanStores, type StoreContext } from './index.js';

const api = mockApi();

/** Event streams the sandbox answered (so it is subscribed: what happens next reaches them). */
let streamsAnswered = 0;
api.server.events.on('response:mocked', ({ request }) => {
  if (new URL(request.url).pathname === '/v1/events') streamsAnswered++;
});
let mentor: string;
let people = 0;
const demo = 'men_demomentor';
const slotsPath = `/v1/mentors/${demo}/slots`;

const client = (token: string) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const contexts: StoreContext[] = [];
const options = { live: false, graceMs: 5, storage: memoryStorage() };
/** The intro call stores and the slot stores of one person, picked by domain as a page would. */
const make = (token: string) => {
  const context = createStoreContext(client(token), options);
  contexts.push(context);
  return { context, ...introCallStores(context), ...roomPlanStores(context) };
};
/** The same with live updates (the events endpoint), as a page's stores have them. */
const makeLive = (token: string) => {
  const context = createStoreContext(client(token), { ...options, live: true });
  contexts.push(context);
  return { context, ...introCallStores(context), ...roomPlanStores(context) };
};
/** Mounts the lists and waits until the stores' event stream is answered. */
async function liveLists(stores: ReturnType<typeof makeLive>, ...lists: ReturnType<ReturnType<typeof makeLive>['introCalls']>[]): Promise<() => void> {
  const before = streamsAnswered;
  const stops = await Promise.all(lists.map((list) => mounted(list, (s) => s.loaded)));
  await waitFor(() => streamsAnswered > before && liveFeed(stores.context).open);
  return () => {
    for (const stop of stops) stop();
  };
}
const visitor = () => api.data.tokenFor(`intro-stores-${process.pid}-${++people}`);
after(() => {
  for (const c of contexts) c.dispose();
});
before(async () => {
  mentor = await api.data.tokenFor('demo-mentor');
});

const nextTwoWeeks = () => {
  const start = new Date(Math.ceil(api.data.now().getTime() / 3_600_000) * 3_600_000 + 86_400_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone: 'UTC' };
};
const listLoads = () => api.callsTo('/v1/intro-calls', 'GET').length;
const slotLoads = () => api.callsTo(slotsPath, 'GET').length;

describe('introCallStores', () => {
  it('bookIntroCall: the call joins the lists it matches at once; the lists and the mentor’s slots reload; createStores carries them', async () => {
    const stores = createStores(client(await visitor()), options);
    contexts.push(stores);
    const $all = stores.introCalls();
    const $booked = stores.introCalls({ status: 'booked' });
    const $cancelled = stores.introCalls({ status: 'cancelled' });
    const $slots = stores.mentorSlots(demo, nextTwoWeeks());
    const stops = [
      await mounted($all, (s) => s.loaded),
      await mounted($booked, (s) => s.loaded),
      await mounted($cancelled, (s) => s.loaded),
      await mounted($slots, (s) => !!s.data),
    ];
    assert.deepEqual($all.get().items, []);
    const startsAt = $slots.get().data!.data[0]!.startsAt;
    const [lists, slots] = [listLoads(), slotLoads()];

    const call = await stores.bookIntroCall(demo, { startsAt, message: 'Do we fit?' });
    assert.equal(call.status, 'booked');
    assert.deepEqual($all.get().items, [call], 'in the list at once, before any reload');
    assert.deepEqual($booked.get().items, [call]);
    assert.deepEqual($cancelled.get().items, [], 'not in a list it does not match');

    await waitFor(() => listLoads() >= lists + 3); // ['introCalls'] was named: every list reloads
    await waitFor(() => slotLoads() > slots); // ['mentorSlots', mentorId] was named
    await until($slots, (s) => !s.loading && !s.data!.data.some((slot) => slot.startsAt === startsAt));
    await until($all, (s) => !s.loading);
    assert.deepEqual($all.get().items, [call], 'the reload agrees');
    assert.equal(stores.lastError.get(), undefined);
    for (const stop of stops) stop();
    await new IntroCalls(client(mentor)).cancel(call.id);
  });

  it('cancelIntroCall by the mentor: the call moves from booked to cancelled lists at once; the slot opens again; a second cancel changes nothing', async () => {
    const person = make(await visitor());
    const daniel = make(mentor);
    const $slots = person.mentorSlots(demo, nextTwoWeeks());
    const stops = [await mounted($slots, (s) => !!s.data)];
    const startsAt = $slots.get().data!.data[0]!.startsAt;
    const call = await person.bookIntroCall(demo, { startsAt });
    await until($slots, (s) => !s.loading && !s.data!.data.some((slot) => slot.startsAt === startsAt));

    const $booked = daniel.introCalls({ status: 'booked' });
    const $cancelled = daniel.introCalls({ status: 'cancelled' });
    const $hisSlots = daniel.mentorSlots(demo, nextTwoWeeks());
    stops.push(await mounted($booked, (s) => s.loaded), await mounted($cancelled, (s) => s.loaded), await mounted($hisSlots, (s) => !!s.data));
    assert.ok($booked.get().items.some((c) => c.id === call.id && c.viewerRole === 'mentor'));
    assert.ok(!$hisSlots.get().data!.data.some((slot) => slot.startsAt === startsAt));
    const slots = slotLoads();

    const cancelled = await daniel.cancelIntroCall(call.id, { reason: 'Travelling that week.' });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Travelling that week.');
    assert.ok(!$booked.get().items.some((c) => c.id === call.id), 'gone from the booked list at once');
    assert.deepEqual(
      $cancelled.get().items.filter((c) => c.id === call.id),
      [cancelled],
    );
    await waitFor(() => slotLoads() > slots); // ['mentorSlots', mentorId] was named
    await until($hisSlots, (s) => !s.loading && s.data!.data.some((slot) => slot.startsAt === startsAt)); // the slot is open again

    // The cancel's own reload of the lists first: the snapshot below is of settled lists.
    await until($booked, (s) => !s.loading);
    await until($cancelled, (s) => !s.loading);
    const before = [$booked.get(), $cancelled.get()];
    await assert.rejects(
      daniel.cancelIntroCall(call.id),
      (e: unknown) => e instanceof ConflictError && e.code === 'invalid_transition' && e.requestId !== null,
    );
    assert.ok(daniel.context.lastError.get() instanceof ConflictError);
    assert.deepEqual([$booked.get(), $cancelled.get()], before, 'a refusal changes no list');
    for (const stop of stops) stop();
  });

  it('refusals: a taken slot is a ConflictError that reloads the mentor’s slots and changes no list; a bad id rejects with lastError set', async () => {
    const first = make(await visitor());
    const second = make(await visitor());
    const $slots = second.mentorSlots(demo, nextTwoWeeks());
    const $calls = second.introCalls();
    const stops = [await mounted($slots, (s) => !!s.data), await mounted($calls, (s) => s.loaded)];
    const startsAt = $slots.get().data!.data[0]!.startsAt;
    const taken = await first.bookIntroCall(demo, { startsAt });
    const [lists, slots] = [listLoads(), slotLoads()];
    const before = $calls.get();

    await assert.rejects(
      second.bookIntroCall(demo, { startsAt }),
      (e: unknown) => e instanceof ConflictError && e.code === 'slot_unavailable' && e.requestId !== null,
    );
    assert.ok(second.context.lastError.get() instanceof ConflictError);
    assert.equal($calls.get(), before, 'no list changed');
    await waitFor(() => slotLoads() > slots); // the slots shown were stale
    await until($slots, (s) => !s.loading && !s.data!.data.some((slot) => slot.startsAt === startsAt));
    assert.equal(listLoads(), lists, 'no list reload after a refusal');

    second.context.clearError();
    await assert.rejects(second.cancelIntroCall('..'), MenteoError);
    assert.ok(second.context.lastError.get() instanceof MenteoError, 'refused before sending, still a rejection with lastError');
    for (const stop of stops) stop();
    await first.cancelIntroCall(taken.id);
  });

  it('live: a booking made elsewhere joins the mentor’s lists as the mentor sees it, and the booker’s other tab as theirs; a cancel moves it; no list reloads', async () => {
    const token = await visitor();
    const daniel = makeLive(mentor);
    const tab = makeLive(token);
    const [$booked, $cancelled, $mine] = [daniel.introCalls({ status: 'booked' }), daniel.introCalls({ status: 'cancelled' }), tab.introCalls()];
    const $slots = daniel.mentorSlots(demo, nextTwoWeeks());
    const stops = [await liveLists(daniel, $booked, $cancelled), await liveLists(tab, $mine), await mounted($slots, (s) => !!s.data)];
    const startsAt = $slots.get().data!.data[0]!.startsAt;
    const [lists, slots] = [listLoads(), slotLoads()];

    const call = await new IntroCalls(client(token)).book(demo, { startsAt, message: 'Do we fit?' }); // another tab, or another app
    const booked = await until($booked, (s) => s.items.some((c) => c.id === call.id));
    assert.deepEqual(
      booked.items.find((c) => c.id === call.id),
      { ...call, viewerRole: 'mentor' },
      'the mentor’s own role',
    );
    assert.deepEqual((await until($mine, (s) => s.items.length === 1)).items, [call], 'the booker’s other tab, as the booker sees it');
    assert.ok(!$cancelled.get().items.some((c) => c.id === call.id));
    await waitFor(() => slotLoads() > slots); // the call took the slot
    await until($slots, (s) => !s.loading && !s.data!.data.some((slot) => slot.startsAt === startsAt));

    const cancelled = await new IntroCalls(client(token)).cancel(call.id, { reason: 'Something came up.' });
    const moved = await until($cancelled, (s) => s.items.some((c) => c.id === call.id));
    assert.deepEqual(
      moved.items.find((c) => c.id === call.id),
      { ...cancelled, viewerRole: 'mentor' },
    );
    await until($booked, (s) => !s.items.some((c) => c.id === call.id));
    await until($mine, (s) => s.items[0]?.status === 'cancelled');
    assert.equal(listLoads(), lists, 'no list was reloaded');
    for (const stop of stops) stop();
  });

  it('updateIntroCall: the new link replaces the call in every list at once, the lists reload, the slots do not; a refusal changes no list', async () => {
    const person = make(await visitor());
    const daniel = make(mentor);
    const $slots = person.mentorSlots(demo, nextTwoWeeks());
    const stops = [await mounted($slots, (s) => !!s.data)];
    const call = await person.bookIntroCall(demo, { startsAt: $slots.get().data!.data[0]!.startsAt });
    assert.equal(call.meetingUrl, null);
    const [$mine, $booked] = [person.introCalls(), daniel.introCalls({ status: 'booked' })];
    stops.push(await mounted($mine, (s) => s.loaded), await mounted($booked, (s) => s.loaded));
    await until($mine, (s) => !s.loading && s.items.some((c) => c.id === call.id));
    const [lists, slots] = [listLoads(), slotLoads()];

    const updated = await daniel.updateIntroCall(call.id, { meetingUrl: 'https://meet.example/daniel' });
    assert.equal(updated.meetingUrl, 'https://meet.example/daniel');
    assert.equal(updated.viewerRole, 'mentor');
    assert.deepEqual(
      $booked.get().items.filter((c) => c.id === call.id),
      [updated],
      'in the mentor’s list at once',
    );
    await waitFor(() => listLoads() > lists); // ['introCalls'] was named
    await until($booked, (s) => !s.loading);
    assert.equal($booked.get().items.find((c) => c.id === call.id)?.meetingUrl, 'https://meet.example/daniel', 'the reload agrees');
    assert.equal(slotLoads(), slots, 'a link leaves the mentor’s slots as they were');

    await until($mine, (s) => !s.loading);
    const before = $mine.get();
    await assert.rejects(
      person.updateIntroCall(call.id, { meetingUrl: 'javascript:alert(1)' }),
      (e: unknown) => e instanceof UnprocessableEntityError && '/meetingUrl' in e.fieldErrors && e.requestId !== null,
    );
    assert.ok(person.context.lastError.get() instanceof UnprocessableEntityError);
    assert.equal($mine.get(), before, 'a refusal changes no list');
    for (const stop of stops) stop();
    await daniel.cancelIntroCall(call.id);
  });

  it('live: a link set by the other person reaches the lists as each one sees the call; no list or slot reloads', async () => {
    const token = await visitor();
    const daniel = makeLive(mentor);
    const tab = makeLive(token);
    const $slots = tab.mentorSlots(demo, nextTwoWeeks());
    const slotStop = await mounted($slots, (s) => !!s.data);
    const call = await new IntroCalls(client(token)).book(demo, { startsAt: $slots.get().data!.data[0]!.startsAt });
    slotStop();
    const [$booked, $mine] = [daniel.introCalls({ status: 'booked' }), tab.introCalls()];
    const stops = [await liveLists(daniel, $booked), await liveLists(tab, $mine)];
    await until($booked, (s) => s.items.some((c) => c.id === call.id));
    await until($mine, (s) => s.items.some((c) => c.id === call.id));
    const [lists, slots] = [listLoads(), slotLoads()];

    const byMentee = await new IntroCalls(client(token)).update(call.id, { meetingUrl: 'https://meet.example/from-the-mentee' }); // another tab
    const seen = await until($booked, (s) => s.items.some((c) => c.id === call.id && c.meetingUrl !== null));
    assert.deepEqual(
      seen.items.find((c) => c.id === call.id),
      { ...byMentee, viewerRole: 'mentor' },
      'the mentor’s own role',
    );
    const mine = await until($mine, (s) => s.items.some((c) => c.id === call.id && c.meetingUrl !== null));
    assert.deepEqual(
      mine.items.find((c) => c.id === call.id),
      byMentee,
    );

    const byMentor = await new IntroCalls(client(mentor)).update(call.id, { meetingUrl: null });
    const cleared = await until($mine, (s) => s.items.some((c) => c.id === call.id && c.meetingUrl === null));
    assert.deepEqual(
      cleared.items.find((c) => c.id === call.id),
      { ...byMentor, viewerRole: 'mentee' },
      'the booker’s own role',
    );
    assert.equal(listLoads(), lists, 'no list was reloaded');
    assert.equal(slotLoads(), slots, 'no slots were reloaded');
    for (const stop of stops) stop();
    await new IntroCalls(client(token)).cancel(call.id);
  });
});
