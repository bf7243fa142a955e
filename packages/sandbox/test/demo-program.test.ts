// The demo program (#14, `--demo-program`): with it, org_demo's program insights show every figure
// (no suppression in the totals or the mentor load, a request and session series every full week)
// and still equal an independent computation over the raw rows; the same PRNG seed and clock give
// the same rows; without it, the seeded world is what it was, and with it the world's own rows are
// all still there, unchanged (the demo people's rooms, requests and progress among them).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import type { Db } from '../src/db/database.js';
import { demo } from '../src/demo.js';
import { createSandbox } from '../src/sandbox.js';
import { hasDemoProgram } from '../src/seed/demo-program.js';
import { expectedFigures, expectedMentorLoad, readRaw } from './support/insights-expected.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { defaultTestNow } from './support/test-clock.js';
import { worldDigest } from './support/world-digest.js';

type Insights = components['schemas']['ProgramInsights'];
type Figure = components['schemas']['InsightFigure'];

let plain: TestSandbox;
let program: TestSandbox;

before(async () => {
  [plain, program] = await Promise.all([startSandbox(), startSandbox({ demoProgram: true })]);
});
after(async () => {
  await Promise.all([plain?.close(), program?.close()]);
});

async function insightsOf(s: TestSandbox): Promise<Insights> {
  const res = await s.request<Insights>('GET', '/v1/org/insights', { auth: demo.keys.demoSecret });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** Every figure of a figures object, by name (`needMix.leadership`…). */
function figuresByName(figures: Insights['totals']): [string, Figure][] {
  return Object.entries(figures).flatMap(([name, value]) =>
    'suppressed' in value
      ? [[name, value as Figure]]
      : Object.entries(value as Record<string, Figure>).map(([part, f]): [string, Figure] => [`${name}.${part}`, f]),
  );
}

const midnight = (date: string, plusDays = 0) => new Date(Date.parse(`${date}T00:00:00.000Z`) + plusDays * 86_400_000).toISOString();

const orgCounts = (db: Db) => ({
  members: db.prepare('SELECT COUNT(*) FROM users WHERE org_id = ?').pluck().get(demo.orgs.demo),
  internalMentors: db.prepare('SELECT COUNT(*) FROM mentors WHERE org_id = ?').pluck().get(demo.orgs.demo),
  rooms: db.prepare('SELECT COUNT(*) FROM rooms r JOIN users u ON u.id = r.mentee_id WHERE u.org_id = ?').pluck().get(demo.orgs.demo),
});

describe('demo program: insights', () => {
  it('shows every figure of the totals and the mentor load, and requests and sessions in every full week', async () => {
    const got = await insightsOf(program);
    const hidden = figuresByName(got.totals).filter(([, f]) => f.suppressed);
    assert.deepEqual(hidden, [], 'no total is suppressed');
    assert.deepEqual(got.mentorLoad.mentors, { value: 25, suppressed: false });
    assert.deepEqual(
      got.mentorLoad.distribution.map((d) => [d.activeMentees, d.mentors]),
      ['0', '1', '2', '3', '4+'].map((label) => [label, { value: 5, suppressed: false }]),
    );
    assert.equal(got.buckets.length, 13);
    // The first and last weeks are cut by the range (and this week has just begun); every full week shows.
    for (const bucket of got.buckets.slice(1, -1)) {
      for (const name of ['requests', 'acceptanceRate', 'sessionsHeld', 'noShows', 'activeRooms'] as const) {
        assert.equal(bucket.figures[name].suppressed, false, `${bucket.week} ${name}`);
      }
    }
    const requests = got.buckets.slice(1, -1).map((b) => b.figures.requests.value as number);
    assert.ok(Math.min(...requests) >= 5 && Math.max(...requests) >= Math.min(...requests) + 3, `requests a week have a shape: ${requests}`);
    const held = got.buckets.slice(1, -1).map((b) => b.figures.sessionsHeld.value as number);
    assert.ok((held.at(-1) as number) > (held[0] as number) * 1.5, `sessions held grow with the program: ${held}`);
  });

  it('equal an independent computation from the raw rows, per ISO week and in total', async () => {
    const got = await insightsOf(program);
    const raw = readRaw(program.db);
    for (const bucket of got.buckets) {
      assert.deepEqual(bucket.figures, expectedFigures(raw, demo.orgs.demo, midnight(bucket.start), midnight(bucket.end, 1)), bucket.week);
    }
    assert.deepEqual(got.totals, expectedFigures(raw, demo.orgs.demo, midnight(got.from), midnight(got.to, 1)));
    assert.deepEqual(got.mentorLoad, expectedMentorLoad(raw, demo.orgs.demo, got.mentorLoad.at));
  });

  it('without the flag, org_demo has its few figures as before', async () => {
    const got = await insightsOf(plain);
    assert.deepEqual(got.mentorLoad.mentors, { value: null, suppressed: true }, 'no internal mentors');
    assert.ok(figuresByName(got.totals).filter(([, f]) => f.suppressed).length >= 8);
  });
});

describe('demo program: the rest of the world', () => {
  it('without the flag, the seed is unchanged: org_demo has the people and rooms it had', () => {
    assert.equal(hasDemoProgram(plain.db), false);
    assert.deepEqual(orgCounts(plain.db), { members: 8, internalMentors: 0, rooms: 9 });
  });

  it("with it, every row of the world is still there as it was: the demo people's rooms, requests and progress too", () => {
    assert.equal(hasDemoProgram(program.db), true);
    const added = orgCounts(program.db);
    assert.equal(added.internalMentors, 25);
    assert.ok((added.members as number) >= 8 + 25 + 40, `${added.members} members`);
    for (const table of ['users', 'rooms', 'sessions', 'goals', 'room_reviews', 'roadmap_progress', 'messages', 'org_members']) {
      const before = plain.db
        .prepare(`SELECT * FROM ${table}`)
        .all()
        .map((row) => JSON.stringify(row));
      const now = new Set(
        program.db
          .prepare(`SELECT * FROM ${table}`)
          .all()
          .map((row) => JSON.stringify(row)),
      );
      assert.deepEqual(
        before.filter((row) => !now.has(row)),
        [],
        `${table}: no seeded row changed or went`,
      );
    }
    const people = [demo.users.mentee.id, demo.users.mentor.id];
    const theirs = (db: Db) =>
      db.prepare('SELECT id, status, updated_at FROM rooms WHERE mentee_id IN (?, ?) OR mentor_user_id IN (?, ?) ORDER BY id').all(...people, ...people);
    assert.deepEqual(theirs(program.db), theirs(plain.db), 'the demo people are in no room of the program');
  });

  it('the public directory and acme are as they were: the new mentors are internal to org_demo', async () => {
    for (const key of [demo.keys.acmePublishable]) {
      const [a, b] = await Promise.all(
        [plain, program].map(async (s) =>
          (await s.request<{ data: { id: string }[] }>('GET', '/v1/mentors', { auth: key, query: { limit: 50 } })).body.data.map((m) => m.id),
        ),
      );
      assert.deepEqual(b, a);
    }
    const internal = program.db.prepare('SELECT id FROM mentors WHERE org_id = ?').pluck().all(demo.orgs.demo) as string[];
    const acmeSees = await program.request<{ data: { id: string }[] }>('GET', '/v1/mentors', {
      auth: demo.keys.acmePublishable,
      query: { q: 'engineering manager', limit: 50 },
    });
    assert.deepEqual(
      acmeSees.body.data.filter((m) => internal.includes(m.id)),
      [],
    );
  });
});

describe('demo program: deterministic', () => {
  const fixed = new Date(defaultTestNow);
  const world = (seed: number) => {
    const sandbox = createSandbox({ db: ':memory:', mentors: 60, seed, now: () => fixed, demoProgram: true, log() {} });
    return { sandbox, digest: worldDigest(sandbox.db) };
  };

  it('gives the same rows, and so the same insights, for the same PRNG seed and clock; another seed shows every figure too', async () => {
    const [first, second, other] = [world(42), world(42), world(7)];
    try {
      assert.deepEqual(second.digest, first.digest);
      assert.notDeepEqual(other.digest.rooms, first.digest.rooms);
      const [a, b, c] = await Promise.all(
        [first, second, other].map(async ({ sandbox }) => {
          const res = await sandbox.app.request('/v1/org/insights', { headers: { Authorization: `Bearer ${demo.keys.demoSecret}` } });
          return (await res.json()) as Insights;
        }),
      );
      assert.deepEqual(b, a);
      assert.deepEqual(
        figuresByName((c as Insights).totals).filter(([, f]) => f.suppressed),
        [],
      );
    } finally {
      await Promise.all([first, second, other].map(({ sandbox }) => sandbox.close()));
    }
  });

  it('is added to a world that lacks it, a persistent one too, and only once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'menteo-demo-program-')), 'sandbox.db');
    const open = async (demoProgram: boolean) => {
      const sandbox = createSandbox({ db: file, mentors: 60, now: () => fixed, demoProgram, log() {} });
      const facts = { has: hasDemoProgram(sandbox.db), digest: worldDigest(sandbox.db) };
      await sandbox.close();
      return facts;
    };
    try {
      assert.equal((await open(false)).has, false);
      const added = await open(true);
      assert.equal(added.has, true);
      assert.deepEqual((await open(true)).digest, added.digest, 'a restart with the flag adds nothing');
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });
});
