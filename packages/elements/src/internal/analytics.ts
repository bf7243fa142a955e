import { APIError, APITimeoutError } from '@menteo/sdk/internal';
import { noChange, type ReactiveController } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { MenteoErrorDetail } from '../events/menteo-error.js';
import type { MenteoElement } from './menteo-element.js';

/**
 * Whether a host is inside another Menteo element (a search's cards, a need finder's): those
 * stay quiet about `menteo-ready` and `menteo-view`, the outer element reports for them.
 *
 * @example `if (!nested(this)) this.emit('menteo-view');`
 */
export const nested = (host: Element): boolean => {
  const root = host.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('menteo-');
};

/**
 * What `menteo-error` says of an error: the API's problem code and request id, else `timeout` or
 * `network` (no answer came).
 *
 * @example `errorDetail(new APITimeoutError('…')) // { code: 'timeout', requestId: null }`
 */
export function errorDetail(error: unknown): MenteoErrorDetail {
  if (error instanceof APIError) return { code: error.code ?? `http_${error.status}`, requestId: error.requestId };
  return { code: error instanceof APITimeoutError ? 'timeout' : 'network', requestId: null };
}

/**
 * Fires `menteo-error` from the element whose shadow root shows the error block it is bound to,
 * once per error shown (a new failure after a retry fires again).
 */
class ErrorShown extends Directive {
  #shown: unknown;

  render(_error: unknown): unknown {
    return noChange;
  }

  override update(part: ElementPart, [error]: [unknown]): unknown {
    if (error === this.#shown) return noChange;
    this.#shown = error;
    // After the render that shows it (the block is in the element's shadow root only then).
    queueMicrotask(() => {
      const root = part.element.getRootNode();
      if (root instanceof ShadowRoot) (root.host as MenteoElement).emit('menteo-error', errorDetail(error));
    });
    return noChange;
  }
}

/**
 * On an error block: fires `menteo-error` `{ code, requestId }` from its element when it shows.
 *
 * @example html`<div part="error" role="alert" ${errorShown(error)}>…</div>`
 */
export const errorShown = directive(ErrorShown);

let viewObserver: IntersectionObserver | undefined;
/** Elements that have fired `menteo-view`: never again, even after moving in the page. */
const viewed = new WeakSet<Element>();

/** One observer for the whole page: an element half in view fires `menteo-view`, once. */
const views = (): IntersectionObserver =>
  (viewObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.intersectionRatio < 0.5) continue;
        viewObserver?.unobserve(entry.target);
        viewed.add(entry.target);
        (entry.target as MenteoElement).emit('menteo-view');
      }
    },
    { threshold: 0.5 },
  ));

/**
 * Fires `menteo-view` the first time at least half of its host is visible (once per element;
 * not for elements inside another Menteo element).
 *
 * @example `readonly #view = new ViewController(this);`
 */
export class ViewController implements ReactiveController {
  constructor(private readonly host: MenteoElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!viewed.has(this.host) && !nested(this.host)) views().observe(this.host);
  }

  hostDisconnected(): void {
    viewObserver?.unobserve(this.host);
  }
}
