import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connectionContext, type Connection } from '../context.js';
import { sharedConnection } from './connection.js';
import { onConfigure, pageDefaults } from './defaults.js';

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
  #stopDefaults: (() => void) | undefined;

  constructor(private readonly host: ConnectionHost) {
    host.addController(this);
    new ContextConsumer(host, {
      context: connectionContext,
      subscribe: true,
      callback: (value) => {
        this.#provided = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    this.#stopDefaults = onConfigure(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopDefaults?.();
    this.#stopDefaults = undefined;
  }

  /** The connection to use now; `undefined` when nothing says which API to reach. */
  get value(): Connection | undefined {
    const { publishableKey, baseUrl } = this.host;
    if (publishableKey === undefined && baseUrl === undefined && this.#provided) return this.#provided;
    const base = this.#provided?.config ?? pageDefaults();
    const key = publishableKey ?? base.publishableKey;
    if (key === undefined) return undefined;
    return sharedConnection({ publishableKey: key, baseUrl: baseUrl ?? base.baseUrl });
  }
}
