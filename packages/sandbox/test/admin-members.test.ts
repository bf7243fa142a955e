// The admin API's members (#14): a secret key creates, reads, lists, updates and deactivates the
// people of its own organization, and nobody else's. Deactivation ends the person's sign-in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Member = components['schemas']['Member'];
type MemberList = components['schemas']['MemberList'];
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
async function createMember(fields: Record<string, unknown> = {}): Promise<Member> {
  made++;
  const res = await s.request<Member>('POST', '/v1/org/members', {
    auth: acme,
    body: { externalUserId: `members-test-${made}`, displayName: `Member ${made}`, ...fields },
  });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

describe('members: create, read, update', () => {
  it('creates a member with SCIM-style fields, and reads it back', async () => {
    const created = await createMember({
      userName: 'ada.park',
      emails: [
        { value: 'ada@home.example', primary: false },
        { value: 'ada.park@acme.example', primary: true },
      ],
      title: 'Engineer',
      department: 'Platform',
    });
    assert.match(created.id, /^usr_/);
    assert.equal(created.active, true);
    assert.equal(created.mentorId, null);
    assert.equal(created.department, 'Platform');
    const got = await s.request<Member>('GET', `/v1/org/members/${created.id}`, { auth: acme });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.body, created);
    // The primary email is the one Menteo writes to: the person's account carries it.
    assert.equal(s.db.prepare('SELECT email FROM users WHERE id = ?').pluck().get(created.id), 'ada.park@acme.example');
  });

  it('refuses a second member with the same externalUserId (409) and a body with a bad field (422, named)', async () => {
    const first = await createMember();
    const again = await s.request<Problem>('POST', '/v1/org/members', { auth: acme, body: { externalUserId: first.externalUserId, displayName: 'Twin' } });
    assert.equal(again.status, 409, again.text);
    assert.equal(again.body.code, 'conflict');
    const bad = await s.request<Problem>('POST', '/v1/org/members', {
      auth: acme,
      body: { externalUserId: 'members-bad', displayName: 'Bad', emails: [{ value: 'not-an-email' }] },
    });
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(
      bad.body.errors?.map((e) => e.pointer),
      ['/emails/0/value'],
    );
    const twoPrimaries = await s.request<Problem>('POST', '/v1/org/members', {
      auth: acme,
      body: {
        externalUserId: 'members-two-primaries',
        displayName: 'Two',
        emails: [
          { value: 'a@acme.example', primary: true },
          { value: 'b@acme.example', primary: true },
        ],
      },
    });
    assert.equal(twoPrimaries.status, 422, twoPrimaries.text);
    assert.equal(twoPrimaries.body.errors?.[0]?.pointer, '/emails/1/primary');
  });

  it('updates only the fields sent; sending the same again changes nothing, not even updatedAt', async () => {
    const member = await createMember({ title: 'Engineer', department: 'Platform' });
    s.setNow(new Date(s.now().getTime() + 60_000));
    const res = await s.request<Member>('PATCH', `/v1/org/members/${member.id}`, { auth: acme, body: { title: 'Senior engineer', department: null } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.title, 'Senior engineer');
    assert.equal(res.body.department, null);
    assert.equal(res.body.displayName, member.displayName);
    assert.notEqual(res.body.updatedAt, member.updatedAt);
    s.setNow(new Date(s.now().getTime() + 60_000));
    const same = await s.request<Member>('PATCH', `/v1/org/members/${member.id}`, { auth: acme, body: { title: 'Senior engineer' } });
    assert.equal(same.body.updatedAt, res.body.updatedAt);
  });

  it('lists members by id with a cursor, filtered by active and externalUserId', async () => {
    const member = await createMember();
    const one = await s.request<MemberList>('GET', '/v1/org/members', { auth: acme, query: { externalUserId: member.externalUserId } });
    assert.equal(one.status, 200, one.text);
    assert.deepEqual(
      one.body.data.map((m) => m.id),
      [member.id],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.request<MemberList>('GET', '/v1/org/members', { auth: acme, query: { limit: 2, cursor } });
      assert.equal(page.status, 200, page.text);
      seen.push(...page.body.data.map((m) => m.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    const acmeUsers = s.db.prepare("SELECT id FROM users WHERE org_id = 'org_acme' ORDER BY id").pluck().all() as string[];
    assert.deepEqual(seen, acmeUsers, 'every person of org_acme, in id order, once');
    assert.ok(seen.includes(demo.users.acmeEmployee.id), 'a person signed in through a token is a member too');
    const inactive = await s.request<MemberList>('GET', '/v1/org/members', { auth: acme, query: { active: false, limit: 100 } });
    assert.ok(inactive.body.data.every((m) => !m.active));
  });
});

describe('members: deactivation', () => {
  it('ends the member’s user tokens at once and refuses to mint a new one; reactivation signs them in again', async () => {
    const member = await createMember();
    const token = await s.tokenFor({ externalUserId: member.externalUserId, name: member.displayName, org: 'acme' });
    assert.equal((await s.request('GET', '/v1/me', { auth: token })).status, 200);

    const off = await s.request<Member>('PATCH', `/v1/org/members/${member.id}`, { auth: acme, body: { active: false } });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.body.active, false);
    const me = await s.request<Problem>('GET', '/v1/me', { auth: token });
    assert.equal(me.status, 401, me.text);
    const mint = await s.request<Problem>('POST', '/v1/auth/tokens', {
      auth: acme,
      body: { externalUserId: member.externalUserId, name: member.displayName },
    });
    assert.equal(mint.status, 403, mint.text);
    assert.equal(mint.body.code, 'forbidden');
    // Their history stays: the person still exists, by id.
    assert.equal((await s.request('GET', `/v1/users/${member.id}`)).status, 200);

    await s.request('PATCH', `/v1/org/members/${member.id}`, { auth: acme, body: { active: true } });
    const back = await s.request('POST', '/v1/auth/tokens', { auth: acme, body: { externalUserId: member.externalUserId, name: member.displayName } });
    assert.equal(back.status, 201, back.text);
  });
});

describe('members: authorization', () => {
  it('refuses a publishable key and a user token with the existing problem codes', async () => {
    const publishable = await s.request<Problem>('GET', '/v1/org/members', { auth: demo.keys.acmePublishable });
    assert.equal(publishable.status, 403);
    assert.equal(publishable.body.code, 'publishable_key_read_only');
    const token = await s.tokenFor('acme-employee');
    const user = await s.request<Problem>('POST', '/v1/org/members', { auth: token, body: { externalUserId: 'by-a-user', displayName: 'No' } });
    assert.equal(user.status, 403);
    assert.equal(user.body.code, 'secret_key_required');
  });

  it('never shows or changes another organization’s member (404), nor lists them', async () => {
    const member = await createMember();
    const read = await s.request<Problem>('GET', `/v1/org/members/${member.id}`, { auth: demo.keys.demoSecret });
    assert.equal(read.status, 404, read.text);
    const write = await s.request<Problem>('PATCH', `/v1/org/members/${member.id}`, { auth: demo.keys.demoSecret, body: { active: false } });
    assert.equal(write.status, 404, write.text);
    assert.equal((await s.request<Member>('GET', `/v1/org/members/${member.id}`, { auth: acme })).body.active, true);
    const list = await s.request<MemberList>('GET', '/v1/org/members', { auth: demo.keys.demoSecret, query: { limit: 100 } });
    assert.ok(!list.body.data.some((m) => m.id === member.id || m.id === demo.users.acmeEmployee.id));
    // The same externalUserId is free in another organization: ids are per organization.
    const twin = await s.request<Member>('POST', '/v1/org/members', {
      auth: demo.keys.demoSecret,
      body: { externalUserId: member.externalUserId, displayName: 'Demo twin' },
    });
    assert.equal(twin.status, 201, twin.text);
  });
});
