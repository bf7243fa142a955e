// The SDK's import paths, resolved to its source for the esbuild bundles of the size report, the
// screenshots and the benches (the rollup and test-runner configs resolve them by prefix): a
// fresh clone has no SDK dist, and these must measure the code as it is. Each store module has a
// path of its own (`@menteo/sdk/stores/threads`), which the elements import from rather than the
// `@menteo/sdk/stores` barrel: esbuild places whole files by which entries reach them through any
// import, and the barrel reaches every store (see scripts/size-budgets.ts).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('../../sdk/src/', import.meta.url));

/**
 * esbuild's `alias` option for the SDK: exact paths, since esbuild would also map
 * `@menteo/sdk/stores/threads` through a `@menteo/sdk/stores` key as a subpath of its target.
 *
 * @example `await esbuild.build({ entryPoints, bundle: true, alias: sdkAliases() })`
 */
export function sdkAliases(): Record<string, string> {
  const stores = readdirSync(`${sdk}stores`).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return {
    ...Object.fromEntries(stores.map((file) => [`@menteo/sdk/stores/${file.slice(0, -3)}`, `${sdk}stores/${file}`])),
    '@menteo/sdk/stores': `${sdk}stores/index.ts`,
    '@menteo/sdk/internal': `${sdk}internal.ts`,
    '@menteo/sdk': `${sdk}index.ts`,
  };
}
