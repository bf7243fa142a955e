import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { components } from '@menteo/api';
import { openDatabase } from '../src/db/database.js';
import { isBookableSlot, mentorSlots } from '../src/resources/mentors/availability.js';
import { seedMentors } from '../src/resources/mentors/seed.js';
import { findVisibleMentor, mentorIdForUser, mentorUserId } from '../src/resources/mentors/queries.js';
import { seededIndustries, seededSkills } from '../src/resources/mentors/seed-data.js';
import type { NewMentor } from '../src/resources/mentors/store.js';
import { demo } from '../src/demo.js';
import { seedCore } from '../src/seed/core.js';
import { Rng } from '../src/rng.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { testNow } from './support/test-clock.js';
import { insertTestMentor } from './support/mentors.js';

type Mentor = components['schemas']['Mentor'];
type MentorList = components['schemas']['MentorList'];
type ReviewList = components['schemas']['ReviewList'];
type SlotList = components['schemas']['MentorSlotList'];
type Problem = components['schemas']['Problem'];

/** A mentors row with its JSON columns parsed: the test's own view of the data, independent of the search SQL. */
interface Row {
  id: string;
  org_id: string | null;
  name: string;
  headline: string;
  bio: string;
  title: string;
  company: string;
  skills: string[];
  industries: string[];
  languages: string[];
  seniority: string;
  timezone: string;
  mentoring_style: string;
  helps_mask: number;
  offerings: { priceModel: string }[];
  accepting_requests: number;
  rating_avg: number | null;
  next_available_at: string | null;
}

let s: TestSandbox;
let now: Date;

function visibleRows(orgId: string): Row[] {
  const rows = s.db.prepare('SELECT * FROM mentors WHERE org_id IS NULL OR org_id = ?').all(orgId) as Record<string, unknown>[];
  return rows.map((r) => ({
    ...(r as unknown as Row),
    skills: JSON.parse(r.skills as string) as string[],
    industries: JSON.parse(r.industries as string) as string[],
    languages: JSON.parse(r.languages as string) as string[],
    offerings: JSON.parse(r.offerings as string) as { priceModel: string }[],
  }));
}

