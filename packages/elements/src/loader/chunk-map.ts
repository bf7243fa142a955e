/**
 * What the loader knows about the CDN build (dist/cdn/), written into it at build time
 * (rollup.config.mjs, from dist/cdn/menteo-chunks.json and integrity.json).
 *
 * @example
 * ```ts
 * const map: ChunkMap = {
 *   files: ['mentor-card.js', 'lit-1a2b3c4d.js'],
 *   integrity: ['sha384-…', 'sha384-…'],
 *   elements: { 'mentor-card': [0, 1] },
 * };
 * ```
 */
export interface ChunkMap {
  /** Every chunk of the build, relative to the loader's own URL. */
  files: string[];
  /** Each file's Subresource Integrity hash (`sha384-…`), in the order of `files`. */
  integrity: string[];
  /**
   * Each element by folder (`mentor-card` for `<menteo-mentor-card>`): indexes into `files`, its
   * entry chunk first, then every chunk the entry imports statically, directly or not.
   */
  elements: Record<string, number[]>;
}
