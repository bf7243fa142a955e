import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/base-core.js';
import { list, type PagePromise } from '../../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../../core/types.js';
import { Resource, seg } from '../resource.js';

/**
 * One of your organization's roadmaps as its admin sees it: the working copy (`title`, `steps`
 * with their stable ids, …), its `status` (`draft`, `published`, `unpublished`), the latest
 * published `version`, whether the working copy has `hasUnpublishedChanges`, and the
 * `removedSteps` published versions took out.
 *
 * @example
 * ```ts
 * const roadmap: OrgRoadmap = await client.admin.roadmaps.retrieve('rdm_Ob3Kq8Lm2Xw7Nz4T');
 * if (roadmap.hasUnpublishedChanges) console.log(`v${roadmap.version} is live; the edit is not yet`);
 * ```
 */
export type OrgRoadmap = Schema<'OrgRoadmap'>;

const roadmaps = '/v1/org/roadmaps';

/**
 * Your organization's own roadmaps (secret key): write a draft, edit it, publish versions your
 * people read with `client.roadmaps` (nobody outside your organization sees them). Steps keep
 * their ids across edits, so people's progress survives a new version; a step left out is
 * removed on the next publish and people keep their history on it.
 *
 * @example
 * ```ts
 * const draft = await client.admin.roadmaps.create({ title: 'Your first 30 days', summary: 'A first month.', level: 'beginner', steps: [{ title: 'Meet your buddy' }] });
 * const live = await client.admin.roadmaps.publish(draft.id); // live.version === 1
 * ```
 */
export class AdminRoadmaps extends Resource {
  /**
   * Creates a draft; each step gets its stable `stp_…` id. A bad field is an
   * `UnprocessableEntityError` naming it (`/steps/0/title`).
   *
   * @example
   * ```ts
   * const draft = await client.admin.roadmaps.create({ title: 'Your first 30 days', summary: 'A first month.', level: 'beginner', steps: [{ title: 'Meet your buddy', estimatedHours: 0.5 }] });
   * ```
   */
  create(body: BodyOf<'createOrgRoadmap'>, options?: RequestOptions): APIPromise<OrgRoadmap> {
    return this.core.request({ ...options, method: 'POST', path: roadmaps, body });
  }

  /**
   * Your roadmaps, newest first, drafts included; filter by `status`.
   *
   * @example
   * ```ts
   * for await (const roadmap of client.admin.roadmaps.list({ status: 'draft' })) console.log(roadmap.title);
   * ```
   */
  list(params: Omit<QueryOf<'listOrgRoadmaps'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<OrgRoadmap> {
    return list(this.core, roadmaps, params, options);
  }

  /**
   * One of your roadmaps by id (another organization's is a `NotFoundError`).
   *
   * @example
   * ```ts
   * const roadmap = await client.admin.roadmaps.retrieve('rdm_Ob3Kq8Lm2Xw7Nz4T');
   * ```
   */
  retrieve(roadmapId: string, options?: RequestOptions): APIPromise<OrgRoadmap> {
    return this.core.request({ ...options, method: 'GET', path: `${roadmaps}/${seg(roadmapId)}` });
  }

  /**
   * Edits the working copy; readers see nothing of it until {@link AdminRoadmaps.publish}.
   * `steps` replaces the list: send a step's `id` to keep it (and people's progress), leave it
   * out for a new step.
   *
   * @example
   * ```ts
   * await client.admin.roadmaps.update(roadmap.id, { steps: [{ id: roadmap.steps[0].id, title: 'Meet your buddy' }, { title: 'Ship a change' }] });
   * ```
   */
  update(roadmapId: string, body: BodyOf<'updateOrgRoadmap'>, options?: RequestOptions): APIPromise<OrgRoadmap> {
    return this.core.request({ ...options, method: 'PATCH', path: `${roadmaps}/${seg(roadmapId)}`, body });
  }

  /**
   * Publishes the working copy: a new `version` when it changed (removed steps keep people's
   * history), the same version when it did not. A roadmap without steps is refused.
   *
   * @example
   * ```ts
   * const { version } = await client.admin.roadmaps.publish(roadmap.id);
   * ```
   */
  publish(roadmapId: string, options?: RequestOptions): APIPromise<OrgRoadmap> {
    return this.core.request({ ...options, method: 'POST', path: `${roadmaps}/${seg(roadmapId)}/publish` });
  }

  /**
   * Hides the roadmap from your people (public reads answer 404); progress and versions stay,
   * and {@link AdminRoadmaps.publish} brings it back.
   *
   * @example
   * ```ts
   * await client.admin.roadmaps.unpublish(roadmap.id);
   * ```
   */
  unpublish(roadmapId: string, options?: RequestOptions): APIPromise<OrgRoadmap> {
    return this.core.request({ ...options, method: 'POST', path: `${roadmaps}/${seg(roadmapId)}/unpublish` });
  }
}
