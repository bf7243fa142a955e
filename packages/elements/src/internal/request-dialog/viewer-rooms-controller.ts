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
  #followed: StoreContext | undefined;
  #unfollow: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
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

  #follow(stores: StoreContext | undefined): void {
    if (stores === this.#followed) return;
    this.#unfollow?.();
    this.#unfollow = undefined;
    this.rooms = undefined;
    this.#followed = stores;
    if (!stores) return;
    void import('./viewer-rooms.js').then(({ followViewerRooms }) => {
      if (this.#followed !== stores) return;
      this.#unfollow = followViewerRooms(stores, (rooms) => {
        this.rooms = rooms;
        this.host.requestUpdate();
      });
    });
  }
}
