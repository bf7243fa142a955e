import type { Context } from '@lit/context';
import type { BaseCore, TokenSource } from '@menteo/sdk';
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
  /** A `fetch` for every request instead of the page's (a proxy, a test double, instrumentation). */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request (the SDK sets `Authorization` itself). */
  headers?: Record<string, string> | undefined;
  /** Milliseconds per attempt before giving up on an answer; the SDK's default (30 000) when unset. */
  timeout?: number | undefined;
}

/**
 * A connection: what the elements talk to. One client, its one set of stores, and the
 * configuration they were made from — a `<menteo-provider>`'s, or the page defaults'
 * (`configure()`, `<meta>`), or an element's own `publishable-key` / `base-url`.
 *
 * @example
 * ```ts
 * new ContextConsumer(this, { context: connectionContext, subscribe: true }); // .value: Connection | undefined
 * ```
 */
export interface Connection {
  readonly client: BaseCore;
  /** The provider's store context; elements take the domains they use from it (`mentorStores(stores)`), so a page bundles only those. */
  readonly stores: StoreContext;
  readonly config: Readonly<MenteoConfig>;
}

/**
 * The context through which `<menteo-provider>` hands its connection to every element inside.
 *
 * @example
 * ```ts
 * new ContextConsumer(this, { context: connectionContext, callback: (value) => use(value.stores), subscribe: true });
 * ```
 */
// What @lit/context's createContext returns (the key itself, typed), written without importing
// it: an element alone then carries none of @lit/context (its code, nor its license lines).
export const connectionContext = Symbol.for('menteo.context') as Context<symbol, Connection | undefined>;

/**
 * The former name of `Connection`.
 *
 * @deprecated Use `Connection`.
 * @example `const connection: MenteoContext | undefined = provider.connection;`
 */
export type MenteoContext = Connection;

/**
 * The former name of `connectionContext`.
 *
 * @deprecated Use `connectionContext`.
 * @example `new ContextConsumer(this, { context: menteoContext, subscribe: true });`
 */
export const menteoContext = connectionContext;
