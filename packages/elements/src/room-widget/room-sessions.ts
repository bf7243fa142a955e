import type { Room } from '@menteo/sdk';
import type { PagedState, RoomPlanStores, Session, SessionAction } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { PagedStoreController } from '../internal/paged-store-controller.js';
import { RoomBooking } from './room-booking.js';
import { SessionDetails } from './room-session-details.js';
import type { en } from './room-widget.strings.js';

/** What the sessions section reads from its room widget, each as it is now. */
export interface SessionSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** The room's pending and accepted sessions. */
  readonly sessions: PagedStoreController<PagedState<Session>>;
  /** Whether sessions can be accepted or cancelled now: the room is active and no transition is on its way. */
  actionable(): boolean;
  /** Whether the pair can write to the room's plan now (agenda, notes, link, hat). */
  writable(): boolean;
  /** A time in the viewer's time zone. */
  when(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

/**
 * The room widget's sessions: the upcoming ones (the room's own next session until the list
 * arrives), accept for the mentor, cancel with an inline "Keep" / "Cancel session" question,
 * the last refused change with its request id, and booking (room-booking.ts) under them.
 *
 * @example
 * ```ts
 * #sessionsSection = new RoomSessions(this, { l10n: () => this.l10n, sessions: this.#sessions, … });
 * render() { return html`${this.#sessionsSection.render(room, status)}`; }
 * ```
 */
export class RoomSessions {
  /** The last change the API refused. */
  #error: unknown;
  /** The session whose "Cancel session" asks for confirmation inline. */
  #cancelling: string | undefined;
  #booking: RoomBooking;
  /** Each session's details and their form; the past sessions' section shares it. */
  readonly details: SessionDetails;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: SessionSources,
  ) {
    this.#booking = new RoomBooking(host, from);
    this.details = new SessionDetails(host, from);
  }

  /** Closes the booking panel and any question (another room-id). */
  reset(): void {
    this.#booking.reset();
    this.details.reset();
    this.#cancelling = this.#error = undefined;
  }

  /** The sessions section of `room`, with booking while its status allows it. */
  render(room: Room, status: Room['status']): TemplateResult {
    const l = this.from.l10n();
    const sessions = this.from.sessions.state;
    const now = Date.now();
    const upcoming = (sessions?.items ?? []).filter((s) => (s.status === 'pending' || s.status === 'accepted') && Date.parse(s.endsAt) > now);
    const next = upcoming[0] ?? (sessions?.loaded ? undefined : (room.nextSession ?? undefined));
    return html`<section part="sessions" aria-labelledby="sessions-title">
      <h3 id="sessions-title" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomNextSession')}</h3>
      ${
        next
          ? html`<ul class="session-list">
            ${(upcoming.length ? upcoming : [next]).map((s) => this.#renderSession(room, s, !!sessions?.loaded))}
          </ul>`
          : html`<p class="muted">${l.msg('roomNoSession')}</p>`
      }
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomSessionError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      ${this.#booking.render(room, status)}
    </section>`;
  }

  /** One upcoming session; its buttons wait for the sessions list (the room's own copy cannot change). */
  #renderSession(room: Room, session: Session, live: boolean): TemplateResult {
    const l = this.from.l10n();
    const canAccept = room.viewerRole === 'mentor' && session.status === 'pending';
    return html`<li part="session" data-session-id=${session.id}>
      ${this.details.renderWhen(session)}
      <p class="chip chip-${session.status}">${l.msg(`roomSessionStatus_${session.status}`)}</p>
      ${this.details.render(room, session, { editable: live && this.from.writable(), upcoming: true })}
      ${
        !live || !this.from.actionable()
          ? nothing
          : this.#cancelling === session.id
            ? html`<div class="row confirm-inline" role="group" aria-labelledby="cancel-q-${session.id}">
              <p id="cancel-q-${session.id}" class="small">${l.msg('roomSessionCancelAsk')}</p>
              <button type="button" class="small quiet" data-session-action="keep" @click=${() => this.#ask(session.id, undefined, 'cancel')}>${l.msg('roomSessionKeep')}</button>
              <button type="button" class="small danger" data-session-action="confirm-cancel" @click=${() => this.#act(room, session, 'cancel')}>${l.msg('roomSessionCancel')}</button>
            </div>`
            : html`<div class="row">
              ${canAccept ? html`<button type="button" class="small" data-session-action="accept" @click=${() => this.#act(room, session, 'accept')}>${l.msg('roomSessionAccept')}</button>` : nothing}
              ${
                Date.parse(session.startsAt) > Date.now()
                  ? html`<button type="button" class="small quiet" data-session-action="reschedule" @click=${() => this.#booking.reschedule(room, session)}>${l.msg('roomReschedule')}</button>`
                  : nothing
              }
              <button type="button" class="small quiet" data-session-action="cancel" @click=${() => this.#ask(session.id, session.id, 'keep')}>${l.msg('roomSessionCancel')}</button>
            </div>`
      }
    </li>`;
  }

  /**
   * Asks "Cancel this session?" (`cancelling` is the session) or lets the question go (`undefined`),
   * then focuses the button that takes the place of the one pressed: "Keep" (the safe one), or
   * "Cancel session" again.
   */
  #ask(sessionId: string, cancelling: string | undefined, focus: 'keep' | 'cancel'): void {
    this.#cancelling = cancelling;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-session-id="${sessionId}"] [data-session-action="${focus}"]`)?.focus(),
    );
  }

  async #act(room: Room, session: Session, action: SessionAction): Promise<void> {
    this.#cancelling = this.#error = undefined;
    this.host.requestUpdate();
    try {
      await this.from.plans()?.sessionAction(room.id, session.id, action);
    } catch (error) {
      this.#error = error;
      this.host.requestUpdate();
    }
  }
}
