// POST /v1/recommendations: the need diagnostic's growth plan (issue #13): a need from a
// placement on the two axes, mentors ranked as createMatch ranks them, the roadmap that
// serves the need best, and a thread to start.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { needOf } from '../src/resources/mentors/recommendations.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { insertTestMentor } from './support/mentors.js';

type Schemas = components['schemas'];
type Recommendation = Schemas['Recommendation'];
type RecommendationRequest = Schemas['RecommendationRequest'];
type Problem = Schemas['Problem'];

let s: TestSandbox;

const leader: RecommendationRequest = {
  placement: { leadership: 0.9, mentorship: 0.2 },
  goals: 'My team missed its last two deadlines; I want to set direction, delegate and decide faster.',
  skills: ['delegation', 'decision-making'],
  language: 'en',
  timezone: 'Europe/Berlin',
  limit: 8,
};
const grower: RecommendationRequest = {
  placement: { leadership: 0.1, mentorship: 0.8 },
  goals: 'I am coming back after two years away and want to find my confidence and my next role.',
  skills: ['career-change', 'imposter-syndrome'],
  limit: 8,
};

async function recommend(body: unknown, options: { auth?: string; key?: string } = {}) {
  return s.request<Recommendation>('POST', '/v1/recommendations', {
    body,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.key ? { headers: { 'Idempotency-Key': options.key } } : {}),
  });
}

before(async () => {
  s = await startSandbox();
  s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
});
after(async () => {
  await s?.close();
});

describe('POST /v1/recommendations: the need', () => {
  it('is the larger axis, or both when the two are within 0.15', () => {
    assert.equal(needOf({ leadership: 0.9, mentorship: 0.2 }), 'leadership');
    assert.equal(needOf({ leadership: 0.2, mentorship: 0.9 }), 'mentorship');
    assert.equal(needOf({ leadership: 0.6, mentorship: 0.45 }), 'both', 'exactly 0.15 apart is both');
    assert.equal(needOf({ leadership: 0.45, mentorship: 0.6 }), 'both');
    assert.equal(needOf({ leadership: 0.5, mentorship: 0.5 }), 'both');
    assert.equal(needOf({ leadership: 0, mentorship: 0 }), 'both', 'not sure on every question');
    assert.equal(needOf({ leadership: 0.61, mentorship: 0.45 }), 'leadership');
    assert.equal(needOf({ leadership: 0.3, mentorship: 0.46 }), 'mentorship');
  });

  it('answers both over HTTP, ranking mentors who help with either need', async () => {
    const now = s.now();
    const available = { weeklyAvailability: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as [number, number, number]), ratingAvg: 5, reviewCount: 10 };
    const lead = insertTestMentor(s.db, 'recoboth', 1, now, { ...available, helpsWith: ['leadership'], mentoringStyle: 'directive', bio: 'Tapiresque teams.' });
    const grow = insertTestMentor(s.db, 'recoboth', 2, now, {
      ...available,
      helpsWith: ['mentorship'],
      mentoringStyle: 'facilitative',
      bio: 'Tapiresque teams.',
    });
    const goals = 'Tapiresque teams are where I want to grow';
    const res = await recommend({ placement: { leadership: 0.6, mentorship: 0.45 }, goals, limit: 2 });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.need, 'both');
    assert.deepEqual(res.body.mentors.map((m) => m.mentor.id).sort(), [lead, grow].sort(), 'either need fits in full');
    for (const m of res.body.mentors) {
      assert.equal(m.score, res.body.mentors[0]?.score, 'the same score: each fits one of the needs');
      const fit = m.reasons.find((r) => r.code === 'need_fit');
      assert.deepEqual(fit?.params, { need: m.mentor.id === lead ? 'leadership' : 'mentorship' });
    }
    assert.equal(res.body.thread.title, 'My leadership and growth journey');
    const leaderOnly = await recommend({ placement: { leadership: 0.9, mentorship: 0.1 }, goals, limit: 2 });
    assert.ok(
      leaderOnly.body.mentors.every((m) => m.mentor.id !== grow),
      'with leadership alone, the mentorship mentor drops',
    );
  });
});

