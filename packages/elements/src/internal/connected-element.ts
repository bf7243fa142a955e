import { APIError } from '@menteo/sdk/internal';
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { sharedEn } from '../locales/shared.strings.js';
import { errorShown, nested, ViewController } from './analytics.js';
import type { MenteoSignInRequiredDetail } from '../events/menteo-sign-in-required.js';
import { signedInOn } from './connection.js';
import { ConnectionController } from './connection-controller.js';
import { ThemeController } from './host-theme.js';
import { LazyController } from './lazy-controller.js';
import { loadError } from './load-error.js';
import type { LocalizeController } from './localize-controller.js';
import { MenteoElement } from './menteo-element.js';
import { requestSignIn } from './sign-in.js';
import { followersOf } from './store-controller.js';

/**
 * What one load looks like to `renderStatus`, and how to render each of its states — after
 * `@lit/task`'s `task.render({ pending, complete, error })`. The states are tried in this
 * order: not configured, signed out, complete, error (not found, or failed with its request
 * id and a retry button), pending.
 */
export interface Status<T> {
  /** Truthy when the element needs the API now (an id is set): without a connection it says "not configured". */
  needed?: unknown;
  /** What to show instead when the load needs a signed-in person and there is none (falsy otherwise). */
  signedOut?: false | (() => unknown);
  /** What arrived; falsy until it has. */
  data: T | false | null | undefined;
  /** The error that keeps anything from showing; falsy otherwise. */
  error: Error | false | null | undefined;
  /**
   * What the states say: `failed`, above the request id and the retry button; `notFound`, for a
   * 404; `loading`, what a screen reader hears while loading (the placeholder is hidden from it).
   */
  says: { failed: string; notFound: string; loading: string };
  /** What follows `says.notFound`, if anything (a hint). */
  notFoundHint?: unknown;
  /** The content once `data` is here. */
  complete(data: T): unknown;
  /** The placeholder's bones while loading, inside the `skeleton` part (the frame is marked busy). */
  pending(): unknown;
}

/**
 * An alert block (`error` part): not configured, not found.
 *
 * @example `alertBlock(l.msg('notConfigured'))`
 */
export const alertBlock = (message: string, more?: unknown): TemplateResult => html`<div part="error" role="alert"><p>${message}</p> ${more}</div>`;

/** The "not found" block: an alert block that fires `menteo-error` (`not_found`) when it shows. */
const notFoundBlock = (message: string, error: Error, more?: unknown): TemplateResult =>
  html`<div part="error" role="alert" ${errorShown(error)}><p>${message}</p> ${more}</div>`;

/**
 * The base of every element that talks to the API: the `theme`, `loading`, `publishable-key`
 * and `base-url` properties, its connection (its own attributes, else the nearest
 * `<menteo-provider>`, else the page defaults), whether someone is signed in, the level of
 * its headings, the frame (`base` part), retry (of every store it follows), one renderer
 * for the states of a load, and the events analytics listen to.
 *
 * @fires menteo-ready - The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * @fires menteo-view - The first time at least half of the element is visible (once per element).
 * @fires menteo-error - Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```ts
 * export class MenteoThing extends MenteoConnectedElement {
 *   protected readonly l10n = new LocalizeController(this, strings);
 *   #thing = new StoreController<Thing>(this, () => (this.thingId ? thingStores(this.connection.value!.stores).thing(this.thingId) : undefined));
 *   render() {
 *     const { data, error, loading } = this.#thing.state;
 *     const l = this.l10n;
 *     return this.renderStatus({ needed: this.thingId, data, error: !loading && error,
 *       says: { failed: l.msg('loadError'), notFound: l.msg('notFound'), loading: l.msg('loading') },
 *       complete: (thing) => html`<h2>${thing.name}</h2>`, pending: () => html`<div class="bone"></div>` });
 *   }
 * }
 * ```
 */
