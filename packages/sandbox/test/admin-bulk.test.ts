// The HR sync (#14): POST /v1/org/members/bulk upserts members by externalUserId, each row on its
// own (a bad row is reported with JSON pointers into the request and leaves no trace), re-running
// it changes nothing, and a dry run answers the same without writing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type BulkResult = components['schemas']['BulkUpsertMembersResult'];
type MemberList = components['schemas']['MemberList'];
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

function bulk(members: unknown[], options: { dryRun?: boolean; auth?: string; key?: string } = {}) {
  return s.request<BulkResult>('POST', '/v1/org/members/bulk', {
    auth: options.auth ?? acme,
    body: { members, ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}) },
    ...(options.key ? { headers: { 'Idempotency-Key': options.key } } : {}),
  });
}

/** A snapshot of everything a bulk upsert may write, to prove a call wrote nothing. */
function world(): string {
  const tables = ['users', 'org_members', 'mentors', 'org_mentors', 'user_tokens'];
  return JSON.stringify(tables.map((t) => s.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

const rows = [
  { externalUserId: 'hr-1', displayName: 'Noor Haddad', emails: [{ value: 'noor@acme.example', primary: true }], department: 'Sales' },
  { externalUserId: 'hr-2', displayName: 'Ines Duarte', title: 'Designer' },
  {
    externalUserId: 'hr-3',
    displayName: 'Kofi Mensah',
    title: 'Director of engineering',
    mentor: {
      headline: 'Pangolinpath: from senior engineer to manager',
      timeZone: 'Africa/Accra',
      helpsWith: ['leadership'],
      capacity: { max: 2 },
      availability: [{ day: 3, start: '12:00', end: '14:00' }],
    },
  },
];

describe('bulk upsert of members', () => {
  it('creates the rows in order, then a re-run answers unchanged and writes nothing', async () => {
    const first = await bulk(rows);
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body.summary, { created: 3, updated: 0, unchanged: 0, failed: 0 });
    assert.deepEqual(
      first.body.results.map((r) => [r.index, r.externalUserId, r.status]),
      [
        [0, 'hr-1', 'created'],
        [1, 'hr-2', 'created'],
        [2, 'hr-3', 'created'],
      ],
    );
    assert.match(first.body.results[2]?.mentorId ?? '', /^men_/);
    // The mentor row made an internal mentor Acme's people find.
    const found = await s.request<MentorList>('GET', '/v1/mentors', { auth: demo.keys.acmePublishable, query: { q: 'Pangolinpath' } });
    assert.deepEqual(
      found.body.data.map((m) => m.id),
      [first.body.results[2]?.mentorId],
    );

    const before = world();
    s.setNow(new Date(s.now().getTime() + 60_000));
    const again = await bulk(rows);
    assert.deepEqual(again.body.summary, { created: 0, updated: 0, unchanged: 3, failed: 0 });
    assert.deepEqual(
      again.body.results.map((r) => r.memberId),
      first.body.results.map((r) => r.memberId),
    );
    assert.equal(world(), before, 'a re-run writes nothing, not even updatedAt');

    const changed = await bulk([
      { externalUserId: 'hr-2', title: 'Lead designer' },
      { externalUserId: 'hr-3', mentor: { capacity: { max: 4 } } },
    ]);
    assert.deepEqual(
      changed.body.results.map((r) => r.status),
      ['updated', 'updated'],
    );
    const ines = await s.request<MemberList>('GET', '/v1/org/members', { auth: acme, query: { externalUserId: 'hr-2' } });
    assert.equal(ines.body.data[0]?.title, 'Lead designer');
    assert.equal(ines.body.data[0]?.displayName, 'Ines Duarte', 'fields not sent are kept');
  });

  it('reports a bad row with pointers into the request, applies the good ones, and leaves no trace of the bad one', async () => {
    const before = s.db.prepare("SELECT count(*) FROM users WHERE org_id = 'org_acme'").pluck().get() as number;
    const res = await bulk([
      { externalUserId: 'hr-ok-1', displayName: 'Good One' },
      { externalUserId: 'hr-bad-email', displayName: 'Bad Email', emails: [{ value: 'nope', primary: true }] },
      // Valid as a member, but its mentor profile is not: the member must not be created either.
      { externalUserId: 'hr-bad-mentor', displayName: 'Half Applied', mentor: { headline: 'Never', timeZone: 'Nowhere/Atlantis' } },
      { externalUserId: 'hr-no-name' },
      { externalUserId: 'hr-ok-1', displayName: 'Twice' },
      { displayName: 'No id', unknownField: 1 },
      { externalUserId: 'hr-ok-2', displayName: 'Good Two' },
    ]);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.summary, { created: 2, updated: 0, unchanged: 0, failed: 5 });
    const byIndex = res.body.results;
    assert.deepEqual(
      byIndex.map((r) => r.index),
      [0, 1, 2, 3, 4, 5, 6],
    );
    const pointers = (i: number) => (byIndex[i]?.errors ?? []).map((e) => e.pointer).sort();
    assert.deepEqual(pointers(1), ['/members/1/emails/0/value']);
    assert.deepEqual(pointers(2), ['/members/2/mentor/timeZone']);
    assert.deepEqual(pointers(3), ['/members/3/displayName']);
    assert.deepEqual(pointers(4), ['/members/4/externalUserId']);
    assert.deepEqual(pointers(5), ['/members/5/externalUserId', '/members/5/unknownField']);
    assert.equal(byIndex[5]?.externalUserId, null);
    assert.deepEqual([byIndex[0]?.status, byIndex[6]?.status], ['created', 'created']);
    assert.equal(s.db.prepare("SELECT count(*) FROM users WHERE org_id = 'org_acme'").pluck().get(), before + 2);
    assert.equal(s.db.prepare("SELECT count(*) FROM users WHERE external_id = 'hr-bad-mentor'").pluck().get(), 0, 'the half-valid row left no trace');
    // A row that is not even an object makes the request itself malformed.
    const notObject = await s.request<Problem>('POST', '/v1/org/members/bulk', { auth: acme, body: { members: [{ externalUserId: 'hr-x' }, 'text'] } });
    assert.equal(notObject.status, 422, notObject.text);
    assert.ok(notObject.body.errors?.some((e) => e.pointer === '/members/1'));
  });

  it('dry run: the same results, nothing written', async () => {
    const before = world();
    const preview = await bulk(
      [
        { externalUserId: 'hr-dry-new', displayName: 'Dry Run', mentor: { headline: 'Dry', timeZone: 'UTC' } },
        { externalUserId: 'hr-1', department: 'Marketing' },
        { externalUserId: 'hr-2' },
      ],
      { dryRun: true },
    );
    assert.equal(preview.status, 200, preview.text);
    assert.equal(preview.body.dryRun, true);
    assert.deepEqual(
      preview.body.results.map((r) => r.status),
      ['created', 'updated', 'unchanged'],
    );
    assert.equal(preview.body.results[0]?.memberId, null, 'a dry run names no member it did not create');
    assert.equal(preview.body.results[0]?.mentorId, null);
    assert.match(preview.body.results[1]?.memberId ?? '', /^usr_/);
    assert.equal(world(), before);
  });

  it('refuses more than 1,000 rows with a 413, and replays an Idempotency-Key', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ externalUserId: `x${i}` }));
    const tooMany = await s.request<Problem>('POST', '/v1/org/members/bulk', { auth: acme, body: { members: many } });
    assert.equal(tooMany.status, 413, tooMany.text);
    assert.equal(tooMany.body.code, 'payload_too_large');
    assert.equal(tooMany.body.errors?.[0]?.pointer, '/members');

    const once = await bulk([{ externalUserId: 'hr-idem', displayName: 'Idem' }], { key: 'bulk-idempotency-1' });
    const replay = await bulk([{ externalUserId: 'hr-idem', displayName: 'Idem' }], { key: 'bulk-idempotency-1' });
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(replay.body, once.body);
    assert.equal(once.body.results[0]?.status, 'created');
  });

  it('takes 1,000 rows in one call (bodies up to 1 MiB)', async () => {
    const thousand = Array.from({ length: 1000 }, (_, i) => ({
      externalUserId: `hr-big-${i}`,
      userName: `person.${i}`,
      displayName: `Person Number ${i}`,
      emails: [{ value: `person.${i}@acme.example`, primary: true }],
      title: 'Engineer',
      department: 'Platform engineering',
    }));
    const res = await bulk(thousand);
    assert.equal(res.status, 200, res.text.slice(0, 500));
    assert.equal(res.body.summary.created, 1000);
  });

  it('is for secret keys, and stays inside the key’s organization', async () => {
    const publishable = await bulk([{ externalUserId: 'hr-1' }], { auth: demo.keys.acmePublishable });
    assert.equal((publishable.body as unknown as Problem).code, 'publishable_key_read_only');
    const user = await bulk([{ externalUserId: 'hr-1' }], { auth: await s.tokenFor('acme-employee') });
    assert.equal((user.body as unknown as Problem).code, 'secret_key_required');
    // org_demo's rows with Acme's externalUserIds make org_demo's own people and touch no Acme member.
    const acmeBefore = world();
    const demoRun = await bulk([{ externalUserId: 'hr-1', displayName: 'Demo Person' }], { auth: demo.keys.demoSecret });
    assert.equal(demoRun.body.results[0]?.status, 'created');
    const acmeNoor = await s.request<MemberList>('GET', '/v1/org/members', { auth: acme, query: { externalUserId: 'hr-1' } });
    assert.equal(acmeNoor.body.data[0]?.displayName, 'Noor Haddad');
    assert.notEqual(demoRun.body.results[0]?.memberId, acmeNoor.body.data[0]?.id);
    assert.notEqual(world(), acmeBefore);
  });
});
