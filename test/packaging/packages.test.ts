// What the registry would get: each publishable package packed by pnpm (workspace versions
// resolved), then linted by publint and checked by Are the Types Wrong (ESM-only profile).
// Needs the packages built (`pnpm run build`; `npm test` does it first).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const attw = join(root, 'node_modules/.bin/attw');
const publishable = ['api', 'sdk', 'elements', 'sandbox', 'react'];

let out: string;
before(async () => {
  out = await mkdtemp(join(tmpdir(), 'menteo-pack-'));
});
after(async () => {
  await rm(out, { recursive: true, force: true });
});

/**
 * Runs attw on a tarball and returns its JSON report. Its output goes to a file, not a pipe: attw
 * calls process.exit when it finds a problem, and a pipe loses what was not yet flushed (the test
 * then failed on a JSON parse error instead of naming the problem).
 */
async function attwReport(tarball: string, args: string[]): Promise<string> {
  const file = `${tarball}.attw.json`;
  const fd = openSync(file, 'w');
  try {
    const child = spawn(attw, [tarball, ...args], { stdio: ['ignore', fd, 'inherit'] });
    await once(child, 'exit');
  } finally {
    closeSync(fd);
  }
  return readFile(file, 'utf8');
}

/** Packs a workspace package; returns the tarball's path. */
async function pack(dir: string): Promise<string> {
  const before = new Set(await readdir(out));
  await run('pnpm', ['pack', '--pack-destination', out], { cwd: join(root, 'packages', dir) });
  const made = (await readdir(out)).filter((f) => !before.has(f) && f.endsWith('.tgz'));
  assert.equal(made.length, 1, `pnpm pack made ${made.join(', ')}`);
  return join(out, made[0]!);
}

/**
 * The subpaths an export pattern opens (the elements' `./*`: one per folder of dist/ holding a
 * define.js), found from the package's files: attw checks no pattern by itself.
 */
function patternEntrypoints(dir: string, exports: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [subpath, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!subpath.includes('*') || !file?.includes('*')) continue;
    const [folder = '', rest = ''] = file.split('*');
    const base = join(root, 'packages', dir, folder);
    for (const name of existsSync(base) ? readdirSync(base) : []) if (existsSync(join(base, name + rest))) found.push(subpath.replace('*', name));
  }
  return found;
}

describe('packages ready for the registry', async () => {
  const present = [];
  for (const dir of publishable) {
    try {
      await readFile(join(root, 'packages', dir, 'package.json'));
      present.push(dir);
    } catch {
      // @menteo/react lands with the framework wrappers.
    }
  }
  for (const dir of present) {
    it(`${dir}: publint finds nothing, the types resolve (attw, ESM-only), metadata complete`, async () => {
      const manifest = JSON.parse(await readFile(join(root, 'packages', dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      for (const field of ['name', 'version', 'description', 'license', 'repository', 'engines', 'exports', 'files', 'sideEffects'] as const) {
        assert.ok(manifest[field] !== undefined, `${dir}: package.json has no "${field}"`);
      }
      const tarball = await pack(dir);
      const { messages } = await publint({ pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer }, level: 'suggestion', strict: true });
      assert.deepEqual(
        messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`),
        [],
      );
      const patterns = patternEntrypoints(dir, manifest.exports as Record<string, unknown>);
      const include = patterns.length ? ['--include-entrypoints', ...patterns] : [];
      const report = JSON.parse(await attwReport(tarball, ['--profile', 'esm-only', '--format', 'json', ...include])) as {
        analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
      };
      for (const subpath of patterns) assert.ok(report.analysis.entrypoints[subpath], `attw checked ${subpath}`);
      assert.deepEqual(
        report.analysis.problems
          .filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs')
          .map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`),
        [],
      );
    });
  }
});
