// Every resource method of `Menteo`, end to end against a real sandbox over HTTP, in
// the flows a product would run: search and match mentors, request a room and have
// it accepted, book and hold sessions, keep goals and messages, walk a roadmap,
// write a growth thread. Every answer is also checked against the contract.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { requestIdOf } from '../src/core/base-core.js';
import { ConflictError, MenteoError, NotFoundError, PermissionDeniedError, UnprocessableEntityError } from '../src/core/errors.js';
import type { Room } from '../src/resources/rooms.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let server: Menteo; // your backend: secret key
let anon: Menteo; // a page without a signed-in person
let mentee: Menteo; // Priya, signed in through a token function
let mentor: Menteo; // Daniel, the demo mentor
const tokensMinted: Record<string, number> = {};

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });

/** What a page does: asks your backend for a token, which mints it with the secret key. */
function signedIn(externalUserId: string): Menteo {
  const { name } = s.db.prepare('SELECT name FROM users WHERE external_id = ?').get(externalUserId) as { name: string };
  const token = async () => {
    tokensMinted[externalUserId] = (tokensMinted[externalUserId] ?? 0) + 1;
    return (await server.auth.createUserToken({ externalUserId, name })).token;
  };
  return new Menteo({ publishableKey: 'pk_test_demo', token, ...options() });
}

const roomIdWhere = (sql: string): string => s.db.prepare(`SELECT id FROM rooms WHERE ${sql}`).pluck().get() as string;
const day = 86_400_000;

before(async () => {
  s = await startSandbox({ mentors: 150 });
  server = new Menteo({ secretKey: 'sk_test_demo', ...options() });
  anon = new Menteo({ publishableKey: 'pk_test_demo', ...options() });
  mentee = signedIn('demo-mentee');
  mentor = signedIn('demo-mentor');
});
after(() => s.close());
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('auth, me and users', () => {
  it('auth.createUserToken signs a new person in; me.retrieve and users.retrieve show them', async () => {
    const minted = await server.auth.createUserToken({
      externalUserId: 'sdk-e2e-newcomer',
      name: 'Noa Newcomer',
      email: 'noa@example.com',
      headline: 'Senior engineer',
    });
    assert.match(minted.token, /^ut_/);
    assert.ok(Date.parse(minted.expiresAt) > s.now().getTime());
    assert.equal(minted.user.externalUserId, 'sdk-e2e-newcomer');
    assert.equal(minted.user.organizationId, 'org_demo');

    const noa = new Menteo({ publishableKey: 'pk_test_demo', token: minted.token, ...options() });
    const me = await noa.me.retrieve();
    assert.equal(me.id, minted.user.id);
    assert.equal(me.email, 'noa@example.com');
    assert.equal(me.mentorId, null);

    const priya = await mentee.me.retrieve();
    assert.equal(priya.id, 'usr_demomentee');
    assert.equal(priya.externalUserId, 'demo-mentee');

    const daniel = await anon.users.retrieve('usr_demomentor');
    assert.equal(daniel.id, 'usr_demomentor');
    assert.equal(daniel.name, 'Daniel Okafor');
    await assert.rejects(anon.users.retrieve('usr_nosuchperson1'), NotFoundError);
  });

  it('createUserToken needs the secret key; a page cannot mint tokens', async () => {
    const sent = checks.requests.length;
    await assert.rejects(
      anon.auth.createUserToken({ externalUserId: 'x-1', name: 'X' }),
      (e: unknown) => e instanceof MenteoError && /secretKey/.test(e.message),
    );
    assert.equal(checks.requests.length, sent, 'refused before anything was sent');
  });
});

