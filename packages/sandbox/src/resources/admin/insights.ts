import type { components } from '@menteo/api';
import type { HandlerContext, HandlerMap } from '../../http/handler.js';
import { insightsCsv } from './insights-csv.js';
import { figuresOf, mentorLoadAt, minimumGroupSize } from './insights-figures.js';
import { insightsRange, weekBuckets } from './insights-range.js';

type ProgramInsights = components['schemas']['ProgramInsights'];

/**
 * The program's insights for the key's organization, from its rows as they are at the API's
 * clock: weekly buckets (ISO weeks, UTC), totals, and the mentor load at the range's end or now,
 * whichever is earlier.
 *
 * @example
 * ```ts
 * programInsights(ctx).buckets.map((b) => b.week); // ['2026-W48', '2026-W49']
 * ```
 */
export function programInsights(ctx: HandlerContext<'retrieveInsights' | 'exportInsightsCsv'>): ProgramInsights {
  const orgId = ctx.principal.orgId;
  const range = insightsRange(ctx.query, ctx.now);
  const loadAt = Math.min(Date.parse(range.end), ctx.now.getTime());
  return {
    organizationId: orgId,
    from: range.from,
    to: range.to,
    interval: 'week',
    minimumGroupSize,
    generatedAt: ctx.now.toISOString(),
    totals: figuresOf(ctx.db, orgId, range),
    buckets: weekBuckets(range).map((bucket) => ({
      week: bucket.week,
      start: bucket.from,
      end: bucket.to,
      figures: figuresOf(ctx.db, orgId, bucket),
    })),
    mentorLoad: mentorLoadAt(ctx.db, orgId, new Date(loadAt)),
  };
}

/** The insights operations (#14): the figures as JSON, and the same as an RFC 4180 CSV. */
export const insightsHandlers: HandlerMap<'retrieveInsights' | 'exportInsightsCsv'> = {
  retrieveInsights(ctx) {
    return { status: 200, body: programInsights(ctx) };
  },

  exportInsightsCsv(ctx) {
    const insights = programInsights(ctx);
    return {
      status: 200,
      body: undefined,
      text: insightsCsv(insights),
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="menteo-insights-${insights.from}-${insights.to}.csv"`,
      },
    };
  },
};
