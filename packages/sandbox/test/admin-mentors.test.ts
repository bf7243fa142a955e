// The admin API's internal mentors (#14): a member becomes a mentor, and then the organization's
// people find them in GET /v1/mentors exactly like the seeded internal mentors, and nobody else
// does; deactivating the profile, or the member, takes them out of search.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Member = components['schemas']['Member'];
type OrgMentor = components['schemas']['OrgMentor'];
type OrgMentorList = components['schemas']['OrgMentorList'];
type Mentor = components['schemas']['Mentor'];
type MentorList = components['schemas']['MentorList'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
const acme = demo.keys.acmeSecret;

before(async () => {
  s = await startSandbox();
});
after(async () => {
  await s?.close();
});

let made = 0;
/** A new Acme member made a mentor whose headline holds a word no seeded mentor has. */
async function newMentor(word: string, fields: Record<string, unknown> = {}): Promise<OrgMentor> {
  made++;
  const member = await s.request<Member>('POST', '/v1/org/members', {
    auth: acme,
    body: { externalUserId: `mentors-test-${made}`, displayName: `Mentor ${made}`, title: 'Staff engineer' },
  });
  assert.equal(member.status, 201, member.text);
  const res = await s.request<OrgMentor>('POST', '/v1/org/mentors', {
    auth: acme,
    body: {
      userId: member.body.id,
      headline: `${word} planning and delegation for new leads`,
      skills: ['delegation'],
      languages: ['en', 'es'],
      helpsWith: ['leadership'],
      capacity: { max: 3 },
      timeZone: 'Europe/Madrid',
      availability: [{ day: 2, start: '16:00', end: '18:00' }],
      ...fields,
    },
  });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** The ids GET /v1/mentors?q=word answers to a credential. */
async function searchIds(word: string, auth: string): Promise<string[]> {
  const res = await s.request<MentorList>('GET', '/v1/mentors', { auth, query: { q: word, limit: 50 } });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((m) => m.id);
}

describe('internal mentors: create and appear in search', () => {
  it('makes a member an internal mentor whom Acme’s people find like a seeded internal mentor, and org_demo does not', async () => {
    const mentor = await newMentor('Quokkaboard');
    assert.match(mentor.id, /^men_/);
    assert.equal(mentor.visibility, 'internal');
    assert.equal(mentor.title, 'Staff engineer', "the member's title when none is given");
    assert.deepEqual(mentor.availability, [{ day: 2, start: '16:00', end: '18:00' }]);
    const member = await s.request<Member>('GET', `/v1/org/members/${mentor.userId}`, { auth: acme });
    assert.equal(member.body.mentorId, mentor.id);

    const employee = await s.tokenFor('acme-employee');
    for (const auth of [demo.keys.acmePublishable, employee]) assert.deepEqual(await searchIds('Quokkaboard', auth), [mentor.id]);
    for (const auth of [demo.keys.demoPublishable, await s.tokenFor('demo-mentee')]) assert.deepEqual(await searchIds('Quokkaboard', auth), []);

    // The public shape is the one seeded internal mentors have.
    const seededId = s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme' ORDER BY rid LIMIT 1").pluck().get() as string;
    const [ours, seeded] = await Promise.all(
      [mentor.id, seededId].map(async (id) => (await s.request<Mentor>('GET', `/v1/mentors/${id}`, { auth: employee })).body),
    );
    assert.equal(ours?.visibility, 'internal');
    assert.deepEqual(ours?.organization, seeded?.organization);
    assert.equal(ours?.acceptingRequests, true);
    assert.deepEqual(ours?.capacity, { max: 3, open: 3 });
    const detail = await s.request<Mentor>('GET', `/v1/mentors/${mentor.id}`, { auth: demo.keys.demoPublishable });
    assert.equal(detail.status, 404, 'another organization cannot read an internal mentor');
  });

  it('public visibility lists the mentor on the whole network, still managed by the organization', async () => {
    const mentor = await newMentor('Wombatscale', { visibility: 'public' });
    assert.deepEqual(await searchIds('Wombatscale', demo.keys.demoPublishable), [mentor.id]);
    const back = await s.request<OrgMentor>('PATCH', `/v1/org/mentors/${mentor.id}`, { auth: acme, body: { visibility: 'internal' } });
    assert.equal(back.status, 200, back.text);
    assert.deepEqual(await searchIds('Wombatscale', demo.keys.demoPublishable), []);
    assert.deepEqual(await searchIds('Wombatscale', demo.keys.acmePublishable), [mentor.id]);
  });

  it('refuses bad input, naming the field', async () => {
    const member = await s.request<Member>('POST', '/v1/org/members', { auth: acme, body: { externalUserId: 'mentors-bad', displayName: 'Bad Input' } });
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, '/timeZone'],
      [{ availability: [{ day: 1, start: '10:00', end: '09:00' }] }, '/availability/0/end'],
      [{ availability: [{ day: 8, start: '10:00', end: '11:00' }] }, '/availability/0/day'],
      [{ capacity: { max: -1 } }, '/capacity/max'],
      [{ skills: ['Not A Tag'] }, '/skills/0'],
    ];
    for (const [fields, pointer] of cases) {
      const res = await s.request<Problem>('POST', '/v1/org/mentors', {
        auth: acme,
        body: { userId: member.body.id, headline: 'Bad input', timeZone: 'Europe/Madrid', ...fields },
      });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.errors?.[0]?.pointer, pointer, res.text);
    }
    const notMember = await s.request<Problem>('POST', '/v1/org/mentors', {
      auth: acme,
      body: { userId: demo.users.mentee.id, headline: 'Not ours', timeZone: 'Europe/Madrid' },
    });
    assert.equal(notMember.status, 422, notMember.text);
    assert.equal(notMember.body.errors?.[0]?.pointer, '/userId');
    const mentor = await newMentor('Twiceover');
    const twice = await s.request<Problem>('POST', '/v1/org/mentors', { auth: acme, body: { userId: mentor.userId, headline: 'Again', timeZone: 'UTC' } });
    assert.equal(twice.status, 409, twice.text);
  });
});

