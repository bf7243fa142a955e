// The literal minifier on its own (CSS, HTML, the transformer) and on the real styles: every
// styles module compiled through it must give Lit the same stylesheet, as esbuild normalizes it,
// as the module compiled as written.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { LiteralMinifyError, minifyCss, minifyHtml, minifyLiterals } from './minify-literals.js';

/** CSS as esbuild normalizes it: two texts a browser parses alike normalize alike. */
const normalize = (css: string) => transformSync(css, { loader: 'css', minify: true }).code;
const interleave = (strings: readonly string[], values: readonly string[]) => strings.reduce((text, s, i) => text + values[i - 1]! + s);

/** Compiles one module through the transformer, as the builds do. */
const compile = (code: string, fileName = 'x.ts') =>
  ts.transpileModule(code, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    transformers: { before: [minifyLiterals()] },
  }).outputText;

/** Runs compiled code with a stand-in `lit` whose tags return what they were given. */
async function run(code: string): Promise<Record<string, { strings: string[]; raw: string[] }>> {
  const stub = 'const tag = (strings) => ({ strings: [...strings], raw: [...strings.raw] }); const css = tag, html = tag, svg = tag;';
  return import(`data:text/javascript,${encodeURIComponent(code.replace(/^import .* from 'lit';$/m, stub))}`);
}

