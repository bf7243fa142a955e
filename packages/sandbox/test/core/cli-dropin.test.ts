// The sandbox as a drop-in tool, tested against the BUILT command (bin/menteo-sandbox.js → dist/),
// as a project that installed @menteo/sandbox runs it: `npx @menteo/sandbox` finds the package's
// one bin; `--allow-origin` and https://localhost let development pages in; the sandbox serves
// its own contract (`/openapi.json`) and its reference (`/docs`, Redoc from the installed copy);
// `trigger` fires an event at it.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { startCli } from '../support/cli-process.js';
import { connectSse } from '../support/sse.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/menteo-sandbox.js');
const cloudOrigin = 'https://ws-42.cloud-ide.example';

/** The newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Builds dist/ when the sources are newer (npm test has built it already; a lone run may not have). */
function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist/cli.js')).mtimeMs;
  } catch {}
  if (built < newest(join(root, 'src'))) execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

interface Facts {
  url: string;
  tokens: Record<string, string>;
  keys: Record<string, string>;
}

/** Starts the built sandbox (see `startCli`). */
const start = (args: string[]) => startCli<Facts>([bin], args);

describe('the built menteo-sandbox command', () => {
  let sandbox: ReturnType<typeof start>;
  let facts: Facts;

  before(async () => {
    ensureBuilt();
    sandbox = start(['--allow-origin', cloudOrigin]);
    const started = await sandbox.ready;
    assert.ok(started.facts, `the sandbox did not start: ${started.stderr}`);
    facts = started.facts;
  });
  after(() => sandbox.stop());

  it('is what `npx @menteo/sandbox` runs in a project that installed it: the package’s one bin, shipped with its code', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string>; files: string[] };
    assert.equal(manifest.name, '@menteo/sandbox');
    // npx runs a package's bin when it has exactly one (its name need not be the package's).
    assert.deepEqual(Object.keys(manifest.bin), ['menteo-sandbox']);
    const packed = JSON.parse((await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root })).stdout) as [{ files: { path: string }[] }];
    const files = new Set(packed[0].files.map((f) => f.path));
    for (const file of ['bin/menteo-sandbox.js', 'dist/cli.js', 'dist/cli-trigger.js', 'dist/http/reference.js'])
      assert.ok(files.has(file), `${file} is not in the package`);
    // A project with the package installed, linked as npm links it.
    const project = mkdtempSync(join(tmpdir(), 'menteo-npx-'));
    try {
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-blog', private: true, dependencies: { '@menteo/sandbox': '*' } }));
      mkdirSync(join(project, 'node_modules/@menteo'), { recursive: true });
      mkdirSync(join(project, 'node_modules/.bin'));
      symlinkSync(root, join(project, 'node_modules/@menteo/sandbox'), 'dir');
      symlinkSync(join('..', '@menteo/sandbox', manifest.bin['menteo-sandbox']!), join(project, 'node_modules/.bin/menteo-sandbox'));
      const { stdout } = await run('npx', ['--no-install', '@menteo/sandbox', '--help'], { cwd: project });
      assert.match(stdout, /^Usage: menteo-sandbox \[options\]/);
      assert.match(stdout, /--allow-origin/);
      assert.match(stdout, /menteo-sandbox trigger <event type>/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('lets pages at https://localhost and at each --allow-origin use the test keys, and nobody else', async () => {
    for (const origin of ['https://localhost:8443', 'http://127.0.0.1:5173', cloudOrigin]) {
      const res = await fetch(`${facts.url}/v1/mentors?limit=1`, { headers: { Authorization: `Bearer ${facts.keys.demoPublishable}`, Origin: origin } });
      assert.equal(res.status, 200, `${origin}: ${await res.text()}`);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), origin);
      // A signed-in page too (the demo organizations hold test keys only).
      const me = await fetch(`${facts.url}/v1/me`, { headers: { Authorization: `Bearer ${facts.tokens['demo-mentee']}`, Origin: origin } });
      assert.equal(me.status, 200, origin);
    }
    for (const origin of ['https://ws-43.cloud-ide.example', 'https://localhost.evil.example']) {
      const res = await fetch(`${facts.url}/v1/mentors?limit=1`, { headers: { Authorization: `Bearer ${facts.keys.demoPublishable}`, Origin: origin } });
      assert.equal(res.status, 403, origin);
      assert.equal(((await res.json()) as { code: string }).code, 'origin_not_allowed');
    }
    const preflight = await fetch(`${facts.url}/v1/mentors`, { method: 'OPTIONS', headers: { Origin: cloudOrigin, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(preflight.status, 204);
  });

  it('refuses an --allow-origin that is not an origin, naming it', async () => {
    const bad = start(['--allow-origin', 'https://ws-42.cloud-ide.example/app/']);
    try {
      const result = await bad.ready;
      assert.equal(result.code, 2);
      assert.match(result.stderr, /allow-origin must be an origin .*ws-42\.cloud-ide\.example\/app\//);
    } finally {
      await bad.stop();
    }
  });

  it('serves its own contract at /openapi.json and a reference that works offline at /docs', async () => {
    const contract = await fetch(`${facts.url}/openapi.json`);
    assert.equal(contract.status, 200);
    assert.match(contract.headers.get('Content-Type') ?? '', /application\/json/);
    const served = (await contract.json()) as { openapi: string; paths: Record<string, unknown> };
    const shipped = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@menteo/api/openapi.json')), 'utf8')) as typeof served;
    assert.deepEqual(served, shipped, 'the contract served is not the one the sandbox implements');
    const page = await fetch(`${facts.url}/docs`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<redoc spec-url="\/openapi\.json"/);
    // Every script the page loads comes from the sandbox itself.
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(scripts, ['/docs/redoc.standalone.js']);
    const script = await fetch(new URL(scripts[0]!, facts.url));
    assert.equal(script.status, 200);
    assert.match(script.headers.get('Content-Type') ?? '', /javascript/);
    assert.ok((await script.text()).length > 100_000, 'Redoc’s bundle is not served whole');
  });

  it('`trigger <type>` fires an event at the running sandbox; a bad type exits 1 naming the field', async () => {
    const stream = await connectSse(`${facts.url}/v1/events`, { Authorization: `Bearer ${facts.tokens['demo-mentor']}` });
    try {
      assert.equal(stream.status, 200);
      const fired = await run(process.execPath, [bin, 'trigger', 'room.requested', '--url', facts.url, '--to', 'usr_demomentor', '--json']);
      const event = JSON.parse(fired.stdout) as { id: string; type: string };
      assert.equal(event.type, 'room.requested');
      const live = await stream.next(10_000);
      assert.deepEqual([live.event, live.id], ['room.requested', event.id]);
    } finally {
      stream.close();
    }
    const refused = await run(process.execPath, [bin, 'trigger', 'room.opened', '--url', facts.url]).then(
      () => assert.fail('a bad type exited 0'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /\/type must be one of: room\.updated/);
  });
});
