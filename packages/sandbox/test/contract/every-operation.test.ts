// Every operation of the contract, over real HTTP, on its success path and on at
// least one error path of its own. The table is keyed by operationId: an operation
// the contract gains without a row fails the type check (and the first test), and
// every response goes through the harness, which checks it against the contract.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { listOperations, loadContract } from '../../src/http/contract.js';
import type { OperationId } from '../../src/http/handler.js';
import { demo } from '../../src/demo.js';
import { contractErrors, startSandbox, type TestResponse, type TestSandbox } from '../support/harness.js';
import { authorize, authorizeQuery, locationOf, pkcePair, type RawAnswer, raw, requestIdOf } from '../support/oauth.js';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type ProblemCode = Schemas['ProblemCode'];
type Room = Schemas['Room'];
type Session = Schemas['Session'];
type Thread = Schemas['Thread'];
type Post = Schemas['Post'];

/** The webhook the API sends rather than serves (covered by test/core/webhooks.test.ts). */
type SentNotServed = 'receiveEvent';
type CoveredOperationId = Exclude<OperationId, SentNotServed>;

/** One operation: a success path and a failure path, each asserting what it got. */
interface Row {
  /** The real request(s), prerequisites included; asserts the 2xx status and one fact of the body. */
  success(ctx: Ctx): Promise<void>;
  /** A request that must fail for a reason of this operation; asserts the status and the problem code. */
  failure(ctx: Ctx): Promise<void>;
}

/** A signed-in person; the token is minted again whenever the clock moves. */
interface Person {
  externalUserId: string;
  org: 'demo' | 'acme';
  userId: string;
  token: string;
}

/** What the rows share: the sandbox, its frozen clock, the people, and fixtures built on demand. */
interface Ctx {
  s: TestSandbox;
  clock: Date;
  mentee: Person; // demo-mentee
  mentor: Person; // demo-mentor, who is men_demomentor
  acme: Person; // acme-employee, a stranger to org_demo
  people: Person[];
  state: Partial<{
    thread: Thread;
    post: Post;
    acmePostId: string;
    main: { room: Room; mentee: Person };
    declined: Room;
    lifecycle: { room: Room; mentee: Person };
    reviewed: { room: Room; mentee: Person };
    goalId: string;
    messageId: string;
    session: Session;
    cancelled: Session;
    unstarted: Session;
    introCall: { call: Schemas['IntroCall']; visitor: Person };
  }>;
}

const demoMentorId = 'men_demomentor';
const seededThreadId = 'thr_learningtolead';
const acmeThreadId = 'thr_acmeaccessibility';
const hour = 3_600_000;
const day = 24 * hour;

// ---------------------------------------------------------------- assertions

function expectStatus<T>(res: TestResponse<T>, status: number): T {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`);
  return res.body;
}

function expectProblem(res: TestResponse<unknown>, status: number, code: ProblemCode): Problem {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text.slice(0, 500)}`);
  assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const body = res.body as Problem;
  assert.equal(body.code, code, res.text);
  assert.equal(body.status, status);
  return body;
}

// ---------------------------------------------------------------- people and clock

let signIns = 0;

/** Signs a person in through `POST /v1/auth/tokens` with the organization's secret key. */
async function signIn(
  ctx: Pick<Ctx, 's' | 'people'>,
  externalUserId: string,
  org: 'demo' | 'acme' = 'demo',
  name = `Every Operation ${++signIns}`,
): Promise<Person> {
  const res = await ctx.s.request<Schemas['UserToken']>('POST', '/v1/auth/tokens', {
    auth: org === 'acme' ? demo.keys.acmeSecret : demo.keys.demoSecret,
    body: { externalUserId, name },
  });
  const body = expectStatus(res, 201);
  const person: Person = { externalUserId, org, userId: body.user.id, token: body.token };
  ctx.people.push(person);
  return person;
}

/** Mints a fresh token for the person, keeping the name the directory has. */
async function refresh(ctx: Ctx, person: Person): Promise<void> {
  const me = expectStatus(await ctx.s.request<Schemas['User']>('GET', `/v1/users/${person.userId}`), 200);
  const res = await ctx.s.request<Schemas['UserToken']>('POST', '/v1/auth/tokens', {
    auth: person.org === 'acme' ? demo.keys.acmeSecret : demo.keys.demoSecret,
    body: { externalUserId: person.externalUserId, name: me.name },
  });
  person.token = expectStatus(res, 201).token;
}

/** Moves the sandbox clock forward and re-mints every token (they live 15 minutes). */
async function advanceTo(ctx: Ctx, at: Date): Promise<void> {
  assert.ok(at.getTime() >= ctx.clock.getTime(), 'the clock only moves forward');
  ctx.clock = at;
  ctx.s.setNow(at);
  for (const person of ctx.people) await refresh(ctx, person);
}

// ---------------------------------------------------------------- fixtures, built through the API

/** A new person of org_demo asks men_demomentor (Daniel Okafor) for a room. */
async function requestRoom(ctx: Ctx, label: string): Promise<{ room: Room; mentee: Person }> {
  const mentee = await signIn(ctx, `every-op-${label}`);
  const res = await ctx.s.request<Room>('POST', '/v1/rooms', {
    auth: mentee.token,
    body: {
      mentorId: demoMentorId,
      goal: 'Become a confident first-time tech lead within six months.',
      cadence: 'biweekly',
      termWeeks: 12,
      message: 'Hello Daniel, I would love your help with my first year as a lead.',
    },
  });
  return { room: expectStatus(res, 201), mentee };
}

/** A requested room the mentor accepted (it takes one of the mentor's seats). */
async function activeRoom(ctx: Ctx, label: string): Promise<{ room: Room; mentee: Person }> {
  const { room, mentee } = await requestRoom(ctx, label);
  const accepted = expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/accept`, { auth: ctx.mentor.token }), 200);
  assert.equal(accepted.status, 'active');
  return { room: accepted, mentee };
}

/** The active room most rows work in: goals, messages, sessions. */
async function mainRoom(ctx: Ctx): Promise<{ room: Room; mentee: Person }> {
  ctx.state.main ??= await activeRoom(ctx, 'main');
  return ctx.state.main;
}

async function declinedRoom(ctx: Ctx): Promise<Room> {
  if (!ctx.state.declined) {
    const { room } = await requestRoom(ctx, 'declined');
    ctx.state.declined = expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/decline`, { auth: ctx.mentor.token }), 200);
  }
  return ctx.state.declined;
}

/** demo-mentee's own public thread, and a post on it. */
async function ownThread(ctx: Ctx): Promise<Thread> {
  if (!ctx.state.thread) {
    const res = await ctx.s.request<Thread>('POST', '/v1/threads', {
      auth: ctx.mentee.token,
      body: { title: 'Every operation, one thread', summary: 'Written by the contract test.', tags: ['contract-test'] },
    });
    ctx.state.thread = expectStatus(res, 201);
  }
  return ctx.state.thread;
}

async function ownPost(ctx: Ctx): Promise<Post> {
  if (!ctx.state.post) {
    const thread = await ownThread(ctx);
    const res = await ctx.s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, {
      auth: ctx.mentee.token,
      body: { kind: 'update', body: 'Ran my first **quarterly planning** today.' },
    });
    ctx.state.post = expectStatus(res, 201);
  }
  return ctx.state.post;
}

/** A post of the Acme organization thread, which no one of org_demo may see. */
async function acmePostId(ctx: Ctx): Promise<string> {
  if (!ctx.state.acmePostId) {
    const res = await ctx.s.request<Schemas['PostList']>('GET', `/v1/threads/${acmeThreadId}/posts`, { auth: ctx.acme.token });
    const first = expectStatus(res, 200).data[0];
    assert.ok(first, 'the Acme thread has posts');
    ctx.state.acmePostId = first.id;
  }
  return ctx.state.acmePostId;
}

async function goalId(ctx: Ctx): Promise<string> {
  if (!ctx.state.goalId) {
    const { room, mentee } = await mainRoom(ctx);
    const res = await ctx.s.request<Schemas['Goal']>('POST', `/v1/rooms/${room.id}/goals`, { auth: mentee.token, body: { title: 'Run quarterly planning' } });
    ctx.state.goalId = expectStatus(res, 201).id;
  }
  return ctx.state.goalId;
}

/** Free hours of men_demomentor from an hour after the clock, as the slots endpoint offers them. */
async function freeSlots(ctx: Ctx): Promise<string[]> {
  const res = await ctx.s.request<Schemas['MentorSlotList']>('GET', `/v1/mentors/${demoMentorId}/slots`, {
    query: { start: new Date(ctx.clock.getTime() + hour).toISOString(), end: new Date(ctx.clock.getTime() + 14 * day).toISOString() },
  });
  const slots = expectStatus(res, 200).data.map((slot) => slot.startsAt);
  assert.ok(slots.length >= 2, 'men_demomentor has free hours in the next two weeks');
  return slots;
}

