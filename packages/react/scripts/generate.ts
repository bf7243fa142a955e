// Generates the React wrappers from @menteo/elements' Custom Elements Manifest: one
// `createComponent()` (@lit/react) per element the manifest defines, in src/generated/<name>.ts,
// and src/index.ts exporting them all. A new element is wrapped as soon as the manifest has it.
//
// Each wrapper imports the element's own entry point (`@menteo/elements/mentor-card`, which
// defines the tag), so an app that uses one wrapper loads one element. Events become
// `onMenteo…` props typed from the global `HTMLElementEventMap` the elements augment.
//
// `--check` generates in memory and exits 1 when the committed files are stale.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassDeclaration, CustomElement, CustomElementExport, Package } from 'custom-elements-manifest/schema.js';

type CustomElementDeclaration = ClassDeclaration & CustomElement;

const root = fileURLToPath(new URL('..', import.meta.url));
const generatedDir = join(root, 'src/generated');
const check = process.argv.includes('--check');

const elementsRoot = dirname(createRequire(import.meta.url).resolve('@menteo/elements/package.json'));
const elementsPackage = JSON.parse(readFileSync(join(elementsRoot, 'package.json'), 'utf8')) as {
  customElements: string;
  exports: Record<string, string | { default?: string }>;
};
const manifest = JSON.parse(readFileSync(join(elementsRoot, elementsPackage.customElements), 'utf8')) as Package;

const banner = "// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.\n";

/**
 * The wrappers render custom elements, which exist only in a browser: React Server Components
 * (Next.js's App Router) must import them as client components. The directive comes first in
 * every module (comments may precede it) and survives tsc into dist/.
 */
const useClient = "'use client';\n\n";

/** `menteo-request-mentorship` → `onMenteoRequestMentorship`. */
const eventProp = (event: string) => `on${event.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}`;

/**
 * The package subpath whose module is this source file's build (`src/mentor-card/define.ts` →
 * `@menteo/elements/mentor-card`), through an exact export or a subpath pattern (`./*` →
 * `./dist/<folder>/define.js`: every element folder, without a list).
 */
function entryPoint(sourceModule: string): string | undefined {
  const built = `./${sourceModule.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`;
  const specifier = (subpath: string) => join('@menteo/elements', subpath).replace(/\/\.$/, '');
  const targets = Object.entries(elementsPackage.exports).map(([subpath, target]) => [subpath, typeof target === 'string' ? target : target.default] as const);
  for (const [subpath, target] of targets) if (target === built) return specifier(subpath);
  for (const [subpath, target] of targets) {
    if (!subpath.includes('*') || !target?.includes('*')) continue;
    const [before = '', after = ''] = target.split('*');
    const match = built.startsWith(before) && built.endsWith(after) ? built.slice(before.length, built.length - after.length) : undefined;
    // Node fills every `*` of the target with the same match, and a match has no empty part.
    if (match && !match.split('/').includes('') && target.replaceAll('*', match) === built) return specifier(subpath.replace('*', match));
  }
  return undefined;
}

/** A JSDoc block from lines of text (`*\/` escaped). */
const jsdoc = (text: string, indent = '') =>
  `${indent}/**\n${text
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => `${indent} *${line ? ` ${line}` : ''}`)
    .join('\n')}\n${indent} */\n`;

interface Wrapper {
  file: string;
  name: string;
  source: string;
}

