import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A curated career path: title, slug, summary (Markdown), topics, level, estimated hours
 * and its ordered `steps`.
 *
 * @example
 * ```ts
 * const roadmap: Roadmap = await client.roadmaps.retrieve('senior-engineer-to-engineering-manager');
 * for (const step of roadmap.steps) console.log(step.title);
 * ```
 */
export type Roadmap = Schema<'Roadmap'>;
/**
 * One person's progress on a roadmap: each step's state, the done and skipped counts,
 * `percent` (done + skipped over all steps, rounded, 0–100) and `currentStepId`, the step to
 * resume at (`null` once every step is finished).
 *
 * @example
 * ```ts
 * const progress: RoadmapProgress = await client.roadmaps.progress.retrieve(roadmapId);
 * progressBar.value = progress.percent;
 * ```
 */
export type RoadmapProgress = Schema<'RoadmapProgress'>;

/**
 * Roadmaps: curated step-by-step career paths, with each person's progress.
 *
 * @example
 * ```ts
 * const roadmap = await client.roadmaps.retrieve('senior-engineer-to-engineering-manager');
 * const { percent } = await client.roadmaps.progress.retrieve(roadmap.id); // user token
 * ```
 */
export class Roadmaps extends Resource {
  /** The signed-in person's progress on roadmaps. */
  readonly progress: RoadmapProgressResource;

  constructor(core: BaseCore) {
    super(core);
    this.progress = new RoadmapProgressResource(core);
  }

  /**
   * Lists roadmaps (title order), filtered by text, topic or level.
   *
   * @example
   * ```ts
   * for await (const roadmap of client.roadmaps.list({ level: 'intermediate' })) console.log(roadmap.title);
   * ```
   */
  list(params: Omit<QueryOf<'listRoadmaps'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listRoadmaps'>> {
    return list(this.core, '/v1/roadmaps', params, options);
  }

  /**
   * One roadmap with its ordered steps, by id or slug.
   *
   * @example
   * ```ts
   * const roadmap = await client.roadmaps.retrieve('senior-engineer-to-engineering-manager');
   * ```
   */
  retrieve(roadmapIdOrSlug: string, options?: RequestOptions): APIPromise<Roadmap> {
    return this.core.request({ ...options, method: 'GET', path: `/v1/roadmaps/${seg(roadmapIdOrSlug)}` });
  }
}

/**
 * Per-person progress on a roadmap (user token).
 *
 * @example
 * ```ts
 * const { currentStepId } = await client.roadmaps.progress.retrieve('senior-engineer-to-engineering-manager');
 * if (currentStepId) await client.roadmaps.progress.update('senior-engineer-to-engineering-manager', currentStepId, { state: 'doing' });
 * ```
 */
export class RoadmapProgressResource extends Resource {
  /**
   * The state of every step, the percentage and the step to resume at.
   *
   * @example
   * ```ts
   * const { percent, currentStepId } = await client.roadmaps.progress.retrieve(roadmapId);
   * ```
   */
  retrieve(roadmapIdOrSlug: string, options?: RequestOptions): APIPromise<RoadmapProgress> {
    return this.core.request({ ...options, method: 'GET', path: `/v1/roadmaps/${seg(roadmapIdOrSlug)}/progress` });
  }

  /**
   * Sets one step's state (`todo | doing | done | skipped`) and optionally its note.
   *
   * @example
   * ```ts
   * await client.roadmaps.progress.update(roadmapId, stepId, { state: 'done', note: 'Ran my first skip-level' });
   * ```
   */
  update(
    roadmapIdOrSlug: string,
    stepId: string,
    body: BodyOf<'updateRoadmapProgress'>,
    options?: RequestOptions,
  ): APIPromise<ResultOf<'updateRoadmapProgress'>> {
    return this.core.request({ ...options, method: 'PUT', path: `/v1/roadmaps/${seg(roadmapIdOrSlug)}/progress/${seg(stepId)}`, body });
  }
}
