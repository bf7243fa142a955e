import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { matchWeights } from '../src/resources/mentors/matches.js';
import type { NewMentor } from '../src/resources/mentors/store.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { insertTestMentor } from './support/mentors.js';

type MatchResult = components['schemas']['MatchResult'];
type MatchRequest = components['schemas']['MatchRequest'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let now: Date;

const leadership: MatchRequest = {
  need: 'leadership',
  goals: 'My team keeps missing deadlines. I need to set direction, delegate and make decisions faster.',
  skills: ['delegation', 'decision-making'],
  language: 'en',
  timezone: 'Europe/Berlin',
  limit: 20,
};
const mentorship: MatchRequest = {
  need: 'mentorship',
  goals: 'I want to figure out who I want to become: a career change into product, and more confidence.',
  skills: ['career-change', 'self-discovery'],
  limit: 20,
};

async function match(body: unknown, options: { auth?: string; key?: string } = {}) {
  return s.request<MatchResult>('POST', '/v1/matches', {
    body,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.key ? { headers: { 'Idempotency-Key': options.key } } : {}),
  });
}

let inserted = 0;
function addMentor(overrides: Partial<NewMentor>): string {
  // A fully available, well-rated mentor: only what a test overrides should decide its rank.
  return insertTestMentor(s.db, 'matchestest', ++inserted, now, {
    name: `Match Test ${inserted}`,
    offerings: [],
    ratingAvg: 5,
    reviewCount: 10,
    sessionsCompleted: 10,
    medianResponseHours: 2,
    weeklyAvailability: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as [number, number, number]),
    ...overrides,
  });
}

before(async () => {
  s = await startSandbox();
  now = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
  s.setNow(now);
});
after(async () => {
  await s?.close();
});

