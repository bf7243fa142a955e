import type { Room } from '@menteo/sdk';
import { APIError } from '@menteo/sdk/internal';
import { draftOf } from '@menteo/sdk/stores/draft';
import { roomPlanStores } from '@menteo/sdk/stores/room-plans';
import { roomActionsFor, roomStatusesAllowing, roomStores, roomTransitions } from '@menteo/sdk/stores/rooms';
import type { Goal, Message, PagedState, Pending, RoomAction, Session } from '@menteo/sdk/stores';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { states } from '../internal/states.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { notice } from '../internal/notice.js';
import { requestIdLine } from '../internal/load-error.js';
import { initials } from '../internal/initials.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { roomStatusIcons } from '../internal/room-status-icons.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { StoreController } from '../internal/store-controller.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { endedStatusStyles } from '../styles/room-status.js';
import { toggleStyles } from '../styles/toggle.js';
import { baseStyles } from '../styles/tokens.js';
import { RoomAgreement } from './room-agreement.js';
import { viewerZone } from './room-slot-picker.js';
import { RoomChat } from './room-chat.js';
import { chatStyles } from './room-chat.styles.js';
import { journeyStyles } from './room-journey.styles.js';
import { renderFacts } from './room-facts.js';
import { RoomGoals } from './room-goals.js';
import { IntroCallLoader } from './room-intro-call-loader.js';
import { introCallStyles } from './room-intro-call.styles.js';
import { RoomPastSessions } from './room-past-sessions.js';
import { ReviewLoader } from './room-review-loader.js';
import { RoomSessions } from './room-sessions.js';
import { styles } from './room-widget.styles.js';
import { strings } from './room-widget.strings.js';

type Status = Room['status'];

// Which actions each status offers to each side (roomActionsFor), where each takes the room
// (roomTransitions, shown at once until the API answers) and what each status allows: the
// contract's lifecycle (@menteo/api/room-lifecycle), passed on by the stores, never copied here.
type Destructive = 'decline' | 'withdraw' | 'complete' | 'close';
const destructive = new Set<RoomAction>(['decline', 'withdraw', 'complete', 'close']);
const isDestructive = (action: RoomAction | undefined): action is Destructive => !!action && destructive.has(action);
const openStatuses = roomStatusesAllowing.messages;
const hourMs = 3_600_000;

