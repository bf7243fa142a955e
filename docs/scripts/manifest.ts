// The custom elements manifest (schema 2.x shape), read the way the docs need it: the elements
// with their attributes, properties, methods, events, slots, CSS parts and CSS properties.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `packages/elements/custom-elements.json`. */
export const manifestPath = fileURLToPath(new URL('../../packages/elements/custom-elements.json', import.meta.url));

interface Described {
  name: string;
  description?: string;
  summary?: string;
  deprecated?: boolean | string;
}
interface Typed {
  type?: { text: string };
  default?: string;
}
export interface CemAttribute extends Described, Typed {
  fieldName?: string;
}
export interface CemMember extends Described, Typed {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  parameters?: (Described & Typed & { optional?: boolean })[];
  return?: { type?: { text: string } };
  inheritedFrom?: { name: string; module?: string };
}
export interface CemEvent extends Described {
  type?: { text: string };
}
export interface CemDeclaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: CemEvent[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { syntax?: string; default?: string })[];
  superclass?: { name: string; module?: string; package?: string };
}
export interface CemModule {
  kind: 'javascript-module';
  path: string;
  declarations?: CemDeclaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
export interface Manifest {
  schemaVersion: string;
  modules: CemModule[];
}

/** A custom element of the manifest, with the module it is declared in. */
export interface ElementDoc extends CemDeclaration {
  tagName: string;
  module: string;
}

/**
 * Reads a manifest file.
 *
 * @example `const manifest = readManifest();`
 */
export function readManifest(path = manifestPath): Manifest {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!Array.isArray(manifest.modules)) throw new Error(`${path} is not a custom elements manifest (no "modules")`);
  return manifest;
}

/**
 * Every custom element, sorted by tag. A tag comes from the declaration (`tagName`) or from a
 * module's `custom-element-definition` export.
 *
 * @example `elementsOf(readManifest()).map((e) => e.tagName) // ['menteo-mentor-card', …]`
 */
export function elementsOf(manifest: Manifest): ElementDoc[] {
  const tags = new Map<string, string>();
  for (const mod of manifest.modules) {
    for (const e of mod.exports ?? [])
      if (e.kind === 'custom-element-definition') tags.set(`${e.declaration.module ?? mod.path}#${e.declaration.name}`, e.name);
  }
  const elements: ElementDoc[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      const tagName = d.tagName ?? tags.get(`${mod.path}#${d.name}`);
      if (tagName && (d.customElement || d.tagName || tags.has(`${mod.path}#${d.name}`))) elements.push({ ...d, tagName, module: mod.path });
    }
  }
  return elements.sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
}

/** An event with the elements that fire it. */
export interface EventDoc {
  name: string;
  type: string | undefined;
  firedBy: { tagName: string; description: string | undefined }[];
}

/**
 * Every event any element fires, by name, with who fires it.
 *
 * @example `eventsOf(elementsOf(readManifest())).find((e) => e.name === 'menteo-retry')?.firedBy.length`
 */
export function eventsOf(elements: ElementDoc[]): EventDoc[] {
  const events = new Map<string, EventDoc>();
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const doc = events.get(event.name) ?? { name: event.name, type: event.type?.text, firedBy: [] };
      doc.type ??= event.type?.text;
      doc.firedBy.push({ tagName: element.tagName, description: event.description });
      events.set(event.name, doc);
    }
  }
  return [...events.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Public fields and methods (what a page can use): no statics, nothing private or protected. */
export function publicMembers(element: ElementDoc): { fields: CemMember[]; methods: CemMember[] } {
  const visible = (element.members ?? []).filter(
    (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !m.name.startsWith('_'),
  );
  return { fields: visible.filter((m) => m.kind === 'field'), methods: visible.filter((m) => m.kind === 'method') };
}