describe('POST /v1/matches: ranking', () => {
  it('ranks leadership/directive mentors first for a leadership need', async () => {
    const res = await match(leadership);
    assert.equal(res.status, 200);
    const data = res.body.data;
    assert.equal(data.length, 20);
    for (const m of data) assert.ok(m.mentor.helpsWith.includes('leadership'), `${m.mentor.id} helps with leadership`);
    assert.equal(data[0]!.mentor.mentoringStyle, 'directive');
    const directive = data.filter((m) => m.mentor.mentoringStyle === 'directive').length;
    assert.ok(directive >= 15, `mostly directive mentors (${directive}/20)`);
  });

  it('ranks mentorship/facilitative mentors first for a mentorship need', async () => {
    const res = await match(mentorship);
    const data = res.body.data;
    for (const m of data) assert.ok(m.mentor.helpsWith.includes('mentorship'), `${m.mentor.id} helps with mentorship`);
    assert.equal(data[0]!.mentor.mentoringStyle, 'facilitative');
    const lead = await match({ ...mentorship, need: 'leadership' });
    assert.notDeepEqual(
      lead.body.data.map((m) => m.mentor.id),
      data.map((m) => m.mentor.id),
      'the need changes the ranking',
    );
  });

  it('orders by score, ties by id, and the reasons listed add up to at most the score', async () => {
    for (const body of [leadership, mentorship]) {
      const data = (await match(body)).body.data;
      for (let i = 1; i < data.length; i++) {
        const a = data[i - 1]!;
        const b = data[i]!;
        assert.ok(a.score > b.score || (a.score === b.score && a.mentor.id < b.mentor.id));
      }
      for (const m of data) {
        assert.ok(m.score >= 0 && m.score <= 1);
        assert.ok(m.reasons.length > 0);
        // Weak factors count in the score without being listed (test/match-reasons.test.ts).
        const sum = m.reasons.reduce((t, r) => t + r.weight, 0);
        assert.ok(sum <= m.score + 1e-3, `${m.mentor.id}: reasons ${sum} vs score ${m.score}`);
        for (let i = 1; i < m.reasons.length; i++) assert.ok(m.reasons[i - 1]!.weight >= m.reasons[i]!.weight, 'strongest reason first');
        for (const r of m.reasons) assert.ok(r.text.length > 10 && r.weight > 0);
        assert.equal(new Set(m.reasons.map((r) => r.code)).size, m.reasons.length);
      }
    }
  });

  it('explains the need→style fit and the shared skills in words', async () => {
    const top = (await match(leadership)).body.data[0]!;
    const style = top.reasons.find((r) => r.code === 'style_fit');
    assert.ok(style, 'style_fit reason');
    assert.match(style.text, /^Directive mentor: sets direction and deadlines/);
    assert.ok(top.reasons.some((r) => r.code === 'need_fit'));
    for (const m of (await match(leadership)).body.data) {
      const skills = m.reasons.find((r) => r.code === 'skills_overlap');
      const shared = m.mentor.skills.filter((k) => leadership.skills!.includes(k));
      assert.equal(Boolean(skills), shared.length > 0, `${m.mentor.id}: skills reason iff a skill is shared`);
      const language = m.reasons.find((r) => r.code === 'language');
      assert.equal(
        Boolean(language),
        m.mentor.languages.some((l) => l === 'en' || l.startsWith('en-')),
      );
    }
    const facilitative = (await match(mentorship)).body.data[0]!.reasons.find((r) => r.code === 'style_fit');
    assert.match(facilitative!.text, /^Facilitative mentor/);
  });

  it('drops the criteria a request leaves out and rescales the others', async () => {
    const data = (await match({ need: 'leadership', goals: 'Lead my team through a reorg', limit: 20 })).body.data;
    const total = matchWeights.need_fit + matchWeights.style_fit + matchWeights.goals_match + matchWeights.availability + matchWeights.rating;
    const top = data[0]!;
    for (const m of data) {
      assert.ok(!m.reasons.some((r) => ['skills_overlap', 'language', 'timezone'].includes(r.code)));
    }
    assert.equal(top.reasons.find((r) => r.code === 'need_fit')?.weight, Math.round((matchWeights.need_fit / total) * 10_000) / 10_000);
  });

  it('uses the words of the goals against the mentor profile', async () => {
    const id = addMentor({
      bio: 'I coach teams through **zanzibarian** migrations and quarterly planning.',
      mentoringStyle: 'directive',
      helpsWith: ['leadership'],
    });
    const res = await match({ need: 'leadership', goals: 'We are planning a zanzibarian migration next quarter', limit: 3 });
    assert.equal(res.body.data[0]!.mentor.id, id);
    const goals = res.body.data[0]!.reasons.find((r) => r.code === 'goals_match');
    assert.ok(goals);
    assert.match(goals.text, /zanzibarian/);
  });

  it('leaves out mentors who do not take requests or have no open seat', async () => {
    const closed = addMentor({ acceptingRequests: false, bio: 'Quetzalcoatlish expertise.' });
    const full = addMentor({ capacityMax: 0, bio: 'Quetzalcoatlish expertise too.' });
    const res = await match({ need: 'leadership', goals: 'quetzalcoatlish problems everywhere', limit: 20 });
    const ids = res.body.data.map((m) => m.mentor.id);
    assert.ok(!ids.includes(closed) && !ids.includes(full));
    for (const m of res.body.data) {
      assert.equal(m.mentor.acceptingRequests, true);
      assert.ok(m.mentor.capacity.open > 0);
    }
  });

  it('is deterministic and defaults to 5 results', async () => {
    const body = { need: 'mentorship', goals: 'Grow into a staff engineer role within two years' };
    const a = await match(body);
    const b = await match(body);
    assert.equal(a.body.data.length, 5);
    assert.deepEqual(a.body, b.body);
  });
});

