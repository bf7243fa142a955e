// Every snippet in the docs is a promise to a reader: each ```ts / ```js block of the guides and
// of the READMEs they link to is type-checked with tsc against the real packages (as a page or
// a script that installed them would see them), each ```ts node block is run against a real
// sandbox, and every element tag and attribute in HTML is one the manifest declares.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { repoUrl } from '../scripts/build.js';
import { codeBlocks, type CodeBlock, markdownTokens, type MdToken } from '../scripts/markdown.js';
import { unknownMarkup } from './support/html-check.js';

const run = promisify(execFile);
const docs = fileURLToPath(new URL('..', import.meta.url));
const repo = join(docs, '..');
const work = join(docs, 'test', '.snippets');

const guides = readdirSync(join(docs, 'guides'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(docs, 'guides', f));

/** The repository's README files the guides link to (as `${repoUrl}/…/README.md`). */
function linkedReadmes(): string[] {
  const found = new Set<string>();
  for (const guide of guides) {
    for (const [, path] of readFileSync(guide, 'utf8').matchAll(new RegExp(`${repoUrl.replaceAll('.', '\\.')}/([\\w./-]*README\\.md)`, 'g'))) {
      found.add(join(repo, path!));
    }
  }
  return [...found].sort();
}

const files = [...guides, ...linkedReadmes()];
const snippets: (CodeBlock & { file: string; name: string })[] = files.flatMap((file) =>
  codeBlocks(readFileSync(file, 'utf8')).map((block, i) => ({
    ...block,
    file,
    name: `${relative(repo, file).replace(/[^\w]+/g, '-')}-${i + 1}-line${block.line}`,
  })),
);
const typed = snippets.filter((s) => ['ts', 'typescript', 'js', 'javascript'].includes(s.lang));
const runnable = typed.filter((s) => s.meta.includes('node'));

/** The HTML a markdown file holds: ```html blocks and raw HTML blocks (the live demos). */
function htmlOf(file: string): { html: string; where: string }[] {
  const markdown = readFileSync(file, 'utf8');
  const out = codeBlocks(markdown)
    .filter((b) => b.lang === 'html')
    .map((b) => ({ html: b.code, where: `${relative(repo, file)}:${b.line}` }));
  const walk = (tokens: MdToken[]) => {
    for (const t of tokens) {
      if (t.type === 'html_block' || t.type === 'html_inline') out.push({ html: t.content, where: `${relative(repo, file)} (raw HTML)` });
      if (t.children) walk(t.children);
    }
  };
  walk(markdownTokens(markdown));
  return out;
}

/** Tags and attributes in the HTML of `markdownFiles` that the manifest does not declare. */
function htmlProblems(markdownFiles: string[]): { problems: string[]; checked: number } {
  const found = markdownFiles.flatMap((file) => htmlOf(file).map(({ html, where }) => unknownMarkup(html, where)));
  return { problems: found.flatMap((f) => f.problems), checked: found.reduce((n, f) => n + f.checked, 0) };
}

describe('docs snippets', () => {
  let sandbox: TestSandbox;
  before(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    for (const s of typed) {
      const ext = s.lang.startsWith('t') ? 'ts' : 'js';
      writeFileSync(join(work, `${s.name}.${ext}`), `${s.code}\nexport {};\n`);
    }
    // A page that loaded the elements has their tags and events in the DOM's types: the
    // package's global declarations (HTMLElementTagNameMap, HTMLElementEventMap) say so.
    writeFileSync(join(work, 'page-globals.d.ts'), "import type {} from '@menteo/elements';\n");
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: { noEmit: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node'], allowJs: true, checkJs: true },
        include: ['*.ts', '*.js'],
      }),
    );
    sandbox = await startSandbox();
  });
  after(async () => {
    await sandbox?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('finds the snippets: every guide, and the READMEs the guides link to', () => {
    assert.ok(guides.length >= 9, `only ${guides.length} guides`);
    assert.ok(
      files.some((f) => f.endsWith(join('packages', 'sdk', 'README.md'))),
      'the SDK README is linked and checked',
    );
    assert.ok(typed.length >= 15, `only ${typed.length} TypeScript/JavaScript snippets`);
    assert.ok(runnable.length >= 5, `only ${runnable.length} runnable snippets`);
  });

  it('type-checks every ts and js snippet against the packages', async () => {
    // The workspace's TypeScript, run by this Node: a missing binary must fail the test, not pass
    // it with no output (it did, from when docs/ stopped having a tsc of its own).
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { cwd: docs }).then(
      (done) => ({ ...done, code: 0 }),
      (error: { stdout?: string; code?: unknown }) => error,
    );
    assert.equal(result.stdout?.trim(), '', 'snippets do not type-check');
    assert.equal(result.code, 0, `tsc did not run: ${String(result.code)}`);
  });

  for (const s of runnable) {
    it(`runs ${s.name} against the sandbox`, async () => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(work, `${s.name}.ts`)], {
        cwd: docs,
        env: { ...process.env, MENTEO_BASE_URL: sandbox.url },
        timeout: 30_000,
      });
      assert.ok(stdout.trim().length > 0, 'the snippet printed nothing');
    });
  }

  it('uses only tags and attributes the custom elements manifest declares, in every HTML snippet', () => {
    const { problems, checked } = htmlProblems(files);
    assert.ok(checked >= 10, `only ${checked} element tags in HTML snippets`);
    assert.deepEqual(problems, []);
  });

  it('would catch an unknown tag or attribute', () => {
    const bad = join(work, 'bad.md');
    writeFileSync(bad, '```html\n<menteo-mentor-card mentorid="x" lang="en"></menteo-mentor-card>\n```\n\n<div>\n<menteo-nope></menteo-nope>\n</div>\n');
    const { problems } = htmlProblems([bad]);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0]!, /no attribute "mentorid"/);
    assert.match(problems[1]!, /<menteo-nope> is not an element/);
  });
});
