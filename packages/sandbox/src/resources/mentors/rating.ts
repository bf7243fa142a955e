import { prepared, type Db } from '../../db/database.js';
import { visibleToOrg } from './row.js';

/**
 * "Highest rated" as a Bayesian average, so that a few reviews do not outrank many: a mentor's
 * average is blended with the mean of the pool, weighted as {@link ratingPriorWeight} reviews
 * of that mean,
 *
 *   score = (C × m + n × r) / (C + n)
 *
 * with r the mentor's average, n their review count, m the mean rating of every review of the
 * mentors the caller's organization can see, and C = 5. 5.0 from one review scores
 * (5m + 5) / 6, about 4.6 in a pool averaging 4.5, below 4.8 from 37 reviews (4.76).
 * Mentors without reviews score -1: after every reviewed mentor, whatever the prior.
 *
 * The prior comes from the visible pool only (as relevance's statistics do, relevance.ts):
 * another organization's internal mentors must not move any score, rank or cursor. A page's
 * cursor carries the prior its walk started with, so a review or a mentor added between two
 * page loads cannot reorder the mentors on either side of it: no repeats and no skips.
 */

/** C: how many reviews' worth of the pool's mean every mentor's own average is blended with. */
export const ratingPriorWeight = 5;

/** The score of `mentors m` (SQL) with the prior mean bound as `@priorMean`: one fixed text. */
export const bayesianRatingSql = `(CASE WHEN m.review_count > 0 AND m.rating_avg IS NOT NULL
    THEN (${ratingPriorWeight} * @priorMean + m.review_count * m.rating_avg) / (${ratingPriorWeight} + m.review_count)
    ELSE -1 END)`;

interface PriorCache {
  /** The database's write marks when the means were read; any write since clears them. */
  writes: string;
  means: Map<string, number>;
}

const priors = new WeakMap<Db, PriorCache>();

/**
 * Every row written through this connection (total_changes, triggers included) and every
 * commit of another connection (data_version) moves this mark; reading it costs microseconds,
 * where the mean is a scan of every visible mentor (about 3 ms for 10,000). Writes are rare
 * next to searches, and a mean read after any write cannot be stale.
 */
function writeMark(db: Db): string {
  const [changes, version] = prepared(db, 'SELECT total_changes(), (SELECT data_version FROM pragma_data_version)').raw(true).get() as [number, number];
  return `${changes}:${version}`;
}

/**
 * The prior mean m: the mean of every review of the mentors visible to `orgId` (each mentor's
 * average weighted by its review count), rounded to 4 decimals so that it reads the same in
 * every cursor; 0 when no visible mentor has a review (then every score is -1 anyway). Kept
 * per organization until the database is next written.
 *
 * @example
 * ```ts
 * const priorMean = visibleMeanRating(db, 'org_demo'); // e.g. 4.5231
 * const rows = prepared(db, `SELECT m.id FROM mentors m ORDER BY ${bayesianRatingSql} DESC`).all({ priorMean });
 * ```
 */
export function visibleMeanRating(db: Db, orgId: string): number {
  const writes = writeMark(db);
  let cache = priors.get(db);
  if (!cache || cache.writes !== writes) {
    cache = { writes, means: new Map() };
    priors.set(db, cache);
  }
  const cached = cache.means.get(orgId);
  if (cached !== undefined) return cached;
  const mean = prepared(
    db,
    `SELECT total(m.rating_avg * m.review_count) / sum(m.review_count) FROM mentors m
     WHERE ${visibleToOrg} AND m.review_count > 0 AND m.rating_avg IS NOT NULL`,
  )
    .pluck()
    .get({ org: orgId }) as number | null;
  const prior = mean === null ? 0 : Math.round(mean * 10_000) / 10_000;
  cache.means.set(orgId, prior);
  return prior;
}
