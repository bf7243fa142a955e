// Arbitrary input to the OAuth endpoints never gets a 5xx, and each answers in its own shape: pages
// (text/html) from /oauth/authorize and the callback, RFC 6749 errors (application/json) from
// /oauth/token and /oauth/revoke. (contract/bad-input.test.ts leaves /oauth/* to this file: its
// assertions are for problem documents.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { raw } from './support/oauth.js';

const names = [
  'grant_type',
  'code',
  'code_verifier',
  'redirect_uri',
  'client_id',
  'refresh_token',
  'token',
  'token_type_hint',
  'request',
  'decision',
  'user_id',
  'name',
  'email',
  'state',
  'origin',
  'response_type',
  'code_challenge',
  'code_challenge_method',
  'error',
];
const values = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'pk_test_demo',
    'sk_test_demo',
    'authorization_code',
    'refresh_token',
    'allow',
    'deny',
    'new',
    'S256',
    'plain',
    'code',
    'usr_demomentee',
    'http://localhost:8080',
    'ort_x',
    'oac_x',
    'ut_x',
    '%00',
    '<script>',
  ),
);
const forms = fc.dictionary(fc.constantFrom(...names), values, { maxKeys: 8 });

describe('OAuth endpoints under arbitrary input', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 50 });
  });
  after(() => s.close());

  it('never answer 5xx, and answer pages or RFC 6749 errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('token', 'revoke', 'consent', 'authorize', 'callback'), forms, async (endpoint, form) => {
        const answer =
          endpoint === 'token' || endpoint === 'revoke'
            ? await raw(s, 'POST', `/oauth/${endpoint}`, { form })
            : endpoint === 'consent'
              ? await raw(s, 'POST', '/oauth/authorize', { form })
              : await raw(s, 'GET', `/oauth/${endpoint === 'authorize' ? 'authorize' : 'popup-callback'}?${new URLSearchParams(form)}`);
        assert.ok(answer.status < 500, `${endpoint} ${JSON.stringify(form)}: ${answer.status} ${answer.text.slice(0, 200)}`);
        assert.ok(answer.headers.get('X-Request-Id'));
        if (answer.status === 303) return;
        const type = answer.headers.get('Content-Type') ?? '';
        if (endpoint === 'token' || endpoint === 'revoke') {
          if (answer.status !== 200) assert.equal(typeof (JSON.parse(answer.text) as { error: unknown }).error, 'string');
        } else {
          assert.match(type, /^text\/html/);
          assert.doesNotMatch(answer.text, /<script>(?!\s*\(\) =>)/, 'nothing from the input runs as script');
        }
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
