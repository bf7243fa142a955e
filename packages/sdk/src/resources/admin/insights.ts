import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/base-core.js';
import type { QueryOf, Schema } from '../../core/types.js';
import { Resource } from '../resource.js';

/**
 * The program's figures: per ISO week (UTC) and in total, and the mentor load. Every figure is
 * an {@link InsightFigure}; one made up by fewer than 5 people is `{ value: null, suppressed: true }`.
 *
 * @example
 * ```ts
 * const insights: ProgramInsights = await client.admin.insights.retrieve({ from: '2026-11-02', to: '2026-11-29' });
 * for (const bucket of insights.buckets) console.log(bucket.week, bucket.figures.sessionsHeld.value ?? 'fewer than 5');
 * ```
 */
export type ProgramInsights = Schema<'ProgramInsights'>;

/**
 * One figure: its `value`, or `null` with `suppressed: true` when fewer than 5 people make it up
 * (show "fewer than 5", never 0).
 *
 * @example
 * ```ts
 * const label = (f: InsightFigure) => (f.suppressed ? 'fewer than 5' : String(f.value));
 * ```
 */
export type InsightFigure = Schema<'InsightFigure'>;

/**
 * The range of an insights call: `from` and `to` are days (`YYYY-MM-DD`, UTC, both counted; at
 * most 366 days), `interval` is `'week'`. Leave them out for the twelve weeks ending today.
 *
 * @example
 * ```ts
 * const last4Weeks: InsightsParams = { from: '2026-11-02', to: '2026-11-29', interval: 'week' };
 * ```
 */
export type InsightsParams = QueryOf<'retrieveInsights'>;

/**
 * Program insights (secret key, from your backend): whether your mentoring program works, as
 * aggregates of your organization's rows only. Serve them to an admin page from your backend
 * (the `<menteo-program-insights>` element takes them as a property); never put a secret key in a page.
 *
 * @example
 * ```ts
 * const client = new Menteo({ secretKey: process.env.MENTEO_SECRET_KEY });
 * const { totals } = await client.admin.insights.retrieve();
 * console.log(totals.acceptanceRate.value);
 * ```
 */
export class AdminInsights extends Resource {
  /**
   * The figures as JSON. A bad range is a `BadRequestError` naming the parameter (`/from`).
   *
   * @example
   * ```ts
   * const insights = await client.admin.insights.retrieve({ from: '2026-11-02', to: '2026-11-29' });
   * insights.buckets[0]?.figures.requests; // { value: 8, suppressed: false }
   * ```
   */
  retrieve(params: InsightsParams = {}, options?: RequestOptions): APIPromise<ProgramInsights> {
    return this.core.request({ ...options, method: 'GET', path: '/v1/org/insights', query: params });
  }

  /**
   * The same figures as an RFC 4180 CSV (one figure a row: `period,start,end,metric,value,suppressed`),
   * formula-guarded, ready to save or mail.
   *
   * @example
   * ```ts
   * import { writeFile } from 'node:fs/promises';
   * await writeFile('insights.csv', await client.admin.insights.csv({ from: '2026-11-02', to: '2026-11-29' }));
   * ```
   */
  csv(params: InsightsParams = {}, options?: RequestOptions): APIPromise<string> {
    return this.core.request({ ...options, method: 'GET', path: '/v1/org/insights.csv', query: params, accept: 'text/csv' });
  }
}
