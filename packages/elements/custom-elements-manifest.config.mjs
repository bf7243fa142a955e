// The Custom Elements Manifest (custom-elements.json): what every element's tag, attributes,
// properties, events, parts, CSS properties and slots are, read from the source and its JSDoc.
// The editor types (scripts/manifest.ts), the React wrappers (packages/react) and the docs are
// all generated from it. Run with `pnpm run manifest`.
import { posix } from 'node:path';

/**
 * Our elements register themselves with `MenteoX.define('menteo-x')` (see menteo-element.ts),
 * not `customElements.define`, so the analyzer cannot see their tags. This plugin reads those
 * calls (one per `src/<element>/define.ts`, which scripts/entries.ts writes for every element
 * folder before the analyzer runs) and records them as custom element definitions, exactly as
 * the analyzer does for `customElements.define`.
 */
function menteoDefinePlugin() {
  return {
    name: 'menteo-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(expression) || !tag || !ts.isStringLiteral(tag) || !tag.text.includes('-')) return;
      const className = expression.text;
      const imported = context.imports?.find((i) => i.name === className && !i.isBareModuleSpecifier);
      const module = imported ? posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts') : moduleDoc.path;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } }];
    },
  };
}

/**
 * Events are dispatched through the base class's typed `emit()`, which the analyzer does not
 * follow, so they come from the `@fires` JSDoc without a type. Their types live in
 * `src/events/*.ts`, each added to the global `HTMLElementEventMap`: this plugin reads that map
 * and gives every event its type (`MenteoRequestMentorshipEvent`), so the generated JSX/Vue
 * types and React wrappers type their handlers.
 */
function menteoEventTypesPlugin() {
  /** Event name → type name, from `interface HTMLElementEventMap { 'menteo-x': MenteoXEvent }`. */
  const eventTypes = new Map();
  return {
    name: 'menteo-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.name && ts.isStringLiteral(member.name) && member.type) {
          eventTypes.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = eventTypes.get(event.name);
            if (type && !event.type) event.type = { text: type };
          }
        }
      }
    },
  };
}

/**
 * What a page can use, nothing else: ECMAScript `#private` members, `protected`/`private`
 * ones, `static styles`/`dependencies` and the base class's `define()`/`emit()`/`holdUpdatesFor()` are
 * implementation details (the analyzer's Lit plugin drops Lit's lifecycle; this is the rest).
 * Modules stay only when a public entry point (`src/index.ts`, a `define.ts`) reaches them, so
 * internal helpers (controllers, markdown, URL checks) do not show up as API.
 */
function menteoPublicApiPlugin() {
  const internal = new Set(['styles', 'dependencies', 'define', 'emit', 'holdUpdatesFor']);
  /**
   * A module reference as a source path: the analyzer writes imports as `/src/x/y.js` and
   * re-exports relative to their module (`./x/y.ts`).
   */
  const sourcePath = (path, from) => (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '')).replace(/\.js$/, '.ts');
  return {
    name: 'menteo-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      for (const mod of modules) {
        // `customElements.define(tag, this)` inside the base class's `define()` is no element.
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = sourcePath(e.declaration.module, mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = sourcePath(declaration.superclass.module, mod.path);
          if (!declaration.members) continue;
          // Internal reactive state (`static properties = { x: { state: true } }`, declared
          // `private`) is read by the analyzer as an attribute too: it is neither.
          const hidden = new Set(declaration.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName));
          declaration.members = declaration.members.filter(
            (m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected' && !internal.has(m.name),
          );
          for (const m of declaration.members) if (m.inheritedFrom?.module) m.inheritedFrom.module = sourcePath(m.inheritedFrom.module, mod.path);
        }
        // The analyzer keeps unexported variables named in a default value (`{ need }` of a private field).
        mod.declarations = mod.declarations?.filter((d) => mod.exports?.some((e) => e.name === d.name || e.declaration?.name === d.name));
      }
      // The public surface: the entry points, and what their exports lead to (declaration by declaration).
      const isEntry = (m) => m.path === 'src/index.ts' || m.exports?.some((e) => e.kind === 'custom-element-definition');
      /** Module path → the names reached in it (`*`: all of it). */
      const reached = new Map(modules.filter(isEntry).map((m) => [m.path, new Set(['*'])]));
      const keeps = (mod, name) => reached.get(mod.path)?.has('*') || reached.get(mod.path)?.has(name);
      for (let before = -1, after = 0; before !== after; ) {
        before = after;
        for (const mod of modules) {
          const reach = (path, name) => reached.set(path, (reached.get(path) ?? new Set()).add(name));
          for (const e of mod.exports ?? [])
            if (keeps(mod, e.name) && e.declaration?.module) reach(e.declaration.module, e.name === '*' ? '*' : e.declaration.name);
          for (const d of mod.declarations ?? []) if (keeps(mod, d.name) && d.superclass?.module) reach(d.superclass.module, d.superclass.name);
        }
        after = [...reached.values()].reduce((n, names) => n + names.size, 0);
      }
      customElementsManifest.modules = modules
        .filter((m) => reached.has(m.path))
        .map((m) => ({ ...m, declarations: m.declarations?.filter((d) => keeps(m, d.name)), exports: m.exports?.filter((e) => keeps(m, e.name)) }))
        .filter((m) => m.declarations?.length || m.exports?.length)
        // The analyzer's order follows file reads; a sorted manifest diffs (and `--check`s) cleanly.
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Sub-elements under internal/ (the request dialog the provider loads on demand) are parts of other elements, not API.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.screenshots.ts',
    'src/**/*.strings.ts',
    'src/**/*.styles.ts',
    'src/**/xss-payloads.ts',
    'src/internal/request-dialog/**',
    // The thread feed's owner-only reports panel, loaded on demand by the feed: part of the feed.
    'src/thread-feed/owner-reports*.ts',
    // Server rendering (Node) renders elements; it defines none.
    'src/ssr/**',
  ],
  outdir: '.',
  // package.json's `customElements` field is written by hand.
  packagejson: false,
  litelement: true,
  dependencies: false,
  plugins: [menteoDefinePlugin(), menteoEventTypesPlugin(), menteoPublicApiPlugin()],
};
