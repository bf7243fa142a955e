/**
 * What the loader knows about the CDN build (dist/cdn/), written into it at build time
 * (rollup.config.mjs, from dist/cdn/menteo-chunks.json). Each element's entry chunk is
 * `<folder>.js`; the chunks they share are listed once.
 *
 * @example
 * ```ts
 * const map: ChunkMap = {
 *   files: ['lit-1a2b3c4d.js'],
 *   integrity: ['sha256-…'],
 *   elements: { 'mentor-card': ['sha256-…', 0] },
 * };
 * ```
 */
export interface ChunkMap {
  /** The shared chunks, relative to the loader's own URL. */
  files: string[];
  /** Each shared chunk's Subresource Integrity hash, in the order of `files` (sha256: see rollup.config.mjs). */
  integrity: string[];
  /**
   * Each element by folder (`mentor-card` for `<menteo-mentor-card>`, whose entry chunk is
   * `mentor-card.js`): its entry chunk's integrity, then the indexes in `files` of every chunk the
   * entry imports statically, directly or not.
   */
  elements: Record<string, [entryIntegrity: string, ...imports: number[]]>;
}

/** The loader's own map: the elements' chunks, and the integrity of the lazy map (menteo-lazy.js). */
export interface LoaderMap extends ChunkMap {
  lazy: string;
}

/**
 * dist/cdn/menteo-lazy.js's `export default`: for each import() of a CDN chunk, by its specifier
 * as the build wrote it (`./mentor-card.strings.es.js`), that chunk and the chunks it imports
 * statically that its importers do not (those ran before), each with its integrity (sha256),
 * the target first. Fetched only on a page's first import().
 *
 * @example
 * ```ts
 * const lazy: LazyMap = { './mentor-card.strings.es.js': [['mentor-card.strings.es.js', 'sha256-…'], ['shared.strings.es.js', 'sha256-…']] };
 * ```
 */
export type LazyMap = Record<string, [file: string, integrity: string][]>;
