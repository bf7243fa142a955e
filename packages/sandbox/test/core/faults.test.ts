// --fail-rate: some requests fail before they are handled, some after they were
// committed. A client that retries with the same Idempotency-Key still writes once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';

describe('fault injection', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ failRate: 0.4, seed: 7 });
  });
  after(() => s.close());

  it('fails requests both before and after handling, and idempotent retries write exactly once', async () => {
    const outcomes = { ok: 0, unavailable: 0, dropped: 0 };
    const calls = 60;
    for (let i = 0; i < calls; i++) {
      const key = `fault-key-${i.toString().padStart(4, '0')}`;
      for (let attempt = 0; ; attempt++) {
        assert.ok(attempt < 50, 'never succeeded');
        try {
          const res = await fetch(`${s.url}/v1/auth/tokens`, {
            method: 'POST',
            headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json', 'Idempotency-Key': key },
            body: JSON.stringify({ externalUserId: `fault-${i}`, name: `Fault ${i}` }),
          });
          if (res.status === 503) {
            outcomes.unavailable++;
            const problem = (await res.json()) as { code: string };
            assert.equal(problem.code, 'service_unavailable');
            continue;
          }
          assert.equal(res.status, 201);
          outcomes.ok++;
          break;
        } catch {
          outcomes.dropped++; // the connection was dropped after the write committed
        }
      }
    }
    assert.equal(outcomes.ok, calls);
    assert.ok(outcomes.unavailable > 5, `only ${outcomes.unavailable} injected 503s`);
    assert.ok(outcomes.dropped > 0, 'no dropped connection was injected');
    const tokens = s.db
      .prepare(
        "SELECT u.external_id, COUNT(t.token) AS n FROM users u JOIN user_tokens t ON t.user_id = u.id WHERE u.external_id LIKE 'fault-%' GROUP BY u.external_id",
      )
      .all() as { external_id: string; n: number }[];
    assert.equal(tokens.length, calls);
    assert.ok(
      tokens.every((t) => t.n === 1),
      `doubled writes: ${JSON.stringify(tokens.filter((t) => t.n !== 1))}`,
    );
  });
});