/** Walks every page of a search; returns the ids in order and the first page's totalCount. */
async function allPages(query: Record<string, string | number | boolean>, auth?: string): Promise<{ ids: string[]; mentors: Mentor[]; total: number }> {
  const mentors: Mentor[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let page = 0; page < 200; page++) {
    const res: { status: number; body: MentorList } = await s.request<MentorList>('GET', '/v1/mentors', {
      query: { limit: 100, ...query, ...(cursor ? { cursor } : {}) },
      ...(auth ? { auth } : {}),
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    if (total === -1) total = res.body.totalCount;
    else assert.equal(res.body.totalCount, total, 'totalCount is the same on every page');
    mentors.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  const ids = mentors.map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length, 'no mentor repeats across pages');
  return { ids, mentors, total };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

let inserted = 0;
function addMentor(overrides: Partial<NewMentor> = {}): string {
  return insertTestMentor(s.db, 'mentorstest', ++inserted, now, overrides);
}

function acmeInternalId(): string {
  return s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme' ORDER BY rid LIMIT 1").pluck().get() as string;
}

before(async () => {
  s = await startSandbox();
  now = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
  s.setNow(now);
});
after(async () => {
  await s?.close();
});

describe('seeded mentors', () => {
  it('has the demo mentor, a public leadership/directive engineering manager backed by usr_demomentor', async () => {
    const res = await s.request<Mentor>('GET', '/v1/mentors/men_demomentor');
    assert.equal(res.status, 200);
    const m = res.body;
    assert.equal(m.userId, demo.users.mentor.id);
    assert.equal(m.visibility, 'public');
    assert.equal(m.organizationId, null);
    assert.deepEqual(m.helpsWith, ['leadership']);
    assert.equal(m.mentoringStyle, 'directive');
    assert.match(m.title, /Engineering Manager/);
    assert.equal(m.name, s.db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(demo.users.mentor.id) as string);
    const reviews = s.db.prepare('SELECT count(*) AS n, avg(rating) AS avg FROM mentor_reviews WHERE mentor_id = ?').get('men_demomentor') as {
      n: number;
      avg: number;
    };
    assert.equal(m.stats.reviewCount, reviews.n);
    assert.equal(m.stats.ratingAvg, Math.round(reviews.avg * 10) / 10);
  });

  it('has 500 mentors by default, at least 20 in org_acme internal pool, each with a users row in the right org', () => {
    assert.equal(s.db.prepare('SELECT count(*) FROM mentors').pluck().get(), 500);
    assert.ok((s.db.prepare("SELECT count(*) FROM mentors WHERE org_id = 'org_acme'").pluck().get() as number) >= 20);
    const orphans = s.db.prepare('SELECT count(*) FROM mentors m LEFT JOIN users u ON u.id = m.user_id WHERE u.id IS NULL').pluck().get();
    assert.equal(orphans, 0);
    const wrongOrg = s.db
      .prepare("SELECT count(*) FROM mentors m JOIN users u ON u.id = m.user_id WHERE m.org_id = 'org_acme' AND u.org_id IS NOT 'org_acme'")
      .pluck()
      .get();
    assert.equal(wrongOrg, 0);
  });

  it('keeps stats consistent with the seeded reviews', () => {
    const mismatches = s.db
      .prepare(
        `SELECT count(*) FROM mentors m LEFT JOIN (SELECT mentor_id, count(*) n, round(avg(rating), 1) a FROM mentor_reviews GROUP BY mentor_id) r
         ON r.mentor_id = m.id WHERE m.review_count <> coalesce(r.n, 0) OR m.rating_avg IS NOT r.a`,
      )
      .pluck()
      .get();
    assert.equal(mismatches, 0);
  });

  it('is deterministic: the same seed gives the same mentors', () => {
    const dump = () => {
      const db = openDatabase(':memory:');
      const ctx = { db, rng: new Rng(7), now: new Date('2026-03-01T12:00:00Z'), mentors: 60 };
      db.transaction(() => {
        seedCore(ctx);
        seedMentors(ctx);
      })();
      const rows = db.prepare('SELECT * FROM mentors ORDER BY rid').all();
      const reviews = db.prepare('SELECT * FROM mentor_reviews ORDER BY id').all();
      db.close();
      return JSON.stringify([rows, reviews]);
    };
    assert.equal(dump(), dump());
  });

  it('seeds 10,000 mentors quickly (time printed, not asserted)', (t) => {
    const db = openDatabase(':memory:');
    const ctx = { db, rng: new Rng(42), now: new Date(testNow()), mentors: 10_000 };
    const started = performance.now();
    db.transaction(() => {
      seedCore(ctx);
      seedMentors(ctx);
    })();
    const ms = performance.now() - started;
    const line = `seeding 10,000 mentors (core + mentors seeders) took ${ms.toFixed(0)} ms`;
    t.diagnostic(line);
    assert.equal(db.prepare('SELECT count(*) FROM mentors').pluck().get(), 10_000);
    assert.equal((db.prepare("SELECT count(*) FROM mentors_fts WHERE mentors_fts MATCH 'engineering'").pluck().get() as number) > 0, true);
    db.close();
  });
});

describe('GET /v1/mentors: text search', () => {
  it('finds a seeded mentor by a distinctive word of their name, and every hit contains the word', async () => {
    const row = s.db
      .prepare(
        `SELECT id, name FROM mentors WHERE org_id IS NULL AND id <> 'men_demomentor'
         AND (SELECT count(*) FROM mentors m2 WHERE m2.name LIKE '%' || substr(mentors.name, instr(mentors.name, ' ') + 1) || '%') <= 3
         ORDER BY rid LIMIT 1`,
      )
      .get() as { id: string; name: string };
    const word = row.name.slice(row.name.indexOf(' ') + 1);
    const { ids, mentors } = await allPages({ q: word });
    assert.ok(ids.includes(row.id), `${row.name} is found by "${word}"`);
    const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const firstWord = fold(word).split(/[^\p{L}\p{N}]+/u)[0]!;
    for (const m of mentors) {
      const text = fold([m.name, m.headline, m.bio, m.title, m.company, ...m.skills, ...m.industries].join(' '));
      assert.ok(text.includes(firstWord), `${m.id} matches "${word}"`);
    }
  });

  it('ranks the name match first, matches the last word as a prefix, ignores case and accents', async () => {
    const exact = await s.request<MentorList>('GET', '/v1/mentors', { query: { q: 'okafor' } });
    assert.equal(exact.body.data[0]?.id, 'men_demomentor');
    const prefix = await s.request<MentorList>('GET', '/v1/mentors', { query: { q: 'Daniel Okaf' } });
    assert.equal(prefix.body.data[0]?.id, 'men_demomentor');
    const accented = s.db.prepare("SELECT id, name FROM mentors WHERE org_id IS NULL AND name GLOB '*[éíóúñçãšąęłżś]*' LIMIT 1").get() as
      | { id: string; name: string }
      | undefined;
    if (accented) {
      const plain = accented.name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      const { ids } = await allPages({ q: plain });
      assert.ok(ids.includes(accented.id), `${accented.name} found by "${plain}"`);
    }
  });

  it('requires every word to match', async () => {
    const both = await allPages({ q: 'engineering manager' });
    const one = await allPages({ q: 'engineering' });
    assert.ok(both.total > 0 && both.total < one.total);
    for (const id of both.ids) assert.ok(one.ids.includes(id));
  });

  it('defaults to relevance order with q, and to rating order without', async () => {
    const implicit = await s.request<MentorList>('GET', '/v1/mentors', { query: { q: 'hiring', limit: 30 } });
    const explicit = await s.request<MentorList>('GET', '/v1/mentors', { query: { q: 'hiring', sort: 'relevance', limit: 30 } });
    assert.deepEqual(
      implicit.body.data.map((m) => m.id),
      explicit.body.data.map((m) => m.id),
    );
    const plain = await s.request<MentorList>('GET', '/v1/mentors', { query: { limit: 30 } });
    const rating = await s.request<MentorList>('GET', '/v1/mentors', { query: { sort: 'rating', limit: 30 } });
    assert.deepEqual(
      plain.body.data.map((m) => m.id),
      rating.body.data.map((m) => m.id),
    );
  });

  it('never fails on hostile text (FTS5 syntax, quotes, operators, any Unicode)', async () => {
    for (const q of ['c++ "AND', '*', '"', 'NEAR(a b)', 'a OR b', 'NOT', '-', '^x', '()', 'col:val', '""*', '\u0301', '💥 rust', ' ', 'x'.repeat(200)]) {
      const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { q } });
      assert.equal(res.status, 200, `q=${JSON.stringify(q)} → ${res.status}`);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (q) => {
        const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { q, facets: 'skills' } });
        assert.equal(res.status, 200, `q=${JSON.stringify(q)} → ${res.status}`);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects q longer than 200 characters', async () => {
    const res = await s.request<Problem>('GET', '/v1/mentors', { query: { q: 'x'.repeat(201) } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_parameter');
  });
});

describe('GET /v1/mentors: filters', () => {
  const cases: [string, Record<string, string | number | boolean>, (r: Row) => boolean][] = [
    ['skills (OR within)', { skills: 'hiring,go' }, (r) => r.skills.includes('hiring') || r.skills.includes('go')],
    ['industries', { industries: 'fintech' }, (r) => r.industries.includes('fintech')],
    ['seniority (OR within)', { seniority: 'staff,principal' }, (r) => ['staff', 'principal'].includes(r.seniority)],
    ['languages (pt matches pt-BR)', { languages: 'pt' }, (r) => r.languages.some((l) => l === 'pt' || l.startsWith('pt-'))],
    ['languages (exact regional tag, any case)', { languages: 'PT-br,de' }, (r) => r.languages.includes('pt-BR') || r.languages.includes('de')],
    ['helpsWith', { helpsWith: 'mentorship' }, (r) => (r.helps_mask & 2) !== 0],
    ['mentoringStyle', { mentoringStyle: 'facilitative' }, (r) => r.mentoring_style === 'facilitative'],
    ['minRating', { minRating: 4.5 }, (r) => r.rating_avg !== null && r.rating_avg >= 4.5],
    ['priceModel (OR within)', { priceModel: 'monthly,free' }, (r) => r.offerings.some((o) => o.priceModel === 'monthly' || o.priceModel === 'free')],
    ['acceptingRequests=false', { acceptingRequests: false }, (r) => r.accepting_requests === 0],
    ['acceptingRequests=true', { acceptingRequests: true }, (r) => r.accepting_requests === 1],
    [
      'AND across parameters',
      { skills: 'hiring,feedback,leadership', languages: 'en', helpsWith: 'leadership' },
      (r) =>
        ['hiring', 'feedback', 'leadership'].some((k) => r.skills.includes(k)) &&
        r.languages.some((l) => l === 'en' || l.startsWith('en-')) &&
        (r.helps_mask & 1) !== 0,
    ],
  ];
  for (const [name, query, keep] of cases) {
    it(`${name}: exactly the mentors the filter describes`, async () => {
      const expected = visibleRows('org_demo')
        .filter(keep)
        .map((r) => r.id);
      assert.ok(expected.length > 0, 'the filter keeps someone');
      const { ids, total } = await allPages(query);
      assert.deepEqual(sorted(ids), sorted(expected));
      assert.equal(total, expected.length);
    });
  }

  it('utcOffsetMin/utcOffsetMax: mentors whose current UTC offset is in range', async () => {
    const expected = visibleRows('org_demo')
      .filter((r) => {
        const o = offsetMinutes(r.timezone, now);
        return o >= -300 && o <= 60;
      })
      .map((r) => r.id);
    const { ids } = await allPages({ utcOffsetMin: -300, utcOffsetMax: 60 });
    assert.deepEqual(sorted(ids), sorted(expected));
    const east = await allPages({ utcOffsetMin: 330 });
    assert.deepEqual(
      sorted(east.ids),
      sorted(
        visibleRows('org_demo')
          .filter((r) => offsetMinutes(r.timezone, now) >= 330)
          .map((r) => r.id),
      ),
    );
  });

  it('availableWithinDays: mentors with a bookable slot in that many days', async () => {
    const { ids } = await allPages({ availableWithinDays: 2 });
    const by = now.getTime() + 2 * 86_400_000;
    const expected = visibleRows('org_demo')
      .filter((r) => r.next_available_at !== null && Date.parse(r.next_available_at) > now.getTime() && Date.parse(r.next_available_at) <= by)
      .map((r) => r.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(sorted(ids), sorted(expected));
    // The stored value is the first real slot.
    const demoMentor = (await s.request<Mentor>('GET', '/v1/mentors/men_demomentor')).body;
    const slots = await s.request<SlotList>('GET', '/v1/mentors/men_demomentor/slots', {
      query: { end: new Date(now.getTime() + 30 * 86_400_000).toISOString() },
    });
    assert.equal(demoMentor.nextAvailableAt, slots.body.data[0]?.startsAt ?? null);
  });

  it('shows internal mentors only to their organization', async () => {
    const demoIds = (await allPages({})).ids;
    const acmeIds = (await allPages({}, 'pk_test_acme')).ids;
    const internal = s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme'").pluck().all() as string[];
    for (const id of internal) {
      assert.ok(!demoIds.includes(id));
      assert.ok(acmeIds.includes(id));
    }
    assert.equal(acmeIds.length, demoIds.length + internal.length);
    const viaUser = await s.request<MentorList>('GET', '/v1/mentors', { auth: await s.tokenFor('acme-employee'), query: { ids: internal[0]! } });
    assert.deepEqual(
      viaUser.body.data.map((m) => m.id),
      [internal[0]],
    );
  });

  it('rejects bad parameters with 400', async () => {
    const bad: Record<string, string | number>[] = [
      { utcOffsetMin: 120, utcOffsetMax: 60 },
      { utcOffsetMin: -721 },
      { availableWithinDays: 0 },
      { minRating: 6 },
      { seniority: 'intern' },
      { helpsWith: 'everything' },
      { sort: 'relevance' },
      { sort: 'newest' },
      { facets: 'countries' },
      { skills: 'Not A Slug' },
      { limit: 101 },
      { cursor: 'garbage' },
    ];
    for (const query of bad) {
      const res = await s.request<Problem>('GET', '/v1/mentors', { query });
      assert.equal(res.status, 400, JSON.stringify(query));
      assert.ok(['invalid_parameter', 'invalid_cursor'].includes(res.body.code), JSON.stringify(res.body));
    }
  });

  it('needs a credential', async () => {
    const res = await s.request<Problem>('GET', '/v1/mentors', { auth: null });
    assert.equal(res.status, 401);
  });
});

describe('GET /v1/mentors: sorting and pagination', () => {
  const cmpNullsLast = (a: number | string | null, b: number | string | null, dir: 1 | -1) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : a < b ? -dir : a > b ? dir : 0;
  // sort=rating (a Bayesian average, ties by review count then id) has its own file: mentor-rating.test.ts.
  const orders: [string, (m: Mentor) => number | string | null, 1 | -1][] = [
    ['sessions', (m) => m.stats.sessionsCompleted, -1],
    ['response', (m) => m.stats.medianResponseHours, 1],
    ['availability', (m) => m.nextAvailableAt, 1],
  ];
  for (const [sort, key, dir] of orders) {
    it(`sort=${sort} is monotonic across pages, ties broken by id`, async () => {
      const { mentors, total } = await allPages({ sort, limit: 45 });
      assert.equal(mentors.length, total);
      for (let i = 1; i < mentors.length; i++) {
        const a = mentors[i - 1]!;
        const b = mentors[i]!;
        const c = cmpNullsLast(key(a), key(b), dir);
        assert.ok(c <= 0, `${sort}: ${a.id} (${key(a)}) before ${b.id} (${key(b)})`);
        if (c === 0) assert.ok(dir === -1 ? a.id > b.id : a.id < b.id, `tie on ${sort} broken by id`);
      }
    });
  }

  it('walks every mentor exactly once with small pages', async () => {
    const { ids, total } = await allPages({ limit: 37 });
    assert.equal(ids.length, total);
    assert.deepEqual(sorted(ids), sorted(visibleRows('org_demo').map((r) => r.id)));
  });

  it('stays stable when mentors are inserted between page loads', async () => {
    const before = visibleRows('org_demo').map((r) => r.id);
    const first = await s.request<MentorList>('GET', '/v1/mentors', { query: { sort: 'rating', limit: 25 } });
    const seen = first.body.data.map((m) => m.id);
    const top = addMentor({ ratingAvg: 5, reviewCount: 99 });
    const bottom = addMentor({ ratingAvg: 1.1, reviewCount: 1 });
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await s.request<MentorList>('GET', '/v1/mentors', { query: { sort: 'rating', limit: 25, cursor } });
      assert.equal(page.status, 200);
      seen.push(...page.body.data.map((m) => m.id));
      cursor = page.body.nextCursor;
    }
    assert.equal(new Set(seen).size, seen.length, 'no repeats');
    assert.ok(!seen.includes(top), 'a mentor inserted before the cursor does not appear');
    assert.equal(seen.filter((id) => id === bottom).length, 1, 'a mentor inserted after the cursor appears once');
    assert.deepEqual(sorted(seen.filter((id) => id !== bottom)), sorted(before), 'no skips');
  });

  it('paginates text search in relevance order without repeats', async () => {
    const { ids, total } = await allPages({ q: 'design', limit: 7 });
    assert.equal(ids.length, total);
    assert.ok(total > 7);
  });

  it('refuses a cursor issued for another sort order', async () => {
    const page = await s.request<MentorList>('GET', '/v1/mentors', { query: { sort: 'rating', limit: 5 } });
    const res = await s.request<Problem>('GET', '/v1/mentors', { query: { sort: 'sessions', cursor: page.body.nextCursor! } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_cursor');
  });
});

describe('GET /v1/mentors: facets', () => {
  function expectedFacets(rows: Row[]) {
    const count = (values: string[][]) => {
      const out: Record<string, number> = {};
      for (const list of values) for (const v of new Set(list)) out[v] = (out[v] ?? 0) + 1;
      return out;
    };
    return {
      skills: count(rows.map((r) => r.skills)),
      industries: count(rows.map((r) => r.industries)),
      languages: count(rows.map((r) => r.languages)),
      seniority: count(rows.map((r) => [r.seniority])),
      helpsWith: count(rows.map((r) => [...(r.helps_mask & 1 ? ['leadership'] : []), ...(r.helps_mask & 2 ? ['mentorship'] : [])])),
    };
  }

  it('counts every facet over the filtered set without its own selection, as computed from the database', async () => {
    const res = await s.request<MentorList>('GET', '/v1/mentors', {
      query: { helpsWith: 'leadership', languages: 'en', facets: 'skills,industries,languages,seniority,helpsWith', limit: 1 },
    });
    const leads = (r: Row) => (r.helps_mask & 1) !== 0;
    const speaksEnglish = (r: Row) => r.languages.some((l) => l === 'en' || l.startsWith('en-'));
    const visible = visibleRows('org_demo');
    const rows = visible.filter((r) => leads(r) && speaksEnglish(r));
    assert.equal(res.body.totalCount, rows.length);
    // Disjunctive (values within a facet are ORed): helpsWith is counted without the helpsWith
    // selection, languages without the languages one; the other facets over the filtered set.
    assert.deepEqual(res.body.facets, {
      ...expectedFacets(rows),
      languages: expectedFacets(visible.filter(leads)).languages,
      helpsWith: expectedFacets(visible.filter(speaksEnglish)).helpsWith,
    });
    const skillCounts = Object.values(res.body.facets.skills!);
    assert.deepEqual(
      skillCounts,
      [...skillCounts].sort((a, b) => b - a),
      'values come most frequent first',
    );
  });

  it('counts over a text search, and only the facets asked for', async () => {
    const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { q: 'engineering', facets: 'seniority', limit: 3 } });
    const { ids } = await allPages({ q: 'engineering' });
    const rows = visibleRows('org_demo').filter((r) => ids.includes(r.id));
    assert.deepEqual(Object.keys(res.body.facets), ['seniority']);
    assert.deepEqual(res.body.facets.seniority, expectedFacets(rows).seniority);
  });

  it('includes internal mentors in the counts only for their organization', async () => {
    const acme = await s.request<MentorList>('GET', '/v1/mentors', { auth: 'pk_test_acme', query: { facets: 'helpsWith', limit: 1 } });
    assert.deepEqual(acme.body.facets.helpsWith, expectedFacets(visibleRows('org_acme')).helpsWith);
    assert.equal(acme.body.totalCount, visibleRows('org_acme').length);
  });

  it('computes no facets unless asked', async () => {
    const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { limit: 1 } });
    assert.deepEqual(res.body.facets, {});
  });

  it('uses vocabularies the seeder exports', async () => {
    const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { facets: 'skills,industries', limit: 1 } });
    for (const skill of Object.keys(res.body.facets.skills!)) assert.ok(seededSkills.includes(skill) || skill === 'hiring', skill);
    for (const industry of Object.keys(res.body.facets.industries!)) assert.ok(seededIndustries.includes(industry), industry);
  });
});

