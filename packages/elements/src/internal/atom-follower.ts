import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the follower needs of a store: nanostores' `listen` (no call with the current value). */
interface Listenable {
  listen(listener: () => void): () => void;
}

/**
 * Renders its host again when the store `select()` names changes. For small stores read during
 * render rather than through a state (a composer's saved draft, which arrives once the SDK knows
 * who is signed in): without it the text would show only at the next unrelated update.
 *
 * @example
 * ```ts
 * #draftFollower = new AtomFollower(this, () => this.#draft);
 * ```
 */
export class AtomFollower implements ReactiveController {
  #store: Listenable | undefined;
  #stop = (): void => {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => Listenable | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  // Before each render: the element's properties may now name another store.
  hostUpdate(): void {
    const store = this.select();
    if (store === this.#store) return;
    this.#stop();
    this.#store = store;
    this.#stop = store?.listen(() => this.host.requestUpdate()) ?? (() => {});
  }

  hostDisconnected(): void {
    this.#stop();
    this.#stop = () => {};
    this.#store = undefined;
  }
}