export abstract class MenteoConnectedElement extends MenteoElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    loading: { reflect: true },
    publishableKey: { attribute: 'publishable-key' },
    baseUrl: { attribute: 'base-url' },
    signIn: { attribute: 'sign-in' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * `light`, `dark` or `auto` (the host page's own dark mode — `data-theme`, a `.dark` / `.light`
   * class or `color-scheme` on `<html>`, or the element matching `<meta
   * name="menteo:theme-dark-selector">` — else the system's); unset, the page default
   * (`<meta name="menteo:theme">`), else the element follows the tokens around it.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * `lazy`: ask the API nothing until the element is within 200 px of the viewport (its
   * skeleton shows until then); `eager` (the default): load at once. Unset, the page default
   * (`<meta name="menteo:loading" content="lazy">`).
   */
  declare loading: 'lazy' | 'eager' | undefined;

  /** This element's own publishable key, instead of its provider's or the page's. */
  declare publishableKey: string | undefined;

  /** This element's own API origin, instead of its provider's or the page's. */
  declare baseUrl: string | undefined;

  /**
   * What "Sign in" does: `popup` opens the API's hosted sign-in (no backend needed), a URL sends
   * the reader to the site's own login (with `return_to`, this page); unset, the provider's
   * `sign-in`, else `<meta name="menteo:sign-in">`, else only `menteo-sign-in-required` fires.
   */
  declare signIn: string | undefined;

  /**
   * The level of the element's main heading (1–6; default 2, 3 for a card and for the cards a
   * search shows); its other headings follow one and two levels below. A widget cannot know
   * the page's outline: set it to fit, e.g. `3` under a section's `<h2>`.
   */
  declare headingLevel: number;

  readonly #lazy = new LazyController(this);

  /** The connection this element talks to now (`.value`; `undefined` when nothing is configured, or while a lazy element waits). */
  protected readonly connection = new ConnectionController(this, () => this.#lazy.held);

  /** Whether a lazy element still waits to come near the viewport (it shows its skeleton meanwhile). */
  protected get held(): boolean {
    return this.#lazy.held;
  }

  /** The ids `menteo-ready` was fired for, and the one loaded by the last render (`undefined` when none). */
  readonly #ready = new Set<string>();
  #loaded: string | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
    new ThemeController(this);
    new ViewController(this);
    // A controller rather than `updated()`, which elements override without calling super.
    this.addController({ hostUpdated: () => this.#readied() });
  }

  /** The element's strings (they include the shared ones the status renderer shows). */
  protected abstract readonly l10n: LocalizeController<typeof sharedEn>;

  /** Whether a person is signed in: a provider with a token, or a reader who signed in through the hosted sign-in. */
  protected get signedIn(): boolean {
    return signedInOn(this.connection.value);
  }

  /**
   * "Sign in" for a signed-out reader: `menteo-sign-in-required` first (`preventDefault()` keeps
   * the element from acting), then what `sign-in` says. Resolves whether the reader is now signed in.
   */
  protected requestSignIn(action: MenteoSignInRequiredDetail['action']): Promise<boolean> {
    return requestSignIn(this, this.connection.value, action, this.l10n.lang);
  }

  /**
   * Loads again everything the element shows, from every store it follows: what the retry
   * button does. Never rejects (a failure shows as an error).
   */
  refetch(): Promise<void> {
    return Promise.all((followersOf.get(this) ?? []).map((follower) => follower.refetch())).then(() => {});
  }

  /** The retry button: tells the page, then loads again. */
  protected retry(): void {
    this.emit('menteo-retry');
    void this.refetch();
  }

  /** The element's outer box: the `base` part, in the element's direction, busy while loading. */
  protected frame(content: unknown, busy = false): TemplateResult {
    return html`<section part="base" dir=${this.l10n.dir} aria-busy=${busy ? 'true' : 'false'}>${content}</section>`;
  }

  /**
   * Says that this render shows what the element loaded (`id`: what it loaded, if one thing):
   * `menteo-ready` follows, once per id. `renderStatus` says it itself; an element that renders
   * its states its own way calls it.
   */
  protected loaded(id = ''): void {
    this.#loaded = id;
  }

  /** After a render that showed a load complete: `menteo-ready`, once per id. */
  #readied(): void {
    const id = this.#loaded;
    if (id === undefined || this.#ready.has(id) || nested(this)) return;
    this.#ready.add(id);
    this.emit('menteo-ready', { id: id || undefined });
  }

  /** Renders one load, framed: see `Status` for the states and their order (a lazy element waiting shows its skeleton). */
  protected renderStatus<T>(s: Status<T>): TemplateResult {
    const { error, data } = s;
    this.#loaded = !this.held && data ? (typeof s.needed === 'string' ? s.needed : '') : undefined;
    const settled = this.held
      ? undefined
      : s.needed && !this.connection.value
        ? alertBlock(this.l10n.msg('notConfigured'))
        : s.signedOut
          ? s.signedOut()
          : data
            ? s.complete(data)
            : error
              ? error instanceof APIError && error.status === 404
                ? notFoundBlock(s.says.notFound, error, s.notFoundHint)
                : loadError(this.l10n, s.says.failed, error, this.retry)
              : undefined;
    // Nothing settled yet: the placeholder, and the frame is busy.
    return settled === undefined
      ? this.frame(html`<div part="skeleton"><span class="visually-hidden" role="status">${s.says.loading}</span>${s.pending()}</div>`, true)
      : this.frame(settled);
  }
}