describe('GET /v1/mentors?ids=: batch fetch', () => {
  it('returns the visible ones in the order given; unknown, invisible and repeated ids are left out', async () => {
    const publicIds = s.db.prepare('SELECT id FROM mentors WHERE org_id IS NULL ORDER BY rid DESC LIMIT 3').pluck().all() as string[];
    const internal = acmeInternalId();
    const ids = [publicIds[0]!, internal, 'men_doesnotexist0', publicIds[1]!, publicIds[0]!, publicIds[2]!];
    const res = await s.request<MentorList>('GET', '/v1/mentors', { query: { ids: ids.join(',') } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.data.map((m) => m.id),
      [publicIds[0], publicIds[1], publicIds[2]],
    );
    assert.equal(res.body.totalCount, 3);
    assert.equal(res.body.nextCursor, null);
    const acme = await s.request<MentorList>('GET', '/v1/mentors', { auth: 'pk_test_acme', query: { ids: ids.join(',') } });
    assert.deepEqual(
      acme.body.data.map((m) => m.id),
      [publicIds[0], internal, publicIds[1], publicIds[2]],
    );
  });

  it('takes up to 100 ids, and rejects more, malformed ids or other parameters', async () => {
    const hundred = s.db.prepare('SELECT id FROM mentors WHERE org_id IS NULL ORDER BY id LIMIT 100').pluck().all() as string[];
    const ok = await s.request<MentorList>('GET', '/v1/mentors', { query: { ids: hundred.join(','), limit: 5 } });
    assert.equal(ok.status, 200);
    assert.deepEqual(
      ok.body.data.map((m) => m.id),
      hundred,
    );
    const tooMany = await s.request<Problem>('GET', '/v1/mentors', { query: { ids: [...hundred, 'men_demomentor'].join(',') } });
    assert.equal(tooMany.status, 400);
    const malformed = await s.request<Problem>('GET', '/v1/mentors', { query: { ids: 'men_demomentor,room_abcdefgh' } });
    assert.equal(malformed.status, 400);
    for (const extra of [{ q: 'rust' }, { skills: 'go' }, { sort: 'rating' }, { facets: 'skills' }, { acceptingRequests: true }]) {
      const res = await s.request<Problem>('GET', '/v1/mentors', { query: { ids: 'men_demomentor', ...extra } });
      assert.equal(res.status, 400, JSON.stringify(extra));
      assert.equal(res.body.code, 'invalid_parameter');
    }
  });
});

describe('GET /v1/mentors/{mentorId}', () => {
  it('hides an internal acme mentor from other organizations (404) and shows it to acme (200)', async () => {
    const id = acmeInternalId();
    const asDemo = await s.request<Problem>('GET', `/v1/mentors/${id}`);
    assert.equal(asDemo.status, 404);
    assert.equal(asDemo.body.code, 'not_found');
    const asDemoUser = await s.request<Problem>('GET', `/v1/mentors/${id}`, { auth: await s.tokenFor('demo-mentee') });
    assert.equal(asDemoUser.status, 404);
    const asAcme = await s.request<Mentor>('GET', `/v1/mentors/${id}`, { auth: 'pk_test_acme' });
    assert.equal(asAcme.status, 200);
    assert.equal(asAcme.body.visibility, 'internal');
    assert.equal(asAcme.body.organizationId, 'org_acme');
    const asAcmeSecret = await s.request<Mentor>('GET', `/v1/mentors/${id}`, { auth: 'sk_test_acme' });
    assert.equal(asAcmeSecret.status, 200);
  });

  it('answers 404 for an unknown id, 400 for a malformed one, 401 without a credential', async () => {
    assert.equal((await s.request('GET', '/v1/mentors/men_doesnotexist0')).status, 404);
    assert.equal((await s.request('GET', '/v1/mentors/usr_demomentor')).status, 400);
    assert.equal((await s.request('GET', '/v1/mentors/men_demomentor', { auth: null })).status, 401);
  });

  it('supports conditional GETs', async () => {
    const first = await s.request<Mentor>('GET', '/v1/mentors/men_demomentor');
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    const again = await s.request('GET', '/v1/mentors/men_demomentor', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('counts open seats from active and paused rooms', async () => {
    const m = (await s.request<Mentor>('GET', '/v1/mentors/men_demomentor')).body;
    const hasRooms = s.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'rooms'").get() !== undefined;
    const busy = hasRooms
      ? (s.db.prepare("SELECT count(*) FROM rooms WHERE mentor_id = 'men_demomentor' AND status IN ('active', 'paused')").pluck().get() as number)
      : 0;
    assert.equal(m.capacity.open, Math.max(0, m.capacity.max - busy));
  });

  it('exposes the cross-resource lookups', () => {
    assert.equal(mentorUserId(s.db, 'men_demomentor'), demo.users.mentor.id);
    assert.equal(mentorIdForUser(s.db, demo.users.mentor.id), 'men_demomentor');
    assert.equal(mentorIdForUser(s.db, demo.users.mentee.id), undefined);
    assert.equal(findVisibleMentor(s.db, acmeInternalId(), 'org_demo'), undefined);
    assert.equal(findVisibleMentor(s.db, acmeInternalId(), 'org_acme')?.visibility, 'internal');
  });
});

describe('GET /v1/mentors/{mentorId}/reviews', () => {
  it('pages through every review, newest first, without repeats', async () => {
    const expected = s.db
      .prepare("SELECT id FROM mentor_reviews WHERE mentor_id = 'men_demomentor' ORDER BY created_at DESC, id DESC")
      .pluck()
      .all() as string[];
    assert.ok(expected.length >= 10);
    const seen: components['schemas']['Review'][] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: ReviewList } = await s.request<ReviewList>('GET', '/v1/mentors/men_demomentor/reviews', {
        query: { limit: 4, ...(cursor ? { cursor } : {}) },
      });
      assert.equal(res.status, 200);
      assert.ok(res.body.data.length <= 4);
      seen.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    assert.deepEqual(
      seen.map((r) => r.id),
      expected,
    );
    for (const r of seen) {
      assert.ok(r.rating >= 1 && r.rating <= 5);
      assert.ok(r.author.name.length > 0);
    }
  });

  it('answers 404 for an invisible mentor, 400 for a bad cursor', async () => {
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternalId()}/reviews`)).status, 404);
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternalId()}/reviews`, { auth: 'pk_test_acme' })).status, 200);
    const bad = await s.request<Problem>('GET', '/v1/mentors/men_demomentor/reviews', { query: { cursor: 'abc.def' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'invalid_cursor');
  });
});

describe('GET /v1/mentors/{mentorId}/slots', () => {
  const hour = 3_600_000;
  let mentorId: string;

  before(() => {
    // Mondays 09:00–11:00 and Sundays 02:00–04:00 in New York: the Sunday window straddles
    // the spring-forward gap of 2026-03-08 (02:00 does not exist that day).
    mentorId = addMentor({
      timezone: 'America/New_York',
      country: 'US',
      weeklyAvailability: [
        [1, 9 * 60, 11 * 60],
        [7, 2 * 60, 4 * 60],
      ],
    });
    s.setNow(new Date('2026-03-01T00:00:00Z'));
  });
  after(() => s.setNow(now));

  it('converts wall-clock windows to UTC across the DST change', async () => {
    const res = await s.request<SlotList>(`GET`, `/v1/mentors/${mentorId}/slots`, {
      query: { start: '2026-03-02T00:00:00Z', end: '2026-03-16T00:00:00Z', timeZone: 'America/New_York' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.timeZone, 'America/New_York');
    assert.deepEqual(
      res.body.data.map((d) => [d.startsAt, d.localStart]),
      [
        ['2026-03-02T14:00:00.000Z', '2026-03-02T09:00:00-05:00'],
        ['2026-03-02T15:00:00.000Z', '2026-03-02T10:00:00-05:00'],
        ['2026-03-08T07:00:00.000Z', '2026-03-08T03:00:00-04:00'],
        ['2026-03-09T13:00:00.000Z', '2026-03-09T09:00:00-04:00'],
        ['2026-03-09T14:00:00.000Z', '2026-03-09T10:00:00-04:00'],
        ['2026-03-15T06:00:00.000Z', '2026-03-15T02:00:00-04:00'],
        ['2026-03-15T07:00:00.000Z', '2026-03-15T03:00:00-04:00'],
      ],
    );
    for (const slot of res.body.data) assert.equal(Date.parse(slot.endsAt) - Date.parse(slot.startsAt), hour);
  });

  it('labels slots in the time zone asked for, defaulting to the mentor’s', async () => {
    const kolkata = await s.request<SlotList>('GET', `/v1/mentors/${mentorId}/slots`, {
      query: { start: '2026-03-02T00:00:00Z', end: '2026-03-03T00:00:00Z', timeZone: 'Asia/Kolkata' },
    });
    assert.equal(kolkata.body.timeZone, 'Asia/Kolkata');
    assert.equal(kolkata.body.data[0]?.localStart, '2026-03-02T19:30:00+05:30');
    const own = await s.request<SlotList>('GET', `/v1/mentors/${mentorId}/slots`, { query: { start: '2026-03-02T00:00:00Z', end: '2026-03-03T00:00:00Z' } });
    assert.equal(own.body.timeZone, 'America/New_York');
    assert.equal(own.body.data[0]?.localStart, '2026-03-02T09:00:00-05:00');
    const lower = await s.request<SlotList>('GET', `/v1/mentors/${mentorId}/slots`, {
      query: { start: '2026-03-02T00:00:00Z', end: '2026-03-03T00:00:00Z', timeZone: 'europe/berlin' },
    });
    assert.equal(lower.body.timeZone, 'Europe/Berlin');
    assert.equal(lower.body.data[0]?.localStart, '2026-03-02T15:00:00+01:00');
  });

  it('leaves out the past and booked slots (pending or accepted sessions only)', async () => {
    s.setNow(new Date('2026-03-09T13:30:00Z'));
    const range = { start: '2026-03-09T00:00:00Z', end: '2026-03-16T00:00:00Z' };
    const starts = async () => (await s.request<SlotList>('GET', `/v1/mentors/${mentorId}/slots`, { query: range })).body.data.map((d) => d.startsAt);
    assert.deepEqual(await starts(), ['2026-03-09T14:00:00.000Z', '2026-03-15T06:00:00.000Z', '2026-03-15T07:00:00.000Z']);
    const hasSessions = s.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sessions'").get() !== undefined;
    if (!hasSessions) return;
    const mentorUser = mentorUserId(s.db, mentorId)!;
    s.db
      .prepare(
        `INSERT INTO rooms (id, mentor_id, mentor_user_id, mentee_id, goal, cadence, term_weeks, status, created_at, updated_at)
         VALUES ('room_mentorstest1', ?, ?, ?, 'Grow as a lead', 'weekly', 12, 'active', ?, ?)`,
      )
      .run(mentorId, mentorUser, demo.users.mentee.id, now.toISOString(), now.toISOString());
    const book = s.db.prepare(
      `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, status, booked_by, created_at, updated_at)
       VALUES (?, 'room_mentorstest1', ?, ?, ?, ?, ?, ?, ?)`,
    );
    book.run(
      'ses_mentorstest1',
      mentorId,
      '2026-03-15T06:00:00.000Z',
      '2026-03-15T07:00:00.000Z',
      'accepted',
      demo.users.mentee.id,
      now.toISOString(),
      now.toISOString(),
    );
    book.run(
      'ses_mentorstest2',
      mentorId,
      '2026-03-15T07:00:00.000Z',
      '2026-03-15T08:00:00.000Z',
      'cancelled',
      demo.users.mentee.id,
      now.toISOString(),
      now.toISOString(),
    );
    assert.deepEqual(await starts(), ['2026-03-09T14:00:00.000Z', '2026-03-15T07:00:00.000Z']);
    const at = new Date('2026-03-09T13:30:00Z');
    assert.equal(isBookableSlot(s.db, mentorId, '2026-03-09T14:00:00Z', at), true);
    assert.equal(isBookableSlot(s.db, mentorId, '2026-03-09T14:30:00Z', at), false);
    assert.equal(isBookableSlot(s.db, mentorId, '2026-03-09T13:00:00Z', at), false, 'past');
    assert.equal(isBookableSlot(s.db, mentorId, '2026-03-15T06:00:00.000Z', at), false, 'booked');
    assert.equal(isBookableSlot(s.db, mentorId, 'not a date', at), false);
    assert.equal(mentorSlots(s.db, 'men_doesnotexist0', { start: at, end: new Date(at.getTime() + 86_400_000) }, at).length, 0);
    const retrieved = await s.request<Mentor>('GET', `/v1/mentors/${mentorId}`);
    assert.equal(retrieved.body.nextAvailableAt, '2026-03-09T14:00:00.000Z');
    assert.equal(retrieved.body.capacity.open, 2, 'the active room takes a seat');
  });

  it('defaults to the next 7 days from now', async () => {
    s.setNow(new Date('2026-03-03T12:00:00Z'));
    const res = await s.request<SlotList>('GET', `/v1/mentors/${mentorId}/slots`);
    assert.deepEqual(
      res.body.data.map((d) => d.startsAt),
      ['2026-03-08T07:00:00.000Z', '2026-03-09T13:00:00.000Z', '2026-03-09T14:00:00.000Z'],
    );
  });

  it('validates the range and the time zone, and hides invisible mentors', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ start: '2026-03-10T00:00:00Z', end: '2026-03-10T00:00:00Z' }, 400],
      [{ start: '2026-03-10T00:00:00Z', end: '2026-03-09T00:00:00Z' }, 400],
      [{ start: '2026-03-01T00:00:00Z', end: '2026-04-02T00:00:00Z' }, 400],
      [{ start: 'yesterday' }, 400],
      [{ timeZone: 'Mars/Olympus_Mons' }, 400],
      [{ start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' }, 200],
    ];
    for (const [query, status] of cases) {
      const res = await s.request<Problem>('GET', `/v1/mentors/${mentorId}/slots`, { query });
      assert.equal(res.status, status, JSON.stringify(query));
      if (status === 400) assert.equal(res.body.code, 'invalid_parameter');
    }
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternalId()}/slots`)).status, 404);
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternalId()}/slots`, { auth: 'pk_test_acme' })).status, 200);
    assert.equal((await s.request('GET', '/v1/mentors/men_doesnotexist0/slots')).status, 404);
  });
});
