import type { Schema } from '../core/types.js';
import { Posts } from '../resources/posts.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { querySource, queryStore, type QueryState, type QueryStore } from './query.js';

/**
 * What the signed-in person's posts may link to: their roadmaps' steps and their rooms' goals.
 *
 * @example
 * ```ts
 * const count = (t: PostLinkTargets) => t.roadmaps.reduce((n, r) => n + r.steps.length, 0) + t.rooms.length;
 * ```
 */
export type PostLinkTargets = Schema<'PostLinkTargets'>;

/**
 * The link-target store.
 *
 * @example
 * ```ts
 * const { linkTargets } = postLinkTargetStores(context);
 * ```
 */
export interface PostLinkTargetStores {
  /**
   * The signed-in person's link targets, in one request, for a composer's "Link to…" picker.
   * Asked on its first subscriber (a page without a composer never asks); dropped on sign-out.
   *
   * @example
   * ```ts
   * postLinkTargetStores(context).linkTargets().subscribe(({ data }) => data && renderPicker(data.roadmaps, data.rooms));
   * ```
   */
  linkTargets(): QueryStore<QueryState<PostLinkTargets>>;
}

/**
 * Link-target stores of a context.
 *
 * @example
 * ```ts
 * const $targets = postLinkTargetStores(createStoreContext(core)).linkTargets();
 * ```
 */
export const postLinkTargetStores = /* @__PURE__ */ personal((context): PostLinkTargetStores => {
  const posts = new Posts(context.core);
  const one = family(
    context,
    // Keyed without an id: the one list of the context's person (personal() drops it on sign-out).
    () => ['myPostLinkTargets'],
    () => {
      const source = querySource((signal) => posts.linkTargets({ signal }), context.timing);
      return { source, store: queryStore(source) };
    },
  );
  return { linkTargets: () => one().store };
});
