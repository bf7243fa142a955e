// `client.tokens` (issue #14) end to end against a real sandbox over HTTP: a person creates a
// scoped personal access token, a second client built on it posts to their thread (and is refused
// elsewhere with insufficient_scope), the token is listed by prefix and revoked.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { bundle } from './support/bundle.js';
import { Menteo } from '../src/client.js';
import { AuthenticationError, NotFoundError, PermissionDeniedError } from '../src/core/errors.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let person: Menteo;

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });

before(async () => {
  s = await startSandbox();
  person = new Menteo({ publishableKey: 'pk_test_demo', token: await s.tokenFor('demo-mentee'), ...options() });
});
after(async () => {
  await s?.close();
});
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('client.tokens', () => {
  it('creates a scoped token a script uses as its person, lists it, and revokes it', async () => {
    const created = await person.tokens.create({ name: 'Blog cron', scopes: ['threads:read', 'threads:write'] });
    assert.match(created.token, /^mt_pat_/);

    const cron = new Menteo({ token: created.token, ...options() });
    const { data: threads } = await cron.threads.list({ owner: 'usr_demomentee' });
    const post = await cron.threads.posts.create(threads[0]?.id ?? '', { kind: 'update', body: 'Weekly notes from my cron' });
    assert.equal(post.author.id, 'usr_demomentee');
    await assert.rejects(cron.me.retrieve(), (error: unknown) => error instanceof PermissionDeniedError && error.code === 'insufficient_scope');

    const listed: string[] = [];
    for await (const token of person.tokens.list()) listed.push(token.prefix);
    assert.ok(listed.includes(created.prefix));

    const other = new Menteo({ publishableKey: 'pk_test_demo', token: await s.tokenFor('demo-mentor'), ...options() });
    await assert.rejects(other.tokens.revoke(created.id), NotFoundError);
    await person.tokens.revoke(created.id);
    await assert.rejects(async () => cron.threads.list({ owner: 'usr_demomentee' }), AuthenticationError);
  });
});

describe('tokens, org roadmaps and webhook endpoints in bundles', () => {
  it('stay out of a page that uses the stores or only searches, and are in the full client', async () => {
    const paths = ['/v1/me/tokens', '/v1/org/roadmaps', '/v1/org/webhook-endpoints'];
    const stores = await bundle(`export * from './stores/index.ts';`);
    const search = await bundle(`import { MenteoCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q });`);
    for (const code of [stores, search]) for (const path of paths) assert.ok(!code.includes(path), path);
    const full = await bundle(`import { Menteo } from './index.ts'; export const client = new Menteo({ secretKey: 'sk_test_acme' });`);
    for (const path of paths) assert.ok(full.includes(path), `the full client has ${path}`);
  });
});
