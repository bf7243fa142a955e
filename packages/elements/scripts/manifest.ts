// The Custom Elements Manifest and what is generated from it.
//
//   custom-elements.json              committed and shipped: every element's tag, attributes,
//                                     properties, events, parts, CSS properties and slots
//                                     (custom-elements-manifest.config.mjs says how it is read)
//   dist/types/jsx.d.ts               `CustomElements`: JSX intrinsic elements (any JSX runtime)
//   dist/types/react.d.ts             …added to React's JSX (`import type {} from '@menteo/elements/types/react'`)
//   dist/types/preact.d.ts            …added to Preact's JSX
//   dist/types/vue.d.ts               Vue's `GlobalComponents` (templates type-check with vue-tsc / Volar)
//   dist/types/solid.d.ts             Solid's `JSX.IntrinsicElements`, with `on:` events and `prop:` properties
//   dist/types/svelte.d.ts            Svelte's `SvelteHTMLElements` (svelte/elements), `onmenteo-…` events (scripts/svelte-types.ts)
//   dist/web-types.json               JetBrains IDEs (WebStorm, IntelliJ): tags, attributes, events, parts
//   dist/vscode.html-custom-data.json VS Code HTML custom data (tags, attributes, docs)
//   dist/vscode.css-custom-data.json  VS Code CSS custom data (the elements' CSS properties and parts)
//
// `--check` analyzes in memory and exits 1 when custom-elements.json is stale versus the
// source (the types in dist/ are rebuilt by every build, so they cannot be).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- the analyzer's CLI module ships no types.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema.js';

type CustomElementDeclaration = ClassDeclaration & CustomElement;
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { svelteTypes } from './svelte-types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestFile = `${root}custom-elements.json`;
const typesDir = `${root}dist/types`;
const check = process.argv.includes('--check');

/** The manifest exactly as `cem analyze` would write it. */
async function analyze(): Promise<{ manifest: Package; text: string }> {
  const manifest = (await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true })) as Package;
  return { manifest, text: `${JSON.stringify(manifest, null, 2)}\n` };
}

/**
 * The manifest as the type generators should read it. Event types: the generators write
 * `CustomEvent<type>`, so they get the detail type, looked up in the global
 * `HTMLElementEventMap` the element modules augment (and so typed like `addEventListener`).
 * Read-only properties (`ranked`, `params`, `connection`) cannot be set from markup.
 */
function forTypeGenerators(manifest: Package): Package {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const declaration of (mod.declarations ?? []) as CustomElementDeclaration[]) {
      declaration.members = declaration.members?.filter((m) => !(m.kind === 'field' && (m as { readonly?: boolean }).readonly));
      for (const event of declaration.events ?? []) {
        if (event.type) event.type = { text: `HTMLElementEventMap[${JSON.stringify(event.name)}]["detail"]` };
      }
    }
  }
  return copy;
}

/**
 * VS Code offers an attribute's type, split on `|`, as its values: a type alias (`Sort`) would
 * show up as a value. Attributes typed by an alias are offered as free text instead.
 */
function forVsCode(manifest: Package): Package {
  const copy = structuredClone(manifest);
  const literal = /^\s*('[^']*'|"[^"]*"|string|number|boolean|undefined|null)\s*$/;
  for (const mod of copy.modules) {
    for (const declaration of (mod.declarations ?? []) as CustomElementDeclaration[]) {
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.type && !attribute.type.text.split('|').every((part) => literal.test(part))) attribute.type = { text: 'string' };
      }
    }
  }
  return copy;
}

const banner = '// Generated from custom-elements.json by scripts/manifest.ts (`pnpm run manifest`). Do not edit.\n';

