// The README's snippets are promises to users: each one is type-checked and run
// against a real sandbox, exactly as written (only the package import is pointed
// at this source tree).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'test', '.readme-snippets');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

function prepare(code: string): string {
  return code.replaceAll("from '@menteo/sdk/stores'", "from '../../src/stores/index.js'").replaceAll("from '@menteo/sdk'", "from '../../src/index.js'");
}

describe('README snippets', () => {
  let s: TestSandbox;
  const files: string[] = [];
  before(async () => {
    s = await startSandbox();
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    snippets.forEach((code, i) => {
      const file = join(work, `snippet-${i + 1}.ts`);
      writeFileSync(file, `${prepare(code)}\nexport {};\n`);
      files.push(file);
    });
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, types: ['node'] }, include: ['*.ts'] }),
    );
  });
  after(async () => {
    await s.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('has snippets for every section that promises one', () => {
    assert.ok(snippets.length >= 9, `only ${snippets.length} snippets`);
  });

  it('type-checks every snippet', async () => {
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    const result = await run(tsc, ['-p', join(work, 'tsconfig.json')]).catch((error: { stdout: string }) => error);
    assert.equal((result as { stdout: string }).stdout.trim(), '', 'snippets do not type-check');
  });

  for (let i = 0; i < snippets.length; i++) {
    it(`runs snippet ${i + 1} against the sandbox`, async () => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', files[i]!], {
        env: { ...process.env, MENTEO_BASE_URL: s.url },
        timeout: 30_000,
      });
      assert.ok(stdout.trim().length > 0, 'the snippet printed nothing');
    });
  }
});
