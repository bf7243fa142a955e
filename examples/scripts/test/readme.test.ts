// The README and package.json promise files, commands and copyable scripts: hold them to it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const scripts = [
  'export-mentors-csv.ts',
  'post-weekly-update.ts',
  'webhook-handler.ts',
  'mint-user-token.ts',
  'sync-hris.ts',
  'weekly-program-report.ts',
  'rotate-webhook-secret.ts',
];
const helpers: Record<string, string[]> = {
  'export-mentors-csv.ts': ['./csv.js'],
  'post-weekly-update.ts': ['./iso-week.js'],
  'sync-hris.ts': ['./csv.js', './hris-rows.js'],
  'weekly-program-report.ts': ['./iso-week.js'],
};

describe('README and package.json', () => {
  it('has only shell code blocks (TypeScript lives in the type-checked .ts files)', () => {
    const fences = [...readme.matchAll(/^```(\S*)/gm)].map((m) => m[1]);
    assert.equal(fences.length % 2, 0, 'an unclosed code block');
    const languages = fences.filter((_, i) => i % 2 === 0);
    assert.ok(languages.length > 0);
    assert.deepEqual(
      languages.filter((l) => l !== 'sh'),
      [],
    );
  });

  it('mentions every script, and every file it mentions exists', () => {
    const here = readdirSync(root).filter((f) => f.endsWith('.ts'));
    for (const file of here) assert.ok(readme.includes(`\`${file}\``), `README does not mention ${file}`);
    // Bare names live here; paths with a directory are the repository root's.
    for (const [, file] of readme.matchAll(/(\w[\w./-]*\.ts)\b/g)) {
      assert.ok(existsSync(join(root, file!)) || (file!.includes('/') && existsSync(join(root, '../..', file!))), `README mentions a missing ${file}`);
    }
  });

  it('has a package script per example, each naming an existing file', () => {
    for (const script of scripts)
      assert.ok(
        Object.values(pkg.scripts).some((cmd) => cmd === `node --import tsx ${script}`),
        `no package script runs ${script}`,
      );
    for (const cmd of Object.values(pkg.scripts)) {
      const file = /node --import tsx (\S+\.ts)$/.exec(cmd)?.[1];
      if (file) assert.ok(existsSync(join(root, file)), `${cmd}: no ${file}`);
    }
  });

  it('keeps each script copyable: it imports only node:*, @menteo/sdk and its own helper', () => {
    for (const script of scripts) {
      const source = readFileSync(join(root, script), 'utf8');
      const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);
      const foreign = imports.filter((s) => !s.startsWith('node:') && s !== '@menteo/sdk' && !(helpers[script] ?? []).includes(s));
      assert.deepEqual(foreign, [], `${script} imports ${foreign.join(', ')}`);
      assert.ok(imports.includes('@menteo/sdk'), `${script} should import @menteo/sdk as a user would`);
    }
  });

  it('keeps the webhook handler about twenty lines of code', () => {
    const code = readFileSync(join(root, 'webhook-handler.ts'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('//'));
    assert.ok(code.length <= 22, `${code.length} lines`);
  });
});
