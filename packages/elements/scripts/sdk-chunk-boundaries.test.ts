// Where the CDN build (rollup.config.mjs) puts the SDK's code: rollup places code by module, so
// an export that one lazily loaded part uses lands wherever its module's other exports are used.
// The sign-in flow (internal/sign-in-flow.ts, loaded on a reader's first "Sign in") needs the
// SDK's `Auth`; every element needs the identity store, and through it `Me`. Were both in one
// module, `Auth` and its popup sign-in would ride in the chunk every element loads first.
// Built here from the SDK's source the way the CDN build does (its code without side effects).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const sdk = fileURLToPath(new URL('../../sdk/src/', import.meta.url));

/**
 * Rollup's chunks of `entries` (modules by id; `lazy:` ones are only import()ed), split into what
 * a page loads up front (the entries and what they import statically) and what it loads on demand.
 */
async function chunks(entries: Record<string, string>): Promise<{ upFront: string[]; lazy: string[] }> {
  const virtual = {
    name: 'entries',
    resolveId: (id: string) => (id in entries ? id : null),
    load: (id: string) => entries[id] ?? null,
  };
  const bundle = await rollup({
    input: Object.keys(entries).filter((id) => !id.startsWith('lazy:')),
    plugins: [virtual, esbuild({ target: 'es2022', tsconfig: fileURLToPath(new URL('../../sdk/tsconfig.json', import.meta.url)) })],
    external: (id) => id.startsWith('@menteo/api'),
    treeshake: { moduleSideEffects: (id) => !id.startsWith(sdk) },
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const built = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const eager = new Set([...built.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  // Externals (the contract's module) are not chunks.
  for (const file of eager) for (const imported of built.get(file)!.imports) if (built.has(imported)) eager.add(imported);
  const code = (keep: (file: string) => boolean) => [...built.values()].filter((chunk) => keep(chunk.fileName)).map((chunk) => chunk.code);
  return { upFront: code((file) => eager.has(file)), lazy: code((file) => !eager.has(file)) };
}

describe('the SDK code of the lazily loaded sign-in flow, in the CDN build', () => {
  it("stays out of the chunk an element loads first: Auth is not in the identity store's module", async () => {
    const { upFront, lazy } = await chunks({
      element: `import { identify } from '${sdk}stores/index.ts';
        export const who = (context) => identify(context);
        export const signIn = () => import('lazy:flow');`,
      'lazy:flow': `import { Auth } from '${sdk}index.ts';
        export const flow = (core) => new Auth(core).createUserToken({ externalUserId: 'u_1', name: 'Ada' });`,
    });
    assert.ok(
      upFront.some((code) => /["'`]\/v1\/me["'`]/.test(code)),
      'the identity store (GET /v1/me) is up front',
    );
    assert.ok(!upFront.some((code) => code.includes('/v1/auth/tokens')), "Auth's code is in the chunk loaded up front");
    assert.ok(
      lazy.some((code) => code.includes('/v1/auth/tokens')),
      "Auth's code is in the flow's own chunk",
    );
  });
});
