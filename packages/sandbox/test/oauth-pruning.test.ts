// Sign-in rows do not pile up forever: a week after a sign-in can no longer be used, its page
// request, code, refresh tokens and family go; a sign-in still in use keeps every row, and still
// refreshes after the pass.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pruneDatabase } from '../src/maintenance.js';
import { refreshTokenTtlMs } from '../src/resources/oauth/tokens.js';
import { oauthRetentionMs } from '../src/resources/oauth/prune.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { authorize, exchange, token } from './support/oauth.js';
import { testNow } from './support/test-clock.js';

describe('pruning of sign-in rows', () => {
  let s: TestSandbox;
  const start = new Date(testNow());
  before(async () => {
    s = await startSandbox({ mentors: 50 });
    s.setNow(start);
  });
  after(() => s.close());

  const count = (table: string, where = '1 = 1', ...args: unknown[]) =>
    (s.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;

  it('removes an old sign-in’s rows a week after they expired, and keeps a live one working', async () => {
    const oldFlow = await authorize(s);
    const old = await exchange(s, oldFlow);
    assert.equal(old.status, 200);
    const oldFamily = (s.db.prepare('SELECT family_id FROM oauth_refresh_tokens ORDER BY created_at DESC LIMIT 1').get() as { family_id: string }).family_id;

    // Past the refresh token's life and the retention after it: the old sign-in can do nothing now.
    const later = new Date(start.getTime() + refreshTokenTtlMs + oauthRetentionMs + 3_600_000);
    s.setNow(later);
    const liveFlow = await authorize(s);
    const live = await exchange(s, liveFlow);
    assert.equal(live.status, 200);
    const before = { requests: count('oauth_requests'), codes: count('oauth_codes'), families: count('oauth_families') };

    const removed = pruneDatabase(s.db, later);
    assert.ok(removed.oauth >= 4, `the old request, code, refresh token and family: ${JSON.stringify(removed)}`);
    assert.equal(count('oauth_families', 'id = ?', oldFamily), 0);
    assert.equal(count('oauth_refresh_tokens', 'family_id = ?', oldFamily), 0);
    assert.equal(count('oauth_access_tokens', 'family_id = ?', oldFamily), 0);
    assert.equal(count('oauth_requests'), before.requests - 1, 'the live sign-in’s page request stays');
    assert.equal(count('oauth_codes'), before.codes - 1, 'the live code stays: presenting it again must still revoke its sign-in');
    assert.equal(count('oauth_families'), before.families - 1);

    const refreshed = await token(s, { grant_type: 'refresh_token', refresh_token: live.body.refresh_token!, client_id: 'pk_test_demo' });
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    const stale = await token(s, { grant_type: 'refresh_token', refresh_token: old.body.refresh_token!, client_id: 'pk_test_demo' });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error, 'invalid_grant');
  });
});
