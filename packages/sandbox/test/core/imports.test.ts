import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The sandbox's modules form layers (app → handlers → resources → db/http helpers); a
// loop between two modules means one of them reaches upward, and the pair can no longer be
// understood, tested or split one at a time. Type-only imports count too.
const src = join(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * Each module of src/ (relative path) and the modules of src/ it imports; with `runtime`,
 * only the imports that load code (not `import type`).
 */
function importGraph(runtime = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:import|export)\s([^;]*?)from\s+'(\.{1,2}\/[^']+)'/g)]
      .filter((m) => !runtime || !/^type\s/.test(m[1]!))
      .map((m) => relative(src, normalize(join(dirname(file), m[2]!.replace(/\.js$/, '.ts')))));
    graph.set(relative(src, file), targets);
  }
  return graph;
}

/** Every module `module` loads, directly or through others. */
function reachable(graph: Map<string, string[]>, module: string): Set<string> {
  const seen = new Set<string>();
  const visit = (m: string): void => {
    for (const target of graph.get(m) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit(module);
  return seen;
}

/** Every import loop, as the list of modules around it. */
function importLoops(graph: Map<string, string[]>): string[][] {
  const loops: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string): void => {
    const at = path.indexOf(module);
    if (at >= 0) {
      loops.push([...path.slice(at), module]);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const target of graph.get(module) ?? []) visit(target);
    path.pop();
    done.add(module);
  };
  for (const module of graph.keys()) visit(module);
  return loops;
}

describe('the sandbox source', () => {
  it('has no import loop between its modules', () => {
    const graph = importGraph();
    assert.ok(graph.get('app.ts')?.includes('handlers.ts'), 'the import scan reads the sources');
    assert.deepEqual(
      importLoops(graph).map((loop) => loop.join(' → ')),
      [],
    );
  });
});

describe('the seed', () => {
  // seed/ orchestrates: it calls each resource's seeder in order. Resources own their seeders
  // and data; what seeders share (the demo ids, the PRNG, the seed context) lives in neutral
  // modules beside them, so the dependency runs one way: seed/ → resources → shared modules.
  it('is imported only by the sandbox that runs it, never by the resources it orchestrates', () => {
    const graph = importGraph();
    const importers = [...graph].filter(([module, targets]) => !module.startsWith('seed/') && targets.some((t) => t.startsWith('seed/')));
    assert.deepEqual(
      importers.map(([module]) => module),
      ['sandbox.ts'],
    );
  });

  it('loads no request handling: neither the app, the handler registry nor http/', () => {
    const loaded = reachable(importGraph(true), 'seed/index.ts');
    assert.ok(loaded.has('resources/threads/seed.ts'), "the seed loads the resources' seeders");
    const upward = [...loaded].filter((m) => m === 'app.ts' || m === 'handlers.ts' || m.startsWith('http/')).sort();
    assert.deepEqual(upward, []);
  });
});