describe('internal mentors: update and deactivate', () => {
  it('updates capacity, availability and acceptingRequests; the same PATCH again changes nothing', async () => {
    const mentor = await newMentor('Capybaraflow');
    s.setNow(new Date(s.now().getTime() + 60_000));
    const res = await s.request<OrgMentor>('PATCH', `/v1/org/mentors/${mentor.id}`, {
      auth: acme,
      body: { capacity: { max: 5 }, acceptingRequests: false, availability: [{ day: 5, start: '09:30', end: '24:00' }] },
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.capacity, { max: 5 });
    assert.equal(res.body.acceptingRequests, false);
    assert.deepEqual(res.body.availability, [{ day: 5, start: '09:30', end: '24:00' }]);
    const seen = await s.request<Mentor>('GET', `/v1/mentors/${mentor.id}`, { auth: demo.keys.acmePublishable });
    assert.equal(seen.body.acceptingRequests, false);
    assert.equal(seen.body.capacity.max, 5);
    s.setNow(new Date(s.now().getTime() + 60_000));
    const again = await s.request<OrgMentor>('PATCH', `/v1/org/mentors/${mentor.id}`, { auth: acme, body: { capacity: { max: 5 } } });
    assert.equal(again.body.updatedAt, res.body.updatedAt);
  });

  it('a deactivated profile, or a deactivated member’s, leaves search; reactivation brings it back', async () => {
    const mentor = await newMentor('Okapiroute');
    const off = await s.request<OrgMentor>('PATCH', `/v1/org/mentors/${mentor.id}`, { auth: acme, body: { active: false } });
    assert.equal(off.body.active, false);
    assert.deepEqual(await searchIds('Okapiroute', demo.keys.acmePublishable), []);
    const inactive = await s.request<OrgMentorList>('GET', '/v1/org/mentors', { auth: acme, query: { active: false, limit: 100 } });
    assert.ok(inactive.body.data.some((m) => m.id === mentor.id));
    // Out of search means out of reach: the profile (kept for its rooms' history) takes no request.
    const employee = await s.tokenFor('acme-employee');
    const request = () =>
      s.request<Problem>('POST', '/v1/rooms', {
        auth: employee,
        body: { mentorId: mentor.id, goal: 'Plan my first quarter as a new lead.', cadence: 'biweekly', termWeeks: 12 },
      });
    const refused = await request();
    assert.equal(refused.status, 409, refused.text);
    assert.equal(refused.body.code, 'mentor_unavailable');
    await s.request('PATCH', `/v1/org/mentors/${mentor.id}`, { auth: acme, body: { active: true } });
    assert.deepEqual(await searchIds('Okapiroute', demo.keys.acmePublishable), [mentor.id]);
    assert.equal((await request()).status, 201);

    await s.request('PATCH', `/v1/org/members/${mentor.userId}`, { auth: acme, body: { active: false } });
    assert.deepEqual(await searchIds('Okapiroute', demo.keys.acmePublishable), []);
    await s.request('PATCH', `/v1/org/members/${mentor.userId}`, { auth: acme, body: { active: true } });
    assert.deepEqual(await searchIds('Okapiroute', demo.keys.acmePublishable), [mentor.id]);
  });

  it('manages the seeded internal mentors too: listed, and deactivated like the others', async () => {
    const seededId = s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme' ORDER BY rid DESC LIMIT 1").pluck().get() as string;
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.request<OrgMentorList>('GET', '/v1/org/mentors', { auth: acme, query: { limit: 100, cursor } });
      assert.equal(page.status, 200, page.text);
      all.push(...page.body.data.map((m) => m.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.ok(all.includes(seededId));
    const before = (await s.request<MentorList>('GET', '/v1/mentors', { auth: demo.keys.acmePublishable, query: { limit: 1 } })).body.totalCount;
    const off = await s.request<OrgMentor>('PATCH', `/v1/org/mentors/${seededId}`, { auth: acme, body: { active: false } });
    assert.equal(off.status, 200, off.text);
    const afterOff = (await s.request<MentorList>('GET', '/v1/mentors', { auth: demo.keys.acmePublishable, query: { limit: 1 } })).body.totalCount;
    assert.equal(afterOff, before - 1);
    await s.request('PATCH', `/v1/org/mentors/${seededId}`, { auth: acme, body: { active: true } });
  });
});

describe('internal mentors: authorization', () => {
  it('refuses a publishable key and a user token; another organization’s mentor is not found', async () => {
    const mentor = await newMentor('Narwhalsync');
    const publishable = await s.request<Problem>('GET', `/v1/org/mentors/${mentor.id}`, { auth: demo.keys.acmePublishable });
    assert.equal(publishable.body.code, 'publishable_key_read_only');
    const user = await s.request<Problem>('PATCH', `/v1/org/mentors/${mentor.id}`, { auth: await s.tokenFor('acme-employee'), body: { active: false } });
    assert.equal(user.body.code, 'secret_key_required');
    for (const method of ['GET', 'PATCH']) {
      const res = await s.request<Problem>(method, `/v1/org/mentors/${mentor.id}`, {
        auth: demo.keys.demoSecret,
        ...(method === 'PATCH' ? { body: { active: false } } : {}),
      });
      assert.equal(res.status, 404, `${method}: ${res.text}`);
    }
    // A public-network mentor belongs to no organization's admin.
    assert.equal((await s.request('GET', '/v1/org/mentors/men_demomentor', { auth: demo.keys.demoSecret })).status, 404);
    assert.deepEqual(await searchIds('Narwhalsync', demo.keys.acmePublishable), [mentor.id]);
  });
});
