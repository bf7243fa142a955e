import { APIError, type Room } from '@menteo/sdk';
import {
  draftOf,
  roomActionsFor,
  roomPlanStores,
  roomStatusesAllowing,
  roomStores,
  roomTransitions,
  type Goal,
  type Message,
  type MentorSlots,
  type PagedState,
  type Pending,
  type RoomAction,
  type Session,
  type SessionAction,
  type SlotRange,
} from '@menteo/sdk/stores';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../internal/style-props.js';
import { MenteoConnectedElement, notice } from '../internal/connected-element.js';
import { loadError, requestIdLine, requestIdOf } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { PagedStoreController, StoreController } from '../internal/store-controller.js';
import { controlStyles } from '../styles/controls.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './room-widget.styles.js';
import { strings } from './room-widget.strings.js';

type Status = Room['status'];

// Which actions each status offers to each side (roomActionsFor), where each takes the room
// (roomTransitions, shown at once until the API answers) and what each status allows: the
// contract's lifecycle (@menteo/api/room-lifecycle), passed on by the stores, never copied here.
type Destructive = 'decline' | 'withdraw' | 'complete' | 'close';
const destructive = new Set<RoomAction>(['decline', 'withdraw', 'complete', 'close']);
const isDestructive = (action: RoomAction | undefined): action is Destructive => !!action && destructive.has(action);
/** An icon beside each status's name: status is never told by colour alone. */
const icons: Record<Status, string> = { requested: '◔', active: '●', paused: '❚❚', declined: '✕', withdrawn: '✕', expired: '⌛', completed: '✓', closed_early: '■' };
const openStatuses = roomStatusesAllowing.messages;
const weekMs = 7 * 86_400_000;
const hourMs = 3_600_000;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
/** The page's own time zone: slots and sessions show in it. */
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

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
 * @csspart actions - The room actions; each is an `action` part (`action-<name>`).
 * @csspart action - One room action button.
 * @csspart action-error - A refused action's message with its request id.
 * @csspart plan - Goals and sessions (beside the chat on wide layouts).
 * @csspart goals - The goals section; each goal is a `goal-item`, its bar `goal-progress`.
 * @csspart goal-item - One goal.
 * @csspart goal-progress - A goal's progress bar (`role="progressbar"`).
 * @csspart sessions - The sessions section; each session is a `session`.
 * @csspart session - One upcoming session.
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
  static override styles = [baseStyles, controlStyles, styles];

  static override properties = {
    roomId: { attribute: 'room-id', reflect: true },
    optimistic: { state: true },
    confirming: { state: true },
    goalError: { state: true },
    sessionError: { state: true },
    booked: { state: true },
    cancelling: { state: true },
    avatarFailed: { state: true },
    actionError: { state: true },
    booking: { state: true },
    failed: { state: true },
  };

  constructor() {
    super();
    this.failed = [];
    this.avatarFailed = false;
  }

  /** The room to show (`room_…`); its participants only: anyone else sees "not available". */
  declare roomId: string | undefined;

  /** The status shown while a transition is on its way. */
  declare private optimistic: Status | undefined;
  declare private actionError: { error: unknown; conflict: boolean } | undefined;
  declare private confirming: RoomAction | undefined;
  declare private goalError: unknown;
  declare private sessionError: unknown;
  declare private booking: { range: SlotRange; slot?: string; agenda: string; notice?: 'taken' | 'pick' | 'error'; error?: unknown; busy?: boolean } | undefined;
  declare private booked: string | undefined;
  /** The session whose "Cancel session" asks for confirmation inline. */
  declare private cancelling: string | undefined;
  declare private failed: { id: number; body: string; error: unknown }[];
  declare private avatarFailed: boolean;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }
  get #log(): HTMLElement | null {
    return this.renderRoot.querySelector('[part~="log"]');
  }

  /** The message above which "New messages" shows, fixed when the room first loads. */
  #unread: { roomId: string; beforeId: string | undefined } | undefined;
  #lastNewest: string | undefined;
  #failures = 0;
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
  #slots = new StoreController<MentorSlots>(this, () => {
    const room = this.#room.state.data;
    return room && this.booking ? this.#plans()?.mentorSlots(room.mentor.id, this.booking.range) : undefined;
  });

  get #draft() {
    const s = this.#stores();
    return s && this.roomId ? draftOf(s, `message:${this.roomId}`) : undefined;
  }

  /** Loads the room and its plan and messages again: what the retry button does. */
  async refetch(): Promise<void> {
    await Promise.all([this.#room.refetch(), this.#messages.refetch(), this.#goals.refetch(), this.#sessions.refetch()]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId')) {
      this.optimistic = this.actionError = this.confirming = this.booking = this.booked = undefined;
      this.failed = [];
      this.avatarFailed = false;
      this.#lastNewest = undefined;
    }
    this.#trackUnread();
  }

  /** Fixes where "New messages" goes once the room and its messages are in, then marks them read. */
  #trackUnread(): void {
    const room = this.#room.state.data;
    const messages = this.#messages.state;
    if (!room || !messages?.loaded || this.#unread?.roomId === room.id) return;
    const own = this.#ownId(room);
    const theirs = messages.items.filter((m) => !m.pending && m.author.id !== own);
    const beforeId = room.unreadCount > 0 ? theirs[Math.min(room.unreadCount, theirs.length) - 1]?.id : undefined;
    this.#unread = { roomId: room.id, beforeId };
    const newest = messages.items.find((m) => !m.pending);
    if (beforeId && newest) void this.#plans()?.markRoomRead(room.id, newest.id).catch(() => {});
  }

  protected override updated(): void {
    // Newest at the bottom: follow new messages.
    const newest = this.#messages.state?.items[0];
    if (newest?.id !== this.#lastNewest && this.#log) {
      const arrived = this.#lastNewest !== undefined;
      this.#lastNewest = newest?.id;
      this.#log.scrollTop = this.#log.scrollHeight;
      // A message of the other person that arrives while the room is on screen is read.
      const room = this.#room.state.data;
      if (arrived && room && newest && !newest.pending && newest.author.id !== this.#ownId(room) && document.visibilityState === 'visible') {
        void this.#plans()?.markRoomRead(room.id, newest.id).catch(() => {});
      }
    }
  }

  #ownId(room: Room): string {
    return room.viewerRole === 'mentor' ? room.mentor.userId : room.mentee.id;
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
      failed: l.msg('roomLoadError'),
      notFound: l.msg('roomNotFound'),
      complete: (room) => this.#renderRoom(room),
      pending: () =>
        html`<div part="skeleton">
          <span class="visually-hidden" role="status">${l.msg('roomLoading')}</span>
          <div aria-hidden="true" class="bones">
            <div class="bone-row"><div class="bone circle"></div><div class="bone w60"></div></div>
            <div class="bone bar"></div>
            <div class="bone w80"></div>
            <div class="bone block"></div>
          </div>
        </div>`,
    });
  }

  #renderRoom(room: Room): TemplateResult {
    const l = this.l10n;
    const status = this.optimistic ?? room.status;
    const mentor = room.viewerRole === 'mentee';
    const other = mentor
      ? { name: room.mentor.name, avatarUrl: safeImageUrl(room.mentor.avatarUrl), line: l.msg('roomTitleAt', { title: room.mentor.title, company: room.mentor.company }) }
      : { name: room.mentee.name, avatarUrl: safeImageUrl(room.mentee.avatarUrl), line: room.mentee.headline ?? '' };
    return html`
      <header part="header">
        <div part="avatar">
          ${other.avatarUrl && !this.avatarFailed
            ? html`<img src=${other.avatarUrl} alt=${l.msg('roomAvatarOf', { name: other.name })} @error=${() => (this.avatarFailed = true)} />`
            : html`<span aria-hidden="true">${initials(other.name)}</span>`}
        </div>
        <div class="who">
          <p class="role">${l.msg(mentor ? 'roomYourMentor' : 'roomYourMentee')}</p>
          <h2 part="name" dir="auto" aria-level=${this.headingLevel}>${other.name}</h2>
          ${other.line ? html`<p class="muted" dir="auto">${other.line}</p>` : nothing}
        </div>
        <p part="status status-${status}" class="status-${status}" tabindex="-1">
          <span class="visually-hidden">${l.msg('roomStatus')}:</span>
          <span aria-hidden="true">${icons[status]}</span> ${l.msg(`roomStatus_${status}`)}
        </p>
      </header>
      ${this.#renderFacts(room, status)}
      <div class="goal-statement">
        <h3 class="label" aria-level=${this.headingLevel + 1}>${l.msg('roomGoal')}</h3>
        <p part="goal" dir="auto">${room.goal}</p>
        ${room.statusReason && status !== 'requested' && status !== 'active' ? html`<p class="muted reason" dir="auto">${l.msg('roomReason', { reason: room.statusReason })}</p>` : nothing}
      </div>
      ${this.#renderActions(room, status)}
      <div class="columns">
        <div part="plan">${this.#renderGoals(room, status)} ${this.#renderSessions(room, status)}</div>
        ${this.#renderChat(room, status)}
      </div>
      ${this.#renderDialog(room)}
    `;
  }

  #renderFacts(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    let term: TemplateResult;
    if (room.startedAt) {
      const until = status === 'active' || status === 'paused' ? Date.now() : Date.parse(room.closedAt ?? room.endsAt ?? new Date().toISOString());
      const week = Math.max(1, Math.min(room.termWeeks, Math.floor((until - Date.parse(room.startedAt)) / weekMs) + 1));
      const text = l.msg('roomWeekOf', { week, total: room.termWeeks });
      term = html`<div
          part="term"
          role="progressbar"
          aria-label=${l.msg('roomTerm')}
          aria-valuemin="0"
          aria-valuemax=${room.termWeeks}
          aria-valuenow=${week}
          aria-valuetext=${text}
        >
          <div part="term-fill" class="fill" ${styleProps({ '--_p': `${(week / room.termWeeks) * 100}%` })}></div>
        </div>
        <span aria-hidden="true" dir="auto">${text}</span>`;
    } else {
      term = html`<span>${l.msg('roomTermWeeks', { total: room.termWeeks })}</span>`;
    }
    return html`<dl part="facts">
      <div><dt>${l.msg('roomCadence')}</dt><dd>${l.msg(`roomCadence_${room.cadence}`)}</dd></div>
      <div class="term-fact"><dt>${l.msg('roomTerm')}</dt><dd>${term}</dd></div>
    </dl>`;
  }

  #renderActions(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    const actions = this.optimistic ? [] : roomActionsFor(status, room.viewerRole);
    const error = this.actionError;
    return html`
      ${actions.length
        ? html`<div part="actions" role="group" aria-label=${l.msg('roomActions')}>
            ${actions.map(
              (action) =>
                html`<button part="action action-${action}" type="button" class=${destructive.has(action) ? 'quiet' : ''} @click=${() => this.#ask(room, action)}>
                  ${l.msg(`roomAction_${action}`)}
                </button>`,
            )}
          </div>`
        : nothing}
      ${error
        ? html`<div part="action-error" role="alert">
            <p>${l.msg(error.conflict ? 'roomActionConflict' : 'roomActionError')}</p>
            ${requestIdLine(this.l10n, error.error) ?? nothing}
          </div>`
        : nothing}
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
      ${isDestructive(action)
        ? html`<form method="dialog" @submit=${(e: SubmitEvent) => this.#confirm(e, room, action)}>
            <p id="confirm-text">${l.msg(`roomConfirm_${action}`)}</p>
            ${action !== 'complete'
              ? html`<label for="reason">${l.msg(action === 'close' ? 'roomConfirmReason' : 'roomConfirmReasonOptional')}</label>
                  <textarea id="reason" name="reason" rows="2" maxlength="1000" ?required=${action === 'close'}></textarea>`
              : nothing}
            <div class="row">
              <button type="button" value="cancel" class="quiet" @click=${() => this.#dialog?.close()}>${l.msg('roomCancel')}</button>
              <button type="submit" class="danger" value="confirm">${l.msg(`roomAction_${action}`)}</button>
            </div>
          </form>`
        : nothing}
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

  #renderGoals(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    const goals = this.#goals.state;
    const writable = roomStatusesAllowing.goals.includes(status);
    const items = goals?.items ?? [];
    const counted = items.filter((g) => g.status !== 'dropped');
    return html`<section part="goals" aria-labelledby="goals-title">
      <div class="section-head">
        <h3 id="goals-title" aria-level=${this.headingLevel + 1}>${l.msg('roomGoals')}</h3>
        ${counted.length ? html`<span class="muted" dir="auto">${l.msg('roomGoalsSummary', { achieved: counted.filter((g) => g.status === 'achieved').length, total: counted.length })}</span>` : nothing}
      </div>
      ${!goals?.loaded
        ? goals?.error
          ? html`<div role="alert" class="inline-error"><p>${l.msg('roomLoadError')}</p>${requestIdLine(this.l10n, goals.error) ?? nothing}</div>`
          : html`<div class="bone bar" aria-hidden="true"></div>`
        : items.length
          ? html`<ul class="goal-list">
              ${items.map((goal) => this.#renderGoal(room, goal, writable))}
            </ul>`
          : html`<p class="muted">${l.msg('roomNoGoals')}</p>`}
      ${this.goalError ? html`<div role="alert" class="inline-error"><p>${l.msg('roomGoalError')}</p>${requestIdLine(this.l10n, this.goalError) ?? nothing}</div>` : nothing}
      ${writable && goals?.loaded
        ? html`<form class="add-goal" @submit=${(e: SubmitEvent) => this.#addGoal(e, room)}>
            <label for="new-goal" class="visually-hidden">${l.msg('roomGoalNew')}</label>
            <input id="new-goal" name="title" required minlength="3" maxlength="200" placeholder=${l.msg('roomGoalNew')} />
            <button type="submit">${l.msg('roomGoalAddButton')}</button>
          </form>`
        : nothing}
    </section>`;
  }

  #renderGoal(room: Room, goal: Goal, writable: boolean): TemplateResult {
    const l = this.l10n;
    const percent = l.number(goal.progress / 100, { style: 'percent' });
    return html`<li part="goal-item" class="goal-${goal.status}" data-goal-id=${goal.id}>
      <div class="goal-head">
        <span class="goal-title" dir="auto">${goal.title}</span>
        <span class="chip chip-${goal.status}">${l.msg(`roomGoalStatus_${goal.status}`)}</span>
      </div>
      <div class="bar-row">
        <div
          part="goal-progress"
          class="track"
          role="progressbar"
          aria-label=${l.msg('roomGoalProgress', { title: goal.title })}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${goal.progress}
        >
          <div class="fill" ${styleProps({ '--_p': `${goal.progress}%` })}></div>
        </div>
        <span class="muted" aria-hidden="true">${percent}</span>
      </div>
      ${goal.targetDate ? html`<p class="muted small" dir="auto">${l.msg('roomGoalDue', { date: l.date(`${goal.targetDate}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) })}</p>` : nothing}
      ${writable && goal.status === 'open'
        ? html`<div class="goal-actions">
            <button type="button" class="small" data-goal-action="add" aria-label=${l.msg('roomGoalAdd10', { title: goal.title })} @click=${() => this.#updateGoal(room, goal, { progress: Math.min(100, goal.progress + 10) })}>
              <span dir="ltr">+10%</span>
            </button>
            <button type="button" class="small" data-goal-action="achieve" aria-label=${l.msg('roomGoalAchieve', { title: goal.title })} @click=${() => this.#updateGoal(room, goal, { status: 'achieved', progress: 100 })}>
              ✓ ${l.msg('roomGoalAchieveShort')}
            </button>
          </div>`
        : nothing}
    </li>`;
  }

  async #updateGoal(room: Room, goal: Goal, body: { progress?: number; status?: Goal['status'] }): Promise<void> {
    this.goalError = undefined;
    // 100 % means achieved: the API refuses an achieved goal below it, and takes an open one at it.
    const next = body.progress === 100 && !body.status ? { ...body, status: 'achieved' as const } : body;
    try {
      await this.#plans()?.updateGoal(room.id, goal.id, next);
    } catch (error) {
      this.goalError = error;
    }
  }

  async #addGoal(event: SubmitEvent, room: Room): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = (new FormData(form).get('title') as string).trim();
    if (title.length < 3) return;
    this.goalError = undefined;
    try {
      await this.#plans()?.createGoal(room.id, { title });
      form.reset();
    } catch (error) {
      this.goalError = error;
    }
  }

  #when(iso: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }): string {
    return this.l10n.date(iso, { ...options, timeZone: viewerZone() });
  }

  #renderSessions(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    const sessions = this.#sessions.state;
    const now = Date.now();
    const upcoming = (sessions?.items ?? []).filter((s) => (s.status === 'pending' || s.status === 'accepted') && Date.parse(s.endsAt) > now);
    const next = upcoming[0] ?? (sessions?.loaded ? undefined : room.nextSession ?? undefined);
    return html`<section part="sessions" aria-labelledby="sessions-title">
      <h3 id="sessions-title" aria-level=${this.headingLevel + 1}>${l.msg('roomNextSession')}</h3>
      ${next
        ? html`<ul class="session-list">
            ${(upcoming.length ? upcoming : [next]).map((s) => this.#renderSession(room, s, !!sessions?.loaded))}
          </ul>`
        : html`<p class="muted">${l.msg('roomNoSession')}</p>`}
      ${this.sessionError ? html`<div role="alert" class="inline-error"><p>${l.msg('roomSessionError')}</p>${requestIdLine(this.l10n, this.sessionError) ?? nothing}</div>` : nothing}
      ${this.booked ? html`<p role="status" class="ok" tabindex="-1">${l.msg('roomBooked', { when: this.booked })}</p>` : nothing}
      ${status === 'active'
        ? this.booking
          ? this.#renderBooking(room)
          : html`<button part="book-button" type="button" @click=${this.#openBooking}>${l.msg('roomBook')}</button>`
        : nothing}
    </section>`;
  }

  /** One upcoming session; its buttons wait for the sessions list (the room's own copy cannot change). */
  #renderSession(room: Room, session: Session, live: boolean): TemplateResult {
    const l = this.l10n;
    const canAccept = room.viewerRole === 'mentor' && session.status === 'pending';
    return html`<li part="session" data-session-id=${session.id}>
      <p class="session-when" dir="auto">${this.#when(session.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' })}</p>
      <p class="chip chip-${session.status}">${l.msg(`roomSessionStatus_${session.status}`)}</p>
      ${session.agenda ? html`<p class="agenda" dir="auto">${session.agenda}</p>` : nothing}
      ${!live || this.#room.state.data?.status !== 'active' || this.optimistic
        ? nothing
        : this.cancelling === session.id
          ? html`<div class="row confirm-inline" role="group" aria-labelledby="cancel-q-${session.id}">
              <p id="cancel-q-${session.id}" class="small">${l.msg('roomSessionCancelAsk')}</p>
              <button type="button" class="small quiet" data-session-action="keep" @click=${() => this.#endCancel(session.id)}>${l.msg('roomSessionKeep')}</button>
              <button type="button" class="small danger" data-session-action="confirm-cancel" @click=${() => this.#sessionAction(room, session, 'cancel')}>${l.msg('roomSessionCancel')}</button>
            </div>`
          : html`<div class="row">
              ${canAccept ? html`<button type="button" class="small" data-session-action="accept" @click=${() => this.#sessionAction(room, session, 'accept')}>${l.msg('roomSessionAccept')}</button>` : nothing}
              <button type="button" class="small quiet" data-session-action="cancel" @click=${() => this.#askCancel(session.id)}>${l.msg('roomSessionCancel')}</button>
            </div>`}
    </li>`;
  }

  /** Swaps the session's buttons for "Keep" / "Cancel session", focus on the safe one. */
  #askCancel(sessionId: string): void {
    this.cancelling = sessionId;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-session-id="${sessionId}"] [data-session-action="keep"]`)?.focus());
  }

  #endCancel(sessionId: string): void {
    this.cancelling = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-session-id="${sessionId}"] [data-session-action="cancel"]`)?.focus());
  }

  async #sessionAction(room: Room, session: Session, action: SessionAction): Promise<void> {
    this.cancelling = undefined;
    this.sessionError = undefined;
    try {
      await this.#plans()?.sessionAction(room.id, session.id, action);
    } catch (error) {
      this.sessionError = error;
    }
  }

  #openBooking(): void {
    const start = new Date(Math.ceil(Date.now() / hourMs) * hourMs);
    this.booked = undefined;
    this.booking = { range: { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone: viewerZone() }, agenda: '' };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="booking"] h4')?.focus());
  }

  /** Closes the booking panel; focus goes to what replaced it (the confirmation, or the book button). */
  #closeBooking(): void {
    this.booking = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.ok, [part~="book-button"]')?.focus());
  }

  #zoneName(): string {
    const zone = viewerZone();
    const long = new Intl.DateTimeFormat(this.l10n.lang, { timeZoneName: 'long', timeZone: zone }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value;
    return long && long !== zone ? `${long} (${zone})` : zone;
  }

  #renderBooking(room: Room): TemplateResult {
    const l = this.l10n;
    const booking = this.booking!;
    const { data, error, loading } = this.#slots.state;
    const days = new Map<string, { label: string; slots: { startsAt: string }[] }>();
    const zone = viewerZone();
    const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const slot of data?.data ?? []) {
      const key = dayKey.format(new Date(slot.startsAt));
      let day = days.get(key);
      if (!day) days.set(key, (day = { label: this.#when(slot.startsAt, { weekday: 'long', day: 'numeric', month: 'long' }), slots: [] }));
      day.slots.push(slot);
    }
    return html`<form part="booking" @submit=${(e: SubmitEvent) => this.#book(e, room)}>
      <h4 tabindex="-1" aria-level=${this.headingLevel + 2}>${l.msg('roomBookTitle')}</h4>
      <p class="muted small" id="zone">${l.msg('roomTimesIn', { zone: this.#zoneName() })}</p>
      ${booking.notice
        ? html`<div role="alert" class="inline-error">
            <p>${l.msg(booking.notice === 'taken' ? 'roomSlotTaken' : booking.notice === 'pick' ? 'roomBookPick' : 'roomBookError')}</p>
            ${booking.notice !== 'pick' ? (requestIdLine(this.l10n, booking.error) ?? nothing) : nothing}
          </div>`
        : nothing}
      ${!data
        ? error && !loading
          ? html`<div role="alert" class="inline-error"><p>${l.msg('roomBookError')}</p>${requestIdLine(this.l10n, error) ?? nothing}</div>`
          : html`<p role="status" class="muted">${l.msg('roomSlotsLoading')}</p>`
        : days.size
          ? html`<fieldset part="slots" aria-describedby="zone" aria-busy=${loading ? 'true' : 'false'}>
              <legend class="visually-hidden">${l.msg('roomBookTitle')}</legend>
              ${[...days.values()].map(
                (day) => html`<fieldset class="day">
                  <legend>${day.label}</legend>
                  <div class="day-slots">
                    ${day.slots.map(
                      (slot) => html`<label part="slot" class="slot" data-starts-at=${slot.startsAt}>
                        <input type="radio" name="slot" .value=${slot.startsAt} .checked=${booking.slot === slot.startsAt} @change=${() => (this.booking = { ...booking, slot: slot.startsAt, notice: undefined })} />
                        <span class="slot-time" dir="auto">${this.#when(slot.startsAt, { hour: 'numeric', minute: '2-digit' })}</span>
                      </label>`,
                    )}
                  </div>
                </fieldset>`,
              )}
            </fieldset>`
          : html`<p class="muted">${l.msg('roomNoSlots')}</p>`}
      <label for="agenda">${l.msg('roomAgenda')}</label>
      <textarea id="agenda" rows="2" maxlength="10000" .value=${booking.agenda} @input=${(e: InputEvent) => (booking.agenda = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row">
        <button type="button" class="quiet" @click=${() => this.#closeBooking()}>${l.msg('roomCancel')}</button>
        <button type="submit" part="book-submit" ?disabled=${!!booking.busy}>${l.msg('roomBookSubmit')}</button>
      </div>
    </form>`;
  }

  async #book(event: SubmitEvent, room: Room): Promise<void> {
    event.preventDefault();
    const booking = this.booking;
    const plans = this.#plans();
    if (!booking || !plans) return;
    if (!booking.slot) {
      this.booking = { ...booking, notice: 'pick' };
      return;
    }
    this.booking = { ...booking, busy: true, notice: undefined };
    const agenda = booking.agenda.trim();
    try {
      const session = await plans.bookSession(room.id, room.mentor.id, { startsAt: booking.slot, ...(agenda ? { agenda } : {}) });
      this.booked = this.#when(session.startsAt);
      this.#closeBooking();
      this.emit('menteo-session-booked', { roomId: room.id, session });
    } catch (error) {
      const taken = error instanceof APIError && error.code === 'slot_unavailable';
      // The person's agenda stays; only the taken time is let go (the slots reload without it).
      this.booking = { ...booking, agenda: this.booking?.agenda ?? booking.agenda, slot: taken ? undefined : booking.slot, busy: false, notice: taken ? 'taken' : 'error', error };
    }
  }

  #renderChat(room: Room, status: Status): TemplateResult {
    const l = this.l10n;
    const messages = this.#messages.state;
    const own = this.#ownId(room);
    const other = room.viewerRole === 'mentee' ? room.mentor.name : room.mentee.name;
    const items = (messages?.items ?? []).toReversed();
    const divider = this.#unread?.roomId === room.id ? this.#unread.beforeId : undefined;
    const open = openStatuses.includes(status);
    const draft = this.#draft?.get() ?? '';
    return html`<section part="chat" aria-labelledby="chat-title">
      <h3 id="chat-title" aria-level=${this.headingLevel + 1}>${l.msg('roomMessages')}</h3>
      <div part="log" role="log" aria-live="polite" aria-labelledby="chat-title" tabindex="0">
        ${messages?.hasMore ? html`<button type="button" class="quiet small earlier" ?disabled=${messages.loadingMore} @click=${() => this.#messages.loadMore()}>${l.msg('roomEarlier')}</button>` : nothing}
        ${!messages?.loaded
          ? messages?.error
            ? html`<div class="inline-error"><p>${l.msg('roomLoadError')}</p>${requestIdLine(this.l10n, messages.error) ?? nothing}</div>`
            : html`<div class="bone block" aria-hidden="true"></div>`
          : items.length || this.failed.length
            ? nothing
            : html`<p class="muted">${l.msg('roomNoMessages')}</p>`}
        ${items.map((m) => html`${m.id === divider ? html`<div part="unread-divider" role="separator"><span>${l.msg('roomNewMessages')}</span></div>` : nothing}${this.#renderMessage(m, m.author.id === own)}`)}
        ${this.failed.map(
          (f) => html`<div part="message message-own message-failed" class="message own failed">
            <p class="meta"><span>${l.msg('roomYou')}</span></p>
            <p class="body" dir="auto">${f.body}</p>
            <p class="state" role="alert">${l.msg('roomFailed')} ${requestIdOf(f.error) ? l.msg('requestId', { id: requestIdOf(f.error)! }) : ''}</p>
            <div class="row">
              <button type="button" class="small" data-message-action="retry" @click=${() => this.#resend(room, f.id)}>${l.msg('retry')}</button>
              <button type="button" class="small quiet" data-message-action="discard" @click=${() => (this.failed = this.failed.filter((x) => x.id !== f.id))}>${l.msg('roomDiscard')}</button>
            </div>
          </div>`,
        )}
      </div>
      ${open
        ? html`<form part="composer" @submit=${(e: SubmitEvent) => this.#send(e, room)}>
            <label for="composer" class="visually-hidden">${l.msg('roomMessageLabel', { name: other })}</label>
            <textarea
              id="composer"
              rows="2"
              maxlength="4000"
              aria-describedby="composer-hint"
              placeholder=${l.msg('roomMessageLabel', { name: other })}
              .value=${live(draft)}
              @input=${(e: InputEvent) => this.#draft?.set((e.target as HTMLTextAreaElement).value)}
              @keydown=${this.#onComposerKey}
            ></textarea>
            <button part="send-button" type="submit">${l.msg('roomSend')}</button>
            <p id="composer-hint" class="muted small hint">${l.msg('roomComposerHint')}</p>
          </form>`
        : html`<p class="muted small">${l.msg('roomReadOnly')}</p>`}
    </section>`;
  }

  #renderMessage(m: Pending<Message>, own: boolean): TemplateResult {
    const l = this.l10n;
    return html`<div part="message ${own ? 'message-own' : 'message-theirs'}" class="message ${own ? 'own' : 'theirs'}" data-message-id=${m.id}>
      <p class="meta">
        <span class="author">${own ? l.msg('roomYou') : m.author.name}</span>
        <time datetime=${m.createdAt} dir="auto">${this.#when(m.createdAt, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })}</time>
      </p>
      <p class="body" dir="auto">${m.body}</p>
      ${m.pending ? html`<p class="state">${l.msg(m.pending === 'queued' ? 'roomQueued' : 'roomSending')}</p>` : nothing}
    </div>`;
  }

  #onComposerKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  }

  #send(event: SubmitEvent, room: Room): void {
    event.preventDefault();
    const body = (this.#draft?.get() ?? '').trim();
    if (!body) return;
    this.#draft?.set('');
    this.#deliver(room, body);
    this.requestUpdate();
  }

  #deliver(room: Room, body: string): void {
    const rooms = this.#rooms();
    if (!rooms) return;
    rooms.sendMessage(room.id, { body }).then(
      (message) => this.emit('menteo-message-sent', { roomId: room.id, message }),
      // The outbox undid it: keep the words here, with a retry, rather than lose them.
      (error: unknown) => (this.failed = [...this.failed, { id: ++this.#failures, body, error }]),
    );
  }

  #resend(room: Room, id: number): void {
    const failed = this.failed.find((f) => f.id === id);
    if (!failed) return;
    this.failed = this.failed.filter((f) => f.id !== id);
    this.#deliver(room, failed.body);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-room-widget': MenteoRoomWidget;
  }
}