function wrappers(): Wrapper[] {
  // Sub-elements under src/internal/ (the request dialog the provider opens) are parts of other elements, not API: no wrapper.
  const definitions = manifest.modules
    .filter((mod) => !mod.path.startsWith('src/internal/'))
    .flatMap((mod) =>
      (mod.exports ?? []).filter((e): e is CustomElementExport => e.kind === 'custom-element-definition').map((e) => ({ definedIn: mod.path, ...e })),
    );
  const classes = new Map(
    manifest.modules.flatMap((mod) => ((mod.declarations ?? []) as CustomElementDeclaration[]).filter((d) => d.tagName).map((d) => [d.tagName!, d] as const)),
  );
  const out: Wrapper[] = [];
  for (const definition of definitions.sort((a, b) => a.name.localeCompare(b.name))) {
    const tag = definition.name;
    const element = classes.get(tag);
    if (!element) throw new Error(`<${tag}>: defined in ${definition.definedIn} but no class in the manifest has that tag`);
    const name = element.name;
    // The element's own entry point: a wrapper loads only its element (the main one would load them all).
    const from = entryPoint(definition.definedIn);
    if (!from) {
      const subpath = `./${definition.definedIn.replace(/^src\//, '').replace(/\/define\.ts$/, '')}`;
      throw new Error(`<${tag}>: ${definition.definedIn} is not exported by @menteo/elements (add "${subpath}" to its package.json exports)`);
    }
    const events = element.events ?? [];
    // The event types by name (`MenteoRequestMentorshipEvent`: the type the element's events add to
    // `HTMLElementEventMap`), imported from the main entry point, which exports them all: naming
    // them keeps them in the emitted declarations (a bare `HTMLElementEventMap[…]` would need the
    // augmentation loaded, and type-only side-effect imports are dropped from .d.ts files).
    const eventTypes = [...new Set(events.map((e) => e.type?.text).filter((t): t is string => !!t && /^[A-Z]\w*$/.test(t)))];
    const eventLines = events.map((e) => {
      const type = e.type?.text && eventTypes.includes(e.type.text) ? e.type.text : 'CustomEvent<unknown>';
      return `${e.description ? jsdoc(e.description, '    ') : ''}    ${eventProp(e.name)}: '${e.name}' as EventName<${type}>,`;
    });
    const doc = [
      `\`<${tag}>\` as a React component: properties as props (\`${name}.prototype\` lists them), events as \`on…\` props.`,
      '',
      element.summary ?? element.description ?? '',
      ...(events.length ? ['', 'Events:', ...events.map((e) => `- \`${eventProp(e.name)}\`: \`${e.name}\`${e.description ? ` — ${e.description}` : ''}`)] : []),
      '',
      '@example',
      '```tsx',
      `import { ${name} } from '@menteo/react';`,
      '',
      exampleFor(element),
      '```',
    ].join('\n');
    const source = `${banner}${useClient}import { createComponent${events.length ? ', type EventName' : ''} } from '@lit/react';
import * as React from 'react';
import { ${name} as ${name}Element } from '${from}';
${eventTypes.length ? `import type { ${eventTypes.join(', ')} } from '@menteo/elements';\n` : ''}
${jsdoc(doc)}export const ${name} = createComponent({
  tagName: '${tag}',
  elementClass: ${name}Element,
  react: React,
  events: {
${eventLines.join('\n')}
  },
  displayName: '${name}',
});
`.replace('  events: {\n\n  },\n', '  events: {},\n');
    out.push({ file: `${tag.replace(/^menteo-/, '')}.ts`, name, source });
  }
  return out;
}

/** A one-line usage of the wrapper: its first attribute-backed property and first event. */
function exampleFor(element: CustomElementDeclaration): string {
  const attribute = element.attributes?.find((a) => a.fieldName && /string/.test(a.type?.text ?? ''));
  const event = element.events?.[0];
  const props = [
    attribute ? `${attribute.fieldName}="…"` : '',
    event ? `${eventProp(event.name)}={(event) => console.log(event${/detail/.test(event.description ?? '') ? '.detail' : '.type'})}` : '',
  ].filter(Boolean);
  return `<${element.name}${props.length ? ` ${props.join(' ')}` : ''} />`;
}

const list = wrappers();
const index = `${banner}/**
 * \`@menteo/react\`: React components for Menteo's web components (\`@menteo/elements\`), one per
 * element, generated from its Custom Elements Manifest with \`@lit/react\`. Properties are props;
 * events are \`on…\` props (\`menteo-request-mentorship\` → \`onMenteoRequestMentorship\`).
 *
 * @example
 * \`\`\`tsx
 * import { MenteoProvider, MenteoMentorCard } from '@menteo/react';
 *
 * <MenteoProvider publishableKey="pk_live_…">
 *   <MenteoMentorCard mentorId="men_demomentor" onMenteoRequestMentorship={(e) => open(e.detail.mentorId)} />
 * </MenteoProvider>;
 * \`\`\`
 * @packageDocumentation
 */
${useClient}${list.map((w) => `export { ${w.name} } from './generated/${w.file.replace(/\.ts$/, '.js')}';`).join('\n')}
`;
const outputs = new Map<string, string>([...list.map((w) => [join(generatedDir, w.file), w.source] as const), [join(root, 'src/index.ts'), index]]);

if (check) {
  const present = readdirSync(generatedDir).map((f) => join(generatedDir, f));
  const stale = [...outputs].filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  const extra = present.filter((f) => !outputs.has(f));
  if (stale.length || extra.length) {
    console.error(
      `stale: ${[...stale.map(([f]) => f), ...extra.map((f) => `${f} (no longer generated)`)].map((f) => f.replace(root, 'packages/react/')).join(', ')}\nrun: pnpm --filter @menteo/react generate`,
    );
    process.exit(1);
  }
  console.log(`React wrappers are up to date (${list.length}: ${list.map((w) => w.name).join(', ')})`);
} else {
  rmSync(generatedDir, { recursive: true, force: true });
  mkdirSync(generatedDir, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`wrote ${list.length} wrappers to src/generated/ and src/index.ts: ${list.map((w) => w.name).join(', ')}`);
}
