// An internal mentor carries its organization's name (`organization: { id, name }`), so that a card
// can say "Acme internal" without another request; a public mentor has `organization: null`.
// Every path that serves mentors says the same: retrieve, a batch by ids, a search, a match.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Mentor = components['schemas']['Mentor'];
type MentorList = components['schemas']['MentorList'];
type MatchResult = components['schemas']['MatchResult'];

let s: TestSandbox;
let acmeName: string;
let internalId: string;

before(async () => {
  s = await startSandbox();
  acmeName = s.db.prepare("SELECT name FROM organizations WHERE id = 'org_acme'").pluck().get() as string;
  internalId = s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme' ORDER BY rid LIMIT 1").pluck().get() as string;
});

after(async () => {
  await s?.close();
});

const acmeOrganization = () => ({ id: 'org_acme', name: acmeName });

describe('Mentor.organization', () => {
  it('names the organization of an internal mentor on retrieve, and keeps organizationId', async () => {
    assert.ok(acmeName, 'the seed names org_acme');
    const res = await s.request<Mentor>('GET', `/v1/mentors/${internalId}`, { auth: 'pk_test_acme' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.visibility, 'internal');
    assert.equal(res.body.organizationId, 'org_acme');
    assert.deepEqual(res.body.organization, acmeOrganization());
  });

  it('is null for a public mentor', async () => {
    const res = await s.request<Mentor>('GET', '/v1/mentors/men_demomentor');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.visibility, 'public');
    assert.equal(res.body.organization, null);
  });

  it('is the same in a batch by ids and in a search, for internal and public mentors alike', async () => {
    const batch = await s.request<MentorList>('GET', '/v1/mentors', { auth: 'pk_test_acme', query: { ids: `${internalId},men_demomentor` } });
    assert.equal(batch.status, 200, batch.text);
    const byId = new Map(batch.body.data.map((m) => [m.id, m]));
    assert.deepEqual(byId.get(internalId)?.organization, acmeOrganization());
    assert.equal(byId.get('men_demomentor')?.organization, null);

    const search = await s.request<MentorList>('GET', '/v1/mentors', { auth: 'pk_test_acme', query: { limit: '100' } });
    assert.equal(search.status, 200, search.text);
    const internal = search.body.data.filter((m) => m.visibility === 'internal');
    assert.ok(internal.length > 0, 'acme sees some of its internal mentors on the first page');
    for (const m of search.body.data) {
      assert.deepEqual(m.organization, m.visibility === 'internal' ? acmeOrganization() : null, m.id);
    }
  });

  it('is there on the mentors of a match', async () => {
    const res = await s.request<MatchResult>('POST', '/v1/matches', {
      auth: 'pk_test_acme',
      body: { need: 'leadership', goals: 'Lead my first team through a reorganisation', limit: 20 },
    });
    assert.equal(res.status, 200, res.text);
    assert.ok(res.body.data.length > 0, 'some mentors match');
    for (const { mentor } of res.body.data) {
      assert.deepEqual(mentor.organization, mentor.visibility === 'internal' ? acmeOrganization() : null, mentor.id);
    }
  });
});
