// Every public symbol of @menteo/sdk carries an `@example`: each export of the entry points
// in typedoc.json, and each public method, accessor and property of an exported class or
// interface that is declared in this package. typedoc's `notDocumented` validation only asks
// for a summary; this asks for the example too. Prints what lacks one and exits 1, else a summary.
import { Application, ReflectionKind, type CommentTag, type DeclarationReflection, type ProjectReflection, type Reflection } from 'typedoc';
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
  t.tag === '@example' && t.content.some((part) => part.kind === 'code' && /^```\w*\n(?!`)[^]*\S[^]*\n```$/.test(part.text));

const hasExample = (r: DeclarationReflection): boolean =>
  [r, ...(r.signatures ?? []), r.getSignature, r.setSignature, ...(r.type?.type === 'reflection' ? (r.type.declaration.signatures ?? []) : [])].some(
    (x) => x?.comment?.blockTags.some(isExample) ?? false,
  );

// Members declared outside the package (Error's `stack`, nanostores' `get`, …) are not ours to document.
const isOurs = (project: ProjectReflection, r: Reflection): boolean => project.getSymbolIdFromReflection(r)?.packageName === '@menteo/sdk';

const memberKinds = ReflectionKind.Method | ReflectionKind.Accessor | ReflectionKind.Property;
const missing: string[] = [];
let symbols = 0;
let members = 0;

for (const mod of project.children ?? []) {
  for (const child of mod.children ?? []) {
    if (child.kindOf(ReflectionKind.Reference)) continue;
    symbols++;
    const where = `${mod.name}: ${child.name}`;
    if (!hasExample(child)) missing.push(`${where} (${ReflectionKind.singularString(child.kind).toLowerCase()})`);
    if (!child.kindOf(ReflectionKind.Class | ReflectionKind.Interface)) continue;
    for (const member of child.children ?? []) {
      if (!member.kindOf(memberKinds) || member.flags.isPrivate || member.flags.isProtected) continue;
      // Inherited members carry their declaration's comment, checked where it is declared.
      if (member.name.startsWith('[') || member.inheritedFrom || !isOurs(project, member)) continue;
      // An interface's properties are its shape, documented by summaries; its methods are behaviour.
      if (child.kindOf(ReflectionKind.Interface) && member.kindOf(ReflectionKind.Property)) continue;
      // A class's data properties likewise; its methods and accessors compute something worth showing.
      if (member.kindOf(ReflectionKind.Property) && !member.type?.type.startsWith('reflection')) continue;
      members++;
      const kind = `${member.flags.isStatic ? 'static ' : ''}${ReflectionKind.singularString(member.kind).toLowerCase()}`;
      if (!hasExample(member)) missing.push(`${where}.${member.name} (${kind})`);
    }
  }
}

if (missing.length) {
  console.error(`docs: ${missing.length} of ${symbols + members} public symbols lack an @example:`);
  for (const m of missing) console.error(`  ${m}`);
  process.exit(1);
}
console.log(`docs: ${symbols} exported symbols and ${members} public members, all with an example`);
