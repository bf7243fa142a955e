import type { Room } from '@menteo/sdk';
import { roomStores } from '@menteo/sdk/stores/rooms';
import type { PagedState, RoomListParams } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { notice } from '../internal/notice.js';
import { initials } from '../internal/initials.js';
import { loadError, requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { states } from '../internal/states.js';
import { roomStatusIcons } from '../internal/room-status-icons.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { sweepAfterUpdates } from '../internal/sweep-markers.js';
import { controlStyles } from '../styles/controls.js';
import { endedStatusStyles } from '../styles/room-status.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { toggleStyles } from '../styles/toggle.js';
import { baseStyles } from '../styles/tokens.js';
import { strings } from './room-list.strings.js';
import { styles } from './room-list.styles.js';

type Status = Room['status'];
type Rooms = PagedState<Room>;

/** Which rooms each filter shows (`all`: every status). */
const groups = {
  all: undefined,
  active: ['active', 'paused'],
  requests: ['requested'],
  ended: ['declined', 'withdrawn', 'expired', 'completed', 'closed_early'],
} as const satisfies Record<string, readonly Status[] | undefined>;

/** A filter of the list: a group of statuses. */
export type RoomListFilter = keyof typeof groups;

/** Newest activity first: the API's order, kept when a live `room.updated` moves a room before the list reloads. */
const inboxOrder = (rooms: Room[]): Room[] => [...rooms].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));

/** A request the viewer is asked to answer (as the mentor). */
const awaitsViewer = (room: Room): boolean => room.status === 'requested' && room.viewerRole === 'mentor';

/**
 * @summary The signed-in person's mentorship rooms in inbox order (newest activity first), as
 * mentee, as mentor or both: the other person, the room's status, unread messages, the last
 * message's time and the next session, kept current live. A mentor sees the requests waiting
 * for them first, with Accept and Decline. Picking a room fires `menteo-room-select` (and, with
 * `room-href`, follows a link).
 *
 * @csspart base - The whole list.
 * @csspart title - The list's heading.
 * @csspart filters - The status filter (a group of toggle buttons); each is a `filter` part (`filter-<name>`).
 * @csspart filter - One filter button (`aria-pressed`).
 * @csspart requests - The requests waiting for the viewer (a list of `room` parts).
 * @csspart rooms - The rooms (a list of `room` parts).
 * @csspart room - One room; also `room-unread` when it has unread messages.
 * @csspart avatar - The other person's photo, or initials.
 * @csspart open - The room's link (with `room-href`) or button: the other person's name.
 * @csspart status - The room's status (icon and text); also `status-<status>`.
 * @csspart unread - The unread count.
 * @csspart last-message - When the last message was sent.
 * @csspart next-session - When the next session starts.
 * @csspart actions - A request's Accept and Decline buttons (`accept-button`, `decline-button`).
 * @csspart accept-button - Accepts a request.
 * @csspart decline-button - Declines a request: first asks, then (also `confirm-decline`) declines.
 * @csspart confirm - The inline question before a request is declined, with `keep-button` and `confirm-decline`.
 * @csspart keep-button - Keeps the request (Escape does too).
 * @csspart action-error - A refused answer's message with its request id.
 * @csspart load-more - Loads the next page.
 * @csspart empty - Shown when no room matches.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The load error, with the request id and a retry button.
 * @csspart sign-in - The "sign in required" state.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-room-list-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-room-list-color - Text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-room-list-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-room-list-border-color - Borders (default `--menteo-color-outline`).
 * @cssprop --menteo-room-list-radius - Corner radius (default `--menteo-radius`).
 * @cssprop --menteo-room-list-padding - Padding (default `--menteo-space-4`).
 * @cssprop --menteo-room-list-accent-color - Buttons, the unread count and the current filter (default `--menteo-color-primary`).
 *
 * @fires menteo-room-select - The person picked a room; `detail` has `roomId`.
 * @fires menteo-room-action - The API accepted an answer to a request; `detail` has `roomId`, `action` and `status`.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-room-list viewer-role="mentor" room-href="/rooms/{roomId}"></menteo-room-list>
 * </menteo-provider>
 * ```
 */
