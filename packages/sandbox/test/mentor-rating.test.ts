// "Highest rated" (sort=rating) as a Bayesian average (issue #13): a few reviews must not
// outrank many. score = (C × m + n × r) / (C + n), C = 5, m = the mean of every review of the
// mentors the caller can see; no reviews last; ties by review count, then id.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import type { NewMentor } from '../src/resources/mentors/store.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { insertTestMentor } from './support/mentors.js';

type Mentor = components['schemas']['Mentor'];
type MentorList = components['schemas']['MentorList'];

const priorWeight = 5;

let s: TestSandbox;
let inserted = 0;

before(async () => {
  s = await startSandbox();
});
after(async () => {
  await s?.close();
});

function addMentor(fields: Partial<NewMentor>): string {
  return insertTestMentor(s.db, 'ratingtest', ++inserted, s.now(), fields);
}

/** Every page of a search in rating order; asserts the pages hold no repeats and add up to the total. */
async function walk(query: Record<string, string | number>, between?: (page: number) => void): Promise<Mentor[]> {
  const mentors: Mentor[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let page = 0; page < 500; page++) {
    const res: { status: number; body: MentorList } = await s.request<MentorList>('GET', '/v1/mentors', {
      query: { sort: 'rating', ...query, ...(cursor ? { cursor } : {}) },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    if (total === -1) total = res.body.totalCount;
    mentors.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (!cursor) break;
    between?.(page);
  }
  const ids = mentors.map((m) => m.id);
  assert.equal(new Set(ids).size, ids.length, `no mentor repeats across pages of ${JSON.stringify(query)}`);
  return mentors;
}

/** The prior mean, from the database's rows (not the search's SQL): every review of org_demo's visible mentors. */
function visibleMean(): number {
  const rows = s.db
    .prepare("SELECT rating_avg AS r, review_count AS n FROM mentors WHERE (org_id IS NULL OR org_id = 'org_demo') AND review_count > 0")
    .all() as { r: number; n: number }[];
  const reviews = rows.reduce((sum, row) => sum + row.n, 0);
  return Math.round((rows.reduce((sum, row) => sum + row.r * row.n, 0) / reviews) * 10_000) / 10_000;
}

function score(m: Mentor, mean: number): number {
  const { ratingAvg, reviewCount } = m.stats;
  return ratingAvg === null || reviewCount === 0 ? -1 : (priorWeight * mean + reviewCount * ratingAvg) / (priorWeight + reviewCount);
}

/** Asserts `mentors` are in descending score with prior `mean`, then review count, then id. */
function assertBayesianOrder(mentors: readonly Mentor[], mean: number): void {
  for (let i = 1; i < mentors.length; i++) {
    const a = mentors[i - 1]!;
    const b = mentors[i]!;
    const [sa, sb] = [score(a, mean), score(b, mean)];
    const where = `${a.id} (${a.stats.ratingAvg}/${a.stats.reviewCount}, ${sa}) before ${b.id} (${b.stats.ratingAvg}/${b.stats.reviewCount}, ${sb})`;
    assert.ok(sa >= sb, where);
    if (sa === sb) {
      assert.ok(a.stats.reviewCount >= b.stats.reviewCount, `tie broken by review count: ${where}`);
      if (a.stats.reviewCount === b.stats.reviewCount) assert.ok(a.id > b.id, `tie broken by id: ${where}`);
    }
  }
}

describe('GET /v1/mentors?sort=rating: a Bayesian average', () => {
  let fewReviews: string;
  let manyReviews: string;
  let noReviews: string;

  before(() => {
    fewReviews = addMentor({ ratingAvg: 5, reviewCount: 1 });
    manyReviews = addMentor({ ratingAvg: 4.8, reviewCount: 37 });
    noReviews = addMentor({ ratingAvg: null, reviewCount: 0 });
  });

  it('ranks 5.0 from one review below 4.8 from 37', async () => {
    const ids = (await walk({ limit: 100 })).map((m) => m.id);
    assert.ok(ids.indexOf(manyReviews) >= 0 && ids.indexOf(fewReviews) >= 0);
    assert.ok(ids.indexOf(manyReviews) < ids.indexOf(fewReviews), `4.8/37 at ${ids.indexOf(manyReviews)}, 5.0/1 at ${ids.indexOf(fewReviews)}`);
  });

  it('ranks every mentor without reviews after every mentor with reviews', async () => {
    const mentors = await walk({ limit: 100 });
    const firstUnreviewed = mentors.findIndex((m) => m.stats.reviewCount === 0);
    assert.ok(firstUnreviewed > 0, 'the seed has reviewed and unreviewed mentors');
    assert.ok(
      mentors.slice(firstUnreviewed).every((m) => m.stats.reviewCount === 0),
      'a reviewed mentor after an unreviewed one',
    );
    assert.ok(mentors.slice(firstUnreviewed).some((m) => m.id === noReviews));
  });

  it('orders by (C × m + n × r) / (C + n) with the visible pool as prior, then review count, then id', async () => {
    assertBayesianOrder(await walk({ limit: 100 }), visibleMean());
  });

  it('pages completely and without repeats, whatever the page size and filters', async () => {
    const everyone = await walk({ limit: 100 });
    for (const limit of [1, 7, 33]) {
      const ids = (await walk({ limit })).map((m) => m.id);
      assert.deepEqual(
        ids,
        everyone.map((m) => m.id),
        `limit ${limit}`,
      );
    }
    // Filtered shapes (an indexed tag filter, full text, row filters only) page the same way.
    const filters: Record<string, string | number>[] = [{ skills: 'hiring' }, { q: 'engineering' }, { helpsWith: 'mentorship', minRating: 4 }];
    for (const filter of filters) {
      const whole = await walk({ ...filter, limit: 100 });
      const paged = await walk({ ...filter, limit: 9 });
      assert.ok(whole.length > 9, `${JSON.stringify(filter)} spans pages`);
      assert.deepEqual(
        paged.map((m) => m.id),
        whole.map((m) => m.id),
        JSON.stringify(filter),
      );
    }
  });

  it('keeps a walk whole when reviews move the prior between page loads', async () => {
    const before = (await walk({ limit: 100 })).map((m) => m.id);
    const meanBefore = visibleMean();
    const added: string[] = [];
    // A mentor with 400 one-star reviews drags the pool's mean down after every page: the
    // walk keeps the prior its first page used, so nothing repeats or goes missing.
    const seen = (
      await walk({ limit: 40 }, () => {
        added.push(addMentor({ ratingAvg: 1, reviewCount: 400 }));
      })
    ).map((m) => m.id);
    assert.ok(added.length > 3);
    assert.ok(visibleMean() < meanBefore - 0.5, `the prior moved: ${meanBefore} → ${visibleMean()}`);
    // A new walk ranks with the new prior (the sandbox keeps no stale mean after a write).
    assertBayesianOrder(await walk({ limit: 100 }), visibleMean());
    assert.deepEqual(
      seen.filter((id) => !added.includes(id)),
      before,
      'every mentor of the first page load, once, in the order it started with',
    );
  });
});
