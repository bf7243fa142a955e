// `client.admin` (issue #14, members and internal mentors) end to end against a real sandbox over
// HTTP: members created, paged, updated and deactivated (their sign-in stops), the HR sync's bulk
// upsert with its dry run and its "unchanged" re-run, a member made an internal mentor whom the
// organization's people then find in client.mentors.search, and the refusals as typed errors.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { AuthenticationError, NotFoundError, PermissionDeniedError, UnprocessableEntityError } from '../src/core/errors.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let acme: Menteo;
let demo: Menteo;

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });

before(async () => {
  s = await startSandbox();
  acme = new Menteo({ secretKey: 'sk_test_acme', ...options() });
  demo = new Menteo({ secretKey: 'sk_test_demo', ...options() });
});
after(async () => {
  await s?.close();
});
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('client.admin.members', () => {
  it('creates, pages through, updates and deactivates members; a deactivated member cannot sign in', async () => {
    const created = await Promise.all(
      [1, 2, 3].map((n) => acme.admin.members.create({ externalUserId: `sdk-admin-${n}`, displayName: `SDK Person ${n}`, department: 'Sales' })),
    );
    const seen: string[] = [];
    for await (const member of acme.admin.members.list({ limit: 2 })) seen.push(member.id);
    for (const member of created) assert.ok(seen.includes(member.id));
    const { data } = await acme.admin.members.list({ externalUserId: 'sdk-admin-2' });
    assert.deepEqual(
      data.map((m) => m.id),
      [created[1]?.id],
    );

    const id = created[0]?.id ?? '';
    const updated = await acme.admin.members.update(id, { title: 'Account executive', department: null });
    assert.equal(updated.title, 'Account executive');
    assert.equal(updated.department, null);

    const token = (await acme.auth.createUserToken({ externalUserId: 'sdk-admin-1', name: 'SDK Person 1' })).token;
    const person = new Menteo({ publishableKey: 'pk_test_acme', token, ...options() });
    assert.equal((await person.me.retrieve()).id, id);
    const off = await acme.admin.members.deactivate(id);
    assert.equal(off.active, false);
    await assert.rejects(person.me.retrieve(), AuthenticationError);
    await assert.rejects(acme.auth.createUserToken({ externalUserId: 'sdk-admin-1', name: 'SDK Person 1' }), PermissionDeniedError);
  });

  it('bulk upserts: a dry run writes nothing, the real run creates, a re-run is unchanged, a bad row is named', async () => {
    const rows = [
      { externalUserId: 'sdk-hr-1', displayName: 'Hana Sato', emails: [{ value: 'hana@acme.example', primary: true }] },
      { externalUserId: 'sdk-hr-2', displayName: 'Omar Farouk', mentor: { headline: 'Zebrafinch: first-time managers', timeZone: 'Africa/Cairo' } },
      { externalUserId: 'sdk-hr-3', displayName: 'Bad Email', emails: [{ value: 'nope' }] },
    ];
    const preview = await acme.admin.members.bulkUpsert({ members: rows, dryRun: true });
    assert.deepEqual(preview.summary, { created: 2, updated: 0, unchanged: 0, failed: 1 });
    assert.equal((await acme.admin.members.list({ externalUserId: 'sdk-hr-1' })).data.length, 0, 'a dry run writes nothing');

    const run = await acme.admin.members.bulkUpsert({ members: rows });
    assert.deepEqual(
      run.results.map((r) => r.status),
      ['created', 'created', 'failed'],
    );
    assert.deepEqual(
      run.results[2]?.errors?.map((e) => e.pointer),
      ['/members/2/emails/0/value'],
    );
    const again = await acme.admin.members.bulkUpsert({ members: rows.slice(0, 2) });
    assert.deepEqual(again.summary, { created: 0, updated: 0, unchanged: 2, failed: 0 });

    const employee = new Menteo({ publishableKey: 'pk_test_acme', ...options() });
    const found = await employee.mentors.search({ q: 'Zebrafinch' });
    assert.deepEqual(
      found.data.map((m) => m.id),
      [run.results[1]?.mentorId],
    );
  });

  it('refuses a publishable key, and another organization’s member is not found', async () => {
    const member = await acme.admin.members.create({ externalUserId: 'sdk-admin-private', displayName: 'Private Person' });
    const publishable = new Menteo({ publishableKey: 'pk_test_acme', ...options() });
    await assert.rejects(async () => publishable.admin.members.list(), PermissionDeniedError);
    await assert.rejects(demo.admin.members.retrieve(member.id), NotFoundError);
    await assert.rejects(demo.admin.members.deactivate(member.id), NotFoundError);
    assert.equal((await acme.admin.members.retrieve(member.id)).active, true);
  });
});

describe('client.admin.mentors', () => {
  it('makes a member an internal mentor whom only the organization finds, updates and deactivates the profile', async () => {
    const member = await acme.admin.members.create({ externalUserId: 'sdk-mentor-1', displayName: 'Lena Vogel', title: 'Engineering manager' });
    const mentor = await acme.admin.mentors.create({
      userId: member.id,
      headline: 'Marmotmentor: delegation for new leads',
      timeZone: 'Europe/Berlin',
      availability: [{ day: 1, start: '09:00', end: '10:30' }],
    });
    assert.equal(mentor.visibility, 'internal');
    assert.equal(mentor.title, 'Engineering manager');

    const acmeSearch = () => new Menteo({ publishableKey: 'pk_test_acme', ...options() }).mentors.search({ q: 'Marmotmentor' });
    assert.deepEqual(
      (await acmeSearch()).data.map((m) => m.id),
      [mentor.id],
    );
    const demoSearch = await new Menteo({ publishableKey: 'pk_test_demo', ...options() }).mentors.search({ q: 'Marmotmentor' });
    assert.equal(demoSearch.data.length, 0);

    const updated = await acme.admin.mentors.update(mentor.id, { capacity: { max: 4 } });
    assert.equal(updated.capacity.max, 4);
    await acme.admin.mentors.deactivate(mentor.id);
    assert.equal((await acmeSearch()).data.length, 0);
    const listed: string[] = [];
    for await (const m of acme.admin.mentors.list({ active: false })) listed.push(m.id);
    assert.ok(listed.includes(mentor.id));

    await assert.rejects(acme.admin.mentors.update(mentor.id, { timeZone: 'Mars/Olympus_Mons' }), (error: unknown) => {
      assert.ok(error instanceof UnprocessableEntityError);
      assert.equal(error.problem?.errors?.[0]?.pointer, '/timeZone');
      return true;
    });
    await assert.rejects(demo.admin.mentors.retrieve(mentor.id), NotFoundError);
  });
});
