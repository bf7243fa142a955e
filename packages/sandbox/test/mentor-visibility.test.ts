// An organization learns nothing about another's internal pool: not which mentors are in it,
// and not through the side effects of their presence either — match scores and reasons,
// relevance order, cursors, totals and facet counts. The proof: org_demo's answers are the
// same before and after org_acme's pool gains mentors made to win every criterion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import type { NewMentor } from '../src/resources/mentors/store.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { insertTestMentor } from './support/mentors.js';

type MatchResult = components['schemas']['MatchResult'];
type MentorList = components['schemas']['MentorList'];

let s: TestSandbox;
const now = new Date('2026-03-02T09:00:00Z');
const allWeek = [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as [number, number, number]);

const matchBodies = [
  {
    need: 'leadership',
    goals: 'Zanzibarian planning: my team keeps missing deadlines, I need to delegate and hire well.',
    skills: ['delegation', 'hiring'],
    language: 'en',
    timezone: 'Europe/Berlin',
    limit: 20,
  },
  { need: 'mentorship', goals: 'Grow into a staff engineer role and design better systems', limit: 20 },
] as const;

const searches: Record<string, string>[] = [
  { q: 'zanzibarian', limit: '20' },
  { q: 'design', limit: '7', facets: 'skills,industries,languages,seniority,helpsWith' },
  { q: 'engineering manager', sort: 'relevance', limit: '10' },
  { q: 'lead', limit: '10' },
  { limit: '10', facets: 'skills,languages', skills: 'hiring' },
  // The rating's prior is the mean of the visible pool's reviews: acme's 5.0 × 40 must not move it.
  { limit: '50', sort: 'rating' },
];

let inserted = 0;
function addMentor(fields: Partial<NewMentor>): string {
  return insertTestMentor(s.db, 'visibility', ++inserted, now, {
    ratingAvg: 5,
    reviewCount: 40,
    sessionsCompleted: 100,
    medianResponseHours: 1,
    weeklyAvailability: allWeek,
    ...fields,
  });
}

/** Every answer org_demo can get for the requests above, each search followed through all its pages. */
async function demoView(): Promise<unknown[]> {
  const seen: unknown[] = [];
  const credentials = ['pk_test_demo', 'sk_test_demo', await s.tokenFor('demo-mentee')];
  for (const auth of credentials) {
    for (const body of matchBodies) {
      const res = await s.request<MatchResult>('POST', '/v1/matches', { auth, body });
      assert.equal(res.status, 200, res.text);
      seen.push(res.body);
    }
  }
  for (const query of searches) {
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: MentorList } = await s.request<MentorList>('GET', '/v1/mentors', {
        query: { ...query, ...(cursor ? { cursor } : {}) },
      });
      assert.equal(res.status, 200);
      seen.push(res.body);
      cursor = res.body.nextCursor;
    } while (cursor && ++pages < 60);
  }
  return seen;
}

before(async () => {
  s = await startSandbox({ now: () => now });
  // A public mentor the goals' rare word finds: its share of goals_match is relative to the best match.
  addMentor({ name: 'Public Planner', bio: 'I coach teams through zanzibarian planning and quarterly roadmaps.', skills: ['delegation'] });
});
after(async () => {
  await s?.close();
});

describe("another organization's internal pool", () => {
  it("leaves org_demo's matches, search order, cursors, totals and facets exactly as they were", async () => {
    const beforeView = await demoView();
    const acmeIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      acmeIds.push(
        addMentor({
          orgId: 'org_acme',
          name: `Zanzibarian Design Lead ${i}`,
          headline: 'Zanzibarian design leadership, engineering manager, staff engineer',
          bio: 'Zanzibarian zanzibarian planning. Design design design. Lead engineering managers, delegate, hire, grow staff engineers.',
          title: 'Engineering Manager',
          skills: ['delegation', 'hiring', 'system-design', 'leadership'],
          languages: ['en', 'de'],
          mentoringStyle: i % 2 ? 'facilitative' : 'directive',
          helpsWith: ['leadership', 'mentorship'],
        }),
      );
    }

    // The new pool is real and wins for its own organization...
    const asAcme = await s.request<MatchResult>('POST', '/v1/matches', { auth: 'pk_test_acme', body: matchBodies[0] });
    assert.ok(acmeIds.includes(asAcme.body.data[0]!.mentor.id), 'acme sees its new internal mentors first');
    const acmeSearch = await s.request<MentorList>('GET', '/v1/mentors', { auth: 'pk_test_acme', query: { q: 'zanzibarian' } });
    assert.ok(acmeIds.includes(acmeSearch.body.data[0]!.id));

    // ...and changes nothing anyone at org_demo can observe.
    const afterView = await demoView();
    assert.deepEqual(afterView, beforeView);
    const text = JSON.stringify(afterView);
    for (const id of acmeIds) assert.ok(!text.includes(id), `${id} leaked to org_demo`);
  });

  it('never scores or returns internal mentors of another organization', async () => {
    for (const body of matchBodies) {
      const res = await s.request<MatchResult>('POST', '/v1/matches', { body });
      for (const m of res.body.data) assert.notEqual(m.mentor.organizationId, 'org_acme');
    }
    const acmeInternal = s.db.prepare("SELECT id FROM mentors WHERE org_id = 'org_acme' LIMIT 1").pluck().get() as string;
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternal}`)).status, 404);
    assert.equal((await s.request('GET', `/v1/mentors/${acmeInternal}`, { auth: 'pk_test_acme' })).status, 200);
  });
});

describe('visibleBm25', () => {
  it("equals FTS5's bm25() when the caller sees the whole index", async () => {
    const { visibleBm25 } = await import('../src/resources/mentors/relevance.js');
    const orgs = s.db.prepare('SELECT DISTINCT org_id FROM mentors WHERE org_id IS NOT NULL').pluck().all();
    assert.deepEqual(orgs, ['org_acme'], 'only org_acme has an internal pool, so it sees every profile');
    for (const [query, phrases] of [
      ['"leadership"', [{ word: 'leadership', prefix: false }]],
      [
        '"engineering" "manag"*',
        [
          { word: 'engineering', prefix: false },
          { word: 'manag', prefix: true },
        ],
      ],
      ['"zanzibarian" OR "design" OR "hiring"', ['zanzibarian', 'design', 'hiring'].map((word) => ({ word, prefix: false }))],
    ] as const) {
      const expected = s.db
        .prepare('SELECT rowid, bm25(mentors_fts, 10, 4, 1, 2, 2, 6, 2) FROM mentors_fts WHERE mentors_fts MATCH ?')
        .raw(true)
        .all(query) as [number, number][];
      const actual = visibleBm25(s.db, 'org_acme', phrases);
      // Scores are for profiles with any of the phrases; an AND query keeps those with all of them.
      if (!query.includes('" "')) assert.equal(actual.size, expected.length, query);
      for (const [rid, score] of expected) assert.ok(Math.abs(actual.get(rid)! - score) < 1e-9, `${query} rid ${rid}: ${actual.get(rid)} vs ${score}`);
    }
  });
});