describe('minifyCss', () => {
  // What src/styles/tokens.ts does: values, declaration lists and whole rules interpolated.
  const strings = [
    '\n  ',
    '\n  :host([theme="dark"]) {\n    ',
    '\n    color-scheme: dark;\n  }\n  @media (prefers-color-scheme: dark) {\n    :host([theme="auto"]) {\n      ',
    '\n    }\n  }\n  :host {\n    /* a comment */\n    font-family: ',
    ';\n    padding: ',
    ' ',
    ';\n    --_bg: var(--menteo-card-background, ',
    ');\n  }\n  *::before { box-sizing: inherit; }\n  .x { ',
    ' }\n',
  ];
  const values = [
    ':host{color:red}.a{margin:0}',
    '--menteo-color-primary: #a5b4fc; --menteo-shadow: none;',
    '--menteo-color-primary: #a5b4fc;',
    'var(--menteo-font, inherit)',
    'var(--menteo-space-2, 8px)',
    'var(--menteo-space-3, 12px)',
    'var(--menteo-color-surface, #ffffff)',
    'color: blue;',
  ];

  it('keeps every interpolation in place: the stylesheet normalizes to the same CSS', () => {
    const minified = minifyCss(strings);
    assert.equal(minified.length, strings.length);
    assert.equal(normalize(interleave(minified, values)), normalize(interleave(strings, values)));
    assert.ok(interleave(minified, values).length < interleave(strings, values).length - 100, 'whitespace and comments are gone');
  });

  it('puts declaration-list and rule-list interpolations between statements', () => {
    const minified = minifyCss(strings);
    assert.equal(minified[0], '');
    assert.match(minified[1]!, /^ :host\(\[theme=(dark|"dark")\]\)\{$/);
    assert.match(minified[2]!, /^ color-scheme:dark\}@media\s?\(prefers-color-scheme:dark\)\{:host\(\[theme=(auto|"auto")\]\)\{$/);
    assert.match(minified[3]!, /^\}\}:host\{font-family:$/);
    assert.equal(minified[8], '}');
  });

  it('keeps the `;` after a statement interpolation, and the space before what follows it', () => {
    const values = ['--a: 1', '.theme'];
    const strings = [':host {\n  ', ';\n  color: red;\n}\n', ' .x {\n  color: #00f;\n}\n'];
    const minified = minifyCss(strings);
    assert.deepEqual(minified, [':host{', ';color:red}', ' .x{color:#00f}']);
    assert.equal(normalize(interleave(minified, values)), normalize(interleave(strings, values)));
  });

  it('leaves a template without interpolations to esbuild alone', () => {
    assert.deepEqual(minifyCss(['\n  :host {\n    display: contents;\n  }\n']), [':host{display:contents}']);
  });

  it('keeps /*! */ comments', () => {
    assert.match(minifyCss(['/*! keep me */\n:host { color: red; }'])[0]!, /\/\*! keep me \*\//);
  });

  it('fails loudly when a placeholder does not come back', () => {
    // esbuild drops the comment, and the interpolation with it.
    assert.throws(
      () => minifyCss([':host { /* ', ' */ color: red; }']),
      (error: Error) => error instanceof LiteralMinifyError && /1 placeholders went in, 0 came back/.test(error.message),
    );
  });

  it('fails loudly on CSS esbuild warns about', () => {
    assert.throws(
      () => minifyCss([':host { color: red;']),
      (error: Error) => error instanceof LiteralMinifyError && /esbuild warns: Expected "\}"/.test(error.message),
    );
    assert.throws(() => minifyCss([':host { colr: red; }']), /"colr" is not a known CSS property/);
  });

  it('refuses a text that already holds its placeholder name', () => {
    assert.throws(() => minifyCss(['.__menteo_0__ { color: red; }']), LiteralMinifyError);
  });
});

describe('minifyHtml', () => {
  it('turns whitespace runs with a newline into one space and keeps the rest', () => {
    const strings = ['\n  <ul class="list">\n    <li   title="a  b">', '</li>\n    <li>x&nbsp;\u00a0 y</li>\n  </ul>\n'];
    assert.deepEqual(minifyHtml(strings), [' <ul class="list"> <li   title="a  b">', '</li> <li>x&nbsp;\u00a0 y</li> </ul> ']);
  });

  it('collapses the newlines between attributes, never inside a quoted value', () => {
    const strings = ['<textarea\n  id="goals"\n  .value=', '\n  title="line one\n   line two"\n></textarea>'];
    assert.deepEqual(minifyHtml(strings), ['<textarea id="goals" .value=', ' title="line one\n   line two" ></textarea>']);
  });

  it('drops comments, unless an interpolation is inside one', () => {
    assert.deepEqual(minifyHtml(['<p>a<!-- note\n -->b</p>']), ['<p>ab</p>']);
    assert.deepEqual(minifyHtml(['<p><!-- ', ' -->\n</p>']), ['<p><!-- ', ' --> </p>']);
  });

  it('leaves a template alone when a pre or a textarea has content', () => {
    assert.equal(minifyHtml(['<div>\n  <pre>\n  code\n  </pre>\n</div>']), undefined);
    assert.equal(minifyHtml(['<textarea>', '</textarea>\n']), undefined);
    assert.deepEqual(minifyHtml(['<div>\n  <textarea></textarea>\n</div>']), ['<div> <textarea></textarea> </div>']);
  });
});

describe('minifyLiterals (the transformer)', () => {
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: these tests give the compiler TypeScript source as strings, and check what it makes of its templates: the ${…} are the templates' own
  it('rewrites css, html and svg imported from lit (renamed too), nothing else', async () => {
    const code = compile(
      [
        "import { css, html as h, svg } from 'lit';",
        'const other = (s: TemplateStringsArray) => s;',
        'export const a = css`\n  :host {\n    color: red;\n  }\n`;',
        'export const b = h`\n  <p>\n    ${1}\n  </p>\n`;',
        'export const c = svg`<g>\n  <path d="M0 0"></path>\n</g>`;',
        'export const d = other`\n  keep   me\n`;',
      ].join('\n'),
    );
    assert.match(code, /css `:host\{color:red\}`/);
    assert.match(code, /h ` <p> \$\{1\} <\/p> `/);
    assert.match(code, /svg `<g> <path d="M0 0"><\/path> <\/g>`/);
    assert.match(code, /other `\n {2}keep {3}me\n`/);
  });

  it('keeps cooked and raw text consistent (backslashes, backticks, "${")', async () => {
    const code = compile(
      [
        "import { css, html } from 'lit';",
        "export const a = css`\n  a::before {\n    content: '\\\\201C';\n  }\n`;",
        'export const b = html`<p>\n  \\` \\${x} \\\\ ${1}\n</p>`;',
        // `\2` is no escape a template allows: Lit would get `undefined`; left as written.
        "export const c = css`\n  a::before {\n    content: '\\201C';\n  }\n`;",
      ].join('\n'),
    );
    assert.match(code, /css `\n {2}a::before \{\n {4}content: '\\201C';\n {2}\}\n`/);
    const { a, b } = await run(code);
    assert.equal(a!.strings[0], 'a:before{content:"\\201c"}');
    assert.equal(a!.raw[0], 'a:before{content:"\\\\201c"}');
    assert.deepEqual(b!.strings, ['<p> ` ${x} \\ ', ' </p>']);
    assert.deepEqual(b!.raw, ['<p> \\` \\${x} \\\\ ', ' </p>']);
  });
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: the two tests above

  it('fails the build with the file and line of a template it refuses', () => {
    assert.throws(
      () => compile("import { css } from 'lit';\n\nexport const a = css`:host { color: red;`;\n", 'src/broken.styles.ts'),
      (error: Error) => error instanceof LiteralMinifyError && error.message.startsWith('src/broken.styles.ts:3:18: cannot minify this css`…`'),
    );
  });
});

describe('the real styles', () => {
  it('give Lit the same stylesheets once minified (tokens, skeleton and every element)', async () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const lit = import.meta.resolve('lit');
    const files = (await readdir(src, { recursive: true })).filter((f) => /(^styles\/[^/]+|\.styles)\.ts$/.test(f) && !f.endsWith('.test.ts'));
    assert.ok(files.length >= 8, `found ${files.join(', ')}`);
    // The compiled modules go to a folder of their own, importing each other and the real Lit.
    const out = await mkdtemp(join(tmpdir(), 'menteo-literals-'));
    try {
      for (const file of files) {
        const compiled = compile(readFileSync(join(src, file), 'utf8'), join(src, file)).replace(/from 'lit'/g, `from '${lit}'`);
        await mkdir(dirname(join(out, file)), { recursive: true });
        await writeFile(join(out, file.replace(/\.ts$/, '.js')), compiled);
      }
      let sheets = 0;
      for (const file of files) {
        const original = (await import(pathToFileURL(join(src, file)).href)) as Record<string, unknown>;
        const minified = (await import(pathToFileURL(join(out, file.replace(/\.ts$/, '.js'))).href)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(original)) {
          const cssText = (value as { cssText?: unknown } | null)?.cssText;
          if (typeof cssText !== 'string') continue;
          const after = (minified[name] as { cssText: string }).cssText;
          assert.equal(normalize(after), normalize(cssText), `${relative(src, join(src, file))}: ${name}`);
          // Declaration lists (styles/controls.ts) are unsafeCSS strings written minified: they come through as they are.
          assert.ok(after.length < cssText.length || after === cssText, `${file}: ${name} is smaller`);
          sheets++;
        }
      }
      assert.ok(sheets >= 9, `compared ${sheets} stylesheets`);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
