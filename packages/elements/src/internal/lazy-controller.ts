import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageLoading } from './defaults.js';

/** An element with a `loading` property (`lazy` or `eager`; unset takes the page default). */
export interface LazyHost extends ReactiveControllerHost, HTMLElement {
  loading?: 'lazy' | 'eager' | undefined;
}

/** Hosts that have come within 200 px of the viewport: they stay loaded from then on. */
const near = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

/** One observer for the whole page (not one per element), made when the first lazy element waits. */
const nearness = (): IntersectionObserver =>
  (observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer?.unobserve(entry.target);
        near.add(entry.target);
        (entry.target as LazyHost).requestUpdate();
      }
    },
    { rootMargin: '200px' },
  ));

/**
 * Holds a `loading="lazy"` element (or one on a page with `<meta name="menteo:loading"
 * content="lazy">`) until it comes within 200 px of the viewport: until then `held` is true, and
 * the element asks the API nothing (its connection says none) and shows its skeleton.
 *
 * @example
 * ```ts
 * readonly #lazy = new LazyController(this);
 * readonly connection = new ConnectionController(this, () => this.#lazy.held);
 * ```
 */
export class LazyController implements ReactiveController {
  constructor(private readonly host: LazyHost) {
    host.addController(this);
  }

  /** The page default, read when the host connects (not at each render: a page of many cards). */
  #pageDefault: 'lazy' | 'eager' = 'eager';

  /** Whether the host must still wait to be near the viewport before it loads anything. */
  get held(): boolean {
    return (this.host.loading ?? this.#pageDefault) === 'lazy' && !near.has(this.host);
  }

  hostConnected(): void {
    this.#pageDefault = pageLoading();
    this.hostUpdate();
  }

  // Also before each render: `loading` may have been set after the element connected.
  hostUpdate(): void {
    if (this.held) nearness().observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
  }
}