/** `declare module 'react'`-style augmentation of one JSX runtime with every element. */
const jsxAugmentation = (runtime: string) => `${banner}import type { CustomElements } from './jsx.js';

declare module '${runtime}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

function generateTypes(manifest: Package): void {
  const input = forTypeGenerators(manifest);
  mkdirSync(typesDir, { recursive: true });
  // Paths are relative to dist/types: the elements' declarations are dist/index.d.ts.
  const common = { outdir: typesDir, globalTypePath: '../index.js', hideLogs: true } as const;
  generateJsxTypes(input as never, { ...common, fileName: 'jsx.d.ts' });
  generateVuejsTypes(input as never, { ...common, fileName: 'vue.d.ts' });
  generateSolidJsTypes(input as never, { ...common, fileName: 'solid.d.ts' });
  // package.json's "web-types" points at it (`packageJson: true` would write an absolute path there).
  generateJetBrainsWebTypes(forVsCode(input) as never, { outdir: `${root}dist`, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true });
  writeFileSync(`${typesDir}/react.d.ts`, jsxAugmentation('react'));
  writeFileSync(`${typesDir}/preact.d.ts`, jsxAugmentation('preact'));
  writeFileSync(`${typesDir}/svelte.d.ts`, banner + svelteTypes(manifest, '../index.js'));
  generateVsCodeCustomElementData(forVsCode(input) as never, {
    outdir: `${root}dist`,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  });
  for (const file of ['jsx.d.ts', 'vue.d.ts', 'solid.d.ts']) {
    const path = `${typesDir}/${file}`;
    writeFileSync(path, banner + readFileSync(path, 'utf8'));
  }
  // Type-only entry points still resolve to a module at run time (Node, bundlers, attw).
  for (const name of ['jsx', 'react', 'preact', 'vue', 'solid', 'svelte']) writeFileSync(`${typesDir}/${name}.js`, `${banner}export {};\n`);
}

/**
 * What the manifest must say of every element, or the JSDoc is wrong: each `@fires` names an
 * event typed in `HTMLElementEventMap` (src/events/), each attribute maps to a property, no
 * private member leaks, and there is a `@summary` (the editors' and wrappers' description).
 */
function problems(elements: CustomElementDeclaration[]): string[] {
  return elements.flatMap((e) => [
    ...(e.summary || e.description ? [] : [`<${e.tagName}>: no @summary`]),
    ...(e.events ?? []).filter((ev) => !ev.type).map((ev) => `<${e.tagName}>: @fires ${ev.name} is not in HTMLElementEventMap (src/events/)`),
    ...(e.attributes ?? []).filter((a) => !a.fieldName).map((a) => `<${e.tagName}>: attribute ${a.name} has no property`),
    ...(e.members ?? []).filter((m) => m.name.startsWith('#')).map((m) => `<${e.tagName}>: private ${m.name} in the manifest`),
  ]);
}

const { manifest, text } = await analyze();
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []) as CustomElementDeclaration[]).filter((d) => d.tagName);
const wrong = problems(elements);
if (wrong.length) {
  console.error(`custom-elements.json: fix the elements' JSDoc\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}

if (check) {
  let committed = '';
  try {
    committed = readFileSync(manifestFile, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error('stale: packages/elements/custom-elements.json does not match the source\nrun: pnpm --filter @menteo/elements run manifest');
    process.exit(1);
  }
  console.log(`custom-elements.json is up to date (${elements.length} elements)`);
} else {
  // In CI a build must not quietly refresh a committed file: a stale manifest fails there.
  let committed = '';
  try {
    committed = readFileSync(manifestFile, 'utf8');
  } catch {}
  if (process.env.CI && committed !== text) {
    console.error('stale: packages/elements/custom-elements.json does not match the source\nrun: pnpm --filter @menteo/elements run manifest, and commit it');
    process.exit(1);
  }
  writeFileSync(manifestFile, text);
  generateTypes(manifest);
  console.log(
    `wrote custom-elements.json (${elements.map((e) => `<${e.tagName}>`).join(', ')}), dist/types/, dist/web-types.json and dist/vscode.*-custom-data.json`,
  );
}
