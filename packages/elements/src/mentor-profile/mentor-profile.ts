import type { Mentor } from '@menteo/sdk';
import { mentorProfileStores } from '@menteo/sdk/stores/mentors';
import { html, nothing, type TemplateResult } from 'lit';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { initials } from '../internal/initials.js';
import { requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { renderRequestAction } from '../internal/request-dialog/request-action.js';
import { renderMarkdown } from '../internal/markdown.js';
import { states } from '../internal/states.js';
import { MinuteClock } from '../internal/minute-clock.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';
import type { ViewerRooms } from '../internal/request-dialog/viewer-rooms.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { StoreController } from '../internal/store-controller.js';
import { tagLabel } from '../internal/tag-label.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { offeringLines, responseTime } from './profile-facts.js';
import { styles } from './mentor-profile.styles.js';
import { strings } from './mentor-profile.strings.js';
import { type MentorReview, ReviewsController } from './reviews-controller.js';

/**
 * @summary A mentor's whole profile: who they are, their bio, skills, languages and local time,
 * how they mentor, what working with them costs, how fast they reply and whether they have room,
 * their reviews (newest first, a few at a time) and the button to ask for mentorship.
 *
 * @csspart base - The profile.
 * @csspart header - Photo, name, role, headline and badges.
 * @csspart avatar - The photo, or the initials when there is none.
 * @csspart name - The mentor's name (the main heading).
 * @csspart title - Job title and company.
 * @csspart headline - What the mentor helps with, in one line.
 * @csspart flags - Badges: `free` when an offering is free, `internal` for an organization's own mentor (each a `flag` part).
 * @csspart flag - One badge.
 * @csspart facts - Rating, response time, open places, languages and local time.
 * @csspart request-button - The "Request mentorship" button.
 * @csspart room-state - Instead of the button, where the viewer stands with this mentor: "Requested · view" or "Your mentor · open".
 * @csspart room-link - The "view" / "open" link or button.
 * @csspart request-dialog - The built-in request dialog (loaded on the first request).
 * @csspart section - Each section below the header (about, skills, how they mentor, offerings, reviews).
 * @csspart section-title - A section's heading.
 * @csspart bio - The bio, rendered from safe Markdown.
 * @csspart skills - The skills; each is a `skill` part.
 * @csspart skill - One skill.
 * @csspart offerings - Ways to work together; each is an `offering` part.
 * @csspart offering - One offering: its price and what it is.
 * @csspart reviews - The list of reviews; each is a `review` part.
 * @csspart review - One review: stars, author and date, and what they wrote.
 * @csspart more-reviews - The "More reviews" button.
 * @csspart reviews-error - A failed page of reviews, with its request id and a retry button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message, with the request id and a retry button.
 * @csspart retry-button - The retry buttons.
 *
 * @cssprop --menteo-profile-background - The profile's background (default `--menteo-color-surface`).
 * @cssprop --menteo-profile-color - Its text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-profile-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-profile-border-color - Its border (default `--menteo-color-outline`).
 * @cssprop --menteo-profile-radius - Its corner radius (default `--menteo-radius`).
 * @cssprop --menteo-profile-padding - Its padding (default `--menteo-space-5`).
 *
 * @fires menteo-request-mentorship - The person asked for mentorship; `detail.mentorId` says with whom. Cancelable: `preventDefault()` keeps the built-in dialog closed, for a page with its own.
 * @fires menteo-sign-in-required - Signed out, the person asked for mentorship (`detail.action` is `request`): the page signs them in.
 * @fires menteo-room-requested - The built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * @fires menteo-room-select - "view" / "open" without `room-href`; `detail.roomId` says which room.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-mentor-profile mentor-id="men_demomentor" heading-level="1"></menteo-mentor-profile>
 * </menteo-provider>
 * ```
 */
export class MenteoMentorProfile extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, skeletonStyles, styles];

  static override properties = {
    mentorId: { attribute: 'mentor-id', reflect: true },
    mentor: { attribute: false },
    roomHref: { attribute: 'room-href' },
    viewerRooms: { attribute: false },
    ...states('avatarFailed'),
  };

  /** The mentor to show, loaded through the stores (ignored while `.mentor` is set). */
  declare mentorId: string | undefined;

  /** A mentor already loaded (from a search, a card): shown at once; the reviews still load by its id. */
  declare mentor: Mentor | undefined;

  /**
   * Where "view" / "open" lead for a mentor the viewer has asked or works with: a pattern with
   * `{roomId}` (`/rooms/{roomId}`). Without it they fire `menteo-room-select`.
   */
  declare roomHref: string | undefined;

  /**
   * The viewer's open rooms as a mentee, by mentor id: followed for you once someone is signed
   * in (the profile shows the room's state instead of the button). A page may set it too.
   */
  declare viewerRooms: ViewerRooms | undefined;

  declare private avatarFailed: boolean;

  protected readonly l10n = new LocalizeController(this, strings);

  #store = new StoreController<Mentor>(this, () => {
    if (this.mentor || !this.mentorId) return undefined;
    const stores = this.connection.value?.stores;
    return stores ? mentorProfileStores(stores).mentor(this.mentorId) : undefined;
  });

  #reviews = new ReviewsController(
    this,
    () => this.connection.value,
    () => this.mentor?.id ?? this.mentorId,
  );

  // The same shared rooms store the cards of a page follow: one request for all of them.
  #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
  #followedRooms: ViewerRooms | undefined;

  // The mentor's local time, kept current by the page's one minute clock.
  protected readonly clock = new MinuteClock(this);

  constructor() {
    super();
    this.avatarFailed = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mentor') || changed.has('mentorId')) this.avatarFailed = false;
    // A new list of rooms from the store replaces what the request dialog set for the moment.
    if (this.#rooms.rooms !== this.#followedRooms) {
      this.#followedRooms = this.#rooms.rooms;
      this.viewerRooms = this.#rooms.rooms;
    }
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const { error, loading, data } = this.#store.state;
    return this.renderStatus({
      needed: !this.mentor && this.mentorId,
      data: this.mentor ?? data,
      error: !loading && error,
      says: { failed: l.msg('loadError'), notFound: l.msg('notFound'), loading: l.msg('loadingProfile') },
      complete: (mentor) => this.#renderMentor(mentor),
      pending: () =>
        html`<div class="header" aria-hidden="true">
            <div part="avatar"></div>
            <div class="bones"><div class="bone w-60"></div><div class="bone w-45"></div></div>
          </div>
          <div class="bones" aria-hidden="true">
            <div class="bone"></div>
            <div class="bone w-80"></div>
            <div class="bone w-70"></div>
          </div>`,
    });
  }

  async #request(mentorId: string): Promise<void> {
    // As the card: cancelable for a page with its own form; otherwise the provider opens the
    // built-in dialog in this element (signed in); signed out, the reader signs in (`sign-in`), then the request goes on.
    const asked = new CustomEvent('menteo-request-mentorship', { bubbles: true, composed: true, cancelable: true, detail: { mentorId } });
    if (this.dispatchEvent(asked) && !this.signedIn && (await this.requestSignIn('request'))) await this.#request(mentorId);
  }

  async #moreReviews(): Promise<void> {
    const first = await this.#reviews.more();
    await this.updateComplete;
    // The keyboard goes on from the first review it had not read yet.
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="review"]')[first]?.focus();
  }

  #heading(text: string, level = 1): TemplateResult {
    return html`<p part="section-title" role="heading" aria-level=${Math.min(6, this.headingLevel + level)}>${text}</p>`;
  }

  #renderAction(m: Mentor): TemplateResult {
    return renderRequestAction({
      l: this.l10n,
      mentor: m,
      accepting: m.acceptingRequests && m.capacity.open > 0,
      viewerRooms: this.viewerRooms,
      roomHref: this.roomHref,
      onRequest: () => this.#request(m.id),
      onSelect: (roomId) => this.emit('menteo-room-select', { roomId }),
    });
  }

  #renderFacts(m: Mentor): TemplateResult {
    const l = this.l10n;
    const { ratingAvg, reviewCount, medianResponseHours } = m.stats;
    const replies = responseTime(l, medianResponseHours);
    const { open, max } = m.capacity;
    // Each line takes its own direction (dir="auto": "3 of 5 places open" stays whole on an
    // RTL page), aligned to the page's side (the styles).
    return html`<ul part="facts">
      <li dir="auto">
        ${
          ratingAvg === null
            ? l.msg('noReviews')
            : html`<span class="star" aria-hidden="true">★</span>
              ${l.msg('rating', { rating: l.number(ratingAvg, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), count: reviewCount })}`
        }
      </li>
      ${replies ? html`<li dir="auto">${replies}</li>` : nothing}
      <li dir="auto">${open > 0 ? l.msg('placesOpen', { open: l.number(open), max: l.number(max) }) : l.msg('noPlacesOpen')}</li>
      <li dir="auto">${l.msg('speaks', { list: l.list(m.languages.map((tag) => l.language(tag))) })}</li>
      <li dir="auto">${l.msg('localTime', { time: l.date(new Date(), { timeStyle: 'short', timeZone: m.timezone }) })}</li>
    </ul>`;
  }

  #renderReview(review: MentorReview): TemplateResult {
    const l = this.l10n;
    const stars = '★'.repeat(review.rating) + '☆'.repeat(5 - review.rating);
    return html`<li part="review" tabindex="-1">
      <p class="review-head" dir="auto">
        <span class="star" role="img" aria-label=${l.msg('reviewStars', { rating: review.rating })}>${stars}</span>
        <span class="muted" dir="auto">${l.msg('reviewBy', { name: review.author.name, date: l.date(review.createdAt, { dateStyle: 'medium' }) })}</span>
      </p>
      <div class="markdown" dir="auto">${renderMarkdown(review.body)}</div>
    </li>`;
  }

  #renderReviews(m: Mentor): TemplateResult | typeof nothing {
    const l = this.l10n;
    const reviews = this.#reviews;
    if (m.stats.reviewCount === 0 && reviews.items.length === 0) return nothing;
    return html`<section part="section">
      ${this.#heading(l.msg('reviews'))}
      ${reviews.items.length ? html`<ol part="reviews">${reviews.items.map((review) => this.#renderReview(review))}</ol>` : nothing}
      ${reviews.loading ? html`<p class="muted" role="status">${l.msg('loadingReviews')}</p>` : nothing}
      ${
        reviews.error
          ? html`<div part="reviews-error" role="alert">
              <p>${l.msg('reviewsError')}</p>
              ${requestIdLine(l, reviews.error)}
              <button part="retry-button" type="button" @click=${() => (reviews.items.length ? this.#moreReviews() : reviews.refetch())}>
                ${l.msg('retry')}
              </button>
            </div>`
          : nothing
      }
      ${
        reviews.hasMore && !reviews.loading && !reviews.error
          ? html`<button part="more-reviews" type="button" @click=${() => this.#moreReviews()}>${l.msg('moreReviews')}</button>`
          : nothing
      }
    </section>`;
  }

  #renderMentor(m: Mentor): TemplateResult {
    const l = this.l10n;
    const avatar = safeImageUrl(m.avatarUrl);
    const free = m.offerings.some((offering) => offering.priceModel === 'free');
    return html`
      <div part="header" class="header">
        <div part="avatar">
          ${
            avatar && !this.avatarFailed
              ? html`<img src=${avatar} alt=${l.msg('avatarOf', { name: m.name })} @error=${() => (this.avatarFailed = true)} />`
              : html`<span aria-hidden="true">${initials(m.name)}</span>`
          }
        </div>
        <div class="who">
          <p part="name" role="heading" aria-level=${this.headingLevel} dir="auto">${m.name}</p>
          <p part="title" dir="auto">${l.msg('titleAtCompany', { title: m.title, company: m.company })}</p>
          <p part="headline" dir="auto">${m.headline}</p>
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
      <div class="summary">${this.#renderFacts(m)} ${this.#renderAction(m)}</div>
      <section part="section">
        ${this.#heading(l.msg('about'))}
        <div part="bio" class="markdown" dir="auto">${renderMarkdown(m.bio)}</div>
      </section>
      ${
        m.skills.length
          ? html`<section part="section">
              ${this.#heading(l.msg('skills'))}
              <ul part="skills">
                ${m.skills.map((skill) => html`<li part="skill">${tagLabel(skill)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      <section part="section">
        ${this.#heading(l.msg('howTheyMentor'))}
        <ul class="plain">
          ${m.helpsWith.map((need) => html`<li dir="auto">${l.msg(`hat_${need}`)}</li>`)}
          <li dir="auto">${l.msg(`style_${m.mentoringStyle}`)}</li>
        </ul>
      </section>
      ${
        m.offerings.length
          ? html`<section part="section">
              ${this.#heading(l.msg('offerings'))}
              <ul part="offerings">
                ${m.offerings.map((offering) => {
                  const [main, detail] = offeringLines(l, offering);
                  return html`<li part="offering" dir="auto"><span class="strong">${main}</span>${detail ? html` <span class="muted">${detail}</span>` : nothing}</li>`;
                })}
              </ul>
            </section>`
          : nothing
      }
      ${this.#renderReviews(m)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-mentor-profile': MenteoMentorProfile;
  }
}
