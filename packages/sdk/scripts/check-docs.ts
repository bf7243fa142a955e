// Every export of @menteo/sdk carries an `@example`: each function, class, interface, type and
// variable the entry points in typedoc.json export. typedoc's `notDocumented` validation asks every
// symbol, members included, for a summary; this asks each export for an example too. Members need
// none: an example on each method and accessor mostly repeated its class's (errors.ts had eight
// identical ones), so they keep one where it teaches. Prints what lacks one and exits 1, else a summary.
import { Application, ReflectionKind, type CommentTag, type DeclarationReflection } from 'typedoc';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json' });
const project = await app.convert();
// A tag typedoc does not know (`@exmaple`) is only a warning while converting: it would hide a missing example.
if (!project || app.logger.hasErrors() || app.logger.hasWarnings()) {
  console.error('docs: typedoc could not convert the project cleanly (see above)');
  process.exit(1);
}

// An `@example` counts when it holds a code block. TypeDoc wraps an example without one in a
// block as it stands, so `@example \`code\`` would render with its backticks: a ```ts fence is asked for.
const isExample = (t: CommentTag): boolean =>
  t.tag === '@example' && t.content.some((part) => part.kind === 'code' && /^```\w*\n(?!`)[\s\S]*\S[\s\S]*\n```$/.test(part.text));

const hasExample = (r: DeclarationReflection): boolean =>
  [r, ...(r.signatures ?? []), r.getSignature, r.setSignature, ...(r.type?.type === 'reflection' ? (r.type.declaration.signatures ?? []) : [])].some(
    (x) => x?.comment?.blockTags.some(isExample) ?? false,
  );

const missing: string[] = [];
let symbols = 0;

for (const mod of project.children ?? []) {
  for (const child of mod.children ?? []) {
    // A re-export of a symbol another entry point declares is checked there.
    if (child.kindOf(ReflectionKind.Reference)) continue;
    symbols++;
    if (!hasExample(child)) missing.push(`${mod.name}: ${child.name} (${ReflectionKind.singularString(child.kind).toLowerCase()})`);
  }
}

if (missing.length) {
  console.error(`docs: ${missing.length} of ${symbols} exported symbols lack an @example:`);
  for (const m of missing) console.error(`  ${m}`);
  process.exit(1);
}
console.log(`docs: ${symbols} exported symbols, all with an example`);
