import type { Schema } from '../core/types.js';
import { Me } from '../resources/users.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { querySource, queryStore, type QueryState, type QueryStore } from './query.js';

/**
 * The signed-in person's stores.
 *
 * @example
 * ```ts
 * const { me } = meStores(context);
 * ```
 */
export interface MeStores {
  /**
   * The signed-in person (user token).
   *
   * @example
   * ```ts
   * stores.me().subscribe(({ data }) => data && greet(data.name));
   * ```
   */
  me(): QueryStore<QueryState<Schema<'Me'>>>;
}

/**
 * The signed-in person's stores of a context.
 *
 * @example
 * ```ts
 * const { me } = meStores(createStoreContext(core));
 * ```
 */
export const meStores = /* @__PURE__ */ personal((context): MeStores => {
  const api = new Me(context.core);
  const one = family(
    context,
    () => ['me'],
    () => {
      const source = querySource((signal) => api.retrieve({ signal }), context.timing);
      return { source, store: queryStore(source) };
    },
  );
  return { me: () => one().store };
});
