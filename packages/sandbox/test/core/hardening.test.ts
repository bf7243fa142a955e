// Answers that tell the truth under odd input and odd failures, secrets that are not
// public, origins that fit the organization's mode, URLs that cannot run script, and
// tables that do not grow forever.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/database.js';
import { EventBus } from '../../src/events/event-bus.js';
import { Faults } from '../../src/http/faults.js';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { createSandbox } from '../../src/sandbox.js';
import { pruneDatabase, pruneIntervalMs } from '../../src/maintenance.js';
import { seedDatabase } from '../../src/seed/index.js';
import { roomIn } from '../rooms-fixtures.js';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { testNow } from '../support/test-clock.js';

type Problem = { code: string; status: number; detail: string; errors?: { in: string; pointer: string; detail: string }[] };
type Page = { data: { id: string }[]; nextCursor: string | null };

describe('a failure after the commit', () => {
  it('still answers with what was committed, not "500, nothing changed"', async () => {
    const now = new Date(testNow());
    const db = openDatabase(':memory:');
    seedDatabase(db, { seed: 42, mentors: 50, now });
    const logged: string[] = [];
    const app = createApp({
      db,
      bus: new EventBus(),
      now: () => now,
      log: (line) => logged.push(line),
      faults: new Faults({ latencyMs: 0, failRate: 0, seed: 1 }),
      rateLimiter: new RateLimiter({ limit: 0, windowSeconds: 60 }),
      // What runs after the commit: here, queueing the webhooks fails.
      onEventsCommitted: () => {
        throw new Error('webhook queue unavailable');
      },
    });
    try {
      const minted = await app.request('/v1/auth/tokens', {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ externalUserId: 'demo-mentee', name: 'Demo Mentee' }),
      });
      assert.equal(minted.status, 201);
      const { token } = (await minted.json()) as { token: string };
      const room = db.prepare("SELECT id FROM rooms WHERE mentee_id = 'usr_demomentee' AND status = 'active' LIMIT 1").get() as { id: string };

      const res = await app.request(`/v1/rooms/${room.id}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ body: 'Sent, whatever happens next.' }),
      });
      const sent = (await res.json()) as { id: string; body: string };
      const stored = db.prepare('SELECT body FROM messages WHERE room_id = ? ORDER BY seq DESC LIMIT 1').get(room.id) as { body: string };
      assert.equal(stored.body, 'Sent, whatever happens next.', 'the message was committed');
      assert.equal(res.status, 201, `answered ${res.status} ${JSON.stringify(sent)} for a committed write`);
      assert.match(sent.id, /^msg_/);
      assert.ok(
        logged.some((line) => line.includes('webhook queue unavailable')),
        'the failure is logged',
      );
    } finally {
      db.close();
    }
  });
});

describe('instants the schema lets through but a clock cannot hold', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 120 });
  });
  after(() => s.close());

  it('names a leap-second query parameter with 400 invalid_parameter instead of failing with 500', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const { id } = s.db.prepare('SELECT id FROM mentors WHERE org_id IS NULL LIMIT 1').get() as { id: string };
    for (const instant of ['2027-06-30T23:59:60Z', '2027-06-30T22:59:60-01:00', '2027-02-30T10:00:00Z']) {
      for (const [path, name, auth] of [
        [`/v1/rooms/${room.id}/sessions`, 'from', mentee.token],
        [`/v1/mentors/${id}/slots`, 'start', 'pk_test_demo'],
      ] as const) {
        const res = await s.request<Problem>('GET', path, { auth, query: { [name]: instant } });
        assert.equal(res.status, 400, `${path}?${name}=${instant}: ${res.text}`);
        assert.equal(res.body.code, 'invalid_parameter');
        assert.deepEqual(
          res.body.errors?.map((e) => [e.in, e.pointer]),
          [['query', `/${name}`]],
        );
      }
    }
  });

  it('names a leap-second body field as a validation error instead of failing with 500', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const res = await s.request<Problem>('POST', `/v1/rooms/${room.id}/sessions`, { auth: mentee.token, body: { startsAt: '2027-06-30T23:59:60Z' } });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.code, 'validation_failed');
    assert.deepEqual(
      res.body.errors?.map((e) => [e.in, e.pointer]),
      [['body', '/startsAt']],
    );
  });
});

describe('cursors', () => {
  it('are signed with a secret of their database: another sandbox refuses them, a restart on the same file keeps them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'menteo-cursor-'));
    const file = join(dir, 'sandbox.db');
    const options = { mentors: 50, log: () => {}, now: testNow(), rateLimit: { limit: 0, windowSeconds: 60 } };
    const first = createSandbox({ ...options, db: file });
    const other = createSandbox({ ...options, db: ':memory:' });
    try {
      const page = (await (await first.app.request('/v1/mentors?limit=2', { headers: { Authorization: 'Bearer pk_test_demo' } })).json()) as Page;
      assert.ok(page.nextCursor);
      const elsewhere = await other.app.request(`/v1/mentors?limit=2&cursor=${page.nextCursor}`, { headers: { Authorization: 'Bearer pk_test_demo' } });
      assert.equal(elsewhere.status, 400, 'a cursor signed with a key everyone knows is accepted anywhere');
      assert.equal(((await elsewhere.json()) as Problem).code, 'invalid_cursor');

      await first.close();
      const again = createSandbox({ ...options, db: file });
      try {
        const next = await again.app.request(`/v1/mentors?limit=2&cursor=${page.nextCursor}`, { headers: { Authorization: 'Bearer pk_test_demo' } });
        assert.equal(next.status, 200, 'a restart on the same file forgot its cursor secret');
      } finally {
        await again.close();
      }
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('origins and modes', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox();
    const at = new Date(testNow()).toISOString();
    s.db
      .prepare("INSERT INTO organizations (id, name, allowed_origins, created_at) VALUES ('org_livetest', 'Live Co', '[\"https://intranet.live.example\"]', ?)")
      .run(at);
    s.db.prepare("INSERT INTO api_keys (key, org_id, kind, mode, created_at) VALUES ('sk_live_livetest', 'org_livetest', 'secret', 'live', ?)").run(at);
    s.db.prepare("INSERT INTO api_keys (key, org_id, kind, mode, created_at) VALUES ('pk_live_livetest', 'org_livetest', 'publishable', 'live', ?)").run(at);
  });
  after(() => s.close());

  it("refuses a live organization's user tokens from localhost, and accepts them from its own origins", async () => {
    const minted = await s.request<{ token: string }>('POST', '/v1/auth/tokens', {
      auth: 'sk_live_livetest',
      body: { externalUserId: 'live-person', name: 'Live Person' },
    });
    assert.equal(minted.status, 201);
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      const res = await s.request<Problem>('GET', '/v1/me', { auth: minted.body.token, headers: { Origin: origin } });
      assert.equal(res.status, 403, origin);
      assert.equal(res.body.code, 'origin_not_allowed');
    }
    const own = await s.request('GET', '/v1/me', { auth: minted.body.token, headers: { Origin: 'https://intranet.live.example' } });
    assert.equal(own.status, 200);
    const local = await s.request<Problem>('GET', '/v1/users/usr_demomentor', { auth: 'pk_live_livetest', headers: { Origin: 'http://localhost:5173' } });
    assert.equal(local.status, 403, 'a live publishable key from localhost');
  });

  it("still accepts a test organization's user tokens from localhost", async () => {
    const token = await s.tokenFor('demo-mentee');
    const res = await s.request('GET', '/v1/me', { auth: token, headers: { Origin: 'http://localhost:5173' } });
    assert.equal(res.status, 200);
  });
});

describe('URL fields', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox();
  });
  after(() => s.close());

  it('accept only http(s) URLs, naming the field', async () => {
    for (const avatarUrl of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: { externalUserId: 'url-person', name: 'Url Person', avatarUrl },
      });
      assert.equal(res.status, 422, avatarUrl);
      assert.equal(res.body.code, 'validation_failed');
      assert.deepEqual([...new Set(res.body.errors?.map((e) => `${e.in} ${e.pointer}`))], ['body /avatarUrl'], avatarUrl);
    }
    const fine = await s.request('POST', '/v1/auth/tokens', {
      auth: 'sk_test_demo',
      body: { externalUserId: 'url-person', name: 'Url Person', avatarUrl: 'https://cdn.example/a.png' },
    });
    assert.equal(fine.status, 201);
  });
});

describe('pruning', () => {
  let s: TestSandbox;
  const at = new Date(testNow());
  const daysAgo = (days: number) => new Date(at.getTime() - days * 86_400_000).toISOString();
  before(async () => {
    s = await startSandbox();
    s.setNow(at);
  });
  after(() => s.close());

  function appendRaw(createdAt: string): number {
    const data = JSON.stringify({ id: 'room_prunetest0001', note: 'raw test event' });
    return Number(
      s.db
        .prepare("INSERT INTO events (type, created_at, audience, public, thread_id, data) VALUES ('room.updated', ?, '[\"usr_demomentee\"]', 0, NULL, ?)")
        .run(createdAt, data).lastInsertRowid,
    );
  }
  const exists = (sql: string, ...args: unknown[]) => s.db.prepare(sql).get(...args) !== undefined;

  it('removes old events with their deliveries, long-expired tokens and old idempotency keys, and keeps the rest', async () => {
    const old = appendRaw(daysAgo(40));
    const recent = appendRaw(daysAgo(1));
    s.db.prepare("INSERT INTO webhook_deliveries (event_seq, url, attempts, delivered_at) VALUES (?, 'https://hooks.example/old', 1, ?)").run(old, daysAgo(40));
    for (const [token, expired] of [
      ['ut_prunetest_longgone', daysAgo(8)],
      ['ut_prunetest_justexpired', daysAgo(1)],
    ] as const) {
      s.db
        .prepare("INSERT INTO user_tokens (token, user_id, org_id, expires_at, created_at) VALUES (?, 'usr_demomentee', 'org_demo', ?, ?)")
        .run(token, expired, expired);
    }
    for (const [key, created] of [
      ['prune-old', daysAgo(2)],
      ['prune-fresh', daysAgo(0.04)],
    ] as const) {
      s.db
        .prepare(
          "INSERT INTO idempotency_keys (credential, key, fingerprint, status, headers, body, created_at) VALUES ('sk_test_demo', ?, 'x', 201, '{}', NULL, ?)",
        )
        .run(key, created);
    }

    const removed = pruneDatabase(s.db, at);
    assert.ok(removed.events >= 1 && removed.webhookDeliveries >= 1 && removed.userTokens >= 1 && removed.idempotencyKeys >= 1, JSON.stringify(removed));
    assert.equal(exists('SELECT 1 FROM events WHERE seq = ?', old), false);
    assert.equal(exists('SELECT 1 FROM webhook_deliveries WHERE event_seq = ?', old), false);
    assert.equal(exists('SELECT 1 FROM events WHERE seq = ?', recent), true);
    assert.equal(exists("SELECT 1 FROM user_tokens WHERE token = 'ut_prunetest_longgone'"), false);
    assert.equal(exists("SELECT 1 FROM user_tokens WHERE token = 'ut_prunetest_justexpired'"), true, 'a recently expired token still answers token_expired');
    assert.equal(exists("SELECT 1 FROM idempotency_keys WHERE key = 'prune-old'"), false);
    assert.equal(exists("SELECT 1 FROM idempotency_keys WHERE key = 'prune-fresh'"), true);

    // A reader resuming from a pruned id starts at the oldest event kept.
    const token = await s.tokenFor('demo-mentee');
    const res = await s.request<{ data: { id: string }[] }>('GET', '/v1/events', {
      auth: token,
      query: { after: String(old) },
      headers: { Accept: 'application/json' },
      unchecked: true,
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.find((e) => Number(e.id) >= old)?.id, String(recent));
  });

  it('keeps the newest event however old, so a fresh stream still starts after the last id sent', () => {
    const newest = appendRaw(daysAgo(0));
    pruneDatabase(s.db, new Date(at.getTime() + 400 * 86_400_000));
    const left = s.db.prepare('SELECT seq FROM events').all() as { seq: number }[];
    assert.deepEqual(
      left.map((row) => row.seq),
      [newest],
    );
  });
});

describe('scheduled pruning', () => {
  it('prunes every hour on the sandbox clock, and stops when the sandbox closes', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    let clock = new Date(testNow());
    const lines: string[] = [];
    const sandbox = createSandbox({
      db: ':memory:',
      mentors: 50,
      now: () => clock,
      log: (line) => lines.push(line),
      rateLimit: { limit: 0, windowSeconds: 60 },
    });
    const stored = () => sandbox.db.prepare("SELECT 1 FROM idempotency_keys WHERE key = 'scheduled-prune'").get() !== undefined;
    try {
      sandbox.db
        .prepare(
          "INSERT INTO idempotency_keys (credential, key, fingerprint, status, headers, body, created_at) VALUES ('sk_test_demo', 'scheduled-prune', 'x', 201, '{}', NULL, ?)",
        )
        .run(clock.toISOString());
      clock = new Date(clock.getTime() + 25 * 3_600_000);
      assert.equal(stored(), true, 'nothing prunes before the interval comes round');
      t.mock.timers.tick(pruneIntervalMs);
      assert.equal(stored(), false, 'the hourly pass did not run');
    } finally {
      await sandbox.close();
    }
    // A pass still scheduled would now fail on the closed database, and log it.
    t.mock.timers.tick(pruneIntervalMs * 3);
    assert.deepEqual(
      lines.filter((line) => /prun/i.test(line)),
      [],
    );
  });
});