describe('POST /v1/matches: visibility and credentials', () => {
  it('matches internal mentors only for their organization', async () => {
    const internal = addMentor({ orgId: 'org_acme', bio: 'Xylophonic leadership for platform teams.' });
    const body = { need: 'leadership', goals: 'xylophonic leadership for my platform team', limit: 20 };
    const asDemo = await match(body);
    assert.ok(asDemo.body.data.every((m) => m.mentor.organizationId === null));
    const asAcme = await match(body, { auth: 'pk_test_acme' });
    assert.equal(asAcme.body.data[0]!.mentor.id, internal);
    const asAcmeUser = await match(body, { auth: await s.tokenFor('acme-employee') });
    assert.equal(asAcmeUser.body.data[0]!.mentor.id, internal);
    const asSecret = await match(body, { auth: 'sk_test_demo' });
    assert.equal(asSecret.status, 200);
  });

  it('needs a credential', async () => {
    const res = await s.request<Problem>('POST', '/v1/matches', { body: leadership, auth: null });
    assert.equal(res.status, 401);
  });
});

describe('POST /v1/matches: idempotency', () => {
  it('replays the first result for the same key, even after the mentors changed', async () => {
    const body = { need: 'mentorship', goals: 'Find my footing as a first-time manager of a quokkaesque team', limit: 3 };
    const first = await match(body, { key: 'match-key-0001' });
    assert.equal(first.status, 200);
    const newcomer = addMentor({ bio: 'Quokkaesque teams are my speciality.', mentoringStyle: 'facilitative', helpsWith: ['mentorship'] });
    const replay = await match(body, { key: 'match-key-0001' });
    assert.equal(replay.status, 200);
    assert.deepEqual(replay.body, first.body);
    const fresh = await match(body, { key: 'match-key-0002' });
    assert.equal(fresh.body.data[0]!.mentor.id, newcomer, 'a new key computes again');
  });

  it('refuses the same key with another body', async () => {
    await match(leadership, { key: 'match-key-0003' });
    const res = await s.request<Problem>('POST', '/v1/matches', { body: mentorship, headers: { 'Idempotency-Key': 'match-key-0003' } });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'idempotency_key_reused');
  });
});

describe('POST /v1/matches: validation', () => {
  const invalid: [string, unknown, string][] = [
    ['goals too short', { need: 'leadership', goals: 'short' }, '/goals'],
    ['goals too long', { need: 'leadership', goals: 'x'.repeat(1001) }, '/goals'],
    ['unknown need', { need: 'friendship', goals: 'I need a friend at work' }, '/need'],
    ['missing need', { goals: 'I need a friend at work' }, ''],
    ['limit above 20', { need: 'leadership', goals: 'Lead my team better', limit: 21 }, '/limit'],
    ['limit below 1', { need: 'leadership', goals: 'Lead my team better', limit: 0 }, '/limit'],
    ['skill not a tag', { need: 'leadership', goals: 'Lead my team better', skills: ['Team Building'] }, '/skills/0'],
    ['too many skills', { need: 'leadership', goals: 'Lead my team better', skills: Array.from({ length: 21 }, (_, i) => `skill-${i}`) }, '/skills'],
    ['bad language tag', { need: 'leadership', goals: 'Lead my team better', language: 'english!' }, '/language'],
    ['unknown time zone', { need: 'leadership', goals: 'Lead my team better', timezone: 'Mars/Olympus_Mons' }, '/timezone'],
    ['unknown field', { need: 'leadership', goals: 'Lead my team better', budget: 100 }, ''],
  ];
  for (const [name, body, pointer] of invalid) {
    it(`rejects ${name} with 422`, async () => {
      const res = await s.request<Problem>('POST', '/v1/matches', { body });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.code, 'validation_failed');
      if (pointer)
        assert.ok(
          res.body.errors?.some((e) => e.pointer.startsWith(pointer)),
          JSON.stringify(res.body.errors),
        );
    });
  }

  it('rejects a body that is not JSON with 400 or 415', async () => {
    const malformed = await s.request<Problem>('POST', '/v1/matches', { body: '{"need":', headers: { 'Content-Type': 'application/json' } });
    assert.equal(malformed.status, 400);
    const text = await s.request<Problem>('POST', '/v1/matches', { body: 'need=leadership', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(text.status, 415);
  });
});
