// The popup sign-in is a chunk of its own: bundles load it on the first client.auth.signIn, and
// pages that never sign readers in do not carry it up front.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Bundles `code` with code splitting, as a page's bundler does: what the page loads up front (the
 * entry and the chunks it imports statically) and the chunks loaded only by a dynamic import.
 */
async function chunks(code: string): Promise<{ upFront: string; entry: string; lazy: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: '/virtual',
    entryNames: 'entry',
    write: false,
    logLevel: 'silent',
    external: ['@menteo/api'],
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.split('/').pop()!, new TextDecoder().decode(f.contents)]));
  const entry = files.get('entry.js')!;
  const eager = new Set(['entry.js']);
  for (const name of eager) for (const [, imported] of files.get(name)!.matchAll(/from"\.\/([^"]+\.js)"/g)) eager.add(imported!);
  return {
    entry,
    upFront: [...eager].map((name) => files.get(name)).join('\n'),
    lazy: [...files].filter(([name]) => !eager.has(name)).map(([, text]) => text),
  };
}

describe('tree-shaking of the popup sign-in', () => {
  it('leaves the popup out of the full client’s up-front code, in a chunk signIn imports', async () => {
    const { upFront, entry, lazy } = await chunks(`import { Menteo } from './index.ts'; export const client = new Menteo({ publishableKey: 'pk_test_demo' });`);
    for (const absent of ['menteo:oauth', 'popup_blocked', 'code_challenge', '/oauth/token']) {
      assert.ok(!upFront.includes(absent), `the up-front code carries ${absent}`);
    }
    assert.ok(
      lazy.some((chunk) => chunk.includes('menteo:oauth') && chunk.includes('code_challenge')),
      'the sign-in chunk is missing',
    );
    assert.match(entry, /import\("\.\/[^"]+\.js"\)/, 'signIn loads its chunk with a dynamic import');
  });

  it('carries nothing of OAuth up front in a search-only page, and never imports the sign-in chunk', async () => {
    const { upFront } = await chunks(`import { MenteoCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q });`);
    assert.ok(upFront.includes('/v1/mentors'), 'the search itself is missing');
    for (const absent of ['/oauth/', 'menteo:oauth', 'import(']) assert.ok(!upFront.includes(absent), `a search-only page carries ${absent}`);
  });
});
