/**
 * `@menteo/sdk/internal`: NOT public API. What the shared layer of `@menteo/elements` and its
 * mentor card import, from the modules that hold it rather than through the `@menteo/sdk` and
 * `@menteo/sdk/stores` barrels. It may change in any release; use the barrels.
 *
 * Why it exists: esbuild's code splitting places whole files by which entry points reach them
 * through any import, used or not. Through the barrels a card reached the identity store, the
 * storage and users modules; once the lazily loaded sign-in flow used them, esbuild put them in a
 * chunk the card loads up front (≈0.5 KB gz of `mentor card alone`, scripts/size-budgets.ts).
 * This module reaches only the files that hold what it re-exports.
 *
 * @example
 * ```ts
 * import { BaseCore, createStoreContext, mentorProfileStores } from '@menteo/sdk/internal';
 * const { mentor } = mentorProfileStores(createStoreContext(new BaseCore({ publishableKey: 'pk_test_demo' })));
 * ```
 * @packageDocumentation
 */
export { BaseCore } from './core/base-core.js';
export { APIError, APITimeoutError } from './core/errors.js';
export { createStoreContext } from './stores/context.js';
export { mentorProfileStores } from './stores/mentor-profile.js';
