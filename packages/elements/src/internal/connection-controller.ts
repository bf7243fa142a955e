import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connectionContext, type Connection } from '../context.js';
import { sharedConnection } from './connection.js';
import { onConfigure, pageDefaults } from './defaults.js';

/**
 * The context protocol's request for the connection, subscribed (what `@lit/context`'s
 * ContextEvent is, and its ContextProvider answers): written here so that an element alone
 * does not carry that library.
 */
class ContextRequest extends Event {
  readonly context = connectionContext;
  readonly subscribe = true;

  constructor(
    readonly contextTarget: Element,
    readonly callback: (value: Connection | undefined, unsubscribe?: () => void) => void,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** An element that may carry its own `publishable-key` / `base-url`. */
export interface ConnectionHost extends ReactiveControllerHost, HTMLElement {
  publishableKey?: string | undefined;
  baseUrl?: string | undefined;
}

/**
 * Decides which connection (client and stores) an element uses, in one place:
 * 1. `publishable-key` / `base-url` on the element (each falls back to the next source);
 * 2. the nearest `<menteo-provider>`;
 * 3. the page default: `configure()`, else `<meta name="menteo:…">`.
 * It re-resolves, and updates the host, when any of them changes.
 *
 * @example
 * ```ts
 * readonly connection = new ConnectionController(this);
 * render() { const stores = this.connection.value?.stores; … }
 * ```
 */
export class ConnectionController implements ReactiveController {
  #provided: Connection | undefined;
  /** Ends the subscription to the provider that answered (`undefined` when none did). */
  #unsubscribe: (() => void) | undefined;
  #stopDefaults: (() => void) | undefined;

  /**
   * @param held - While it returns true (a lazy element still far from the viewport), `value`
   *   is `undefined`: the element asks the API nothing yet.
   */
  constructor(
    private readonly host: ConnectionHost,
    private readonly held: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /**
   * The provider's answer, now and at each change of its connection: the context protocol's
   * callback, as `@lit/context`'s ContextConsumer would take it (without its generality, which
   * every element would carry). A nearer provider that appears later answers with its own
   * subscription: the old one is ended.
   */
  #receive = (value: Connection | undefined, unsubscribe?: () => void): void => {
    if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#provided = value;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.#stopDefaults = onConfigure(() => this.host.requestUpdate());
    this.host.dispatchEvent(new ContextRequest(this.host, this.#receive));
  }

  hostDisconnected(): void {
    this.#stopDefaults?.();
    this.#stopDefaults = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The connection to use now; `undefined` when nothing says which API to reach, or while held. */
  get value(): Connection | undefined {
    if (this.held()) return undefined;
    const { publishableKey, baseUrl } = this.host;
    if (publishableKey === undefined && baseUrl === undefined && this.#provided) return this.#provided;
    const base = this.#provided?.config ?? pageDefaults();
    const key = publishableKey ?? base.publishableKey;
    if (key === undefined) return undefined;
    return sharedConnection({ publishableKey: key, baseUrl: baseUrl ?? base.baseUrl });
  }
}