/** Books the first free hour in the main room. */
async function book(ctx: Ctx, who: 'mentor' | 'mentee', agenda?: string): Promise<Session> {
  const { room, mentee } = await mainRoom(ctx);
  const [startsAt] = await freeSlots(ctx);
  const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions`, {
    auth: who === 'mentor' ? ctx.mentor.token : mentee.token,
    body: { startsAt, ...(agenda ? { agenda } : {}) },
  });
  return expectStatus(res, 201);
}

/** The main room's session the session rows walk through its lifecycle. */
async function mainSession(ctx: Ctx): Promise<Session> {
  ctx.state.session ??= await book(ctx, 'mentee', 'Planning the quarter');
  return ctx.state.session;
}

/** The main room's session, accepted (the mentor's booking is accepted at once). */
async function acceptedSession(ctx: Ctx): Promise<Session> {
  if (ctx.state.session?.status !== 'accepted') ctx.state.session = await book(ctx, 'mentor');
  return ctx.state.session;
}

/** A person of org_demo with an intro call booked with men_demomentor (whose profile offers one, 20 minutes). */
async function introCall(ctx: Ctx): Promise<{ call: Schemas['IntroCall']; visitor: Person }> {
  if (!ctx.state.introCall) {
    const visitor = await signIn(ctx, 'every-op-intro-call');
    const [startsAt] = await freeSlots(ctx);
    const res = await ctx.s.request<Schemas['IntroCall']>('POST', `/v1/mentors/${demoMentorId}/intro-calls`, {
      auth: visitor.token,
      body: { startsAt, message: 'Could we talk for twenty minutes first?' },
    });
    ctx.state.introCall = { call: expectStatus(res, 201), visitor };
  }
  return ctx.state.introCall;
}

/** An OAuth request (no bearer, redirects not followed), its answer checked against the contract as the harness checks the others'. */
async function oauthRequest(ctx: Ctx, method: 'GET' | 'POST', path: string, options?: Parameters<typeof raw>[3]): Promise<RawAnswer> {
  const answer = await raw(ctx.s, method, path, options);
  assert.ok(answer.headers.get('X-Request-Id'), `${method} ${path}: no X-Request-Id`);
  const pathname = new URL(path, ctx.s.url).pathname;
  // A redirect or an empty 200 has no schema to check (contractErrors looks at bodies): its status must be declared.
  const operation = loadContract().paths[pathname]?.[method.toLowerCase()] as { responses: Record<string, unknown> } | undefined;
  assert.ok(operation && String(answer.status) in operation.responses, `${method} ${pathname} answered ${answer.status}, which the contract does not declare`);
  if (!answer.text) return answer;
  const type = answer.headers.get('Content-Type') ?? '';
  const body: unknown = /json/.test(type) ? JSON.parse(answer.text) : answer.text;
  assert.deepEqual(contractErrors(method, pathname, answer.status, type, body), []);
  return answer;
}

/** The token request for a code from `authorize`. */
function exchangeForm(flow: { code: string; verifier: string; redirectUri: string }): Record<string, string> {
  return {
    grant_type: 'authorization_code',
    code: flow.code,
    code_verifier: flow.verifier,
    redirect_uri: flow.redirectUri,
    client_id: demo.keys.demoPublishable,
  };
}

let adminMemberMade: Schemas['Member'] | undefined;
let adminMentorMade: Schemas['OrgMentor'] | undefined;

/** A member of org_acme made through the admin API (the admin rows share it). */
async function adminMember(ctx: Ctx): Promise<Schemas['Member']> {
  if (!adminMemberMade) {
    const res = await ctx.s.request<Schemas['Member']>('POST', '/v1/org/members', {
      auth: demo.keys.acmeSecret,
      body: { externalUserId: 'every-op-member', displayName: 'Admin Made', emails: [{ value: 'admin.made@acme.example', primary: true }] },
    });
    adminMemberMade = expectStatus(res, 201);
  }
  return adminMemberMade;
}

/** That member, made an internal mentor of org_acme. */
async function adminMentor(ctx: Ctx): Promise<Schemas['OrgMentor']> {
  if (!adminMentorMade) {
    const member = await adminMember(ctx);
    const res = await ctx.s.request<Schemas['OrgMentor']>('POST', '/v1/org/mentors', {
      auth: demo.keys.acmeSecret,
      body: { userId: member.id, headline: 'Planning and delegation', timeZone: 'Europe/Stockholm', availability: [{ day: 1, start: '09:00', end: '11:00' }] },
    });
    adminMentorMade = expectStatus(res, 201);
  }
  return adminMentorMade;
}

let adminRoadmapMade: Schemas['OrgRoadmap'] | undefined;

/** A draft roadmap of org_acme made through the admin API (the roadmap rows share it). */
async function adminRoadmap(ctx: Ctx): Promise<Schemas['OrgRoadmap']> {
  if (!adminRoadmapMade) {
    const res = await ctx.s.request<Schemas['OrgRoadmap']>('POST', '/v1/org/roadmaps', {
      auth: demo.keys.acmeSecret,
      body: { title: 'Every-op onboarding', summary: 'A first month.', level: 'beginner', steps: [{ title: 'Meet your buddy' }] },
    });
    adminRoadmapMade = expectStatus(res, 201);
  }
  return adminRoadmapMade;
}

let adminEndpointMade: Schemas['WebhookEndpoint'] | undefined;

/** A webhook endpoint of org_acme made through the admin API (the webhook rows share it; nothing listens there). */
async function adminEndpoint(ctx: Ctx): Promise<Schemas['WebhookEndpoint']> {
  if (!adminEndpointMade) {
    const res = await ctx.s.request<Schemas['WebhookEndpoint']>('POST', '/v1/org/webhook-endpoints', {
      auth: demo.keys.acmeSecret,
      body: { url: 'http://127.0.0.1:9/every-op', description: 'every operation' },
    });
    adminEndpointMade = expectStatus(res, 201);
  }
  return adminEndpointMade;
}

let personalTokenMade: Schemas['CreatedPersonalAccessToken'] | undefined;

/** A personal access token of demo-mentee (the token rows share it). */
async function personalToken(ctx: Ctx): Promise<Schemas['CreatedPersonalAccessToken']> {
  if (!personalTokenMade) {
    const res = await ctx.s.request<Schemas['CreatedPersonalAccessToken']>('POST', '/v1/me/tokens', {
      auth: ctx.mentee.token,
      body: { name: 'every-op', scopes: ['threads:read'] },
    });
    personalTokenMade = expectStatus(res, 201);
  }
  return personalTokenMade;
}

// ---------------------------------------------------------------- the table

const rows: { readonly [K in CoveredOperationId]: Row } = {
  // -------- people and credentials
  createUserToken: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['UserToken']>('POST', '/v1/auth/tokens', {
        auth: demo.keys.acmeSecret,
        body: { externalUserId: 'every-op-token', name: 'Token Person', email: 'token.person@acme.example' },
      });
      const body = expectStatus(res, 201);
      assert.match(body.token, /^ut_/);
      assert.equal(body.user.organizationId, demo.orgs.acme, "the person belongs to the key's organization");
      assert.equal(body.user.externalUserId, 'every-op-token');
    },
    async failure(ctx) {
      // Only a secret key mints tokens: a user token asking is told so.
      const res = await ctx.s.request('POST', '/v1/auth/tokens', { auth: ctx.mentee.token, body: { externalUserId: 'someone-else', name: 'Some One' } });
      expectProblem(res, 403, 'secret_key_required');
    },
  },

  getMe: {
    async success(ctx) {
      const me = expectStatus(await ctx.s.request<Schemas['Me']>('GET', '/v1/me', { auth: ctx.mentor.token }), 200);
      assert.equal(me.id, demo.users.mentor.id);
      assert.equal(me.mentorId, demoMentorId);
    },
    async failure(ctx) {
      // A publishable key is no person.
      expectProblem(await ctx.s.request('GET', '/v1/me', { auth: demo.keys.demoPublishable }), 403, 'publishable_key_read_only');
    },
  },

  retrieveUser: {
    async success(ctx) {
      const user = expectStatus(await ctx.s.request<Schemas['User']>('GET', `/v1/users/${demo.users.mentor.id}`), 200);
      assert.equal(user.mentorId, demoMentorId);
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/users/usr_doesnotexist000'), 404, 'not_found');
    },
  },

  // -------- mentors
  listMentors: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['MentorList']>('GET', '/v1/mentors', { query: { skills: 'delegation', helpsWith: 'leadership', limit: 50 } });
      const list = expectStatus(res, 200);
      assert.ok(list.data.length > 0);
      assert.ok(list.data.every((m) => m.skills.includes('delegation')));
    },
    async failure(ctx) {
      // Relevance has nothing to rank without a query.
      expectProblem(await ctx.s.request('GET', '/v1/mentors', { query: { sort: 'relevance' } }), 400, 'invalid_parameter');
    },
  },

  retrieveMentor: {
    async success(ctx) {
      const mentor = expectStatus(await ctx.s.request<Schemas['Mentor']>('GET', `/v1/mentors/${demoMentorId}`), 200);
      assert.equal(mentor.userId, demo.users.mentor.id);
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/mentors/men_doesnotexist000'), 404, 'not_found');
    },
  },

  listMentorReviews: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['ReviewList']>('GET', `/v1/mentors/${demoMentorId}/reviews`, { query: { limit: 5 } });
      const list = expectStatus(res, 200);
      assert.ok(list.data.length > 0 && list.data.length <= 5);
      assert.ok(list.data.every((r) => r.rating >= 1 && r.rating <= 5));
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/mentors/men_doesnotexist000/reviews'), 404, 'not_found');
    },
  },

  listMentorSlots: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['MentorSlotList']>('GET', `/v1/mentors/${demoMentorId}/slots`, {
        query: { start: ctx.clock.toISOString(), end: new Date(ctx.clock.getTime() + 7 * day).toISOString(), timeZone: 'Asia/Tokyo' },
      });
      const list = expectStatus(res, 200);
      assert.equal(list.timeZone, 'Asia/Tokyo');
      assert.ok(list.data.length > 0);
      assert.ok(list.data.every((slot) => Date.parse(slot.endsAt) - Date.parse(slot.startsAt) === hour && slot.localStart.endsWith('+09:00')));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', `/v1/mentors/${demoMentorId}/slots`, {
        query: { start: new Date(ctx.clock.getTime() + 2 * day).toISOString(), end: new Date(ctx.clock.getTime() + day).toISOString() },
      });
      assert.equal(expectProblem(res, 400, 'invalid_parameter').errors?.[0]?.pointer, '/end');
    },
  },

  createMatch: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['MatchResult']>('POST', '/v1/matches', {
        body: { need: 'leadership', goals: 'My team keeps missing deadlines; I need to delegate and decide faster.', skills: ['delegation'], limit: 5 },
      });
      const result = expectStatus(res, 200);
      assert.equal(result.data.length, 5);
      assert.ok(result.data.every((m) => m.mentor.helpsWith.includes('leadership') && m.reasons.length > 0));
    },
    async failure(ctx) {
      // Well-formed, but not a time zone.
      const res = await ctx.s.request('POST', '/v1/matches', { body: { need: 'leadership', goals: 'Lead my team better', timezone: 'Mars/Olympus_Mons' } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/timezone');
    },
  },

  createRecommendation: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['Recommendation']>('POST', '/v1/recommendations', {
        body: {
          placement: { leadership: 0.9, mentorship: 0.2 },
          goals: 'My team keeps missing deadlines; I need to delegate and decide faster.',
          skills: ['delegation'],
          limit: 3,
        },
      });
      const plan = expectStatus(res, 200);
      assert.equal(plan.need, 'leadership');
      assert.equal(plan.mentors.length, 3);
      assert.ok(plan.roadmap?.roadmap.serves.needs.includes('leadership'));
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/recommendations', { body: { placement: { leadership: 1.5, mentorship: 0 }, goals: 'Lead my team better' } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/placement/leadership');
    },
  },

  // -------- roadmaps
  listRoadmaps: {
    async success(ctx) {
      const list = expectStatus(await ctx.s.request<Schemas['RoadmapList']>('GET', '/v1/roadmaps', { query: { level: 'advanced', limit: 100 } }), 200);
      assert.ok(list.data.length > 0);
      assert.ok(list.data.every((r) => r.level === 'advanced'));
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/roadmaps', { query: { level: 'expert' } }), 400, 'invalid_parameter');
    },
  },

  retrieveRoadmap: {
    async success(ctx) {
      const roadmap = expectStatus(await ctx.s.request<Schemas['Roadmap']>('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager'), 200);
      assert.equal(roadmap.slug, 'senior-engineer-to-engineering-manager');
      assert.equal(roadmap.steps.length, roadmap.stepCount);
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/roadmaps/rdm_doesNotExist0'), 404, 'not_found');
    },
  },

  retrieveRoadmapProgress: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['RoadmapProgress']>('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager/progress', {
        auth: ctx.mentee.token,
      });
      const progress = expectStatus(res, 200);
      assert.equal(progress.userId, demo.users.mentee.id);
      assert.ok(progress.doneCount > 0, 'the seeded progress of demo-mentee');
    },
    async failure(ctx) {
      // Progress is a person's: a key has none.
      const res = await ctx.s.request('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager/progress', { auth: demo.keys.demoSecret });
      expectProblem(res, 403, 'forbidden');
    },
  },

  updateRoadmapProgress: {
    async success(ctx) {
      const roadmap = expectStatus(await ctx.s.request<Schemas['Roadmap']>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead'), 200);
      const step = roadmap.steps[0]!;
      const res = await ctx.s.request<Schemas['RoadmapProgress']>('PUT', `/v1/roadmaps/${roadmap.id}/progress/${step.id}`, {
        auth: ctx.mentor.token,
        body: { state: 'done', note: 'Met every engineer one to one.' },
      });
      const progress = expectStatus(res, 200);
      assert.deepEqual(
        progress.steps.filter((x) => x.stepId === step.id).map((x) => [x.state, x.note]),
        [['done', 'Met every engineer one to one.']],
      );
      assert.ok(progress.doneCount >= 1);
    },
    async failure(ctx) {
      // A step of another roadmap is no step of this one.
      const other = expectStatus(await ctx.s.request<Schemas['Roadmap']>('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager'), 200);
      const res = await ctx.s.request('PUT', `/v1/roadmaps/your-first-90-days-as-a-tech-lead/progress/${other.steps[0]!.id}`, {
        auth: ctx.mentor.token,
        body: { state: 'done' },
      });
      expectProblem(res, 404, 'not_found');
    },
  },

  // -------- threads
  listThreads: {
    async success(ctx) {
      const list = expectStatus(await ctx.s.request<Schemas['ThreadList']>('GET', '/v1/threads', { query: { owner: demo.users.mentee.id, limit: 100 } }), 200);
      assert.ok(list.data.some((t) => t.id === seededThreadId));
      assert.ok(list.data.every((t) => t.owner.id === demo.users.mentee.id));
    },
    async failure(ctx) {
      // A key follows no one.
      expectProblem(await ctx.s.request('GET', '/v1/threads', { query: { following: true } }), 400, 'invalid_parameter');
    },
  },

  retrieveThread: {
    async success(ctx) {
      const thread = expectStatus(await ctx.s.request<Thread>('GET', `/v1/threads/${seededThreadId}`), 200);
      assert.equal(thread.owner.id, demo.users.mentee.id);
      assert.ok(thread.counts.posts > 0);
    },
    async failure(ctx) {
      // An organization thread of Acme: invisible, hence unknown, to org_demo.
      expectProblem(await ctx.s.request('GET', `/v1/threads/${acmeThreadId}`, { auth: ctx.mentor.token }), 404, 'not_found');
    },
  },

  createThread: {
    async success(ctx) {
      const thread = await ownThread(ctx);
      assert.equal(thread.owner.id, demo.users.mentee.id);
      assert.equal(thread.visibility, 'public');
      assert.deepEqual(thread.viewer, { isOwner: true, following: false });
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/threads', { auth: ctx.mentee.token, body: { title: 'Fine title', tags: ['Not Kebab'] } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/tags/0');
    },
  },

  updateThread: {
    async success(ctx) {
      const thread = await ownThread(ctx);
      const res = await ctx.s.request<Thread>('PATCH', `/v1/threads/${thread.id}`, {
        auth: ctx.mentee.token,
        body: { summary: 'Edited by the contract test.' },
      });
      const updated = expectStatus(res, 200);
      assert.equal(updated.summary, 'Edited by the contract test.');
      assert.equal(updated.title, thread.title, 'fields not sent stay');
    },
    async failure(ctx) {
      // demo-mentor can see demo-mentee's thread but does not own it.
      const res = await ctx.s.request('PATCH', `/v1/threads/${seededThreadId}`, { auth: ctx.mentor.token, body: { title: 'Hijacked' } });
      expectProblem(res, 403, 'forbidden');
    },
  },

  followThread: {
    async success(ctx) {
      const res = await ctx.s.request<Thread>('PUT', `/v1/threads/${seededThreadId}/follow`, { auth: ctx.mentor.token });
      assert.deepEqual(expectStatus(res, 200).viewer, { isOwner: false, following: true });
    },
    async failure(ctx) {
      // The owner already hears of every post.
      expectProblem(await ctx.s.request('PUT', `/v1/threads/${seededThreadId}/follow`, { auth: ctx.mentee.token }), 409, 'conflict');
    },
  },

  unfollowThread: {
    async success(ctx) {
      await ctx.s.request('PUT', `/v1/threads/${seededThreadId}/follow`, { auth: ctx.acme.token });
      const res = await ctx.s.request<Thread>('DELETE', `/v1/threads/${seededThreadId}/follow`, { auth: ctx.acme.token });
      assert.deepEqual(expectStatus(res, 200).viewer, { isOwner: false, following: false });
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('DELETE', `/v1/threads/${acmeThreadId}/follow`, { auth: ctx.mentor.token }), 404, 'not_found');
    },
  },

  createThreadPost: {
    async success(ctx) {
      const post = await ownPost(ctx);
      assert.equal(post.threadId, (await ownThread(ctx)).id);
      assert.equal(post.author.id, demo.users.mentee.id);
      assert.equal(post.commentCount, 0);
    },
    async failure(ctx) {
      // Only the owner writes in a thread.
      const res = await ctx.s.request('POST', `/v1/threads/${seededThreadId}/posts`, {
        auth: ctx.mentor.token,
        body: { kind: 'update', body: 'Not my thread' },
      });
      expectProblem(res, 403, 'forbidden');
    },
  },

  listThreadPosts: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['PostList']>('GET', `/v1/threads/${seededThreadId}/posts`, { query: { kind: 'challenge' } });
      const list = expectStatus(res, 200);
      assert.ok(list.data.length > 0);
      assert.ok(list.data.every((p) => p.kind === 'challenge' && p.threadId === seededThreadId));
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', `/v1/threads/${seededThreadId}/posts`, { query: { kind: 'rant' } }), 400, 'invalid_parameter');
    },
  },

  retrievePost: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const fetched = expectStatus(await ctx.s.request<Post>('GET', `/v1/posts/${post.id}`), 200);
      assert.equal(fetched.body, post.body);
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', `/v1/posts/${await acmePostId(ctx)}`, { auth: ctx.mentee.token }), 404, 'not_found');
    },
  },

  updatePost: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const res = await ctx.s.request<Post>('PATCH', `/v1/posts/${post.id}`, { auth: ctx.mentee.token, body: { kind: 'milestone' } });
      const updated = expectStatus(res, 200);
      assert.equal(updated.kind, 'milestone');
      assert.ok(updated.editedAt);
    },
    async failure(ctx) {
      // A link to a step of another roadmap: well-formed, semantically wrong.
      const lead = expectStatus(await ctx.s.request<Schemas['Roadmap']>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead'), 200);
      const other = expectStatus(await ctx.s.request<Schemas['Roadmap']>('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager'), 200);
      const res = await ctx.s.request('PATCH', `/v1/posts/${(await ownPost(ctx)).id}`, {
        auth: ctx.mentee.token,
        body: { link: { kind: 'roadmap_step', roadmapId: lead.id, stepId: other.steps[0]!.id } },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/link/stepId');
    },
  },

  addPostReaction: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const res = await ctx.s.request<Schemas['PostReactionUpdate']>('PUT', `/v1/posts/${post.id}/reactions/cheer`, { auth: ctx.mentor.token });
      const update = expectStatus(res, 200);
      assert.equal(update.reactions.cheer, 1);
      assert.deepEqual(update.viewerReactions, ['cheer']);
    },
    async failure(ctx) {
      const res = await ctx.s.request('PUT', `/v1/posts/${(await ownPost(ctx)).id}/reactions/love`, { auth: ctx.mentor.token });
      expectProblem(res, 400, 'invalid_parameter');
    },
  },

  removePostReaction: {
    async success(ctx) {
      const post = await ownPost(ctx);
      await ctx.s.request('PUT', `/v1/posts/${post.id}/reactions/insightful`, { auth: ctx.acme.token });
      const res = await ctx.s.request<Schemas['PostReactionUpdate']>('DELETE', `/v1/posts/${post.id}/reactions/insightful`, { auth: ctx.acme.token });
      const update = expectStatus(res, 200);
      assert.equal(update.reactions.insightful, 0);
      assert.deepEqual(update.viewerReactions, []);
    },
    async failure(ctx) {
      const res = await ctx.s.request('DELETE', `/v1/posts/${await acmePostId(ctx)}/reactions/cheer`, { auth: ctx.mentor.token });
      expectProblem(res, 404, 'not_found');
    },
  },

  createPostComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const res = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, {
        auth: ctx.mentor.token,
        body: { body: 'Great start, keep the notes coming.' },
      });
      const comment = expectStatus(res, 201);
      assert.equal(comment.postId, post.id);
      assert.equal(comment.author.id, demo.users.mentor.id);
    },
    async failure(ctx) {
      // A post demo-mentor may not see takes no comment from them.
      const res = await ctx.s.request('POST', `/v1/posts/${await acmePostId(ctx)}/comments`, { auth: ctx.mentor.token, body: { body: 'Peek' } });
      expectProblem(res, 404, 'not_found');
    },
  },

  listPostComments: {
    async success(ctx) {
      const post = await ownPost(ctx);
      await ctx.s.request('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.acme.token, body: { body: 'Following along from Acme.' } });
      const list = expectStatus(await ctx.s.request<Schemas['CommentList']>('GET', `/v1/posts/${post.id}/comments`), 200);
      assert.ok(list.data.length >= 1);
      assert.ok(list.data.every((c) => c.postId === post.id));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', `/v1/posts/${(await ownPost(ctx)).id}/comments`, { query: { cursor: 'not-a-cursor' } });
      expectProblem(res, 400, 'invalid_cursor');
    },
  },
  updateComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, {
        auth: ctx.mentor.token,
        body: { body: 'Teh notes help.' },
      });
      const res = await ctx.s.request<Schemas['Comment']>('PATCH', `/v1/comments/${expectStatus(created, 201).id}`, {
        auth: ctx.mentor.token,
        body: { body: 'The notes help.' },
      });
      assert.equal(expectStatus(res, 200).body, 'The notes help.');
    },
    async failure(ctx) {
      // Only its author edits a comment, not the thread's owner.
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.mentor.token, body: { body: 'Mine.' } });
      const res = await ctx.s.request('PATCH', `/v1/comments/${expectStatus(created, 201).id}`, { auth: ctx.mentee.token, body: { body: 'Yours now.' } });
      expectProblem(res, 403, 'forbidden');
    },
  },
  deleteComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.acme.token, body: { body: 'Soon gone.' } });
      // The thread's owner may delete anyone's comment on it.
      const res = await ctx.s.request<Schemas['CommentDeletion']>('DELETE', `/v1/comments/${expectStatus(created, 201).id}`, { auth: ctx.mentee.token });
      assert.equal(expectStatus(res, 200).commentIds.length, 1);
    },
    async failure(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, {
        auth: ctx.mentee.token,
        body: { body: 'The owner’s.' },
      });
      const res = await ctx.s.request('DELETE', `/v1/comments/${expectStatus(created, 201).id}`, { auth: ctx.acme.token });
      expectProblem(res, 403, 'forbidden');
    },
  },
  reportPost: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const res = await ctx.s.request<Schemas['Report']>('PUT', `/v1/posts/${post.id}/report`, { auth: ctx.mentor.token, body: { reason: 'off_topic' } });
      assert.equal(expectStatus(res, 200).postId, post.id);
    },
    async failure(ctx) {
      const res = await ctx.s.request('PUT', `/v1/posts/${(await ownPost(ctx)).id}/report`, { auth: ctx.mentor.token, body: { reason: 'boring' } });
      expectProblem(res, 422, 'validation_failed');
    },
  },
  reportComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, {
        auth: ctx.acme.token,
        body: { body: 'Buy my course.' },
      });
      const res = await ctx.s.request<Schemas['Report']>('PUT', `/v1/comments/${expectStatus(created, 201).id}/report`, {
        auth: ctx.mentor.token,
        body: { reason: 'spam', note: 'An ad.' },
      });
      assert.equal(expectStatus(res, 200).reason, 'spam');
    },
    async failure(ctx) {
      const res = await ctx.s.request('PUT', '/v1/comments/cmt_doesnotexist00/report', { auth: ctx.mentor.token, body: { reason: 'spam' } });
      expectProblem(res, 404, 'not_found');
    },
  },
  listThreadReports: {
    async success(ctx) {
      const post = await ownPost(ctx);
      await ctx.s.request('PUT', `/v1/posts/${post.id}/report`, { auth: ctx.acme.token, body: { reason: 'other', note: 'Listed for the owner.' } });
      const res = await ctx.s.request<Schemas['ReportList']>('GET', `/v1/threads/${post.threadId}/reports`, { auth: ctx.mentee.token });
      assert.ok(expectStatus(res, 200).data.length >= 1);
    },
    async failure(ctx) {
      // Reports are the owner's view.
      const res = await ctx.s.request('GET', `/v1/threads/${(await ownThread(ctx)).id}/reports`, { auth: ctx.mentor.token });
      expectProblem(res, 403, 'forbidden');
    },
  },
  hideComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.acme.token, body: { body: 'Hide this.' } });
      const res = await ctx.s.request<Schemas['HiddenComments']>('PUT', `/v1/comments/${expectStatus(created, 201).id}/hidden`, { auth: ctx.mentee.token });
      assert.equal(expectStatus(res, 200).hidden, true);
    },
    async failure(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, {
        auth: ctx.acme.token,
        body: { body: 'Not yours to hide.' },
      });
      const res = await ctx.s.request('PUT', `/v1/comments/${expectStatus(created, 201).id}/hidden`, { auth: ctx.mentor.token });
      expectProblem(res, 403, 'forbidden');
    },
  },
  unhideComment: {
    async success(ctx) {
      const post = await ownPost(ctx);
      const created = expectStatus(
        await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.acme.token, body: { body: 'Back soon.' } }),
        201,
      );
      await ctx.s.request('PUT', `/v1/comments/${created.id}/hidden`, { auth: ctx.mentee.token });
      const res = await ctx.s.request<Schemas['HiddenComments']>('DELETE', `/v1/comments/${created.id}/hidden`, { auth: ctx.mentee.token });
      assert.equal(expectStatus(res, 200).hidden, false);
    },
    async failure(ctx) {
      const post = await ownPost(ctx);
      const created = await ctx.s.request<Schemas['Comment']>('POST', `/v1/posts/${post.id}/comments`, { auth: ctx.acme.token, body: { body: 'Still mine.' } });
      const res = await ctx.s.request('DELETE', `/v1/comments/${expectStatus(created, 201).id}/hidden`, { auth: ctx.acme.token });
      expectProblem(res, 403, 'forbidden');
    },
  },
  blockThreadUser: {
    async success(ctx) {
      const thread = await ownThread(ctx);
      const res = await ctx.s.request<Schemas['ThreadBlock']>('PUT', `/v1/threads/${thread.id}/blocks/${ctx.acme.userId}`, { auth: ctx.mentee.token });
      assert.equal(expectStatus(res, 200).user.id, ctx.acme.userId);
      // Unblocked again: later rows comment as acme-employee on this thread.
      await ctx.s.request('DELETE', `/v1/threads/${thread.id}/blocks/${ctx.acme.userId}`, { auth: ctx.mentee.token });
    },
    async failure(ctx) {
      const res = await ctx.s.request('PUT', `/v1/threads/${(await ownThread(ctx)).id}/blocks/${ctx.mentee.userId}`, { auth: ctx.mentee.token });
      expectProblem(res, 409, 'conflict');
    },
  },
  unblockThreadUser: {
    async success(ctx) {
      const thread = await ownThread(ctx);
      await ctx.s.request('PUT', `/v1/threads/${thread.id}/blocks/${ctx.acme.userId}`, { auth: ctx.mentee.token });
      const res = await ctx.s.request('DELETE', `/v1/threads/${thread.id}/blocks/${ctx.acme.userId}`, { auth: ctx.mentee.token });
      expectStatus(res, 204);
    },
    async failure(ctx) {
      const res = await ctx.s.request('DELETE', `/v1/threads/${(await ownThread(ctx)).id}/blocks/${ctx.acme.userId}`, { auth: ctx.mentor.token });
      expectProblem(res, 403, 'forbidden');
    },
  },
  listMyBookmarks: {
    async success(ctx) {
      const post = await ownPost(ctx);
      expectStatus(await ctx.s.request('PUT', `/v1/posts/${post.id}/reactions/bookmark`, { auth: ctx.mentor.token }), 200);
      const res = await ctx.s.request<Schemas['BookmarkList']>('GET', '/v1/me/bookmarks', { auth: ctx.mentor.token, query: { limit: 100 } });
      assert.ok(expectStatus(res, 200).data.some((b) => b.post.id === post.id));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/me/bookmarks', { auth: ctx.mentor.token, query: { cursor: 'not-a-cursor' } });
      expectProblem(res, 400, 'invalid_cursor');
    },
  },
  listMyPostLinkTargets: {
    async success(ctx) {
      const goal = await goalId(ctx);
      const res = await ctx.s.request<Schemas['PostLinkTargets']>('GET', '/v1/me/post-link-targets', { auth: ctx.mentor.token });
      assert.ok(expectStatus(res, 200).rooms.some((room) => room.goals.some((g) => g.goalId === goal)));
    },
    async failure(ctx) {
      // A publishable key is no person: it has nothing to link.
      expectProblem(await ctx.s.request('GET', '/v1/me/post-link-targets', { auth: demo.keys.demoPublishable }), 403, 'publishable_key_read_only');
    },
  },

  deletePost: {
    async success(ctx) {
      const thread = await ownThread(ctx);
      const doomed = expectStatus(
        await ctx.s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: ctx.mentee.token, body: { kind: 'question', body: 'Soon gone?' } }),
        201,
      );
      const res = await ctx.s.request('DELETE', `/v1/posts/${doomed.id}`, { auth: ctx.mentee.token });
      expectStatus(res, 204);
      assert.equal(res.text, '');
      expectProblem(await ctx.s.request('GET', `/v1/posts/${doomed.id}`), 404, 'not_found');
    },
    async failure(ctx) {
      // demo-mentor sees the post but does not own its thread.
      const res = await ctx.s.request('DELETE', `/v1/posts/${(await ownPost(ctx)).id}`, { auth: ctx.mentor.token });
      expectProblem(res, 403, 'forbidden');
    },
  },

  // -------- events
  streamEvents: {
    async success(ctx) {
      const json = { Accept: 'application/json' };
      const start = expectStatus(await ctx.s.request<Schemas['EventPage']>('GET', '/v1/events', { auth: ctx.mentee.token, headers: json }), 200);
      const post = expectStatus(
        await ctx.s.request<Post>('POST', `/v1/threads/${(await ownThread(ctx)).id}/posts`, {
          auth: ctx.mentee.token,
          body: { kind: 'breakthrough', body: 'It clicked.' },
        }),
        201,
      );
      const page = expectStatus(
        await ctx.s.request<Schemas['EventPage']>('GET', '/v1/events', { auth: ctx.mentee.token, headers: json, query: { after: start.lastEventId } }),
        200,
      );
      assert.deepEqual(
        page.data.map((e) => [e.type, (e.data as { id: string }).id]),
        [['thread.post.created', post.id]],
      );
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/events', { auth: ctx.mentee.token, headers: { Accept: 'application/json', 'Last-Event-ID': 'not-an-id' } });
      expectProblem(res, 400, 'invalid_parameter');
    },
  },

  // -------- rooms
  createRoom: {
    async success(ctx) {
      const { room, mentee } = await requestRoom(ctx, 'create');
      assert.equal(room.status, 'requested');
      assert.equal(room.viewerRole, 'mentee');
      assert.equal(room.mentor.id, demoMentorId);
      assert.equal(room.mentee.id, mentee.userId);
      ctx.state.lifecycle = { room, mentee };
    },
    async failure(ctx) {
      // demo-mentor is men_demomentor: a room needs two people.
      const res = await ctx.s.request('POST', '/v1/rooms', {
        auth: ctx.mentor.token,
        body: { mentorId: demoMentorId, goal: 'Mentor myself, somehow, for a while.', cadence: 'weekly', termWeeks: 8 },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/mentorId');
    },
  },

  listRooms: {
    async success(ctx) {
      const requested = ctx.state.lifecycle?.room ?? (await requestRoom(ctx, 'list')).room;
      const res = await ctx.s.request<Schemas['RoomList']>('GET', '/v1/rooms', {
        auth: ctx.mentor.token,
        query: { role: 'mentor', status: ['requested'], limit: 100 },
      });
      const list = expectStatus(res, 200);
      assert.ok(list.data.some((r) => r.id === requested.id));
      assert.ok(list.data.every((r) => r.status === 'requested' && r.viewerRole === 'mentor'));
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/rooms', { auth: ctx.mentor.token, query: { cursor: 'garbage' } }), 400, 'invalid_cursor');
    },
  },

  retrieveRoom: {
    async success(ctx) {
      const { room } = await mainRoom(ctx);
      const view = expectStatus(await ctx.s.request<Room>('GET', `/v1/rooms/${room.id}`, { auth: ctx.mentor.token }), 200);
      assert.equal(view.viewerRole, 'mentor');
      assert.equal(view.status, 'active');
    },
    async failure(ctx) {
      // Not a participant: the room does not exist for them.
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/rooms/${room.id}`, { auth: ctx.mentee.token }), 404, 'not_found');
    },
  },

  acceptRoom: {
    async success(ctx) {
      const pair = ctx.state.lifecycle?.room.status === 'requested' ? ctx.state.lifecycle : await requestRoom(ctx, 'accept');
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${pair.room.id}/accept`, { auth: ctx.mentor.token });
      const room = expectStatus(res, 200);
      assert.equal(room.status, 'active');
      assert.equal(room.startedAt, ctx.clock.toISOString());
      ctx.state.lifecycle = { room, mentee: pair.mentee };
    },
    async failure(ctx) {
      // Only the mentor accepts; the mentee of a fresh request cannot.
      const { room, mentee } = await requestRoom(ctx, 'accept-by-mentee');
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/accept`, { auth: mentee.token }), 403, 'forbidden');
      expectStatus(await ctx.s.request('POST', `/v1/rooms/${room.id}/withdraw`, { auth: mentee.token }), 200);
    },
  },

  declineRoom: {
    async success(ctx) {
      const room = await declinedRoom(ctx);
      assert.equal(room.status, 'declined');
      assert.ok(room.closedAt);
    },
    async failure(ctx) {
      // An active room is past answering.
      const { room } = await mainRoom(ctx);
      const problem = expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/decline`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
      assert.match(problem.detail ?? '', /status active/);
    },
  },

  withdrawRoom: {
    async success(ctx) {
      const { room, mentee } = await requestRoom(ctx, 'withdraw');
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/withdraw`, { auth: mentee.token, body: { reason: 'Found a mentor at work.' } });
      const withdrawn = expectStatus(res, 200);
      assert.equal(withdrawn.status, 'withdrawn');
      assert.equal(withdrawn.statusReason, 'Found a mentor at work.');
    },
    async failure(ctx) {
      // A request is the mentee's to withdraw, not the mentor's.
      const { room, mentee } = await requestRoom(ctx, 'withdraw-by-mentor');
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/withdraw`, { auth: ctx.mentor.token }), 403, 'forbidden');
      expectStatus(await ctx.s.request('POST', `/v1/rooms/${room.id}/withdraw`, { auth: mentee.token }), 200);
    },
  },

  pauseRoom: {
    async success(ctx) {
      const pair = ctx.state.lifecycle?.room.status === 'active' ? ctx.state.lifecycle : await activeRoom(ctx, 'pause');
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${pair.room.id}/pause`, { auth: pair.mentee.token, body: { reason: 'Busy quarter' } });
      const room = expectStatus(res, 200);
      assert.equal(room.status, 'paused');
      ctx.state.lifecycle = { room, mentee: pair.mentee };
    },
    async failure(ctx) {
      const room = await declinedRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/pause`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  resumeRoom: {
    async success(ctx) {
      let pair = ctx.state.lifecycle;
      if (pair?.room.status !== 'paused') {
        pair = await activeRoom(ctx, 'resume');
        expectStatus(await ctx.s.request('POST', `/v1/rooms/${pair.room.id}/pause`, { auth: pair.mentee.token }), 200);
      }
      const room = expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${pair.room.id}/resume`, { auth: ctx.mentor.token }), 200);
      assert.equal(room.status, 'active');
      ctx.state.lifecycle = { room, mentee: pair.mentee };
    },
    async failure(ctx) {
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/resume`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  completeRoom: {
    async success(ctx) {
      const pair = ctx.state.lifecycle?.room.status === 'active' ? ctx.state.lifecycle : await activeRoom(ctx, 'complete');
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${pair.room.id}/complete`, { auth: pair.mentee.token });
      const room = expectStatus(res, 200);
      assert.equal(room.status, 'completed');
      assert.equal(room.closedAt, ctx.clock.toISOString());
      ctx.state.lifecycle = { room, mentee: pair.mentee };
    },
    async failure(ctx) {
      const room = await declinedRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/complete`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  closeRoom: {
    async success(ctx) {
      const { room } = await activeRoom(ctx, 'close');
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/close`, { auth: ctx.mentor.token, body: { reason: 'We agreed to stop early.' } });
      const closed = expectStatus(res, 200);
      assert.equal(closed.status, 'closed_early');
      assert.equal(closed.statusReason, 'We agreed to stop early.');
    },
    async failure(ctx) {
      // Closing early needs a reason.
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/close`, { auth: ctx.mentor.token, body: {} }), 422, 'validation_failed');
    },
  },

  // -------- the agreement
  proposeRoomAgreement: {
    async success(ctx) {
      const { room } = await mainRoom(ctx);
      const res = await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/agreement`, {
        auth: ctx.mentor.token,
        body: { agreement: '- We meet every other week.' },
      });
      const proposed = expectStatus(res, 200);
      assert.equal(proposed.agreement, '- We meet every other week.');
      assert.deepEqual(proposed.agreementSignedAt, { mentor: ctx.clock.toISOString(), mentee: null });
    },
    async failure(ctx) {
      // A room that ended keeps the agreement it had.
      const room = await declinedRoom(ctx);
      const res = await ctx.s.request('POST', `/v1/rooms/${room.id}/agreement`, { auth: ctx.mentor.token, body: { agreement: 'Too late.' } });
      expectProblem(res, 409, 'conflict');
    },
  },

  acceptRoomAgreement: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const accepted = expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/agreement/accept`, { auth: mentee.token }), 200);
      assert.equal(accepted.agreementSignedAt.mentee, ctx.clock.toISOString());
      assert.ok(accepted.agreementSignedAt.mentor);
    },
    async failure(ctx) {
      // The proposer signed already: only the other side accepts.
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/agreement/accept`, { auth: ctx.mentor.token }), 409, 'conflict');
    },
  },

  // -------- reviews
  reviewRoom: {
    async success(ctx) {
      const { room, mentee } = await activeRoom(ctx, 'reviewed');
      expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/complete`, { auth: mentee.token }), 200);
      const res = await ctx.s.request<Schemas['RoomReview']>('POST', `/v1/rooms/${room.id}/reviews`, {
        auth: mentee.token,
        body: { rating: 5, body: 'Asked the questions that made me find my own answers.', goalOutcomes: [], selfEfficacy: 4 },
      });
      const review = expectStatus(res, 201);
      assert.equal(review.authorRole, 'mentee');
      assert.equal(review.selfEfficacy, 4);
      ctx.state.reviewed = { room, mentee };
    },
    async failure(ctx) {
      // A room still running is not reviewed yet.
      const { room, mentee } = await mainRoom(ctx);
      const body = { rating: 4, body: 'Too early to say.', goalOutcomes: [], selfEfficacy: 3 };
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/reviews`, { auth: mentee.token, body }), 409, 'conflict');
    },
  },

  listRoomReviews: {
    async success(ctx) {
      const pair = ctx.state.reviewed ?? (await activeRoom(ctx, 'listed reviews'));
      const res = await ctx.s.request<Schemas['RoomReviewList']>('GET', `/v1/rooms/${pair.room.id}/reviews`, { auth: ctx.mentor.token });
      const list = expectStatus(res, 200);
      assert.deepEqual(
        list.data.map((r) => r.authorRole),
        ctx.state.reviewed ? ['mentee'] : [],
      );
    },
    async failure(ctx) {
      // Someone outside the room does not learn it exists.
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/rooms/${room.id}/reviews`, { auth: ctx.acme.token }), 404, 'not_found');
    },
  },

  // -------- goals
  createRoomGoal: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Schemas['Goal']>('POST', `/v1/rooms/${room.id}/goals`, {
        auth: mentee.token,
        body: { title: 'Delegate code reviews', successCriteria: 'Below 30% of reviews are mine', targetDate: '2030-06-30', progress: 20 },
      });
      const goal = expectStatus(res, 201);
      assert.equal(goal.roomId, room.id);
      assert.equal(goal.status, 'open');
      ctx.state.goalId = goal.id;
    },
    async failure(ctx) {
      // Goals are written only while the room runs.
      const room = await declinedRoom(ctx);
      expectProblem(
        await ctx.s.request('POST', `/v1/rooms/${room.id}/goals`, { auth: ctx.mentor.token, body: { title: 'Too late for this' } }),
        409,
        'conflict',
      );
    },
  },

  listRoomGoals: {
    async success(ctx) {
      const id = await goalId(ctx);
      const { room } = await mainRoom(ctx);
      const list = expectStatus(await ctx.s.request<Schemas['GoalList']>('GET', `/v1/rooms/${room.id}/goals`, { auth: ctx.mentor.token }), 200);
      assert.ok(list.data.some((g) => g.id === id));
    },
    async failure(ctx) {
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/rooms/${room.id}/goals`, { auth: ctx.acme.token }), 404, 'not_found');
    },
  },

  updateRoomGoal: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Schemas['Goal']>('PATCH', `/v1/rooms/${room.id}/goals/${await goalId(ctx)}`, {
        auth: mentee.token,
        body: { status: 'achieved' },
      });
      const goal = expectStatus(res, 200);
      assert.equal(goal.status, 'achieved');
      assert.equal(goal.progress, 100);
    },
    async failure(ctx) {
      // An achieved goal is 100% done.
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request('PATCH', `/v1/rooms/${room.id}/goals/${await goalId(ctx)}`, {
        auth: mentee.token,
        body: { status: 'achieved', progress: 50 },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/progress');
    },
  },

  deleteRoomGoal: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const goal = expectStatus(
        await ctx.s.request<Schemas['Goal']>('POST', `/v1/rooms/${room.id}/goals`, { auth: mentee.token, body: { title: 'A goal to delete' } }),
        201,
      );
      expectStatus(await ctx.s.request('DELETE', `/v1/rooms/${room.id}/goals/${goal.id}`, { auth: mentee.token }), 204);
      const list = expectStatus(await ctx.s.request<Schemas['GoalList']>('GET', `/v1/rooms/${room.id}/goals`, { auth: mentee.token }), 200);
      assert.ok(!list.data.some((g) => g.id === goal.id));
    },
    async failure(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('DELETE', `/v1/rooms/${room.id}/goals/goal_doesnotexist000`, { auth: mentee.token }), 404, 'not_found');
    },
  },

  // -------- messages
  sendRoomMessage: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Schemas['Message']>('POST', `/v1/rooms/${room.id}/messages`, {
        auth: mentee.token,
        body: { body: 'Here is my **draft** plan.' },
      });
      const message = expectStatus(res, 201);
      assert.equal(message.author.id, mentee.userId);
      assert.equal(message.roomId, room.id);
      ctx.state.messageId = message.id;
    },
    async failure(ctx) {
      const room = await declinedRoom(ctx);
      const problem = expectProblem(
        await ctx.s.request('POST', `/v1/rooms/${room.id}/messages`, { auth: ctx.mentor.token, body: { body: 'Still there?' } }),
        409,
        'conflict',
      );
      assert.match(problem.detail ?? '', /declined/);
    },
  },

  listRoomMessages: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const sent = expectStatus(
        await ctx.s.request<Schemas['Message']>('POST', `/v1/rooms/${room.id}/messages`, { auth: mentee.token, body: { body: 'And one more thing.' } }),
        201,
      );
      const list = expectStatus(
        await ctx.s.request<Schemas['MessageList']>('GET', `/v1/rooms/${room.id}/messages`, { auth: ctx.mentor.token, query: { limit: 5 } }),
        200,
      );
      assert.equal(list.data[0]?.id, sent.id, 'newest first');
      ctx.state.messageId = sent.id;
    },
    async failure(ctx) {
      // A room's conversation is for its two people, not for a key.
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/rooms/${room.id}/messages`, { auth: demo.keys.demoPublishable }), 403, 'publishable_key_read_only');
    },
  },

  markRoomRead: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const messageId =
        ctx.state.messageId ??
        expectStatus(await ctx.s.request<Schemas['Message']>('POST', `/v1/rooms/${room.id}/messages`, { auth: mentee.token, body: { body: 'Read me.' } }), 201)
          .id;
      const before = expectStatus(await ctx.s.request<Room>('GET', `/v1/rooms/${room.id}`, { auth: ctx.mentor.token }), 200);
      assert.ok(before.unreadCount > 0);
      const read = expectStatus(await ctx.s.request<Room>('POST', `/v1/rooms/${room.id}/read`, { auth: ctx.mentor.token, body: { messageId } }), 200);
      assert.equal(read.unreadCount, 0);
    },
    async failure(ctx) {
      // A message of another room (demo-mentee's seeded room with the same mentor).
      const { room } = await mainRoom(ctx);
      const seeded = expectStatus(await ctx.s.request<Schemas['RoomList']>('GET', '/v1/rooms', { auth: ctx.mentee.token, query: { status: ['active'] } }), 200)
        .data[0]!;
      const foreign = expectStatus(
        await ctx.s.request<Schemas['MessageList']>('GET', `/v1/rooms/${seeded.id}/messages`, { auth: ctx.mentee.token, query: { limit: 1 } }),
        200,
      ).data[0]!;
      const res = await ctx.s.request('POST', `/v1/rooms/${room.id}/read`, { auth: ctx.mentor.token, body: { messageId: foreign.id } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/messageId');
    },
  },

  // -------- sessions
  bookRoomSession: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const [startsAt] = await freeSlots(ctx);
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions`, {
        auth: mentee.token,
        body: { startsAt, agenda: 'Planning the quarter' },
      });
      const session = expectStatus(res, 201);
      assert.equal(session.status, 'pending', "a mentee's booking waits for the mentor");
      assert.equal(session.startsAt, startsAt);
      ctx.state.session = session;
    },
    async failure(ctx) {
      // The hour just booked is taken.
      const { room } = await mainRoom(ctx);
      const session = await mainSession(ctx);
      const res = await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions`, { auth: ctx.mentor.token, body: { startsAt: session.startsAt } });
      expectProblem(res, 409, 'slot_unavailable');
    },
  },

  listRoomSessions: {
    async success(ctx) {
      const session = await mainSession(ctx);
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Schemas['SessionList']>('GET', `/v1/rooms/${room.id}/sessions`, {
        auth: mentee.token,
        query: { status: [session.status] },
      });
      const list = expectStatus(res, 200);
      assert.ok(list.data.some((x) => x.id === session.id));
      assert.ok(list.data.every((x) => x.status === session.status));
    },
    async failure(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request('GET', `/v1/rooms/${room.id}/sessions`, {
        auth: mentee.token,
        query: { from: new Date(ctx.clock.getTime() + 2 * day).toISOString(), to: ctx.clock.toISOString() },
      });
      expectProblem(res, 400, 'invalid_parameter');
    },
  },

  acceptRoomSession: {
    async success(ctx) {
      let session = await mainSession(ctx);
      if (session.status !== 'pending') session = ctx.state.session = await book(ctx, 'mentee');
      const { room } = await mainRoom(ctx);
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${session.id}/accept`, { auth: ctx.mentor.token });
      ctx.state.session = expectStatus(res, 200);
      assert.equal(ctx.state.session.status, 'accepted');
    },
    async failure(ctx) {
      // Accepted already.
      const session = await acceptedSession(ctx);
      const { room } = await mainRoom(ctx);
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${session.id}/accept`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  updateRoomSession: {
    async success(ctx) {
      const session = await mainSession(ctx);
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Session>('PATCH', `/v1/rooms/${room.id}/sessions/${session.id}`, {
        auth: mentee.token,
        body: { agenda: 'Planning, then hiring' },
      });
      ctx.state.session = expectStatus(res, 200);
      assert.equal(ctx.state.session.agenda, 'Planning, then hiring');
    },
    async failure(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request('PATCH', `/v1/rooms/${room.id}/sessions/ses_doesnotexist000`, { auth: mentee.token, body: { agenda: 'x' } });
      expectProblem(res, 404, 'not_found');
    },
  },

  rescheduleRoomSession: {
    async success(ctx) {
      const session = await mainSession(ctx);
      const { room } = await mainRoom(ctx);
      const target = (await freeSlots(ctx)).find((at) => at !== session.startsAt)!;
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${session.id}/reschedule`, {
        auth: ctx.mentor.token,
        body: { startsAt: target },
      });
      ctx.state.session = expectStatus(res, 200);
      assert.equal(ctx.state.session.startsAt, target);
      assert.equal(ctx.state.session.status, 'accepted', 'the mentor moving it confirms it');
    },
    async failure(ctx) {
      // Yesterday is no slot.
      const session = await mainSession(ctx);
      const { room, mentee } = await mainRoom(ctx);
      const yesterday = new Date(Math.floor(ctx.clock.getTime() / hour) * hour - day).toISOString();
      const res = await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${session.id}/reschedule`, { auth: mentee.token, body: { startsAt: yesterday } });
      expectProblem(res, 409, 'slot_unavailable');
    },
  },

  cancelRoomSession: {
    async success(ctx) {
      const { room, mentee } = await mainRoom(ctx);
      const extra = await book(ctx, 'mentor');
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${extra.id}/cancel`, {
        auth: mentee.token,
        body: { reason: 'Travelling that week.' },
      });
      const cancelled = expectStatus(res, 200);
      ctx.state.cancelled = cancelled;
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.cancelReason, 'Travelling that week.');
    },
    async failure(ctx) {
      // Cancelled already.
      const { room, mentee } = await mainRoom(ctx);
      let target = ctx.state.cancelled;
      if (!target) {
        target = await book(ctx, 'mentor');
        expectStatus(await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${target.id}/cancel`, { auth: mentee.token }), 200);
      }
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${target.id}/cancel`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  // -------- intro calls
  bookIntroCall: {
    async success(ctx) {
      const { call } = await introCall(ctx);
      assert.equal(call.status, 'booked');
      assert.equal(call.durationMinutes, 20);
      assert.equal(call.viewerRole, 'mentee');
    },
    async failure(ctx) {
      // One open intro call per pair.
      const { visitor } = await introCall(ctx);
      const [, startsAt] = await freeSlots(ctx);
      const res = await ctx.s.request('POST', `/v1/mentors/${demoMentorId}/intro-calls`, { auth: visitor.token, body: { startsAt } });
      expectProblem(res, 409, 'conflict');
    },
  },

  listIntroCalls: {
    async success(ctx) {
      const { call } = await introCall(ctx);
      const list = expectStatus(await ctx.s.request<Schemas['IntroCallList']>('GET', '/v1/intro-calls', { auth: ctx.mentor.token }), 200);
      assert.deepEqual(
        list.data.filter((c) => c.id === call.id).map((c) => c.viewerRole),
        ['mentor'],
      );
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/intro-calls', { auth: ctx.mentor.token, query: { status: 'held' } });
      expectProblem(res, 400, 'invalid_parameter');
    },
  },

  retrieveIntroCall: {
    async success(ctx) {
      const { call, visitor } = await introCall(ctx);
      const got = expectStatus(await ctx.s.request<Schemas['IntroCall']>('GET', `/v1/intro-calls/${call.id}`, { auth: visitor.token }), 200);
      assert.equal(got.id, call.id);
    },
    async failure(ctx) {
      // Someone else's intro call does not exist for a third person.
      const { call } = await introCall(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/intro-calls/${call.id}`, { auth: ctx.acme.token }), 404, 'not_found');
    },
  },

  updateIntroCall: {
    async success(ctx) {
      const { call } = await introCall(ctx);
      const res = await ctx.s.request<Schemas['IntroCall']>('PATCH', `/v1/intro-calls/${call.id}`, {
        auth: ctx.mentor.token,
        body: { meetingUrl: 'https://meet.example/every-op-intro' },
      });
      const updated = expectStatus(res, 200);
      assert.equal(updated.meetingUrl, 'https://meet.example/every-op-intro');
      assert.equal(updated.viewerRole, 'mentor');
      ctx.state.introCall = { ...(await introCall(ctx)), call: updated };
    },
    async failure(ctx) {
      // A link that is not http(s).
      const { call, visitor } = await introCall(ctx);
      const res = await ctx.s.request('PATCH', `/v1/intro-calls/${call.id}`, { auth: visitor.token, body: { meetingUrl: 'javascript:alert(1)' } });
      const problem = expectProblem(res, 422, 'validation_failed');
      assert.equal(problem.errors?.[0]?.pointer, '/meetingUrl');
    },
  },

  cancelIntroCall: {
    async success(ctx) {
      const { call } = await introCall(ctx);
      const res = await ctx.s.request<Schemas['IntroCall']>('POST', `/v1/intro-calls/${call.id}/cancel`, {
        auth: ctx.mentor.token,
        body: { reason: 'Travelling that day.' },
      });
      const cancelled = expectStatus(res, 200);
      assert.equal(cancelled.status, 'cancelled');
      ctx.state.introCall = { ...(await introCall(ctx)), call: cancelled };
    },
    async failure(ctx) {
      // Cancelled already.
      const { call, visitor } = await introCall(ctx);
      if (call.status !== 'cancelled') expectStatus(await ctx.s.request('POST', `/v1/intro-calls/${call.id}/cancel`, { auth: visitor.token }), 200);
      expectProblem(await ctx.s.request('POST', `/v1/intro-calls/${call.id}/cancel`, { auth: visitor.token }), 409, 'invalid_transition');
    },
  },

  // Last: these move the clock past the sessions' start.
  completeRoomSession: {
    async success(ctx) {
      const session = await acceptedSession(ctx);
      await advanceTo(ctx, new Date(Date.parse(session.startsAt) + 70 * 60_000));
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${session.id}/complete`, {
        auth: mentee.token,
        body: { notes: '- Agreed next steps' },
      });
      ctx.state.session = expectStatus(res, 200);
      assert.equal(ctx.state.session.status, 'completed');
      assert.equal(ctx.state.session.notes, '- Agreed next steps');
    },
    async failure(ctx) {
      // A session that has not started cannot be completed yet.
      const upcoming = await book(ctx, 'mentor');
      ctx.state.unstarted = upcoming;
      const { room } = await mainRoom(ctx);
      const problem = expectProblem(
        await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${upcoming.id}/complete`, { auth: ctx.mentor.token }),
        409,
        'conflict',
      );
      assert.match(problem.detail ?? '', /not started/);
    },
  },

  answerRoomSessionHelpFit: {
    async success(ctx) {
      // Runs after completeRoomSession: the main room's session is completed.
      const session = ctx.state.session!;
      assert.equal(session.status, 'completed');
      const { room, mentee } = await mainRoom(ctx);
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${session.id}/help-fit`, { auth: mentee.token, body: { answer: 'yes' } });
      assert.deepEqual(expectStatus(res, 200).helpFit, { mentee: 'yes', mentor: null });
    },
    async failure(ctx) {
      // Asked only once the session happened.
      const upcoming = ctx.state.unstarted ?? (await book(ctx, 'mentor'));
      const { room } = await mainRoom(ctx);
      const res = await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${upcoming.id}/help-fit`, { auth: ctx.mentor.token, body: { answer: 'no' } });
      expectProblem(res, 409, 'conflict');
    },
  },

  markRoomSessionNoShow: {
    async success(ctx) {
      const session = ctx.state.unstarted ?? (await book(ctx, 'mentor'));
      await advanceTo(ctx, new Date(Date.parse(session.startsAt) + 20 * 60_000));
      const { room } = await mainRoom(ctx);
      const res = await ctx.s.request<Session>('POST', `/v1/rooms/${room.id}/sessions/${session.id}/no-show`, { auth: ctx.mentor.token });
      assert.equal(expectStatus(res, 200).status, 'no_show');
    },
    async failure(ctx) {
      // A pending session never took place: it cannot have been missed.
      const pending = await book(ctx, 'mentee');
      const { room } = await mainRoom(ctx);
      await advanceTo(ctx, new Date(Date.parse(pending.startsAt) + 20 * 60_000));
      expectProblem(await ctx.s.request('POST', `/v1/rooms/${room.id}/sessions/${pending.id}/no-show`, { auth: ctx.mentor.token }), 409, 'invalid_transition');
    },
  },

  // -------- hosted sign-in (OAuth): pages and RFC 6749 answers, checked against the contract by hand (no redirects followed)
  showOAuthAuthorization: {
    async success(ctx) {
      const page = await oauthRequest(ctx, 'GET', authorizeQuery(ctx.s, pkcePair().challenge));
      assert.equal(page.status, 200);
      assert.match(page.text, /<h1>Sign in to Demo Company<\/h1>/);
    },
    async failure(ctx) {
      const page = await oauthRequest(ctx, 'GET', authorizeQuery(ctx.s, pkcePair().challenge, { redirect_uri: 'https://evil.example/cb', origin: undefined }));
      assert.equal(page.status, 400);
      assert.equal(page.headers.get('Location'), null);
    },
  },
  consentOAuthAuthorization: {
    async success(ctx) {
      const page = await raw(ctx.s, 'GET', authorizeQuery(ctx.s, pkcePair().challenge));
      const answer = await oauthRequest(ctx, 'POST', '/oauth/authorize', {
        form: { request: requestIdOf(page.text), decision: 'allow', user_id: ctx.mentee.userId },
      });
      assert.match(locationOf(answer).searchParams.get('code') ?? '', /^oac_/);
    },
    async failure(ctx) {
      const answer = await oauthRequest(ctx, 'POST', '/oauth/authorize', { form: { request: 'oar_unknown', decision: 'allow' } });
      assert.equal(answer.status, 400);
    },
  },
  showOAuthPopupCallback: {
    async success(ctx) {
      const flow = await authorize(ctx.s, { userId: ctx.mentee.userId });
      const page = await oauthRequest(ctx, 'GET', `${flow.redirect.pathname}${flow.redirect.search}`);
      assert.equal(page.status, 200);
      assert.match(page.text, /postMessage/);
    },
    async failure(ctx) {
      assert.equal((await oauthRequest(ctx, 'GET', '/oauth/popup-callback?code=oac_forged&state=x')).status, 400);
    },
  },
  exchangeOAuthToken: {
    async success(ctx) {
      const flow = await authorize(ctx.s, { userId: ctx.mentee.userId });
      const answer = await oauthRequest(ctx, 'POST', '/oauth/token', { form: exchangeForm(flow) });
      assert.equal(answer.status, 200);
      assert.match(JSON.parse(answer.text).access_token, /^ut_/);
    },
    async failure(ctx) {
      const flow = await authorize(ctx.s, { userId: ctx.mentee.userId });
      const answer = await oauthRequest(ctx, 'POST', '/oauth/token', { form: { ...exchangeForm(flow), code_verifier: pkcePair().verifier } });
      assert.deepEqual([answer.status, JSON.parse(answer.text).error], [400, 'invalid_grant']);
    },
  },
  revokeOAuthToken: {
    async success(ctx) {
      const flow = await authorize(ctx.s, { userId: ctx.mentee.userId });
      const tokens = JSON.parse((await raw(ctx.s, 'POST', '/oauth/token', { form: exchangeForm(flow) })).text) as { refresh_token: string };
      const answer = await oauthRequest(ctx, 'POST', '/oauth/revoke', { form: { token: tokens.refresh_token, client_id: demo.keys.demoPublishable } });
      assert.equal(answer.status, 200);
    },
    async failure(ctx) {
      const answer = await oauthRequest(ctx, 'POST', '/oauth/revoke', { form: { token: 'ort_x', client_id: 'pk_test_nobody' } });
      assert.deepEqual([answer.status, JSON.parse(answer.text).error], [401, 'invalid_client']);
    },
  },

  // -------- the organization's admin API (secret key): members and internal mentors
  listMembers: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['MemberList']>('GET', '/v1/org/members', {
        auth: demo.keys.acmeSecret,
        query: { externalUserId: 'acme-employee' },
      });
      assert.deepEqual(
        expectStatus(res, 200).data.map((m) => m.id),
        [ctx.acme.userId],
      );
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/org/members', { auth: demo.keys.acmePublishable }), 403, 'publishable_key_read_only');
    },
  },
  createMember: {
    async success(ctx) {
      const member = await adminMember(ctx);
      assert.equal(member.active, true);
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/org/members', {
        auth: demo.keys.acmeSecret,
        body: { externalUserId: 'acme-employee', displayName: 'Twin' },
      });
      expectProblem(res, 409, 'conflict');
    },
  },
  retrieveMember: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['Member']>('GET', `/v1/org/members/${ctx.acme.userId}`, { auth: demo.keys.acmeSecret });
      assert.equal(expectStatus(res, 200).externalUserId, 'acme-employee');
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', `/v1/org/members/${ctx.acme.userId}`, { auth: demo.keys.demoSecret }), 404, 'not_found');
    },
  },
  updateMember: {
    async success(ctx) {
      const member = await adminMember(ctx);
      const res = await ctx.s.request<Schemas['Member']>('PATCH', `/v1/org/members/${member.id}`, {
        auth: demo.keys.acmeSecret,
        body: { department: 'Finance' },
      });
      assert.equal(expectStatus(res, 200).department, 'Finance');
    },
    async failure(ctx) {
      const member = await adminMember(ctx);
      const res = await ctx.s.request('PATCH', `/v1/org/members/${member.id}`, { auth: demo.keys.acmeSecret, body: { emails: [{ value: 'nope' }] } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/emails/0/value');
    },
  },
  bulkUpsertMembers: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['BulkUpsertMembersResult']>('POST', '/v1/org/members/bulk', {
        auth: demo.keys.acmeSecret,
        body: {
          members: [
            { externalUserId: 'every-op-bulk', displayName: 'Bulk Person' },
            { externalUserId: 'every-op-bulk-bad', emails: [{ value: 'x' }] },
          ],
        },
      });
      assert.deepEqual(
        expectStatus(res, 200).results.map((r) => r.status),
        ['created', 'failed'],
      );
    },
    async failure(ctx) {
      const members = Array.from({ length: 1001 }, (_, i) => ({ externalUserId: `every-op-${i}` }));
      expectProblem(await ctx.s.request('POST', '/v1/org/members/bulk', { auth: demo.keys.acmeSecret, body: { members } }), 413, 'payload_too_large');
    },
  },
  listOrgMentors: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['OrgMentorList']>('GET', '/v1/org/mentors', { auth: demo.keys.acmeSecret, query: { limit: 5 } });
      assert.ok(expectStatus(res, 200).data.length > 0, "org_acme's seeded internal mentors");
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/org/mentors', { auth: ctx.acme.token }), 403, 'secret_key_required');
    },
  },
  createOrgMentor: {
    async success(ctx) {
      const mentor = await adminMentor(ctx);
      assert.equal(mentor.visibility, 'internal');
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/org/mentors', {
        auth: demo.keys.acmeSecret,
        body: { userId: ctx.acme.userId, headline: 'Never', timeZone: 'Mars/Olympus_Mons' },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/timeZone');
    },
  },
  retrieveOrgMentor: {
    async success(ctx) {
      const mentor = await adminMentor(ctx);
      const res = await ctx.s.request<Schemas['OrgMentor']>('GET', `/v1/org/mentors/${mentor.id}`, { auth: demo.keys.acmeSecret });
      assert.equal(expectStatus(res, 200).userId, mentor.userId);
    },
    async failure(ctx) {
      const mentor = await adminMentor(ctx);
      expectProblem(await ctx.s.request('GET', `/v1/org/mentors/${mentor.id}`, { auth: demo.keys.demoSecret }), 404, 'not_found');
    },
  },
  updateOrgMentor: {
    async success(ctx) {
      const mentor = await adminMentor(ctx);
      const res = await ctx.s.request<Schemas['OrgMentor']>('PATCH', `/v1/org/mentors/${mentor.id}`, {
        auth: demo.keys.acmeSecret,
        body: { capacity: { max: 4 } },
      });
      assert.equal(expectStatus(res, 200).capacity.max, 4);
    },
    async failure(ctx) {
      const mentor = await adminMentor(ctx);
      const res = await ctx.s.request('PATCH', `/v1/org/mentors/${mentor.id}`, {
        auth: demo.keys.acmeSecret,
        body: { availability: [{ day: 1, start: '10:00', end: '09:00' }] },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/availability/0/end');
    },
  },

  // -------- the organization's own roadmaps (secret key)
  listOrgRoadmaps: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request<Schemas['OrgRoadmapList']>('GET', '/v1/org/roadmaps', { auth: demo.keys.acmeSecret, query: { limit: 100 } });
      assert.ok(expectStatus(res, 200).data.some((r) => r.id === roadmap.id));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/org/roadmaps', { auth: ctx.acme.token });
      expectProblem(res, 403, 'secret_key_required');
    },
  },
  createOrgRoadmap: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      assert.match(roadmap.steps[0]!.id, /^stp_/);
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/org/roadmaps', {
        auth: demo.keys.acmeSecret,
        body: { title: 'No level', summary: 'Missing its level.', level: 'expert' },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/level');
    },
  },
  retrieveOrgRoadmap: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request<Schemas['OrgRoadmap']>('GET', `/v1/org/roadmaps/${roadmap.id}`, { auth: demo.keys.acmeSecret });
      assert.equal(expectStatus(res, 200).id, roadmap.id);
    },
    async failure(ctx) {
      // Another organization's roadmap is not found.
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request('GET', `/v1/org/roadmaps/${roadmap.id}`, { auth: demo.keys.demoSecret });
      expectProblem(res, 404, 'not_found');
    },
  },
  updateOrgRoadmap: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request<Schemas['OrgRoadmap']>('PATCH', `/v1/org/roadmaps/${roadmap.id}`, {
        auth: demo.keys.acmeSecret,
        body: { summary: 'What every new engineer does in their first month.' },
      });
      assert.equal(expectStatus(res, 200).hasUnpublishedChanges, true);
    },
    async failure(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request('PATCH', `/v1/org/roadmaps/${roadmap.id}`, {
        auth: demo.keys.acmeSecret,
        body: { steps: [{ id: 'stp_notonthisroadmap', title: 'Borrowed' }] },
      });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/steps/0/id');
    },
  },
  publishOrgRoadmap: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request<Schemas['OrgRoadmap']>('POST', `/v1/org/roadmaps/${roadmap.id}/publish`, { auth: demo.keys.acmeSecret });
      const published = expectStatus(res, 200);
      assert.equal(published.status, 'published');
      assert.ok(published.version >= 1);
    },
    async failure(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request('POST', `/v1/org/roadmaps/${roadmap.id}/publish`, { auth: demo.keys.acmePublishable });
      expectProblem(res, 403, 'publishable_key_read_only');
    },
  },
  unpublishOrgRoadmap: {
    async success(ctx) {
      const roadmap = await adminRoadmap(ctx);
      const res = await ctx.s.request<Schemas['OrgRoadmap']>('POST', `/v1/org/roadmaps/${roadmap.id}/unpublish`, { auth: demo.keys.acmeSecret });
      assert.notEqual(expectStatus(res, 200).status, 'published');
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/org/roadmaps/rdm_nosuchroadmap/unpublish', { auth: demo.keys.acmeSecret });
      expectProblem(res, 404, 'not_found');
    },
  },

  // -------- the organization's webhook endpoints (secret key)
  listWebhookEndpoints: {
    async success(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request<Schemas['WebhookEndpointList']>('GET', '/v1/org/webhook-endpoints', {
        auth: demo.keys.acmeSecret,
        query: { limit: 100 },
      });
      assert.ok(expectStatus(res, 200).data.some((e) => e.id === endpoint.id));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/org/webhook-endpoints', { auth: demo.keys.acmePublishable });
      expectProblem(res, 403, 'publishable_key_read_only');
    },
  },
  createWebhookEndpoint: {
    async success(ctx) {
      assert.match((await adminEndpoint(ctx)).secret, /^whsec_/);
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/org/webhook-endpoints', { auth: demo.keys.acmeSecret, body: { url: 'http://hooks.acme.example/menteo' } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/url');
    },
  },
  retrieveWebhookEndpoint: {
    async success(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request<Schemas['WebhookEndpoint']>('GET', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: demo.keys.acmeSecret });
      assert.equal(expectStatus(res, 200).url, endpoint.url);
    },
    async failure(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request('GET', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: demo.keys.demoSecret });
      expectProblem(res, 404, 'not_found');
    },
  },
  updateWebhookEndpoint: {
    async success(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request<Schemas['WebhookEndpoint']>('PATCH', `/v1/org/webhook-endpoints/${endpoint.id}`, {
        auth: demo.keys.acmeSecret,
        body: { enabledEvents: ['room.updated'] },
      });
      assert.deepEqual(expectStatus(res, 200).enabledEvents, ['room.updated']);
    },
    async failure(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request('PATCH', `/v1/org/webhook-endpoints/${endpoint.id}`, {
        auth: demo.keys.acmeSecret,
        body: { enabledEvents: ['room.exploded'] },
      });
      expectProblem(res, 422, 'validation_failed');
    },
  },
  rotateWebhookEndpointSecret: {
    async success(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request<Schemas['WebhookEndpoint']>('POST', `/v1/org/webhook-endpoints/${endpoint.id}/rotate-secret`, {
        auth: demo.keys.acmeSecret,
      });
      const rotated = expectStatus(res, 200);
      assert.notEqual(rotated.secret, endpoint.secret);
      assert.ok(rotated.previousSecretExpiresAt);
    },
    async failure(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request('POST', `/v1/org/webhook-endpoints/${endpoint.id}/rotate-secret`, { auth: ctx.acme.token });
      expectProblem(res, 403, 'secret_key_required');
    },
  },
  listWebhookDeliveries: {
    async success(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request<Schemas['WebhookDeliveryList']>('GET', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries`, {
        auth: demo.keys.acmeSecret,
      });
      assert.ok(Array.isArray(expectStatus(res, 200).data));
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/org/webhook-endpoints/whe_nosuchendpoint/deliveries', { auth: demo.keys.acmeSecret });
      expectProblem(res, 404, 'not_found');
    },
  },
  redeliverWebhookDelivery: {
    async success(ctx) {
      // A failed delivery of an event of org_acme, recorded for a disabled endpoint (so the deliverer
      // queues nothing of its own there); nothing listens at its port, so the outcome does not matter.
      const created = await ctx.s.request<Schemas['WebhookEndpoint']>('POST', '/v1/org/webhook-endpoints', {
        auth: demo.keys.acmeSecret,
        body: { url: 'http://127.0.0.1:9/every-op-redeliver' },
      });
      const endpoint = expectStatus(created, 201);
      const off = await ctx.s.request('PATCH', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: demo.keys.acmeSecret, body: { enabled: false } });
      expectStatus(off, 200);
      const event = await ctx.s.request<Schemas['Event']>('POST', '/v1/sandbox/events', {
        auth: demo.keys.acmeSecret,
        body: { type: 'room.updated', userIds: [demo.users.acmeEmployee.id] },
      });
      const seq = Number(expectStatus(event, 201).id);
      const deliveryId = 'whd_everyopdelivery';
      ctx.s.db
        .prepare(
          "INSERT OR REPLACE INTO org_webhook_deliveries (id, endpoint_id, event_seq, event_type, status, attempts, created_at) VALUES (?, ?, ?, 'room.updated', 'failed', 1, ?)",
        )
        .run(deliveryId, endpoint.id, seq, ctx.clock.toISOString());
      const res = await ctx.s.request<Schemas['WebhookDelivery']>('POST', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries/${deliveryId}/redeliver`, {
        auth: demo.keys.acmeSecret,
      });
      assert.equal(expectStatus(res, 202).status, 'pending');
    },
    async failure(ctx) {
      const endpoint = await adminEndpoint(ctx);
      const res = await ctx.s.request('POST', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries/whd_nosuchdelivery/redeliver`, {
        auth: demo.keys.acmeSecret,
      });
      expectProblem(res, 404, 'not_found');
    },
  },

  // -------- personal access tokens (the signed-in person's own)
  listPersonalAccessTokens: {
    async success(ctx) {
      const made = await personalToken(ctx);
      const res = await ctx.s.request<Schemas['PersonalAccessTokenList']>('GET', '/v1/me/tokens', { auth: ctx.mentee.token });
      assert.ok(expectStatus(res, 200).data.some((t) => t.id === made.id));
    },
    async failure(ctx) {
      // A token cannot list tokens: no scope covers it.
      const made = await personalToken(ctx);
      const res = await ctx.s.request('GET', '/v1/me/tokens', { auth: made.token });
      expectProblem(res, 403, 'insufficient_scope');
    },
  },
  createPersonalAccessToken: {
    async success(ctx) {
      assert.match((await personalToken(ctx)).token, /^mt_pat_/);
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/me/tokens', { auth: ctx.mentee.token, body: { name: 'no scopes', scopes: [] } });
      assert.equal(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/scopes');
    },
  },
  revokePersonalAccessToken: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['CreatedPersonalAccessToken']>('POST', '/v1/me/tokens', {
        auth: ctx.mentee.token,
        body: { name: 'every-op revoke', scopes: ['profile:read'] },
      });
      const made = expectStatus(res, 201);
      expectStatus(await ctx.s.request('DELETE', `/v1/me/tokens/${made.id}`, { auth: ctx.mentee.token }), 204);
      expectProblem(await ctx.s.request('GET', '/v1/me', { auth: made.token }), 401, 'invalid_credential');
    },
    async failure(ctx) {
      // Another person's token is not found.
      const made = await personalToken(ctx);
      const res = await ctx.s.request('DELETE', `/v1/me/tokens/${made.id}`, { auth: ctx.mentor.token });
      expectProblem(res, 404, 'not_found');
    },
  },

  // -------- program insights (secret key): aggregates of the organization's own rows
  retrieveInsights: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['ProgramInsights']>('GET', '/v1/org/insights', {
        auth: demo.keys.acmeSecret,
        query: { from: '2026-11-23', to: '2026-12-06' },
      });
      assert.deepEqual(
        expectStatus(res, 200).buckets.map((b) => b.week),
        ['2026-W48', '2026-W49'],
      );
    },
    async failure(ctx) {
      const res = await ctx.s.request('GET', '/v1/org/insights', { auth: demo.keys.acmeSecret, query: { from: '2026-12-07', to: '2026-12-06' } });
      assert.equal(expectProblem(res, 400, 'invalid_parameter').errors?.[0]?.pointer, '/from');
    },
  },
  exportInsightsCsv: {
    async success(ctx) {
      const res = await ctx.s.request('GET', '/v1/org/insights.csv', { auth: demo.keys.acmeSecret, query: { from: '2026-11-23', to: '2026-11-29' } });
      expectStatus(res, 200);
      assert.equal(res.text.split('\r\n')[0], 'period,start,end,metric,value,suppressed');
    },
    async failure(ctx) {
      expectProblem(await ctx.s.request('GET', '/v1/org/insights.csv', { auth: demo.keys.acmePublishable }), 403, 'publishable_key_read_only');
    },
  },

  // The very last: the sandbox's own clock moves on top of the frozen one, so rows after it would disagree.
  moveSandboxClock: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['SandboxClock']>('POST', '/v1/sandbox/clock', { auth: demo.keys.demoSecret, body: { advanceBy: 'PT2H' } });
      const moved = expectStatus(res, 200);
      assert.equal(moved.now, new Date(ctx.clock.getTime() + 2 * hour).toISOString());
      ctx.clock = new Date(moved.now);
    },
    async failure(ctx) {
      const res = await ctx.s.request('POST', '/v1/sandbox/clock', {
        auth: demo.keys.demoSecret,
        body: { to: new Date(ctx.clock.getTime() - 1000).toISOString() },
      });
      assert.deepEqual(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/to');
    },
  },
  triggerSandboxEvent: {
    async success(ctx) {
      const res = await ctx.s.request<Schemas['Event']>('POST', '/v1/sandbox/events', {
        auth: demo.keys.demoSecret,
        body: { type: 'room.message.created', userIds: [demo.users.mentee.id] },
      });
      const event = expectStatus(res, 201);
      assert.equal(event.type, 'room.message.created');
      assert.match(event.id, /^[0-9]+$/);
    },
    async failure(ctx) {
      // A person of another organization is refused, naming the entry.
      const res = await ctx.s.request('POST', '/v1/sandbox/events', {
        auth: demo.keys.demoSecret,
        body: { type: 'room.updated', userIds: [demo.users.acmeEmployee.id] },
      });
      assert.deepEqual(expectProblem(res, 422, 'validation_failed').errors?.[0]?.pointer, '/userIds/0');
    },
  },
};

