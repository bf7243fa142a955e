import type { QueryState, QueryStore } from '@menteo/sdk/stores';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What a controller needs of a store: nanostores' `subscribe` and the SDK stores' `refetch`. */
interface FollowedStore<State> {
  subscribe(listener: (state: State) => void): () => void;
  /** The state now, without subscribing (nanostores' `value`). */
  readonly value?: State | undefined;
  refetch(): Promise<void>;
}

/**
 * Each element's store followers, so that its retry reloads every store it shows (see
 * MenteoConnectedElement's `refetch`), those of its modules (room-booking.ts…) included.
 */
export const followersOf = new WeakMap<ReactiveControllerHost, { refetch(): Promise<void> }[]>();

/**
 * Follows one store for an element: subscribes while the element is connected, switches
 * when `select` returns another store (new id, new parameters, new provider — an abandoned
 * store then cancels its request), unsubscribes on disconnect, and re-renders the element on
 * each change. `render()` reads `state`, which is `empty` while there is no store.
 *
 * @example
 * ```ts
 * #search = new StoreFollower(this, () => mentorStores(stores).mentorSearch(this.#params()), undefined);
 * render() { const { items, hasMore } = this.#search.state ?? {}; … }
 * ```
 */
export class StoreFollower<State, Empty = State> implements ReactiveController {
  #state: State | Empty;
  #store: FollowedStore<State> | undefined;
  #stop: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => FollowedStore<State> | undefined,
    private readonly empty: Empty,
  ) {
    this.#state = empty;
    host.addController(this);
    const followers = followersOf.get(host) ?? [];
    followers.push(this);
    followersOf.set(host, followers);
  }

  /** The store's current state. */
  get state(): State | Empty {
    // A server render (`@menteo/elements/ssr`) connects nothing: it reads the store as seeded, subscribing to nothing.
    if (isServer) return this.select()?.value ?? this.empty;
    return this.#state;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow(this.select());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow(undefined);
  }

  // Before each render: the element's properties may now point at another store.
  hostUpdate(): void {
    if (this.#connected) this.#follow(this.select());
  }

  /** The store followed now. */
  protected get followed(): FollowedStore<State> | undefined {
    return this.#store;
  }

  /** Loads again (the retry button). Never rejects: a failure lands in the state's `error`. */
  refetch(): Promise<void> {
    return this.#store?.refetch() ?? Promise.resolve();
  }

  #follow(store: FollowedStore<State> | undefined): void {
    if (store === this.#store) return;
    this.#stop?.();
    this.#stop = undefined;
    this.#store = store;
    this.#state = this.empty;
    if (store) {
      this.#stop = store.subscribe((state) => {
        this.#state = state;
        this.host.requestUpdate();
      });
    }
  }
}

const idle = { loading: false, stale: false } as const;

/**
 * Follows one query store; its state is idle (not loading, no data) without a store.
 *
 * @example
 * ```ts
 * #mentor = new StoreController(this, () => mentorStores(stores).mentor(this.mentorId));
 * render() { const { loading, error, data } = this.#mentor.state; … }
 * ```
 */
export class StoreController<T> extends StoreFollower<QueryState<T>> {
  constructor(host: ReactiveControllerHost, select: () => QueryStore<QueryState<T>> | undefined) {
    super(host, select, { ...idle });
  }
}
