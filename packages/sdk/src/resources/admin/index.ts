import type { BaseCore } from '../../core/base-core.js';
import { Resource } from '../resource.js';
import { AdminInsights } from './insights.js';
import { AdminMembers } from './members.js';
import { AdminMentors } from './mentors.js';
import { AdminRoadmaps } from './roadmaps.js';
import { AdminWebhookEndpoints } from './webhook-endpoints.js';

export { AdminInsights, type InsightFigure, type InsightsParams, type ProgramInsights } from './insights.js';
export { AdminMembers, type BulkMemberRow, type BulkUpsertResult, type Member } from './members.js';
export { AdminMentors, type OrgMentor } from './mentors.js';
export { AdminRoadmaps, type OrgRoadmap } from './roadmaps.js';
export { AdminWebhookEndpoints, type WebhookDelivery, type WebhookEndpoint } from './webhook-endpoints.js';

/**
 * Your organization's admin API, for your backend with its secret key: `members`,
 * internal `mentors` and program `insights`. A publishable key or a user token is refused (`PermissionDeniedError`).
 *
 * @example
 * ```ts
 * const client = new Menteo({ secretKey: process.env.MENTEO_SECRET_KEY });
 * const { summary } = await client.admin.members.bulkUpsert({ members: rowsFromHris, dryRun: true });
 * ```
 */
export class Admin extends Resource {
  /** Members: create, list, update, deactivate, bulk upsert. See {@link AdminMembers}. */
  readonly members: AdminMembers;
  /** Internal mentor profiles. See {@link AdminMentors}. */
  readonly mentors: AdminMentors;
  /** The organization's own roadmaps: drafts, published versions, unpublishing. See {@link AdminRoadmaps}. */
  readonly roadmaps: AdminRoadmaps;
  /** Webhook endpoints: register, rotate secrets, deliveries and redelivery. See {@link AdminWebhookEndpoints}. */
  readonly webhookEndpoints: AdminWebhookEndpoints;
  /** Program insights, as JSON or CSV. See {@link AdminInsights}. */
  readonly insights: AdminInsights;

  /**
   * Binds both namespaces to a client; `Menteo` makes one as `client.admin`.
   *
   * @example
   * ```ts
   * import { Admin, MenteoCore } from '@menteo/sdk';
   * const admin = new Admin(new MenteoCore({ secretKey: process.env.MENTEO_SECRET_KEY }));
   * ```
   */
  constructor(core: BaseCore) {
    super(core);
    this.members = new AdminMembers(core);
    this.mentors = new AdminMentors(core);
    this.roadmaps = new AdminRoadmaps(core);
    this.webhookEndpoints = new AdminWebhookEndpoints(core);
    this.insights = new AdminInsights(core);
  }
}
