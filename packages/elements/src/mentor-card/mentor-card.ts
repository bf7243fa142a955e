import type { Mentor } from '@menteo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { initials } from '../internal/initials.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { renderRequestAction } from '../internal/request-dialog/request-action.js';
import { tagLabel } from '../internal/tag-label.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { strings } from './mentor-card.strings.js';
import { StoreController } from '../internal/store-controller.js';
import { MinuteClock } from '../internal/minute-clock.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './mentor-card.styles.js';
import { mentorProfileStores } from '@menteo/sdk/internal';
import type { ViewerRooms } from '../internal/request-dialog/viewer-rooms.js';

/**
 * @summary A mentor at a glance: photo, name, role, what they help with, when they are free,
 * and a button to ask for mentorship. Give it a `mentor-id` (cards on a page share one
 * batched request) or set `.mentor` to a mentor you already loaded.
 *
 * @csspart base - The card.
 * @csspart avatar - The photo, or the initials when there is none.
 * @csspart name - The mentor's name (a heading).
 * @csspart name-link - The name's link to the profile (with `profile-href`), else a button firing `menteo-mentor-open`.
 * @csspart flags - What sets the mentor apart at a glance: a `free` badge when an offering is free, an `internal` one for an organization's own mentor (each is a `flag` part).
 * @csspart flag - One of those badges.
 * @csspart title - Job title and company.
 * @csspart headline - What the mentor helps with, in one line (full variant).
 * @csspart skills - The list of skills; each is a `skill` part.
 * @csspart skill - One skill chip.
 * @csspart badges - Needs and mentoring style; each is a `badge` part.
 * @csspart badge - One badge.
 * @csspart meta - Rating, sessions, languages, local time, next availability.
 * @csspart request-button - The "Request mentorship" button.
 * @csspart room-state - Instead of the button, where the viewer stands with this mentor: "Requested · view" or "Your mentor".
 * @csspart room-link - The "view" link or button of a request.
 * @csspart request-dialog - The built-in request dialog (a native modal `<dialog>`, loaded on the first click).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-card-background - The card's background (default `--menteo-color-surface`).
 * @cssprop --menteo-card-color - Its text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-card-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-card-border-color - Its border (default `--menteo-color-outline`).
 * @cssprop --menteo-card-radius - Its corner radius (default `--menteo-radius`).
 * @cssprop --menteo-card-padding - Its padding (default `--menteo-space-4`).
 * @cssprop --menteo-card-avatar-size - The photo's size (default 56px).
 *
 * @fires menteo-request-mentorship - The person asked for mentorship; `detail.mentorId` says with whom. Cancelable: `preventDefault()` keeps the built-in dialog closed, for a page with its own.
 * @fires menteo-sign-in-required - Signed out, the person asked for mentorship (`detail.action` is `request`): the page signs them in.
 * @fires menteo-room-requested - The built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * @fires menteo-room-select - "view" on a request without `room-href`; `detail.roomId` says which room.
 * @fires menteo-mentor-open - The person activated the mentor's name; `detail.mentorId` says whose profile. Cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link (a single-page app routes itself); without it, the event is what opens a profile.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-mentor-card mentor-id="men_demomentor" variant="full"></menteo-mentor-card>
 * </menteo-provider>
 * ```
 */
