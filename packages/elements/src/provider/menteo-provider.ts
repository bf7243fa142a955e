import { ContextProvider } from '@lit/context';
import type { TokenSource } from '@menteo/sdk';
import { signOut } from '@menteo/sdk/stores/identity';
import { css, html, type PropertyValues } from 'lit';
import { connectionContext, type Connection } from '../context.js';
import { connect, readers, signedInOn } from '../internal/connection.js';
import { ThemeController } from '../internal/host-theme.js';
import { onConfigure, pageDefaults } from '../internal/defaults.js';
import { MenteoElement } from '../internal/menteo-element.js';
import { themeStyles } from '../styles/tokens.js';
import type { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';

/** Requests a provider has answered: a card inside nested providers gets one dialog. */
const answered = new WeakSet<Event>();

/**
 * @summary Connects the Menteo elements inside it to one account: one client and one set of
 * stores, shared by all of them (so their requests batch and their data is cached once).
 * Providers are independent: two on a page never share data or credentials. With a signed-in
 * person, a card's "Request mentorship" opens the built-in request dialog, loaded then (unless
 * the page called `preventDefault()` on `menteo-request-mentorship`).
 *
 * @slot - The page content holding Menteo elements.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…" locale="es" theme="auto">
 *   <menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>
 * </menteo-provider>
 * <script type="module">
 *   document.querySelector('menteo-provider').getToken = () => fetch('/menteo-token').then((r) => r.text());
 * </script>
 * ```
 */
export class MenteoProvider extends MenteoElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    baseUrl: { attribute: 'base-url' },
    signIn: { attribute: 'sign-in' },
    locale: { reflect: true },
    theme: { reflect: true },
    token: { attribute: false },
    getToken: { attribute: false },
    fetch: { attribute: false },
    headers: { attribute: false },
    timeout: { type: Number },
  };

  /** The organization's publishable key (`pk_test_…` / `pk_live_…`). */
  declare publishableKey: string | undefined;

  /** The API's origin; the SDK's default when unset. */
  declare baseUrl: string | undefined;

  /**
   * What the "Sign in" of the elements inside does: `popup` opens the API's hosted sign-in (no
   * backend needed: the reader's tokens stay in this provider's client, in memory), a URL sends the
   * reader to your site's login with a `return_to` of the page. Unset: the page's `<meta
   * name="menteo:sign-in">`, else the elements only fire `menteo-sign-in-required`.
   */
  declare signIn: string | undefined;

  /** The language of the elements inside (sets `lang` on the provider); else inherited from the page. */
  declare locale: string | undefined;

  /**
   * `light`, `dark` or `auto` (follows the host page's own dark mode on `<html>` — `data-theme`,
   * `.dark` / `.light`, `color-scheme`, or `<meta name="menteo:theme-dark-selector">` — else the
   * operating system's); unset, the page's `<meta name="menteo:theme">`.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  /** A signed-in person's token (minted by your server). Prefer `getToken`, which refreshes. */
  declare token: string | undefined;

  /** Fetches a fresh user token from your server; called again when one expires. */
  declare getToken: (() => string | Promise<string>) | undefined;

  /** A `fetch` for every request of the elements inside, instead of the page's (a proxy, instrumentation). */
  declare fetch: typeof fetch | undefined;

  /** Headers sent with every request of the elements inside (e.g. a tracing header your gateway expects). */
  declare headers: Record<string, string> | undefined;

  /** Milliseconds per attempt before a request gives up; the SDK's default (30 000) when unset. */
  declare timeout: number | undefined;

  #provider = new ContextProvider(this, { context: connectionContext });
  #connection: Connection | undefined;

  /**
   * The client and stores of this provider (remade when the key, URL or token changes);
   * `undefined` until it has a publishable key or a token (its own, or the page's `<meta>`),
   * and while it is off the page (leaving closes its connection).
   * Properties set before the element was defined (a `getToken` from a page script) apply on
   * its first update: read it after `await provider.updateComplete`.
   */
  get connection(): Connection | undefined {
    return this.#sync();
  }

  /** Makes the connection match the properties, and hands it to the elements inside. */
  #sync(): Connection | undefined {
    // Off the page, no connection: an update still pending when the provider left runs after
    // disconnectedCallback, and a connection it opened (stores, a live stream) would never close.
    if (!this.isConnected) return undefined;
    const token: TokenSource | undefined = this.getToken ?? this.token;
    const page = pageDefaults();
    const publishableKey = this.publishableKey ?? page.publishableKey;
    const baseUrl = this.baseUrl ?? page.baseUrl;
    // Not configured yet (a framework may set the key right after connecting the element):
    // hand the elements nothing, rather than fail; they show "not configured" until it comes.
    if (publishableKey === undefined && token === undefined) {
      this.#close();
      this.#connection = undefined;
      this.#provider.setValue(undefined);
      return undefined;
    }
    const config = { publishableKey, baseUrl, token, fetch: this.fetch, headers: this.headers, timeout: this.timeout };
    const current = this.#connection?.config;
    if (!current || (Object.keys(config) as (keyof typeof config)[]).some((name) => current[name] !== config[name])) {
      this.#close(token === undefined);
      this.#connection = connect(config);
      this.#provider.setValue(this.#connection);
    }
    return this.#connection;
  }

  /**
   * Lets go of the current connection. When the page took the token away (`signedOut`), the
   * person's unsent posts and messages and their drafts are deleted first (the SDK's `signOut`),
   * so that on a shared computer nothing of theirs is shown to, or sent by, the next person.
   */
  #close(signedOut = false): void {
    const old = this.#connection;
    if (!old) return;
    if (signedOut && old.config.token !== undefined) void signOut(old.stores).finally(() => old.stores.dispose());
    else old.stores.dispose();
  }

  /** The viewer's rooms, for the cards in the page (a search's and a need finder's cards get theirs from those). */
  #rooms = new ViewerRoomsController(this, () => (signedInOn(this.#connection) ? this.#connection?.stores : undefined));
  /** Cards added later get the rooms too. */
  #cards = new MutationObserver(() => this.#showRooms());

  #showRooms(): void {
    for (const card of this.querySelectorAll('menteo-mentor-card')) card.viewerRooms = this.#rooms.rooms;
  }

  constructor() {
    super();
    // Draws the provider, and so the elements inside, in its resolved theme, live.
    new ThemeController(this);
    this.addEventListener('menteo-request-mentorship', (event) => {
      // The nearest provider answers; the page decides first: its listeners (on any ancestor)
      // have all run by the next microtask. The card itself asks a signed-out person to sign in.
      if (answered.has(event)) return;
      answered.add(event);
      const card = event.composedPath()[0] as MenteoMentorCard;
      queueMicrotask(() => {
        const connection = this.#connection;
        if (!event.defaultPrevented && connection && signedInOn(connection))
          void import('../internal/request-dialog/request-dialog.js').then(({ openRequestDialog }) => openRequestDialog(card, connection.stores));
      });
    });
  }

  /**
   * Signs out the reader who signed in through the hosted sign-in (`sign-in="popup"`): revokes
   * their sign-in and returns every element inside to signed out. Nothing to do otherwise (a
   * token you set is yours to take away).
   *
   * @example `await document.querySelector('menteo-provider').signOut();`
   */
  async signOut(): Promise<void> {
    const connection = this.#connection;
    if (!connection || !readers.has(connection)) return;
    const { signOutReader } = await import('../internal/sign-in-flow.js');
    await signOutReader(connection);
  }

  /** Ends the re-render on page changes (a reader signing in or out swaps this connection's stores). */
  #stopDefaults: (() => void) | undefined;

  override connectedCallback(): void {
    // Before the children connect and ask for it (they do so before this element's first update).
    this.#sync();
    super.connectedCallback();
    this.#stopDefaults = onConfigure(() => this.requestUpdate());
    this.#cards.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopDefaults?.();
    this.#cards.disconnect();
    this.#connection?.stores.dispose();
    this.#connection = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      if (this.locale) this.setAttribute('lang', this.locale);
      else if (changed.get('locale')) this.removeAttribute('lang');
    }
    this.#sync();
  }

  protected override updated(): void {
    this.#showRooms();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-provider': MenteoProvider;
  }
}
