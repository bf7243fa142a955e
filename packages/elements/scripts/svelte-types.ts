// Svelte's types for the elements, written from the manifest: `dist/types/svelte.d.ts`.
//
// Svelte (4.2+ / svelte-check 3.5+, and Svelte 5) type-checks a template's elements against
// `SvelteHTMLElements` in `svelte/elements`, which a module can augment. A global `svelteHTML`
// namespace declared inside a module (what the generator we tried writes) is never seen.
//
// Keys follow what Svelte 5 does at run time with an attribute on a custom element
// (`set_custom_element_data`): a name the element has a property of (`variant`, `compact`,
// `mentor`) sets that property, so it takes the property's type; any other name (`mentor-id`,
// `heading-level`) is written as an attribute with `String(value)`, so it takes what that
// attribute's text may be. Events are Svelte 5 event attributes, `onmenteo-…`, typed from the
// elements' own `HTMLElementEventMap` (the detail each event carries).
import type { Attribute, ClassDeclaration, ClassField, CustomElement, Event, Package } from 'custom-elements-manifest/schema.js';

type CustomElementDeclaration = ClassDeclaration & CustomElement;

/** A manifest type that is only literals and primitives (`'a' | 'b' | undefined`), split. */
function literalParts(text: string): string[] | undefined {
  const parts = text.split('|').map((part) => part.trim());
  const literal = /^('[^']*'|"[^"]*"|string|number|boolean|undefined|null)$/;
  return parts.every((part) => literal.test(part)) ? parts : undefined;
}

/**
 * What an attribute written as text may be given in a template. `number` also takes its
 * text (`heading-level="3"`); a boolean attribute only `true` or `''`, because `{false}`
 * would be written as the text "false", which the element reads as present.
 */
function attributeText(attribute: Attribute, className: string): string {
  const parts = attribute.type ? literalParts(attribute.type.text) : undefined;
  if (!parts) return `${className}[${JSON.stringify(attribute.fieldName)}]`;
  const mapped = parts.flatMap((part) => {
    if (part === 'number') return ['number', `\`\${number}\``];
    if (part === 'boolean') return ['true', "''"];
    if (part === 'undefined' || part === 'null') return [];
    return [part];
  });
  return [...new Set(mapped), 'null', 'undefined'].join(' | ');
}

/** A TSDoc block from a manifest description, indented for a member. */
function doc(text: string | undefined, extra?: string): string {
  const lines = [...(text ? text.split('\n') : []), ...(extra ? ['', extra] : [])];
  if (!lines.length) return '';
  return `    /**\n${lines.map((line) => `     * ${line.replaceAll('*/', '*\\/')}`.trimEnd()).join('\n')}\n     */\n`;
}

/** Fields a template may set as properties: public, writable, not static. */
function settableFields(declaration: CustomElementDeclaration): ClassField[] {
  return (declaration.members ?? []).filter(
    (member): member is ClassField =>
      member.kind === 'field' &&
      !member.static &&
      // The analyzer writes `readonly` for getters without a setter; the schema's type omits it.
      !(member as { readonly?: boolean }).readonly &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.name.startsWith('#'),
  );
}

function elementType(declaration: CustomElementDeclaration): string {
  const className = declaration.name;
  const fields = settableFields(declaration);
  const fieldNames = new Set(fields.map((field) => field.name));
  const lines: string[] = [];
  for (const attribute of declaration.attributes ?? []) {
    if (!attribute.fieldName) continue;
    const asProperty = fieldNames.has(attribute.name);
    const type = asProperty ? `${className}[${JSON.stringify(attribute.name)}] | null` : attributeText(attribute, className);
    lines.push(`${doc(attribute.description)}    ${JSON.stringify(attribute.name)}?: ${type};`);
  }
  const attributeNames = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const field of fields) {
    // A property with an attribute is set through the attribute's key (above).
    if (attributeNames.has(field.name) || attributeFields.has(field.name)) continue;
    lines.push(`${doc(field.description, 'Set as a property.')}    ${JSON.stringify(field.name)}?: ${className}[${JSON.stringify(field.name)}] | null;`);
  }
  for (const event of (declaration.events ?? []) as Event[]) {
    if (!event.name) continue;
    const handler = `(event: HTMLElementEventMap[${JSON.stringify(event.name)}] & { currentTarget: EventTarget & ${className} }) => unknown`;
    lines.push(`${doc(event.description)}    ${JSON.stringify(`on${event.name}`)}?: (${handler}) | null;`);
  }
  const summary = (declaration.summary ?? declaration.description ?? '').split('\n').map((line) => ` * ${line}`.trimEnd());
  return `/**\n * \`<${declaration.tagName}>\`'s attributes in a Svelte template.\n *\n${summary.join('\n')}\n */\nexport type ${className}SvelteAttributes = HTMLAttributes<${className}> & {\n${lines.join('\n')}\n};\n`;
}

/**
 * The declaration file: one attributes type per element, `SvelteElements` mapping tags to
 * them, and the augmentation of `svelte/elements` that an app gets by importing the file.
 *
 * @example
 * ```ts
 * writeFileSync('dist/types/svelte.d.ts', svelteTypes(manifest, '../index.js'));
 * ```
 */
export function svelteTypes(manifest: Package, elementsModule: string): string {
  const elements = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []) as CustomElementDeclaration[])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
  const classNames = elements.map((element) => element.name);
  const map = elements.map((element) => `  ${JSON.stringify(element.tagName)}: ${element.name}SvelteAttributes;`);
  return `import type { HTMLAttributes } from 'svelte/elements';
import type { ${classNames.join(', ')} } from '${elementsModule}';

${elements.map(elementType).join('\n')}
/**
 * Every element's attributes by tag. Importing this file adds them to Svelte's
 * \`SvelteHTMLElements\`, so svelte-check and the editor check each \`<menteo-…>\` in a template.
 */
export interface SvelteElements {
${map.join('\n')}
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SvelteElements {}
}
`;
}
