import type { Room } from '@menteo/sdk';
import { roomStores } from '@menteo/sdk/stores/rooms';
import type { PagedState } from '@menteo/sdk/stores';
import { html, type TemplateResult } from 'lit';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { baseStyles } from '../styles/tokens.js';
import { strings } from './inbox-badge.strings.js';
import { styles } from './inbox-badge.styles.js';

/**
 * What the badge counts in a page of rooms: every unread message, and every request waiting
 * for the viewer's answer (as the mentor).
 *
 * @example `inboxCount(stores.rooms({ limit: 100 }).get().items) // 3`
 */
const inboxCount = (rooms: readonly Room[]): number =>
  rooms.reduce((sum, room) => sum + room.unreadCount + (room.status === 'requested' && room.viewerRole === 'mentor' ? 1 : 0), 0);

/**
 * @summary For a page header: how many unread messages and requests waiting for an answer the
 * signed-in person has in their mentorship rooms, kept current live, as a link (`href`) or a
 * button. Nothing shows at zero, but assistive technology still hears "No unread".
 *
 * @csspart base - The badge's frame.
 * @csspart badge - The link or button.
 * @csspart icon - The envelope icon.
 * @csspart count - The number (`99+` past 99).
 * @csspart none - The "No unread" text, visually hidden.
 * @csspart sign-in - The "sign in" state.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The load error, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-inbox-badge-background - The badge's fill (default `--menteo-color-primary`).
 * @cssprop --menteo-inbox-badge-color - The badge's text (default `--menteo-color-on-primary`).
 *
 * @fires menteo-inbox-open - The person pressed the badge (without `href`): the page opens its inbox.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-inbox-badge href="/mentorship/inbox"></menteo-inbox-badge>
 * </menteo-provider>
 * ```
 */
export class MenteoInboxBadge extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties = {
    href: {},
    viewerRole: { attribute: 'viewer-role', reflect: true },
  };

  constructor() {
    super();
    this.viewerRole = 'both';
  }

  /** Where the badge leads (the page's inbox); without it the badge is a button that fires `menteo-inbox-open`. */
  declare href: string | undefined;

  /** Which rooms count: those where the viewer is the `mentee`, the `mentor` or `both` (default). */
  declare viewerRole: 'mentee' | 'mentor' | 'both';

  protected readonly l10n = new LocalizeController(this, strings);

  // One page of 100 rooms (the API's largest) is every room of almost anyone; past it the badge says "at least".
  #rooms = new PagedStoreController<PagedState<Room>>(this, () => {
    const stores = this.signedIn ? this.connection.value?.stores : undefined;
    if (!stores) return undefined;
    const role = this.viewerRole === 'mentee' || this.viewerRole === 'mentor' ? { role: this.viewerRole } : {};
    return roomStores(stores).rooms({ ...role, limit: 100 });
  });

  protected override render(): TemplateResult {
    const l = this.l10n;
    const state = this.#rooms.state;
    return this.renderStatus({
      needed: true,
      signedOut: !this.signedIn && (() => html`<p part="sign-in">${l.msg('inboxSignIn')}</p>`),
      data: state?.loaded && state,
      error: !state?.loaded && state?.error,
      says: { failed: l.msg('inboxLoadError'), notFound: l.msg('inboxNotFound'), loading: l.msg('inboxLoading') },
      complete: (rooms) => this.#renderBadge(inboxCount(rooms.items), rooms.hasMore),
      pending: () => html`<div aria-hidden="true" class="bone"></div>`,
    });
  }

  #renderBadge(count: number, more: boolean): TemplateResult {
    const l = this.l10n;
    if (!count) return html`<span part="none" class="visually-hidden">${l.msg('inboxNone')}</span>`;
    const label = l.msg(more ? 'inboxUnreadAtLeast' : 'inboxUnread', { count });
    const content = html`<span part="icon" aria-hidden="true">✉</span>
      <span part="count" aria-hidden="true">${count > 99 ? `${l.number(99)}+` : `${l.number(count)}${more ? '+' : ''}`}</span>`;
    return this.href
      ? html`<a part="badge" href=${this.href} aria-label=${label}>${content}</a>`
      : html`<button part="badge" type="button" aria-label=${label} @click=${() => this.emit('menteo-inbox-open')}>${content}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-inbox-badge': MenteoInboxBadge;
  }
}
