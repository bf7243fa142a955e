import sharedResources from './shared-resources.json' with { type: 'json' };
import type { CuratedResource, ResourceSpec } from './types.js';

/**
 * A book, linked to an Open Library search for its title and author: a stable,
 * vendor-neutral page that lists every edition.
 */
function book(title: string, author: string): CuratedResource {
  const query = new URLSearchParams({ q: `${title} ${author}` });
  return { kind: 'book', title: `${title}, by ${author}`, url: `https://openlibrary.org/search?${query.toString()}` };
}

/** A hands-on exercise from Menteo's exercise library. */
function exercise(slug: string, title: string): CuratedResource {
  return { kind: 'exercise', title, url: `https://menteo.dev/exercises/${slug}` };
}

/** Resources several roadmaps point to (`shared-resources.json`), defined once so their titles and links never drift apart. */
const shared: Record<string, CuratedResource> = Object.fromEntries(
  Object.entries(sharedResources as Record<string, ResourceSpec>).map(([key, spec]) => [key, resourceFrom(spec)]),
);

/**
 * The resource a data file's spec stands for. A shared resource is the same object
 * wherever it is used.
 *
 * @throws Error when a spec names a shared resource that does not exist.
 * @example
 * ```ts
 * resourceFrom({ kind: 'book', title: 'Inspired', author: 'Marty Cagan' });
 * // { kind: 'book', title: 'Inspired, by Marty Cagan', url: 'https://openlibrary.org/search?q=Inspired+Marty+Cagan' }
 * ```
 */
export function resourceFrom(spec: ResourceSpec): CuratedResource {
  if ('shared' in spec) {
    const resource = shared[spec.shared];
    if (!resource) throw new Error(`seed data: no shared resource ${spec.shared}`);
    return resource;
  }
  if (spec.kind === 'book' && 'author' in spec) return book(spec.title, spec.author);
  if (spec.kind === 'exercise' && 'slug' in spec) return exercise(spec.slug, spec.title);
  return { kind: spec.kind, title: spec.title, url: spec.url } as CuratedResource;
}
