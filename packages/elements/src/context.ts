import { createContext } from '@lit/context';
import type { MenteoCore, TokenSource } from '@menteo/sdk';
import type { StoreContext } from '@menteo/sdk/stores';

/**
 * How to reach the API and as whom: what a `<menteo-provider>`, `configure()` or the page's
 * `<meta>` tags say.
 *
 * @example `const config: MenteoConfig = { publishableKey: 'pk_test_demo', baseUrl: 'http://127.0.0.1:4010' };`
 */
export interface MenteoConfig {
  /** `pk_test_…` / `pk_live_…`. */
  publishableKey?: string | undefined;
  /** The API's origin; the SDK's default when unset. */
  baseUrl?: string | undefined;
  /** A signed-in person's token, or a function that fetches a fresh one from your server. */
  token?: TokenSource | undefined;
}

/**
 * What elements receive from the nearest `<menteo-provider>`: its one client, its one set
 * of stores, and the configuration they were made from.
 *
 * @example
 * ```ts
 * #menteo = new ContextConsumer(this, { context: menteoContext, subscribe: true }); // .value: MenteoContext | undefined
 * ```
 */
export interface MenteoContext {
  readonly client: MenteoCore;
  /** The provider's store context; elements take the domains they use from it (`mentorStores(stores)`), so a page bundles only those. */
  readonly stores: StoreContext;
  readonly config: Readonly<MenteoConfig>;
}

/**
 * The context `<menteo-provider>` provides and every element consumes.
 *
 * @example
 * ```ts
 * new ContextConsumer(this, { context: menteoContext, callback: (value) => use(value.stores), subscribe: true });
 * ```
 */
export const menteoContext = createContext<MenteoContext | undefined>(Symbol.for('menteo.context'));
