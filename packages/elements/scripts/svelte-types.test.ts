// The Svelte types written from the manifest (scripts/svelte-types.ts), checked the way a Svelte 5
// app checks them: svelte-check over the fixtures in test/types/svelte, through the built package
// (`@menteo/elements/types/svelte`; needs `pnpm run manifest` or `pnpm run build`). One fixture
// uses two elements as documented and must pass; the other holds one mistake a line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import type { Package } from 'custom-elements-manifest/schema.js';
import { svelteTypes } from './svelte-types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = `${root}test/types/svelte`;
const run = promisify(execFile);

interface Diagnostic {
  type: 'ERROR' | 'WARNING';
  filename: string;
  start: { line: number };
  message: string;
}

/** svelte-check's machine-verbose lines: a timestamp, then START, a JSON diagnostic or COMPLETED. */
async function svelteCheck(): Promise<Diagnostic[]> {
  const args = ['--workspace', fixtures, '--tsconfig', `${fixtures}/tsconfig.json`, '--output', 'machine-verbose'];
  // It exits 1 when it finds errors, which one fixture is there to make: read its output either way.
  const { stdout } = await run(`${root}node_modules/.bin/svelte-check`, args, { cwd: fixtures }).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  assert.match(stdout, /COMPLETED/, `svelte-check ran to the end:\n${stdout}`);
  return stdout
    .split('\n')
    .map((line) => line.slice(line.indexOf(' ') + 1))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Diagnostic);
}

describe('Svelte types from the manifest', () => {
  it('dist/types/svelte.d.ts is what the committed manifest makes (else: pnpm run manifest)', () => {
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as Package;
    const built = readFileSync(`${root}dist/types/svelte.d.ts`, 'utf8');
    assert.ok(built.endsWith(svelteTypes(manifest, '../index.js')));
    assert.match(built, /declare module 'svelte\/elements' \{\n {2}interface SvelteHTMLElements extends SvelteElements \{\}/);
  });

  it('svelte-check passes the right use of two elements and reports each mistake in the wrong one', async () => {
    const diagnostics = await svelteCheck();
    const where = (file: string) => diagnostics.filter((d) => d.filename === file).map((d) => `${d.type} ${d.start.line + 1}: ${d.message.split('\n')[0]}`);
    assert.deepEqual(where('right.svelte'), []);
    assert.deepEqual(where('wrong.svelte'), [
      `ERROR 9: Type '"huge"' is not assignable to type '"compact" | "full" | null | undefined'.`,
      `ERROR 10: Property 'roomId' does not exist on type 'MenteoRequestMentorshipDetail'.`,
      `ERROR 13: Type '"second"' is not assignable to type 'number | \`\${number}\` | null | undefined'.`,
      `ERROR 15: Type 'false' is not assignable to type 'true | "" | null | undefined'.`,
    ]);
    assert.deepEqual(
      diagnostics.filter((d) => d.filename !== 'right.svelte' && d.filename !== 'wrong.svelte'),
      [],
      'nothing else (the generated declarations themselves are checked: skipLibCheck is off)',
    );
  });
});