/**
 * @summary One structured, long-term 1:1 mentorship room, for a signed-in participant (a
 * provider with a user token): the other person, status, cadence and term, the room's goal,
 * goals with progress, the next sessions and booking from the mentor's open times (in the
 * viewer's time zone), and the conversation as a live chat, with the actions each status and
 * role allow (accept, decline, withdraw, pause, resume, complete, close early).
 *
 * @csspart base - The whole widget.
 * @csspart header - The other person, their role and the room's status.
 * @csspart avatar - Their photo, or initials.
 * @csspart name - Their name.
 * @csspart status - The status badge (icon and text); also `status-<status>`.
 * @csspart facts - Cadence and term.
 * @csspart term - The term's progress bar (`role="progressbar"`); its fill is `term-fill`.
 * @csspart term-fill - The filled part of the term bar.
 * @csspart goal - The room's goal statement.
 * @csspart agreement - The agreement section: `agreement-text` (Markdown), `signoffs`, the buttons and form.
 * @csspart agreement-text - The agreement, rendered from Markdown.
 * @csspart signoffs - Each side's sign-off, a `signoff` (also `signoff-signed` or `signoff-awaiting`).
 * @csspart signoff - One side's "Signed by … on …" or "Awaiting …".
 * @csspart request-expiry - A requested room's "Awaiting <mentor>, expires <date>".
 * @csspart agreement-accept - Accept the agreement (the side that has not signed).
 * @csspart agreement-propose - Opens the form to propose a (changed) agreement.
 * @csspart agreement-form - The form with the Markdown textarea; its button is `agreement-submit`.
 * @csspart agreement-submit - Sends the proposed agreement.
 * @csspart intro-call - A requested room's free intro call: the mentee's `intro-call-button` (when the mentor offers one) and its `booking` panel, or the booked call (`intro-call-booked`).
 * @csspart intro-call-button - "Book a free intro call (20 min)", the length from the mentor's offering.
 * @csspart intro-call-booked - The booked intro call: its time and zone, who with, the message, "Add to calendar" and Cancel.
 * @csspart actions - The room actions; each is an `action` part (`action-<name>`).
 * @csspart action - One room action button.
 * @csspart action-error - A refused action's message with its request id.
 * @csspart plan - Goals and sessions (beside the chat on wide layouts).
 * @csspart goals - The goals section; each goal is a `goal-item`, its bar `goal-progress`.
 * @csspart goal-item - One goal.
 * @csspart goal-criteria - A goal's success criteria.
 * @csspart goal-form - A goal's edit form (title, success criteria, target date).
 * @csspart goal-progress - A goal's progress bar (`role="progressbar"`).
 * @csspart sessions - The sessions section; each session is a `session`.
 * @csspart session - One upcoming session: its time with the zone's short name, status, details and buttons.
 * @csspart session-hat - A session's hat chip (leader hat or mentor hat).
 * @csspart meeting-link - A session's meeting link.
 * @csspart session-agenda - A session's agenda (Markdown).
 * @csspart session-notes - A session's shared notes (Markdown).
 * @csspart past-sessions - The past sessions, newest first; each is a `past-session`.
 * @csspart past-session - One past session: completed, no-show, or ended and waiting to be marked.
 * @csspart past-toggle - "Show all N past sessions" / "Show fewer" (`aria-expanded`), past the newest three.
 * @csspart help-fit - The viewer's question after a completed session (yes / partly / no); once answered, `help-fit-answer`.
 * @csspart help-fit-answer - The viewer's answer to the help question.
 * @csspart review - A room that ended: the mentee's confidence (`confidence`), both reviews (`review-item`) and the viewer's `review-form` until they wrote one (loaded on demand).
 * @csspart confidence - "Confidence: 2 → 4", the mentee's answer at the start and at the end.
 * @csspart review-item - One review: author, `stars`, text and goal outcomes.
 * @csspart stars - A review's rating as stars (`role="img"`, labelled).
 * @csspart review-form - The viewer's review: stars, text, an outcome per goal, the mentee's confidence; its button is `review-submit`.
 * @csspart review-submit - Sends the review.
 * @csspart session-form - A session's form: agenda, notes, meeting link and hat.
 * @csspart book-button - Opens the booking panel.
 * @csspart booking - The booking panel: `slots` (a radio group per day), the agenda and `book-submit`.
 * @csspart book-submit - The "Book this time" button.
 * @csspart slots - The open times, grouped by day.
 * @csspart slot - One open time (a radio).
 * @csspart chat - The messages section.
 * @csspart log - The conversation (`role="log"`), oldest first.
 * @csspart message - One message; also `message-own` or `message-theirs`, and `message-failed`.
 * @csspart unread-divider - The "New messages" line above the first unread message.
 * @csspart composer - The message form.
 * @csspart send-button - The send button.
 * @csspart confirm - The confirmation dialog of destructive actions.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The load error, with the request id and a retry button; also "not found".
 * @csspart sign-in - The "sign in required" state.
 * @csspart empty - Shown when there is no room to show (no `room-id`): never a skeleton that waits forever.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-room-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-room-color - Text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-room-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-room-border-color - Borders (default `--menteo-color-outline`).
 * @cssprop --menteo-room-radius - Corner radius (default `--menteo-radius`).
 * @cssprop --menteo-room-padding - Padding (default `--menteo-space-4`).
 * @cssprop --menteo-room-accent-color - Bars, buttons and own messages (default `--menteo-color-primary`).
 * @cssprop --menteo-room-own-background - Your messages' background (default `--menteo-color-accent-surface`).
 * @cssprop --menteo-room-theirs-background - Their messages' background (default `--menteo-color-surface-muted`).
 * @cssprop --menteo-room-log-height - The conversation's height (default `22rem`).
 *
 * @fires menteo-room-action - The API accepted a room transition; `detail` has `roomId`, `action` and `status`.
 * @fires menteo-session-booked - A session was booked; `detail` has `roomId` and `session`.
 * @fires menteo-message-sent - The API confirmed a message; `detail` has `roomId` and `message`.
 * @fires menteo-agreement-proposed - The API recorded the viewer's proposed agreement; `detail` has `roomId` and `agreement`.
 * @fires menteo-agreement-accepted - The viewer accepted the agreement (both sides signed); `detail` has `roomId`.
 * @fires menteo-session-updated - The API saved a change to a session (details, reschedule, completion, no-show); `detail` has `roomId` and `session`.
 * @fires menteo-help-fit-answered - The viewer answered whether a completed session gave the help needed; `detail` has `roomId`, `sessionId` and `answer`.
 * @fires menteo-room-reviewed - The API recorded the viewer's review of a room that ended; `detail` has `roomId` and `review`.
 * @fires menteo-goal-changed - The API saved a change to a goal; `detail` has `roomId` and `goal`.
 * @fires menteo-goal-deleted - The API deleted a goal; `detail` has `roomId` and `goalId`.
 * @fires menteo-intro-call-booked - The mentee booked the mentor's free intro call from a requested room; `detail` has `roomId` and `introCall`.
 * @fires menteo-intro-call-cancelled - The viewer cancelled the booked intro call; `detail` has `roomId` and `introCall`.
 * @fires menteo-intro-call-updated - The viewer added, changed or removed the booked intro call's meeting link; `detail` has `roomId` and `introCall`.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-room-widget room-id="room_7Hq2Lm9Xc4Vb8Nz1"></menteo-room-widget>
 * </menteo-provider>
 * <script type="module">
 *   document.querySelector('menteo-provider').getToken = () => fetch('/menteo-token').then((r) => r.text());
 * </script>
 * ```
 */