describe('mentors and matches', () => {
  it('mentors.search: full text, filters and facets; iterating pages', async () => {
    const page = await anon.mentors.search({ q: 'engineering manager', helpsWith: ['leadership'], facets: ['skills', 'languages'], limit: 5 });
    assert.ok(page.totalCount > 0);
    assert.ok(page.data.length > 0 && page.data.length <= 5);
    for (const m of page.data) assert.ok(m.helpsWith.includes('leadership'), `${m.id} helps with ${m.helpsWith.join(',')}`);
    assert.ok(page.facets?.skills && page.facets.languages);

    const french: string[] = [];
    for await (const m of anon.mentors.search({ languages: ['fr'], limit: 10 })) {
      assert.ok(
        m.languages.some((l) => l.startsWith('fr')),
        `${m.id} speaks ${m.languages.join(',')}`,
      );
      french.push(m.id);
    }
    assert.ok(french.includes('men_demomentor'));
  });

  it('mentors.retrieve and retrieveMany (in the order asked, split at 100, invisible ids left out)', async () => {
    const daniel = await anon.mentors.retrieve('men_demomentor');
    assert.equal(daniel.name, 'Daniel Okafor');
    assert.match(requestIdOf(daniel) ?? '', /^req_/);
    await assert.rejects(anon.mentors.retrieve('men_nosuchmentor42'), NotFoundError);

    const ids = (await anon.mentors.search({ limit: 100 }).toArray({ limit: 110 })).map((m) => m.id).reverse();
    assert.equal(ids.length, 110);
    const before = checks.requests.length;
    const many = await anon.mentors.retrieveMany([...ids, 'men_nosuchmentor42']);
    assert.deepEqual(
      many.map((m) => m.id),
      ids,
    );
    const sent = checks.requests.slice(before);
    assert.deepEqual(
      sent.map((r) => r.url.searchParams.get('ids')!.split(',').length),
      [100, 11],
    );
  });

  it('mentors.reviews and mentors.slots', async () => {
    const daniel = await anon.mentors.retrieve('men_demomentor');
    const reviews = await anon.mentors.reviews('men_demomentor', { limit: 5 }).toArray({ limit: 1000 });
    assert.equal(reviews.length, daniel.stats.reviewCount);
    assert.ok(reviews.every((r) => r.rating >= 1 && r.rating <= 5));

    const start = new Date(s.now().getTime() + day);
    const slots = await anon.mentors.slots('men_demomentor', {
      start: start.toISOString(),
      end: new Date(start.getTime() + 14 * day).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    assert.ok(slots.data.length > 0);
    for (const slot of slots.data) {
      assert.equal(Date.parse(slot.endsAt) - Date.parse(slot.startsAt), 3_600_000);
      assert.ok(Date.parse(slot.startsAt) >= start.getTime());
      assert.match(slot.localStart, /\+0[12]:00$/, 'labelled in Berlin time');
    }
  });

  it('matches.create ranks mentors for a need, with reasons', async () => {
    const { data } = await anon.matches.create({
      need: 'leadership',
      goals: 'Ship the payments migration on time with a team I just inherited',
      skills: ['leadership'],
      limit: 5,
    });
    assert.ok(data.length > 0 && data.length <= 5);
    assert.ok(data.every((m) => m.reasons.length > 0));
    const scores = data.map((m) => m.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
      'best first',
    );
  });
});

describe('rooms', () => {
  let flagship: string;

  it('rooms.list and rooms.retrieve, from either side', async () => {
    flagship = roomIdWhere(`mentor_id = 'men_demomentor' AND mentee_id = 'usr_demomentee'`);
    const mine = await mentee.rooms.list({ role: 'mentee' }).toArray({ limit: 100 });
    assert.ok(mine.some((r) => r.id === flagship));
    assert.ok(mine.every((r) => r.viewerRole === 'mentee'));
    const asMentor = await mentor.rooms.list({ role: 'mentor', status: ['requested'] }).toArray({ limit: 100 });
    assert.ok(asMentor.length >= 2 && asMentor.every((r) => r.status === 'requested'));

    const room = await mentee.rooms.retrieve(flagship);
    assert.equal(room.status, 'active');
    assert.equal(room.mentor.id, 'men_demomentor');
    assert.equal((await mentor.rooms.retrieve(flagship)).viewerRole, 'mentor');
  });

  it('a page with only a publishable key cannot write: PermissionDeniedError', async () => {
    await assert.rejects(
      anon.rooms.create({ mentorId: 'men_demomentor', goal: 'Grow into a staff engineer role', cadence: 'weekly', termWeeks: 12 }),
      (e: unknown) => {
        assert.ok(e instanceof PermissionDeniedError);
        assert.equal(e.code, 'publishable_key_read_only');
        return true;
      },
    );
  });

  it('goals: create, list, update, delete', async () => {
    const goal = await mentee.rooms.goals.create(flagship, {
      title: 'Run my first quarterly planning',
      successCriteria: 'A plan the team signs up to',
      progress: 10,
    });
    assert.equal(goal.roomId, flagship);
    assert.equal(goal.status, 'open');
    const listed = await mentor.rooms.goals.list(flagship);
    assert.ok(listed.data.some((g) => g.id === goal.id));
    const achieved = await mentor.rooms.goals.update(flagship, goal.id, { progress: 100, status: 'achieved' });
    assert.equal(achieved.status, 'achieved');
    assert.equal(achieved.progress, 100);
    await assert.rejects(mentee.rooms.goals.update(flagship, goal.id, { progress: 50 }), (e: unknown) => {
      assert.ok(e instanceof UnprocessableEntityError);
      assert.ok(e.fieldErrors['/progress'], JSON.stringify(e.fieldErrors));
      return true;
    });
    assert.equal(await mentee.rooms.goals.delete(flagship, goal.id), undefined);
    assert.ok(!(await mentee.rooms.goals.list(flagship, { limit: 100 })).data.some((g) => g.id === goal.id));
  });

  it('messages: send, list, mark read', async () => {
    const sent = await mentee.rooms.messages.send(flagship, { body: 'Thanks for Tuesday! I drafted the **planning doc**.' });
    assert.equal(sent.roomId, flagship);
    assert.equal(sent.author.id, 'usr_demomentee');
    const page = await mentor.rooms.messages.list(flagship, { limit: 5 });
    assert.equal(page.data[0]?.id, sent.id, 'newest first');
    assert.ok((await mentor.rooms.retrieve(flagship)).unreadCount >= 1);
    const read = await mentor.rooms.markRead(flagship, { messageId: sent.id });
    assert.equal(read.id, flagship);
    assert.equal(read.unreadCount, 0);
  });

  it('sessions: book a slot from mentors.slots, accept, edit, reschedule, cancel', async () => {
    const from = new Date(s.now().getTime() + 2 * day);
    const { data: slots } = await mentee.mentors.slots('men_demomentor', {
      start: from.toISOString(),
      end: new Date(from.getTime() + 21 * day).toISOString(),
      timeZone: 'Europe/London',
    });
    assert.ok(slots.length >= 2);
    const booked = await mentee.rooms.sessions.book(flagship, { startsAt: slots[0]!.startsAt, agenda: 'Feedback on my first 1:1s' });
    assert.equal(booked.status, 'pending', "a mentee's proposal waits for the mentor");
    assert.equal(booked.startsAt, slots[0]!.startsAt);

    const accepted = await mentor.rooms.sessions.accept(flagship, booked.id);
    assert.equal(accepted.status, 'accepted');
    const edited = await mentee.rooms.sessions.update(flagship, booked.id, { agenda: 'Feedback on 1:1s and the planning doc' });
    assert.equal(edited.agenda, 'Feedback on 1:1s and the planning doc');
    const moved = await mentee.rooms.sessions.reschedule(flagship, booked.id, { startsAt: slots[1]!.startsAt });
    assert.equal(moved.startsAt, slots[1]!.startsAt);
    assert.equal(moved.status, 'pending');

    await assert.rejects(
      mentee.rooms.sessions.book(flagship, { startsAt: slots[1]!.startsAt }),
      (e: unknown) => e instanceof ConflictError && e.code === 'slot_unavailable',
    );
    const cancelled = await mentor.rooms.sessions.cancel(flagship, booked.id, { reason: 'Travelling that week' });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Travelling that week');
    await assert.rejects(mentor.rooms.sessions.accept(flagship, booked.id), (e: unknown) => e instanceof ConflictError && e.code === 'invalid_transition');

    const listed = await mentee.rooms.sessions.list(flagship, { status: ['cancelled'] }).toArray({ limit: 100 });
    assert.ok(listed.some((x) => x.id === booked.id));
  });

  it('sessions: complete and no-show once they started (the clock moves; tokens are refreshed)', async () => {
    const before = s.now();
    const mintedBefore = tokensMinted['demo-mentee'] ?? 0;
    const from = new Date(s.now().getTime() + 2 * day);
    const { data: slots } = await mentor.mentors.slots('men_demomentor', {
      start: from.toISOString(),
      end: new Date(from.getTime() + 28 * day).toISOString(),
      timeZone: 'UTC',
    });
    const first = await mentor.rooms.sessions.book(flagship, { startsAt: slots[0]!.startsAt, agenda: 'Delegation plan' });
    const second = await mentor.rooms.sessions.book(flagship, { startsAt: slots[1]!.startsAt });
    assert.equal(first.status, 'accepted', "the mentor's word confirms a time");
    await assert.rejects(mentee.rooms.sessions.complete(flagship, first.id), ConflictError, 'not started yet');

    s.setNow(new Date(Date.parse(slots[1]!.startsAt) + 30 * 60_000));
    try {
      const done = await mentee.rooms.sessions.complete(flagship, first.id, { notes: 'Agreed on a delegation plan' });
      assert.equal(done.status, 'completed');
      assert.equal(done.notes, 'Agreed on a delegation plan');
      const missed = await mentor.rooms.sessions.markNoShow(flagship, second.id);
      assert.equal(missed.status, 'no_show');
      assert.ok((tokensMinted['demo-mentee'] ?? 0) > mintedBefore, 'the expired token was refreshed through the token function');
    } finally {
      s.setNow(before);
    }
  });

  it('room lifecycle: pause, resume, complete; then an illegal transition is a ConflictError', async () => {
    assert.equal((await mentee.rooms.pause(flagship, { reason: 'Parental leave' })).status, 'paused');
    assert.equal((await mentor.rooms.resume(flagship)).status, 'active');
    const completed = await mentee.rooms.complete(flagship);
    assert.equal(completed.status, 'completed');
    await assert.rejects(mentor.rooms.pause(flagship), (e: unknown) => {
      assert.ok(e instanceof ConflictError);
      assert.equal(e.code, 'invalid_transition');
      assert.equal(e.status, 409);
      return true;
    });
  });

  it('demo-mentee requests a room with demo-mentor → demo-mentor accepts → closed early', async () => {
    await assert.rejects(mentee.rooms.create({ mentorId: 'men_demomentor', goal: 'x', cadence: 'weekly', termWeeks: 2 }), (e: unknown) => {
      assert.ok(e instanceof UnprocessableEntityError);
      assert.ok('/goal' in e.fieldErrors && '/termWeeks' in e.fieldErrors, JSON.stringify(e.fieldErrors));
      return true;
    });
    const requested = await mentee.rooms.create({
      mentorId: 'men_demomentor',
      goal: 'Become an engineering manager within a year, with a team of my own',
      cadence: 'biweekly',
      termWeeks: 24,
      message: 'Hi Daniel, our first room went so well that I would love a second one.',
    });
    assert.equal(requested.status, 'requested');
    assert.equal(requested.viewerRole, 'mentee');
    await assert.rejects(
      mentee.rooms.create({ mentorId: 'men_demomentor', goal: 'Another request to the same mentor', cadence: 'weekly', termWeeks: 8 }),
      ConflictError,
    );

    const inbox = await mentor.rooms.list({ role: 'mentor', status: ['requested'] }).toArray({ limit: 100 });
    assert.ok(inbox.some((r: Room) => r.id === requested.id));
    const first = await mentor.rooms.messages.list(requested.id);
    assert.match(first.data[0]?.body ?? '', /second one/);

    const active = await mentor.rooms.accept(requested.id);
    assert.equal(active.status, 'active');
    assert.ok(active.startedAt);
    await assert.rejects(mentor.rooms.accept(requested.id), (e: unknown) => e instanceof ConflictError && e.code === 'invalid_transition');

    await assert.rejects(mentee.rooms.close(requested.id, {} as { reason: string }), UnprocessableEntityError);
    const closed = await mentee.rooms.close(requested.id, { reason: 'Changed teams; the goal moved' });
    assert.equal(closed.status, 'closed_early');
    assert.equal(closed.statusReason, 'Changed teams; the goal moved');
  });

  it('seeded requests: the mentor declines one, the mentee withdraws hers', async () => {
    const toDecline = roomIdWhere(`mentor_id = 'men_demomentor' AND status = 'requested' ORDER BY id LIMIT 1`);
    const declined = await mentor.rooms.decline(toDecline, { reason: 'No capacity until March' });
    assert.equal(declined.status, 'declined');

    const mine = roomIdWhere(`mentee_id = 'usr_demomentee' AND status = 'requested'`);
    await assert.rejects(mentor.rooms.withdraw(mine), NotFoundError, 'not a participant');
    const withdrawn = await mentee.rooms.withdraw(mine, { reason: 'Found a mentor closer to my time zone' });
    assert.equal(withdrawn.status, 'withdrawn');
  });
});

describe('roadmaps', () => {
  it('list, retrieve by slug and by id', async () => {
    const intermediate = await anon.roadmaps.list({ level: 'intermediate' }).toArray({ limit: 100 });
    assert.ok(intermediate.length > 0 && intermediate.every((r) => r.level === 'intermediate'));
    const bySlug = await anon.roadmaps.retrieve('senior-engineer-to-engineering-manager');
    const byId = await anon.roadmaps.retrieve(bySlug.id);
    assert.deepEqual(byId, bySlug);
    assert.equal(bySlug.steps.length, bySlug.stepCount);
  });

  it('progress.retrieve and progress.update', async () => {
    const roadmap = await anon.roadmaps.retrieve('senior-engineer-to-engineering-manager');
    const progress = await mentee.roadmaps.progress.retrieve(roadmap.slug);
    assert.equal(progress.roadmapId, roadmap.id);
    assert.ok(progress.doneCount >= 3);
    const next = progress.currentStepId;
    assert.ok(next);
    const updated = await mentee.roadmaps.progress.update(roadmap.slug, next, { state: 'done', note: 'Ran my first skip-level' });
    assert.equal(updated.doneCount, progress.doneCount + 1);
    assert.ok(updated.percent > progress.percent);
    assert.notEqual(updated.currentStepId, next);
    assert.equal(updated.steps.find((st) => st.stepId === next)?.note, 'Ran my first skip-level');
    await assert.rejects(anon.roadmaps.progress.retrieve(roadmap.slug), PermissionDeniedError);
  });
});

describe('threads and posts', () => {
  let threadId: string;
  let postId: string;

  it('threads.list, create, retrieve, update', async () => {
    const tagged = await anon.threads.list({ tag: 'leadership' }).toArray({ limit: 100 });
    assert.ok(tagged.length > 0 && tagged.every((t) => t.tags.includes('leadership')));

    const created = await mentee.threads.create({
      title: 'Learning to delegate in public',
      summary: 'Weekly notes',
      tags: ['delegation', 'leadership'],
      visibility: 'public',
    });
    threadId = created.id;
    assert.equal(created.owner.id, 'usr_demomentee');
    assert.equal(created.viewer?.isOwner, true);
    assert.equal((await anon.threads.retrieve(threadId)).title, 'Learning to delegate in public');
    const updated = await mentee.threads.update(threadId, { summary: 'Notes every Friday' });
    assert.equal(updated.summary, 'Notes every Friday');
    const mine = await mentee.threads.list({ owner: 'usr_demomentee' }).toArray({ limit: 100 });
    assert.ok(mine.some((t) => t.id === threadId) && mine.some((t) => t.id === 'thr_learningtolead'));
  });

  it('follow and unfollow (following your own thread is a ConflictError)', async () => {
    const followed = await mentor.threads.follow(threadId);
    assert.equal(followed.viewer?.following, true);
    assert.ok((await mentor.threads.list({ following: true }).toArray({ limit: 100 })).some((t) => t.id === threadId));
    const unfollowed = await mentor.threads.unfollow(threadId);
    assert.equal(unfollowed.viewer?.following, false);
    await assert.rejects(mentee.threads.follow(threadId), ConflictError);
  });

  it('threads.posts.create and list; posts.retrieve and update', async () => {
    const post = await mentee.threads.posts.create(threadId, { kind: 'breakthrough', body: 'Finally **delegated** the release.' });
    postId = post.id;
    assert.equal(post.threadId, threadId);
    assert.equal(post.editedAt, null);
    await mentee.threads.posts.create(threadId, { kind: 'question', body: 'How do you hand over on-call?' });
    const breakthroughs = await anon.threads.posts.list(threadId, { kind: ['breakthrough'] }).toArray({ limit: 100 });
    assert.deepEqual(
      breakthroughs.map((p) => p.id),
      [postId],
    );
    const all = await anon.threads.posts.list(threadId).toArray({ limit: 100 });
    assert.equal(all.length, 2);

    assert.equal((await anon.posts.retrieve(postId)).body, 'Finally **delegated** the release.');
    const edited = await mentee.posts.update(postId, { body: 'Finally **delegated** the whole release.' });
    assert.equal(edited.body, 'Finally **delegated** the whole release.');
    assert.ok(edited.editedAt);
    await assert.rejects(
      mentor.posts.update(postId, { body: 'Not mine to edit' }),
      (e: unknown) => e instanceof PermissionDeniedError || e instanceof NotFoundError,
    );

    // The seeded thread works the same way.
    const seeded = await mentee.threads.posts.create('thr_learningtolead', { kind: 'milestone', body: 'Ran my first planning meeting' });
    assert.equal((await anon.threads.posts.list('thr_learningtolead', { limit: 1 })).data[0]?.id, seeded.id);
  });

  it('reactions add/remove and comments create/list', async () => {
    const cheered = await mentor.posts.reactions.add(postId, 'cheer');
    assert.equal(cheered.reactions.cheer, 1);
    assert.ok(cheered.viewerReactions.includes('cheer'));
    assert.equal((await mentor.posts.reactions.add(postId, 'cheer')).reactions.cheer, 1, 'adding twice is a no-op');
    const removed = await mentor.posts.reactions.remove(postId, 'cheer');
    assert.equal(removed.reactions.cheer, 0);

    const comment = await mentor.posts.comments.create(postId, { body: 'Congrats! What did you hand over first?' });
    assert.equal(comment.postId, postId);
    assert.equal(comment.author.id, 'usr_demomentor');
    const comments = await anon.posts.comments.list(postId).toArray({ limit: 100 });
    assert.deepEqual(
      comments.map((c) => c.id),
      [comment.id],
    );
    assert.equal((await anon.posts.retrieve(postId)).commentCount, 1);
  });

  it('posts.delete; the post is gone', async () => {
    assert.equal(await mentee.posts.delete(postId), undefined);
    await assert.rejects(anon.posts.retrieve(postId), NotFoundError);
    await assert.rejects(
      anon.threads.posts.create(threadId, { kind: 'update', body: 'From a page without a person' }),
      (e: unknown) => e instanceof PermissionDeniedError && e.code === 'publishable_key_read_only',
    );
  });
});
