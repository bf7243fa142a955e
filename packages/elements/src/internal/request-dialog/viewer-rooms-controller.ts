import type { StoreContext } from '@menteo/sdk/stores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewerRooms } from './viewer-rooms.js';

/**
 * The viewer's open rooms as a mentee, by mentor id, for an element that shows mentor cards (a
 * search, a need finder, the provider for the cards in its page): it follows the rooms store while
 * a person is signed in, and the element passes `rooms` to its cards (`.viewerRooms`). The store's module loads only once
 * someone is signed in.
 *
 * @example
 * ```ts
 * #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
 * render() { return html`<menteo-mentor-card .mentor=${m} .viewerRooms=${this.#rooms.rooms}></menteo-mentor-card>`; }
 * ```
 */
export class ViewerRoomsController implements ReactiveController {
  /** The rooms by mentor id; `undefined` while signed out or loading. */
  rooms: ViewerRooms | undefined;
  /** The stores followed (or about to be), and how to stop following them: kept by viewer-rooms.ts. */
  followed: StoreContext | undefined;
  stop: (() => void) | undefined;

  constructor(
    readonly host: ReactiveControllerHost,
    private readonly stores: () => StoreContext | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#follow(this.stores());
  }

  hostDisconnected(): void {
    this.#follow(undefined);
  }

  // What following takes is in the module it loads (every element's pages load this one, signed
  // in or not; the provider, a search, a profile and a need finder are the only ones to use it).
  #follow(stores: StoreContext | undefined): void {
    if (stores === this.followed) return;
    this.followed = stores;
    // At once, not once the module is here: the host's own `updated()` (the provider's, which
    // hands the rooms to its cards) runs right after this and must hand out none.
    this.rooms = undefined;
    void import('./viewer-rooms.js').then(({ follow }) => follow(this, stores));
  }
}