export class MenteoRoomWidget extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, toggleStyles, endedStatusStyles, styles, chatStyles, journeyStyles, introCallStyles];

  static override properties = {
    roomId: { attribute: 'room-id', reflect: true },
    ...states('optimistic', 'confirming', 'avatarFailed', 'actionError'),
  };

  constructor() {
    super();
    this.avatarFailed = false;
  }

  /** The room to show (`room_…`); its participants only: anyone else sees "not available". */
  declare roomId: string | undefined;

  /** The status shown while a transition is on its way. */
  declare private optimistic: Status | undefined;
  declare private actionError: { error: unknown; conflict: boolean } | undefined;
  declare private confirming: RoomAction | undefined;
  declare private avatarFailed: boolean;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #sessionsFrom = new Date(Math.floor(Date.now() / hourMs) * hourMs - hourMs).toISOString();

  protected readonly l10n = new LocalizeController(this, strings);
  #stores = () => this.connection.value?.stores;
  #rooms = () => {
    const s = this.#stores();
    return s && roomStores(s);
  };
  #plans = () => {
    const s = this.#stores();
    return s && roomPlanStores(s);
  };
  /** Personal data: only a connection with a person's token asks for it. */
  #id = () => (this.signedIn ? this.roomId : undefined);
  #room = new StoreController<Room>(this, () => {
    const id = this.#id();
    return id ? this.#rooms()?.room(id) : undefined;
  });
  #messages = new PagedStoreController<PagedState<Pending<Message>>>(this, () => {
    const id = this.#id();
    return id && this.#room.state.data ? this.#rooms()?.roomMessages(id) : undefined;
  });
  #goals = new PagedStoreController<PagedState<Goal>>(this, () => {
    const id = this.#id();
    return id && this.#room.state.data ? this.#plans()?.roomGoals(id) : undefined;
  });
  #sessions = new PagedStoreController<PagedState<Session>>(this, () => {
    const id = this.#id();
    return id && this.#room.state.data ? this.#plans()?.roomSessions(id, { status: ['pending', 'accepted'], from: this.#sessionsFrom }) : undefined;
  });

  /**
   * Confirmed, completed and no-show sessions: the past ones are those that have ended (the query
   * names no instant, so it stays one store, and one recording for the docs' replay, at any time).
   */
  #pastSessions = new PagedStoreController<PagedState<Session>>(this, () => {
    const id = this.#id();
    return id && this.#room.state.data ? this.#plans()?.roomSessions(id, { status: ['accepted', 'completed', 'no_show'] }) : undefined;
  });

  get #draft() {
    const s = this.#stores();
    return s && this.roomId ? draftOf(s, `message:${this.roomId}`) : undefined;
  }
  #agreement = new RoomAgreement(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    rooms: () => this.#rooms(),
    busy: () => !!this.optimistic,
  });
  #goalsSection = new RoomGoals(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    plans: () => this.#plans(),
    goals: this.#goals,
  });
  #sessionsSection = new RoomSessions(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    plans: () => this.#plans(),
    sessions: this.#sessions,
    actionable: () => this.#room.state.data?.status === 'active' && !this.optimistic,
    writable: () => this.#planWritable(),
    when: (iso, options) => this.#when(iso, options),
  });
  #past = new RoomPastSessions(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    plans: () => this.#plans(),
    past: this.#pastSessions,
    upcoming: this.#sessions,
    details: () => this.#sessionsSection.details,
    writable: () => this.#planWritable(),
  });
  #review = new ReviewLoader(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    stores: () => this.#stores(),
    room: () => this.#room.state.data,
    goals: () => this.#goals.state?.items ?? [],
  });
  #intro = new IntroCallLoader(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    plans: () => this.#plans(),
    stores: () => this.#stores(),
    room: () => this.#room.state.data,
    details: () => this.#sessionsSection.details,
    when: (iso, options) => this.#when(iso, options),
  });
  #chat = new RoomChat(this, {
    l10n: () => this.l10n,
    headingLevel: () => this.headingLevel,
    messages: this.#messages,
    rooms: () => this.#rooms(),
    plans: () => this.#plans(),
    draft: () => this.#draft,
    when: (iso, options) => this.#when(iso, options),
  });

  /** Whether the pair can write to the plan now (goals' statuses; sessions' details follow them). */
  #planWritable(): boolean {
    return roomStatusesAllowing.goals.includes(this.#room.state.data?.status ?? 'expired') && !this.optimistic;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId')) {
      this.optimistic = this.actionError = this.confirming = undefined;
      this.#sessionsSection.reset();
      this.#agreement.reset();
      this.#goalsSection.reset();
      this.#past.reset();
      this.#intro.reset();
      this.avatarFailed = false;
      this.#chat.reset();
    }
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    // Nothing asked for is nothing to wait for: a page without a room yet says so.
    if (this.signedIn && !this.roomId) return this.frame(notice('empty', l.msg('roomNone'), l.msg('roomNoneHint')));
    const { data, error, loading } = this.#room.state;
    return this.renderStatus({
      needed: this.roomId,
      signedOut: !this.signedIn && (() => notice('sign-in', l.msg('roomSignIn'), l.msg('roomPersonal'))),
      data,
      error: !loading && error,
      says: { failed: l.msg('roomLoadError'), notFound: l.msg('roomNotFound'), loading: l.msg('roomLoading') },
      complete: (room) => this.#renderRoom(room),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          <div class="bone-row"><div class="bone circle"></div><div class="bone w60"></div></div>
          <div class="bone bar"></div>
          <div class="bone w80"></div>
          <div class="bone block"></div>
        </div>`,
    });
  }

  #renderRoom(room: Room): TemplateResult {
    const l = this.l10n;
    const status = this.optimistic ?? room.status;
    const mentor = room.viewerRole === 'mentee';
    const other = mentor
      ? {
          name: room.mentor.name,
          avatarUrl: safeImageUrl(room.mentor.avatarUrl),
          line: l.msg('roomTitleAt', { title: room.mentor.title, company: room.mentor.company }),
        }
      : { name: room.mentee.name, avatarUrl: safeImageUrl(room.mentee.avatarUrl), line: room.mentee.headline ?? '' };
    return html`
      <header part="header">
        <div part="avatar">
          ${
            other.avatarUrl && !this.avatarFailed
              ? html`<img src=${other.avatarUrl} alt=${l.msg('roomAvatarOf', { name: other.name })} @error=${() => (this.avatarFailed = true)} />`
              : html`<span aria-hidden="true">${initials(other.name)}</span>`
          }
        </div>
        <div class="who">
          <p class="role">${l.msg(mentor ? 'roomYourMentor' : 'roomYourMentee')}</p>
          <h2 part="name" dir="auto" aria-level=${this.headingLevel}>${other.name}</h2>
          ${other.line ? html`<p class="muted" dir="auto">${other.line}</p>` : nothing}
        </div>
        <p part="status status-${status}" class="status-${status}" tabindex="-1">
          <span class="visually-hidden">${l.msg('roomStatus')}:</span>
          <span aria-hidden="true">${roomStatusIcons[status]}</span> ${l.msg(`roomStatus_${status}`)}
        </p>
      </header>
      ${renderFacts(this.l10n, room, status)}
      <div class="goal-statement">
        <h3 class="label" aria-level=${this.headingLevel + 1}>${l.msg('roomGoal')}</h3>
        <p part="goal" dir="auto">${room.goal}</p>
        ${room.statusReason && status !== 'requested' && status !== 'active' ? html`<p class="muted reason" dir="auto">${l.msg('roomReason', { reason: room.statusReason })}</p>` : nothing}
      </div>
      ${this.#review.render(room, status)} ${this.#agreement.render(room, status)}
      ${this.#renderActions(room, status)} ${this.#intro.render(room, status)}
      <div class="columns">
        <div part="plan">${this.#goalsSection.render(room, status)} ${this.#sessionsSection.render(room, status)} ${this.#past.render(room)}</div>
        ${this.#chat.render(room, status)}
      </div>
      ${this.#renderDialog(room)}
    `;
  }

  #renderActions(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    const actions = this.optimistic ? [] : roomActionsFor(status, room.viewerRole);
    const error = this.actionError;
    return html`
      ${
        actions.length
          ? html`<div part="actions" role="group" aria-label=${l.msg('roomActions')}>
            ${actions.map(
              (action) =>
                html`<button part="action action-${action}" type="button" class=${destructive.has(action) ? 'quiet' : ''} @click=${() => this.#ask(room, action)}>
                  ${l.msg(`roomAction_${action}`)}
                </button>`,
            )}
          </div>`
          : nothing
      }
      ${
        error
          ? html`<div part="action-error" role="alert">
            <p>${l.msg(error.conflict ? 'roomActionConflict' : 'roomActionError')}</p>
            ${requestIdLine(this.l10n, error.error) ?? nothing}
          </div>`
          : nothing
      }
      ${!openStatuses.includes(status) ? html`<p class="muted ended">${l.msg('roomEnded')}</p>` : nothing}
    `;
  }

  #ask(room: Room, action: RoomAction): void {
    if (!destructive.has(action)) {
      void this.#transition(room, action);
      return;
    }
    this.confirming = action;
    void this.updateComplete.then(() => {
      const dialog = this.#dialog;
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #renderDialog(room: Room): TemplateResult {
    const l = this.l10n;
    const action = this.confirming;
    return html`<dialog part="confirm" aria-labelledby="confirm-text" @close=${this.#onDialogClose}>
      ${
        isDestructive(action)
          ? html`<form method="dialog" @submit=${(e: SubmitEvent) => this.#confirm(e, room, action)}>
            <p id="confirm-text">${l.msg(`roomConfirm_${action}`)}</p>
            ${
              action !== 'complete'
                ? html`<label for="reason">${l.msg(action === 'close' ? 'roomConfirmReason' : 'roomConfirmReasonOptional')}</label>
                  <textarea id="reason" name="reason" rows="2" maxlength="1000" ?required=${action === 'close'}></textarea>`
                : nothing
            }
            <div class="row">
              <button type="button" value="cancel" class="quiet" @click=${() => this.#dialog?.close()}>${l.msg('roomCancel')}</button>
              <button type="submit" class="danger" value="confirm">${l.msg(`roomAction_${action}`)}</button>
            </div>
          </form>`
          : nothing
      }
    </dialog>`;
  }

  #onDialogClose(): void {
    this.confirming = undefined;
  }

  #confirm(event: SubmitEvent, room: Room, action: RoomAction): void {
    const form = event.currentTarget as HTMLFormElement;
    const reason = (new FormData(form).get('reason') as string | null)?.trim();
    void this.#transition(room, action, reason || undefined);
  }

  async #transition(room: Room, action: RoomAction, reason?: string): Promise<void> {
    const rooms = this.#rooms();
    if (!rooms) return;
    this.actionError = undefined;
    this.optimistic = roomTransitions[action].to;
    try {
      const next = await rooms.transitionRoom(room.id, action, reason ? { reason } : {});
      this.emit('menteo-room-action', { roomId: room.id, action, status: next.status });
      // The button pressed is gone with the old status: focus lands on the new one, not on the page.
      void this.updateComplete.then(() => {
        if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
      });
      // A paused, completed or closed room cancelled its upcoming sessions.
      void this.#sessions.refetch();
    } catch (error) {
      const conflict = error instanceof APIError && error.status === 409;
      this.actionError = { error, conflict };
      if (conflict) void this.#room.refetch();
    } finally {
      this.optimistic = undefined;
    }
  }

  #when(iso: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }): string {
    return this.l10n.date(iso, { ...options, timeZone: viewerZone() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-room-widget': MenteoRoomWidget;
  }
}