export class MenteoMentorCard extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, skeletonStyles, styles];

  static override properties = {
    mentorId: { attribute: 'mentor-id', reflect: true },
    mentor: { attribute: false },
    variant: { reflect: true },
    roomHref: { attribute: 'room-href' },
    profileHref: { attribute: 'profile-href' },
    viewerRooms: { attribute: false },
    avatarFailed: { state: true },
  };

  constructor() {
    super();
    this.variant = 'full';
    this.headingLevel = 3;
    this.avatarFailed = false;
  }

  /** The mentor to show, loaded through the stores (ignored while `.mentor` is set). */
  declare mentorId: string | undefined;

  /** A mentor already loaded (from a search, a match, server rendering): shown as is, without a request. */
  declare mentor: Mentor | undefined;

  /** `compact`: photo, name, role, rating and the button. `full` (default): everything. */
  declare variant: 'compact' | 'full';

  /**
   * Where "view" leads for a mentor the viewer has asked already: a pattern with `{roomId}`
   * (`/rooms/{roomId}`). Without it, "view" fires `menteo-room-select`.
   */
  declare roomHref: string | undefined;

  /**
   * Where the mentor's name leads: a pattern with `{id}` (`/mentors/{id}`), e.g. a page with a
   * `<menteo-mentor-profile>`. Without it the name is a button that fires `menteo-mentor-open`.
   */
  declare profileHref: string | undefined;

  /**
   * The viewer's open rooms as a mentee, by mentor id: set by the provider (signed in), a search
   * or a need finder, which follow the rooms store; the card shows the room's state instead of
   * its button. Set for you; a page rendering cards outside a provider can set it too.
   */
  declare viewerRooms: ViewerRooms | undefined;

  declare private avatarFailed: boolean;

  protected readonly l10n = new LocalizeController(this, strings);
  #store = new StoreController<Mentor>(this, () => {
    // A given mentor needs no store: decided before resolving the connection, which reads the
    // page's <meta> defaults (two DOM queries) and runs twice per card.
    if (this.mentor || !this.mentorId) return undefined;
    // The mentor profile stores of this element's connection (built once per connection).
    const stores = this.connection.value?.stores;
    return stores ? mentorProfileStores(stores).mentor(this.mentorId) : undefined;
  });

  // The mentor's local time, kept current by one page-wide minute clock, not a timer per card.
  protected readonly clock = new MinuteClock(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mentor') || changed.has('mentorId')) this.avatarFailed = false;
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const { error, loading, data } = this.#store.state;
    return this.renderStatus({
      needed: !this.mentor && this.mentorId,
      data: this.mentor ?? data,
      error: !loading && error,
      says: { failed: l.msg('loadError'), notFound: l.msg('notFound'), loading: l.msg('loadingMentor') },
      complete: (mentor) => this.#renderMentor(mentor),
      pending: () =>
        html`<div class="header" aria-hidden="true">
            <div part="avatar"></div>
            <div class="bone w-60"></div>
          </div>
          <div aria-hidden="true" class="bones">
            <div class="bone"></div>
            <div class="bone w-80"></div>
          </div>`,
    });
  }

  // A card is an article; the other elements are sections.
  protected override frame(content: unknown, busy = false): TemplateResult {
    return html`<article part="base" dir=${this.l10n.dir} aria-busy=${busy ? 'true' : 'false'}>${content}</article>`;
  }

  async #request(mentorId: string): Promise<void> {
    // Cancelable: a page with its own form keeps it. Otherwise the provider opens the built-in
    // dialog (it loads the dialog, so that the card alone stays small); signed out, the reader
    // signs in (`sign-in`), then the request goes on.
    const asked = new CustomEvent('menteo-request-mentorship', { bubbles: true, composed: true, cancelable: true, detail: { mentorId } });
    if (this.dispatchEvent(asked) && !this.signedIn && (await this.requestSignIn('request'))) await this.#request(mentorId);
  }

  // A plain click only: a modified one (new tab, new window) is the browser's, not the page's router's.
  #open(event: MouseEvent, mentorId: string): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const open = new CustomEvent('menteo-mentor-open', { bubbles: true, composed: true, cancelable: true, detail: { mentorId } });
    if (!this.dispatchEvent(open)) event.preventDefault();
  }

  #renderAction(m: Mentor, accepting: boolean): TemplateResult {
    return renderRequestAction({
      l: this.l10n,
      mentor: m,
      accepting,
      viewerRooms: this.viewerRooms,
      roomHref: this.roomHref,
      onRequest: () => this.#request(m.id),
      onSelect: (roomId) => this.emit('menteo-room-select', { roomId }),
    });
  }

  #renderMentor(m: Mentor): TemplateResult {
    const l = this.l10n;
    const full = this.variant !== 'compact';
    const accepting = m.acceptingRequests && m.capacity.open > 0;
    const avatar = safeImageUrl(m.avatarUrl);
    const { ratingAvg, reviewCount, sessionsCompleted } = m.stats;
    const { profileHref } = this;
    const open = (event: MouseEvent) => this.#open(event, m.id);
    const free = m.offerings.some((offering) => offering.priceModel === 'free');
    return html`
      <div class="header">
        <div part="avatar">
          ${
            avatar && !this.avatarFailed
              ? html`<img src=${avatar} alt=${l.msg('avatarOf', { name: m.name })} loading="lazy" @error=${() => (this.avatarFailed = true)} />`
              : html`<span aria-hidden="true">${initials(m.name)}</span>`
          }
        </div>
        <div class="who">
          <p part="name" role="heading" aria-level=${this.headingLevel} dir="auto">${
            profileHref
              ? html`<a part="name-link" href=${profileHref.replace('{id}', encodeURIComponent(m.id))} @click=${open}>${m.name}</a>`
              : html`<button part="name-link" type="button" @click=${open}>${m.name}</button>`
          }</p>
          <p part="title">${l.msg('titleAtCompany', { title: m.title, company: m.company })}</p>
          ${
            free || m.organization
              ? html`<ul part="flags">
                  ${free ? html`<li part="flag free">${l.msg('free')}</li>` : nothing}
                  ${m.organization ? html`<li part="flag internal" dir="auto">${l.msg('internal', { organization: m.organization.name })}</li>` : nothing}
                </ul>`
              : nothing
          }
        </div>
      </div>
      ${
        // One template for the full variant's three blocks: each template instance costs a clone
        // and a tree walk, and a search renders a thousand cards.
        full
          ? html`<p part="headline" dir="auto">${m.headline}</p>
            ${
              m.skills.length
                ? html`<ul part="skills" aria-label=${l.msg('skills')}>
                  ${m.skills.slice(0, 6).map((skill) => html`<li part="skill">${tagLabel(skill)}</li>`)}
                </ul>`
                : nothing
            }
            <ul part="badges" aria-label=${l.msg('helpsWith')}>
              ${m.helpsWith.map((need) => html`<li part="badge">${l.msg(`need_${need}`)}</li>`)}
              <li part="badge">${l.msg(`style_${m.mentoringStyle}`)}</li>
            </ul>`
          : nothing
      }
      <!-- Each line in <bdi>: it takes the direction of its own words ("212 sessions" stays in that
           order on a right-to-left page that got the English catalog), the card's layout its page's. -->
      <div part="meta">
        <div>
          ${
            ratingAvg === null
              ? html`<bdi>${l.msg('noReviews')}</bdi>`
              : html`<span class="star" aria-hidden="true">★</span>
                <bdi>${l.msg('rating', { rating: l.number(ratingAvg, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), count: reviewCount })}</bdi>`
          }
        </div>
        <div><bdi>${l.msg('sessions', { count: sessionsCompleted, formatted: l.number(sessionsCompleted) })}</bdi></div>
        ${
          full
            ? html`<div><bdi>${l.msg('speaks', { list: l.list(m.languages.map((tag) => l.language(tag))) })}</bdi></div>
              <div><bdi>${l.msg('localTime', { time: l.date(new Date(), { timeStyle: 'short', timeZone: m.timezone }) })}</bdi></div>
              <div>
                <bdi>${
                  m.nextAvailableAt
                    ? l.msg('nextAvailable', {
                        when: l.date(m.nextAvailableAt, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }),
                      })
                    : l.msg('noAvailability')
                }</bdi>
              </div>`
            : nothing
        }
      </div>
      ${this.#renderAction(m, accepting)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-mentor-card': MenteoMentorCard;
  }
}
