import type { BodyOf } from '../core/types.js';
import { Roadmaps, type Roadmap, type RoadmapProgress } from '../resources/roadmaps.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { liveFeed } from './live.js';
import { mutate } from './optimistic.js';
import { querySource, queryStore, type QueryState, type QueryStore } from './query.js';

/**
 * Recounts a progress the way the API does: finished steps (done or skipped), the
 * percentage `round((done + skipped) / steps × 100)`, the first unfinished step and the
 * latest change.
 *
 * @example
 * ```ts
 * withTotals({ ...progress, steps }).percent;
 * ```
 */
export function withTotals(progress: RoadmapProgress): RoadmapProgress {
  const { steps } = progress;
  const doneCount = steps.filter((s) => s.state === 'done').length;
  const skippedCount = steps.filter((s) => s.state === 'skipped').length;
  return {
    ...progress,
    doneCount,
    skippedCount,
    // Integer arithmetic first, as the API does, so halves round the same way.
    percent: steps.length ? Math.round(((doneCount + skippedCount) * 100) / steps.length) : 0,
    currentStepId: steps.find((s) => s.state !== 'done' && s.state !== 'skipped')?.stepId ?? null,
    // ISO timestamps of one format sort as text.
    updatedAt: steps.reduce<string | null>((latest, s) => (s.updatedAt && (!latest || s.updatedAt > latest) ? s.updatedAt : latest), null),
  };
}

/**
 * The roadmap stores.
 *
 * @example
 * ```ts
 * const { roadmap, roadmapProgress, updateProgress } = roadmapStores(context);
 * ```
 */
export interface RoadmapStores {
  /**
   * One roadmap with its steps, by id or slug.
   *
   * @example
   * ```ts
   * stores.roadmap('senior-engineer-to-engineering-manager').subscribe(({ data }) => data && renderSteps(data.steps));
   * ```
   */
  roadmap(roadmapIdOrSlug: string): QueryStore<QueryState<Roadmap>>;
  /**
   * Your progress on a roadmap (user token), kept current across your devices by live events.
   *
   * @example
   * ```ts
   * stores.roadmapProgress(slug).subscribe(({ data }) => data && renderBar(data.percent));
   * ```
   */
  roadmapProgress(roadmapIdOrSlug: string): QueryStore<QueryState<RoadmapProgress>>;
  /**
   * Sets a step's state (and note). The step, the counts and the percentage change at once;
   * a refusal undoes exactly this change and rejects (and sets `lastError`).
   *
   * @example
   * ```ts
   * await stores.updateProgress(slug, stepId, { state: 'done' });
   * ```
   */
  updateProgress(roadmapIdOrSlug: string, stepId: string, body: BodyOf<'updateRoadmapProgress'>): Promise<RoadmapProgress>;
}

/**
 * Roadmap stores of a context.
 *
 * @example
 * ```ts
 * const { roadmapProgress } = roadmapStores(createStoreContext(core));
 * ```
 */
export const roadmapStores = /* @__PURE__ */ personal((context): RoadmapStores => {
  const { core, timing } = context;
  const live = liveFeed(context);
  const api = new Roadmaps(core);
  const maps = family(
    context,
    (idOrSlug: string) => ['roadmap', idOrSlug],
    (idOrSlug) => {
      const source = querySource((signal) => api.retrieve(idOrSlug, { signal }), timing);
      return { source, store: queryStore(source) };
    },
  );
  const progress = family(
    context,
    (idOrSlug: string) => ['roadmapProgress', idOrSlug],
    (idOrSlug) => {
      const source = querySource(
        (signal) => api.progress.retrieve(idOrSlug, { signal }),
        timing,
        () => live.watch(),
      );
      return { source, store: queryStore(source) };
    },
  );
  /** Every progress store of a roadmap, whether it was asked for by id or by slug. */
  const sourcesOf = (idOrSlug: string) => {
    const roadmapId = progress.peek(idOrSlug)?.source.base?.roadmapId ?? idOrSlug;
    return [...progress.entries.values()].filter(({ key, source }) => key[1] === idOrSlug || source.base?.roadmapId === roadmapId).map(({ source }) => source);
  };

  context.onDispose(
    live.listen((event) => {
      if (event.type !== 'roadmap.progress.updated') return;
      for (const source of sourcesOf(event.data.roadmapId)) source.set(() => event.data);
    }),
  );

  return {
    roadmap: (idOrSlug) => maps(idOrSlug).store,
    roadmapProgress: (idOrSlug) => progress(idOrSlug).store,
    updateProgress: (idOrSlug, stepId, body) =>
      mutate(
        context,
        `progress:${idOrSlug}:${stepId}`,
        sourcesOf(idOrSlug),
        (p) =>
          withTotals({
            ...p,
            steps: p.steps.map((s) =>
              s.stepId === stepId ? { ...s, state: body.state, note: body.note === undefined ? s.note : body.note, updatedAt: new Date().toISOString() } : s,
            ),
          }),
        () => api.progress.update(idOrSlug, stepId, body),
        (fresh) => () => fresh,
      ),
  };
});