// ---------------------------------------------------------------- the tests

describe('every operation of the contract, over HTTP', () => {
  let ctx: Ctx;

  before(async () => {
    const s = await startSandbox({ mentors: 100 });
    // A frozen clock: tokens never expire unless a row moves it (and then they are minted again).
    const clock = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
    s.setNow(clock);
    const people: Person[] = [];
    const base = { s, people };
    // The seeded people, signed in under the names the directory already has.
    const seeded = async (user: (typeof demo.users)[keyof typeof demo.users], org: 'demo' | 'acme') => {
      const { name } = expectStatus(await s.request<Schemas['User']>('GET', `/v1/users/${user.id}`), 200);
      return signIn(base, user.externalId, org, name);
    };
    ctx = {
      s,
      clock,
      people,
      mentee: await seeded(demo.users.mentee, 'demo'),
      mentor: await seeded(demo.users.mentor, 'demo'),
      acme: await seeded(demo.users.acmeEmployee, 'acme'),
      state: {},
    };
    assert.equal(ctx.mentee.userId, demo.users.mentee.id);
    assert.equal(ctx.mentor.userId, demo.users.mentor.id);
    assert.equal(ctx.acme.userId, demo.users.acmeEmployee.id);
    // The room rows hold at most two of men_demomentor's seats at a time.
    const mentor = expectStatus(await s.request<Schemas['Mentor']>('GET', `/v1/mentors/${demoMentorId}`), 200);
    assert.ok(mentor.acceptingRequests && mentor.capacity.open >= 3, `men_demomentor has open seats: ${JSON.stringify(mentor.capacity)}`);
  });
  after(() => ctx?.s.close());

  it('covers every operation of the contract', () => {
    const served = listOperations(loadContract())
      .map((op) => op.id)
      .filter((id) => id !== ('receiveEvent' satisfies SentNotServed));
    assert.deepEqual(Object.keys(rows).sort(), [...served].sort());
  });

  for (const [id, row] of Object.entries(rows) as [CoveredOperationId, Row][]) {
    it(`${id}: success and failure`, async () => {
      await row.success(ctx);
      await row.failure(ctx);
    });
  }
});
