// What the CDN build (rollup.config.mjs, dist/cdn/) knows about its chunks, written beside them:
//   menteo-chunks.json  each chunk's static and dynamic imports and its sizes: the size report
//                       (scripts/size.ts) adds up a page's load from it, and the loader's map of
//                       tag → chunks (src/loader/) is made from it
//   integrity.json      file → Subresource Integrity hash (sha384), for the loader and every chunk
// Pure functions of rollup's output, so that a test can check them without a build.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ChunkMap, LazyMap } from '../src/loader/chunk-map.js';

/** One chunk of the CDN build, as the manifest records it. */
export interface ChunkInfo {
  /** The chunks it imports statically (file names in dist/cdn/): loaded before it runs. */
  imports: string[];
  /** The chunks it may import() later (a translation, a dialog): not part of a page's first load. */
  dynamicImports: string[];
  /** Its size in bytes, as shipped. */
  bytes: number;
  /** Its size gzipped (level 9), in bytes. */
  gzip: number;
}

/** dist/cdn/menteo-chunks.json. */
export interface ChunkManifest {
  /** The package's version: the `@<version>` of a pinned URL. */
  version: string;
  /** Each element's entry chunk, by its folder (`mentor-card` → `mentor-card.js`, defines `<menteo-mentor-card>`). */
  entries: Record<string, string>;
  /** Every chunk, by file name. */
  chunks: Record<string, ChunkInfo>;
}

/** What this module needs of one rollup output chunk. */
export interface BuiltChunk {
  fileName: string;
  code: string;
  imports: readonly string[];
  dynamicImports: readonly string[];
  isEntry: boolean;
  name: string;
}

/**
 * The Subresource Integrity value of a file's bytes (`integrity="sha384-…"`): sha384 for what
 * people paste (integrity.json, the docs), sha256 where every byte counts (the loader's own map).
 *
 * @example `sri('export{};') // 'sha384-…'`
 */
export function sri(content: string | Uint8Array, algorithm: 'sha384' | 'sha256' = 'sha384'): string {
  return `${algorithm}-${createHash(algorithm).update(content).digest('base64')}`;
}

/**
 * Gzipped size (level 9, as the size report measures) of a file's bytes.
 *
 * @example `gzipSize('x'.repeat(1000)) // 29`
 */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * The manifest of a CDN build from rollup's chunks.
 *
 * @example `chunkManifest('0.1.0', Object.values(bundle).filter((o) => o.type === 'chunk'))`
 */
export function chunkManifest(version: string, built: readonly BuiltChunk[]): ChunkManifest {
  const entries: Record<string, string> = {};
  const chunks: Record<string, ChunkInfo> = {};
  for (const chunk of [...built].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    if (chunk.isEntry) entries[chunk.name] = chunk.fileName;
    chunks[chunk.fileName] = {
      imports: [...chunk.imports],
      dynamicImports: [...chunk.dynamicImports],
      bytes: Buffer.byteLength(chunk.code),
      gzip: gzipSize(chunk.code),
    };
  }
  return { version, entries, chunks };
}

/**
 * A chunk and every chunk it imports statically, directly or not: what runs before it can (the
 * entry first, then in the order found). Dynamic imports are left out: they load when used.
 *
 * @example `staticClosure(manifest, 'mentor-card.js') // ['mentor-card.js', 'lit-1a2b3c4d.js', …]`
 */
export function staticClosure(manifest: ChunkManifest, file: string): string[] {
  const seen = new Set<string>([file]);
  for (const current of seen) {
    const chunk = manifest.chunks[current];
    if (!chunk) throw new Error(`cdn manifest: no chunk ${current}`);
    for (const imported of chunk.imports) seen.add(imported);
  }
  return [...seen];
}

/** A page's first load through the loader. */
export interface PageLoad {
  /** Every chunk the page loads, besides the loader. */
  files: string[];
  /** The loader's and those chunks' gzipped bytes, added up. */
  gzip: number;
}

/**
 * What a page with these elements loads through the loader: the loader, then each element's entry
 * chunk and the static closure of each (shared chunks counted once).
 *
 * @example `pageLoad(manifest, 1900, ['mentor-card']).gzip // the loader's 1900 bytes plus the card's chunks`
 */
export function pageLoad(manifest: ChunkManifest, loaderGzip: number, folders: readonly string[]): PageLoad {
  const files = new Set<string>();
  for (const folder of folders) {
    const entry = manifest.entries[folder];
    if (!entry) throw new Error(`cdn manifest: no element ${folder}`);
    for (const file of staticClosure(manifest, entry)) files.add(file);
  }
  const gzip = [...files].reduce((total, file) => total + manifest.chunks[file]!.gzip, loaderGzip);
  return { files: [...files], gzip };
}

/**
 * The map the loader reads (src/loader/chunk-map.ts) for the elements `folders`: each entry's
 * integrity and the indexes of the chunks it imports statically, directly or not, in a list of
 * those files and their integrity.
 *
 * @example `chunkMap(manifest, ['mentor-card'], (file) => sri(read(file), 'sha256')).elements['mentor-card'] // ['sha256-…', 0, 1]`
 */
export function chunkMap(manifest: ChunkManifest, folders: readonly string[], hash: (file: string) => string): ChunkMap {
  const imports = (folder: string) => staticClosure(manifest, `${folder}.js`).slice(1);
  const files = [...new Set(folders.flatMap(imports))];
  return {
    files,
    integrity: files.map(hash),
    elements: Object.fromEntries(folders.map((folder) => [folder, [hash(`${folder}.js`), ...imports(folder).map((file) => files.indexOf(file))]])),
  };
}

/**
 * The lazy map (dist/cdn/menteo-lazy.js): every chunk some chunk import()s (translations,
 * dialogs…), by the specifier the build wrote (`./mentor-card.strings.es.js`), with the chunks of
 * its static closure that may not be loaded yet, each file with its integrity. Those every chunk
 * importing it imports statically are left out: the importer runs, so they ran, checked, before it.
 *
 * @example `lazyMap(manifest, hash)['./mentor-card.strings.es.js'] // [['mentor-card.strings.es.js', 'sha256-…'], …]`
 */
export function lazyMap(manifest: ChunkManifest, hash: (file: string) => string): LazyMap {
  const chunks = Object.entries(manifest.chunks);
  const targets = [...new Set(chunks.flatMap(([, chunk]) => chunk.dynamicImports))].sort();
  return Object.fromEntries(
    targets.map((file) => {
      const importers = chunks.filter(([, chunk]) => chunk.dynamicImports.includes(file)).map(([importer]) => new Set(staticClosure(manifest, importer)));
      const loaded = (each: string) => importers.every((closure) => closure.has(each));
      const needed = staticClosure(manifest, file).filter((each) => each === file || !loaded(each));
      return [`./${file}`, needed.map((each): [string, string] => [each, hash(each)])];
    }),
  );
}