describe('POST /v1/recommendations: the plan', () => {
  it('gives a leadership placement createMatch’s mentors, a leadership-serving roadmap and a thread', async () => {
    const res = await recommend(leader);
    assert.equal(res.status, 200, res.text);
    const plan = res.body;
    assert.equal(plan.need, 'leadership');
    const { placement: _placement, ...rest } = leader;
    const matched = await s.request<Schemas['MatchResult']>('POST', '/v1/matches', { body: { ...rest, need: 'leadership' } });
    assert.deepEqual(plan.mentors, matched.body.data, 'exactly createMatch’s items');
    assert.ok(plan.roadmap, 'a roadmap');
    assert.ok(plan.roadmap.roadmap.serves.needs.includes('leadership'));
    assert.equal(plan.roadmap.roadmap.slug, 'your-first-90-days-as-a-tech-lead', 'the leadership roadmap sharing both skills');
    assert.deepEqual(plan.roadmap.reasons, [
      { code: 'serves_need', params: { need: 'leadership' } },
      { code: 'shared_skill', params: { skill: 'delegation' } },
      { code: 'shared_skill', params: { skill: 'decision-making' } },
    ]);
    assert.deepEqual(plan.thread, { title: 'My leadership journey', firstPost: leader.goals });
  });

  it('gives a mentorship placement another roadmap, one that serves mentorship', async () => {
    const lead = (await recommend(leader)).body.roadmap;
    const res = await recommend(grower);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.need, 'mentorship');
    assert.ok(res.body.mentors.every((m) => m.mentor.helpsWith.includes('mentorship')));
    const roadmap = res.body.roadmap;
    assert.ok(roadmap);
    assert.ok(roadmap.roadmap.serves.needs.includes('mentorship'));
    assert.notEqual(roadmap.roadmap.id, lead?.roadmap.id);
    assert.equal(roadmap.roadmap.slug, 'returning-to-work-after-a-career-break');
    assert.deepEqual(
      roadmap.reasons.map((r) => r.code),
      ['serves_need', 'shared_skill', 'shared_skill'],
    );
    assert.equal(res.body.thread.title, 'My growth journey');
  });

  it('without skills, picks the first serving roadmap by id, and says only that it serves the need', async () => {
    const res = await recommend({ placement: { leadership: 1, mentorship: 0 }, goals: leader.goals });
    const list = await s.request<Schemas['RoadmapList']>('GET', '/v1/roadmaps', { query: { need: 'leadership', limit: 100 } });
    const first = list.body.data.map((r) => r.id).sort()[0];
    assert.equal(res.body.roadmap?.roadmap.id, first);
    assert.deepEqual(res.body.roadmap?.reasons, [{ code: 'serves_need', params: { need: 'leadership' } }]);
    assert.equal(res.body.mentors.length, 5, 'limit defaults to 5');
  });

  it('recommends an organization’s internal mentor only to its own people; the roadmap catalogue is the same for all', async () => {
    const now = s.now();
    const internal = insertTestMentor(s.db, 'recotest', 1, now, {
      orgId: 'org_acme',
      bio: 'Quokkaesque delegation for platform leads.',
      skills: ['delegation', 'decision-making'],
      ratingAvg: 5,
      reviewCount: 10,
      weeklyAvailability: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as [number, number, number]),
    });
    const body = { ...leader, goals: 'Quokkaesque delegation for my platform team, and faster decisions.' };
    const asDemo = await recommend(body);
    assert.ok(asDemo.body.mentors.every((m) => m.mentor.id !== internal && m.mentor.organizationId === null));
    const asAcme = await recommend(body, { auth: await s.tokenFor('acme-employee') });
    assert.equal(asAcme.status, 200);
    assert.ok(asAcme.body.mentors.some((m) => m.mentor.id === internal));
    assert.deepEqual(asAcme.body.roadmap, asDemo.body.roadmap, 'roadmaps have no organization visibility');
  });

  it('writes nothing and replays the first answer for the same key', async () => {
    const first = await recommend(grower, { key: 'reco-key-0001' });
    insertTestMentor(s.db, 'recotest', 2, s.now(), { helpsWith: ['mentorship'], mentoringStyle: 'facilitative', bio: 'Confidence after a career break.' });
    const replay = await recommend(grower, { key: 'reco-key-0001' });
    assert.deepEqual(replay.body, first.body);
    const other = await s.request<Problem>('POST', '/v1/recommendations', { body: leader, headers: { 'Idempotency-Key': 'reco-key-0001' } });
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  it('accepts every credential the contract lists, and none', async () => {
    for (const auth of ['pk_test_demo', 'sk_test_demo', await s.tokenFor('demo-mentee')]) assert.equal((await recommend(grower, { auth })).status, 200);
    assert.equal((await s.request('POST', '/v1/recommendations', { body: grower, auth: null })).status, 401);
  });
});

describe('POST /v1/recommendations: validation names the field', () => {
  const invalid: [string, unknown, string][] = [
    ['leadership above 1', { placement: { leadership: 1.2, mentorship: 0 }, goals: leader.goals }, '/placement/leadership'],
    ['mentorship below 0', { placement: { leadership: 0, mentorship: -0.1 }, goals: leader.goals }, '/placement/mentorship'],
    ['mentorship missing', { placement: { leadership: 0.5 }, goals: leader.goals }, '/placement/mentorship'],
    ['goals too short', { placement: leader.placement, goals: 'short' }, '/goals'],
    ['limit above 20', { placement: leader.placement, goals: leader.goals, limit: 21 }, '/limit'],
    ['skill not a tag', { placement: leader.placement, goals: leader.goals, skills: ['Team Building'] }, '/skills/0'],
    ['unknown time zone', { placement: leader.placement, goals: leader.goals, timezone: 'Mars/Olympus_Mons' }, '/timezone'],
  ];
  for (const [name, body, pointer] of invalid) {
    it(`rejects ${name} with 422 naming ${pointer}`, async () => {
      const res = await s.request<Problem>('POST', '/v1/recommendations', { body });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.code, 'validation_failed');
      assert.ok(
        res.body.errors?.some((e) => e.pointer === pointer),
        JSON.stringify(res.body.errors),
      );
    });
  }
});