export class MenteoRoomList extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, toggleStyles, skeletonStyles, endedStatusStyles, styles];

  static override properties = {
    viewerRole: { attribute: 'viewer-role', reflect: true },
    filter: { reflect: true },
    roomHref: { attribute: 'room-href' },
    ...states('acting', 'answered', 'actionErrors', 'confirming'),
  };

  constructor() {
    super();
    this.viewerRole = 'both';
    this.filter = 'all';
    this.acting = {};
    this.answered = {};
    this.actionErrors = {};
  }

  /**
   * The rooms to show by the viewer's side in them: `mentee`, `mentor` or `both` (default). An
   * attribute named `role` would be an ARIA role on the element, so it is `viewer-role`.
   */
  declare viewerRole: 'mentee' | 'mentor' | 'both';

  /** Which rooms: `all` (default), `active` (active and paused), `requests` or `ended`. The filter buttons set it. */
  declare filter: RoomListFilter;

  /** A link for each room, `{roomId}` replaced by its id (`/rooms/{roomId}`); without it each room is a button. */
  declare roomHref: string | undefined;

  /** The requests being answered, by room id. */
  declare private acting: Record<string, boolean>;
  /** The requests answered here: out of the requests at once, before the lists reload. */
  declare private answered: Record<string, boolean>;
  /** The request whose Decline asks "Decline …?" now. */
  declare private confirming: string | undefined;
  /** Refused answers, by room id. */
  declare private actionErrors: Record<string, unknown>;

  protected readonly l10n = new LocalizeController(this, strings);
  // Rooms that leave a list (a request accepted moves to the rooms) leave a marker each (lit/lit#5010).
  protected readonly markerSweep = sweepAfterUpdates(this, () => this.renderRoot.querySelectorAll('[part~="requests"], [part~="rooms"]'));

  #rooms = () => {
    const stores = this.signedIn ? this.connection.value?.stores : undefined;
    if (!stores) return undefined;
    return roomStores(stores);
  };

  /** Whether the requests waiting for the viewer come first, in a section of their own. */
  #requestsFirst = () => this.viewerRole !== 'mentee' && (this.filter === 'all' || this.filter === 'requests');

  /** Whether the main list has anything to add to the requests (a mentor's "Requests" filter has not). */
  #mainNeeded = () => !(this.filter === 'requests' && this.viewerRole === 'mentor');

  #requests = new PagedStoreController<Rooms>(this, () =>
    this.#requestsFirst() ? this.#rooms()?.rooms({ status: ['requested'], role: 'mentor' }) : undefined,
  );

  #list = new PagedStoreController<Rooms>(this, () => {
    if (!this.#mainNeeded()) return undefined;
    const statuses = groups[this.filter] ?? undefined;
    const params: RoomListParams = {
      ...(statuses ? { status: [...statuses] } : {}),
      ...(this.viewerRole === 'mentee' || this.viewerRole === 'mentor' ? { role: this.viewerRole } : {}),
    };
    return this.#rooms()?.rooms(params);
  });

  protected override render(): TemplateResult {
    const l = this.l10n;
    const primary = this.#mainNeeded() ? this.#list : this.#requests;
    const state = primary.state;
    return this.renderStatus({
      needed: true,
      signedOut: !this.signedIn && (() => notice('sign-in', l.msg('roomListSignIn'), l.msg('roomListPersonal'))),
      data: state?.loaded && state,
      error: !state?.loaded && state?.error,
      says: { failed: l.msg('roomListLoadError'), notFound: l.msg('roomListNotFound'), loading: l.msg('roomListLoading') },
      complete: () => this.#renderLists(),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          ${[0, 1, 2].map(() => html`<div class="bone-row"><div class="bone circle"></div><div class="bone w-60"></div></div>`)}
        </div>`,
    });
  }

  #renderLists(): TemplateResult {
    const l = this.l10n;
    const level = this.headingLevel;
    const requests = this.#requestsFirst() ? (this.#requests.state?.items ?? []).filter((room) => !this.answered[room.id]) : [];
    // A request waiting for the viewer shows once, in its own section.
    const main = this.#mainNeeded() ? (this.#list.state?.items ?? []).filter((room) => !(this.#requestsFirst() && awaitsViewer(room))) : [];
    return html`
      <div class="top">
        <h2 part="title" aria-level=${level} tabindex="-1">${l.msg('roomListTitle')}</h2>
        <div part="filters" role="group" aria-label=${l.msg('roomListFilter')}>
          ${(Object.keys(groups) as RoomListFilter[]).map(
            (name) =>
              html`<button part="filter filter-${name}" type="button" class="toggle" aria-pressed=${this.filter === name ? 'true' : 'false'} @click=${() => (this.filter = name)}>
                ${l.msg(`roomListGroup_${name}`)}
              </button>`,
          )}
        </div>
      </div>
      ${
        requests.length
          ? html`<section aria-labelledby="requests-heading">
            <h3 id="requests-heading" aria-level=${level + 1}>${l.msg('roomListRequests')}</h3>
            ${this.#renderList('requests', requests, this.#requests)}
          </section>`
          : nothing
      }
      ${
        main.length
          ? html`<section aria-labelledby="rooms-heading">
            <h3 id="rooms-heading" aria-level=${level + 1} class=${requests.length ? '' : 'visually-hidden'}>${l.msg('roomListRooms')}</h3>
            ${this.#renderList('rooms', main, this.#list)}
          </section>`
          : requests.length
            ? nothing
            : notice('empty', l.msg('roomListNone'), l.msg('roomListNoneHint'))
      }
    `;
  }

  #renderList(part: 'requests' | 'rooms', rooms: Room[], controller: PagedStoreController<Rooms>): TemplateResult {
    const l = this.l10n;
    const state = controller.state;
    return html`<ul part=${part}>
        ${repeat(
          inboxOrder(rooms),
          (room) => room.id,
          (room) => this.#renderRoom(room),
        )}
      </ul>
      ${state?.error ? loadError(l, l.msg('roomListLoadError'), state.error, this.retry) : nothing}
      ${
        state?.hasMore
          ? html`<button part="load-more" type="button" aria-disabled=${state.loadingMore ? 'true' : 'false'} @click=${() => this.#loadMore(part, controller)}>
            ${l.msg('roomListLoadMore')}
          </button>`
          : nothing
      }`;
  }

  async #loadMore(part: 'requests' | 'rooms', controller: PagedStoreController<Rooms>): Promise<void> {
    if (controller.state?.loadingMore) return;
    const rows = () => [...this.renderRoot.querySelectorAll<HTMLElement>(`[part~="${part}"] > [part~="room"]`)];
    const shown = new Set(rows().map((row) => row.dataset.roomId));
    await controller.loadMore();
    await this.updateComplete;
    // Keyboard and screen reader users land on the first room that came, not back at the top.
    rows()
      .find((row) => !shown.has(row.dataset.roomId))
      ?.querySelector<HTMLElement>('[part~="open"]')
      ?.focus();
  }

  #renderRoom(room: Room): TemplateResult {
    const l = this.l10n;
    const mentee = room.viewerRole === 'mentee';
    const other = mentee ? room.mentor : room.mentee;
    const avatar = safeImageUrl(other.avatarUrl);
    const when = (iso: string) => html`<time datetime=${iso}>${l.date(iso, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })}</time>`;
    const href = this.roomHref?.replaceAll('{roomId}', encodeURIComponent(room.id));
    const select = () => this.emit('menteo-room-select', { roomId: room.id });
    const name = html`<span part="name" dir="auto">${other.name}</span>`;
    const error = this.actionErrors[room.id];
    return html`<li part="room${room.unreadCount ? ' room-unread' : ''}" data-room-id=${room.id}>
      <div part="avatar" aria-hidden="true">
        <span>${initials(other.name)}</span>
        ${avatar ? html`<img src=${avatar} alt="" @error=${(e: Event) => (e.target as HTMLElement).remove()} />` : nothing}
      </div>
      <div class="main">
        ${href ? html`<a part="open" href=${href} @click=${select}>${name}</a>` : html`<button part="open" type="button" @click=${select}>${name}</button>`}
        <p class="muted small">${l.msg(mentee ? 'roomListYourMentor' : 'roomListYourMentee')}</p>
        <p class="goal muted" dir="auto">${room.goal}</p>
      </div>
      <div class="meta">
        <p part="status status-${room.status}" class="status-${room.status}">
          <span class="visually-hidden">${l.msg('roomListStatus')}:</span>
          <span aria-hidden="true">${roomStatusIcons[room.status]}</span> ${l.msg(`roomListStatus_${room.status}`)}
        </p>
        ${
          room.unreadCount
            ? html`<p part="unread"><span aria-hidden="true">${l.number(room.unreadCount)}</span><span class="visually-hidden">${l.msg('roomListUnread', { count: room.unreadCount })}</span></p>`
            : nothing
        }
        ${room.lastMessageAt ? html`<p part="last-message" class="small muted">${l.msg('roomListLastMessage')}: ${when(room.lastMessageAt)}</p>` : nothing}
        ${room.nextSession ? html`<p part="next-session" class="small">${l.msg('roomListNextSession')}: ${when(room.nextSession.startsAt)}</p>` : nothing}
      </div>
      ${awaitsViewer(room) ? this.#renderAnswers(room, other.name) : nothing}
      ${
        error
          ? html`<div part="action-error" role="alert">
            <p>${l.msg('roomListActionError')}</p>
            ${requestIdLine(l, error) ?? nothing}
          </div>`
          : nothing
      }
    </li>`;
  }

  /** Accept and Decline; Decline asks first, inline ("Keep" focused, Escape keeps). */
  #renderAnswers(room: Room, name: string): TemplateResult {
    const l = this.l10n;
    const busy = this.acting[room.id] ? 'true' : 'false';
    if (this.confirming === room.id) {
      return html`<div part="actions confirm" role="group" aria-label=${l.msg('roomListActionsFor', { name })} @keydown=${(e: KeyboardEvent) => this.#onConfirmKey(e, room)}>
        <p dir="auto">${l.msg('roomListDeclineConfirm', { name })}</p>
        <button part="keep-button" type="button" @click=${() => this.#keep(room)}>${l.msg('roomListKeep')}</button>
        <button part="decline-button confirm-decline" type="button" class="danger" aria-disabled=${busy} @click=${() => this.#answer(room, 'decline')}>
          ${l.msg('roomListDecline')}
        </button>
      </div>`;
    }
    return html`<div part="actions" role="group" aria-label=${l.msg('roomListActionsFor', { name })}>
      <button part="accept-button" type="button" aria-disabled=${busy} @click=${() => this.#answer(room, 'accept')}>${l.msg('roomListAccept')}</button>
      <button part="decline-button" type="button" aria-disabled=${busy} @click=${() => this.#ask(room)}>${l.msg('roomListDecline')}</button>
    </div>`;
  }

  async #ask(room: Room): Promise<void> {
    this.confirming = room.id;
    await this.updateComplete;
    this.#rowOf(room)?.querySelector<HTMLElement>('[part~="keep-button"]')?.focus();
  }

  async #keep(room: Room): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.#rowOf(room)?.querySelector<HTMLElement>('[part~="decline-button"]')?.focus();
  }

  #onConfirmKey(event: KeyboardEvent, room: Room): void {
    if (event.key === 'Escape') void this.#keep(room);
  }

  #rowOf(room: Room): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-room-id="${room.id}"]`);
  }

  async #answer(room: Room, action: 'accept' | 'decline'): Promise<void> {
    const rooms = this.#rooms();
    if (!rooms || this.acting[room.id]) return;
    const { [room.id]: _, ...otherErrors } = this.actionErrors;
    this.actionErrors = otherErrors;
    this.acting = { ...this.acting, [room.id]: true };
    try {
      const next = await rooms.transitionRoom(room.id, action);
      this.answered = { ...this.answered, [room.id]: true };
      this.emit('menteo-room-action', { roomId: room.id, action, status: next.status });
      // The answered request leaves its list with the button pressed: focus goes to the list's heading, not to the page.
      await this.updateComplete;
      if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
    } catch (error) {
      this.actionErrors = { ...this.actionErrors, [room.id]: error };
    } finally {
      const { [room.id]: _done, ...others } = this.acting;
      this.acting = others;
      if (this.confirming === room.id) this.confirming = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-room-list': MenteoRoomList;
  }
}
