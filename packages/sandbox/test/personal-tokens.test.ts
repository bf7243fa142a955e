// Personal access tokens (#14): a signed-in person creates a scoped `mt_pat_…` token, shown once
// and stored only as a hash; it acts as them for the operations its scopes cover and is refused
// (403 insufficient_scope) elsewhere; it is listed by prefix with its last use, and revocable by
// its owner only.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Schemas = components['schemas'];
type Created = Schemas['CreatedPersonalAccessToken'];
type Problem = Schemas['Problem'];

let s: TestSandbox;
let mentee: string;

before(async () => {
  s = await startSandbox();
  mentee = await s.tokenFor('demo-mentee');
});
after(async () => {
  await s?.close();
});

async function create(body: Record<string, unknown>, auth: string = mentee): Promise<Created> {
  const res = await s.request<Created>('POST', '/v1/me/tokens', { auth, body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** The mentee's own growth thread. */
async function ownThreadId(): Promise<string> {
  const res = await s.request<Schemas['ThreadList']>('GET', '/v1/threads', { auth: mentee, query: { owner: demo.users.mentee.id } });
  assert.equal(res.status, 200, res.text);
  return res.body.data[0]?.id ?? '';
}

describe('personal access tokens', () => {
  it('is shown once, stored as a hash, and listed by prefix with its last use', async () => {
    const created = await create({ name: 'Blog cron', scopes: ['threads:write'] });
    assert.match(created.token, /^mt_pat_[A-Za-z0-9]{32}$/);
    assert.equal(created.prefix, created.token.slice(0, 11));
    assert.equal(created.lastUsedAt, null);
    const stored = s.db.prepare('SELECT token_hash FROM personal_tokens WHERE id = ?').pluck().get(created.id) as string;
    assert.equal(stored, createHash('sha256').update(created.token).digest('hex'));
    assert.equal(s.db.prepare('SELECT COUNT(*) FROM personal_tokens WHERE token_hash = ? OR prefix = ?').pluck().get(created.token, created.token), 0);

    const threadId = await ownThreadId();
    const posted = await s.request<Schemas['Post']>('POST', `/v1/threads/${threadId}/posts`, {
      auth: created.token,
      body: { kind: 'update', body: 'Posted by my cron' },
    });
    assert.equal(posted.status, 201, posted.text);
    assert.equal(posted.body.author.id, demo.users.mentee.id, 'the token acts as its person');

    const listed = await s.request<Schemas['PersonalAccessTokenList']>('GET', '/v1/me/tokens', { auth: mentee });
    const row = listed.body.data.find((t) => t.id === created.id);
    assert.ok(row);
    assert.equal(row.prefix, created.prefix);
    assert.deepEqual(row.scopes, ['threads:write']);
    assert.ok(row.lastUsedAt, 'the post was its last use');
    assert.ok(!JSON.stringify(listed.body).includes(created.token), 'the token itself is never shown again');
  });

  it('allows the operations its scopes cover and refuses the others with insufficient_scope', async () => {
    const writer = await create({ name: 'writer', scopes: ['threads:write'] });
    const reader = await create({ name: 'reader', scopes: ['threads:read', 'profile:read'] });
    const threadId = await ownThreadId();

    const read = await s.request('GET', `/v1/threads/${threadId}/posts`, { auth: reader.token });
    assert.equal(read.status, 200, read.text);
    assert.equal((await s.request('GET', '/v1/me', { auth: reader.token })).status, 200);

    for (const [auth, method, path, body] of [
      [reader.token, 'POST', `/v1/threads/${threadId}/posts`, { kind: 'update', body: 'Not allowed' }],
      [writer.token, 'GET', `/v1/threads/${threadId}/posts`, undefined],
      [writer.token, 'GET', '/v1/rooms', undefined],
      [writer.token, 'GET', '/v1/me', undefined],
      // No scope covers managing tokens: a token cannot mint or list tokens.
      [writer.token, 'POST', '/v1/me/tokens', { name: 'child', scopes: ['threads:write'] }],
      [reader.token, 'GET', '/v1/me/tokens', undefined],
    ] as const) {
      const res = await s.request<Problem>(method, path, { auth, ...(body ? { body } : {}) });
      assert.equal(res.status, 403, `${method} ${path}: ${res.text}`);
      assert.equal(res.body.code, 'insufficient_scope');
    }
    // What a user token could never do, a token cannot either.
    const admin = await s.request<Problem>('GET', '/v1/org/members', { auth: writer.token });
    assert.equal(admin.status, 403);
  });

  it('stops working when revoked or expired; only its owner can revoke it', async () => {
    const token = await create({ name: 'short-lived', scopes: ['profile:read'], expiresInDays: 1 });
    const other = await s.tokenFor('demo-mentor');
    assert.equal((await s.request('GET', '/v1/me', { auth: token.token })).status, 200);

    const stranger = await s.request<Problem>('DELETE', `/v1/me/tokens/${token.id}`, { auth: other });
    assert.equal(stranger.status, 404, 'another person cannot revoke it');
    const theirList = await s.request<Schemas['PersonalAccessTokenList']>('GET', '/v1/me/tokens', { auth: other });
    assert.ok(!theirList.body.data.some((t) => t.id === token.id), 'nor list it');

    s.setNow(new Date(s.now().getTime() + 86_400_000 + 1000));
    const expired = await s.request<Problem>('GET', '/v1/me', { auth: token.token });
    assert.equal(expired.status, 401);

    const kept = await create({ name: 'to revoke', scopes: ['profile:read'] }, await s.tokenFor('demo-mentee'));
    const owner = await s.tokenFor('demo-mentee');
    assert.equal((await s.request('DELETE', `/v1/me/tokens/${kept.id}`, { auth: owner })).status, 204);
    const revoked = await s.request<Problem>('GET', '/v1/me', { auth: kept.token });
    assert.equal(revoked.status, 401);
    assert.equal(revoked.body.code, 'invalid_credential');
    assert.equal((await s.request('DELETE', `/v1/me/tokens/${kept.id}`, { auth: owner })).status, 404, 'revoked once');
    const list = await s.request<Schemas['PersonalAccessTokenList']>('GET', '/v1/me/tokens', { auth: owner });
    assert.ok(!list.body.data.some((t) => t.id === kept.id));
  });

  it('never keeps its value for an Idempotency-Key replay: a retried create is a second token', async () => {
    const auth = await s.tokenFor('demo-mentee');
    const headers = { 'Idempotency-Key': 'personal-token-retry' };
    const body = { name: 'retried', scopes: ['threads:read'] };
    const first = await s.request<Created>('POST', '/v1/me/tokens', { auth, body, headers });
    const again = await s.request<Created>('POST', '/v1/me/tokens', { auth, body, headers });
    assert.equal(first.status, 201, first.text);
    assert.equal(again.status, 201, again.text);
    assert.notEqual(again.body.id, first.body.id);
    const stored = s.db.prepare("SELECT COUNT(*) FROM idempotency_keys WHERE body LIKE '%mt_pat_%'").pluck().get();
    assert.equal(stored, 0, 'no token value is stored anywhere in plain text');
  });

  it('is created by a signed-in person only, and names a bad field', async () => {
    for (const auth of [demo.keys.demoSecret, demo.keys.demoPublishable]) {
      const res = await s.request<Problem>('POST', '/v1/me/tokens', { auth, body: { name: 'x', scopes: ['threads:read'] } });
      assert.equal(res.status, 403, res.text);
    }
    const bad = await s.request<Problem>('POST', '/v1/me/tokens', { auth: await s.tokenFor('demo-mentee'), body: { name: 'x', scopes: ['threads:delete'] } });
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(
      bad.body.errors?.map((e) => e.pointer),
      ['/scopes/0'],
    );
  });
});
