import { APIError, type Room } from '@menteo/sdk';
import type { MentorSlots, RoomPlanStores, Session, SlotRange } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { StoreController } from '../internal/store-controller.js';
import { hatOf, renderHatChoice } from './room-hat.js';
import type { en } from './room-widget.strings.js';

const hourMs = 3_600_000;

/** The page's own time zone: slots and sessions show in it. */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What booking reads from its room widget, each as it is now. */
export interface BookingSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** A time in the viewer's time zone. */
  when(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

/** The open panel: the two weeks shown, the time picked, the agenda typed, and what went wrong. */
interface Panel {
  range: SlotRange;
  slot?: string | undefined;
  agenda: string;
  notice?: 'taken' | 'pick' | 'error' | undefined;
  error?: unknown;
  busy?: boolean;
  /** The session being moved: the panel then picks its new time (no agenda or hat). */
  moving?: Session | undefined;
}

/**
 * Booking a session from the mentor's open times, in the viewer's time zone: the "Book a
 * session" button, the panel with the next two weeks' slots by day and an agenda, and the
 * confirmation once booked. A slot taken meanwhile is let go, the agenda kept.
 *
 * @example
 * ```ts
 * #booking = new RoomBooking(this, { l10n: () => this.l10n, plans: () => this.#plans(), … });
 * render() { return html`${this.#booking.render(room, status)}`; }
 * ```
 */
export class RoomBooking {
  #panel: Panel | undefined;
  /** What the last booking or move says ("Booked for …", "Moved to …"). */
  #booked: string | undefined;
  #room: Room | undefined;
  #slots: StoreController<MentorSlots>;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: BookingSources,
  ) {
    this.#slots = new StoreController<MentorSlots>(host, () => {
      const room = this.#room;
      return room && this.#panel ? this.from.plans()?.mentorSlots(room.mentor.id, this.#panel.range) : undefined;
    });
  }

  /** Closes the panel and forgets the last booking (another room-id). */
  reset(): void {
    this.#panel = this.#booked = this.#room = undefined;
  }

  #set(panel: Panel | undefined): void {
    this.#panel = panel;
    this.host.requestUpdate();
  }

  /** Opens the panel to move `session` to another of the mentor's open times. */
  reschedule(session: Session): void {
    this.#open(session);
  }

  #open(moving?: Session): void {
    const start = new Date(Math.ceil(Date.now() / hourMs) * hourMs);
    this.#booked = undefined;
    this.#set({
      range: { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone: viewerZone() },
      agenda: '',
      moving,
    });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="booking"] h4')?.focus());
  }

  /** Closes the panel; focus goes to what replaced it (the confirmation, or the book button). */
  #close(): void {
    this.#set(undefined);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.ok, [part~="book-button"]')?.focus());
  }

  #zoneName(): string {
    const zone = viewerZone();
    const long = new Intl.DateTimeFormat(this.from.l10n().lang, { timeZoneName: 'long', timeZone: zone })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return long && long !== zone ? `${long} (${zone})` : zone;
  }

  /** The confirmation of the last booking, and the book button or the panel while the room is active. */
  render(room: Room, status: Room['status']): TemplateResult {
    this.#room = room;
    const l = this.from.l10n();
    return html`${this.#booked ? html`<p role="status" class="ok" tabindex="-1">${this.#booked}</p>` : nothing}
    ${
      status === 'active'
        ? this.#panel
          ? this.#renderPanel(room, this.#panel)
          : html`<button part="book-button" type="button" @click=${() => this.#open()}>${l.msg('roomBook')}</button>`
        : nothing
    }`;
  }

  #renderPanel(room: Room, booking: Panel): TemplateResult {
    const l = this.from.l10n();
    const { data, error, loading } = this.#slots.state;
    const days = new Map<string, { label: string; slots: { startsAt: string }[] }>();
    const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: viewerZone(), year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const slot of data?.data ?? []) {
      const key = dayKey.format(new Date(slot.startsAt));
      let day = days.get(key);
      if (!day) {
        day = { label: this.from.when(slot.startsAt, { weekday: 'long', day: 'numeric', month: 'long' }), slots: [] };
        days.set(key, day);
      }
      day.slots.push(slot);
    }
    const moving = booking.moving;
    return html`<form part="booking" @submit=${(e: SubmitEvent) => this.#book(e, room)}>
      <h4 tabindex="-1" aria-level=${this.from.headingLevel() + 2}>${moving ? l.msg('roomRescheduleTitle', { when: this.from.when(moving.startsAt) }) : l.msg('roomBookTitle')}</h4>
      <p class="muted small" id="zone">${l.msg('roomTimesIn', { zone: this.#zoneName() })}</p>
      ${
        booking.notice
          ? html`<div role="alert" class="inline-error">
            <p>${l.msg(booking.notice === 'taken' ? 'roomSlotTaken' : booking.notice === 'pick' ? 'roomBookPick' : 'roomBookError')}</p>
            ${booking.notice !== 'pick' ? (requestIdLine(l, booking.error) ?? nothing) : nothing}
          </div>`
          : nothing
      }
      ${
        !data
          ? error && !loading
            ? html`<div role="alert" class="inline-error"><p>${l.msg('roomBookError')}</p>${requestIdLine(l, error) ?? nothing}</div>`
            : html`<p role="status" class="muted">${l.msg('roomSlotsLoading')}</p>`
          : days.size
            ? html`<fieldset part="slots" aria-describedby="zone" aria-busy=${loading ? 'true' : 'false'}>
              <legend class="visually-hidden">${l.msg('roomBookTitle')}</legend>
              ${[...days.values()].map(
                (day) => html`<fieldset class="day">
                  <legend>${day.label}</legend>
                  <div class="day-slots">
                    ${day.slots.map(
                      (slot) => html`<label part="slot" class="slot toggle" data-starts-at=${slot.startsAt}>
                        <input type="radio" name="slot" .value=${slot.startsAt} .checked=${booking.slot === slot.startsAt} @change=${() => this.#set({ ...booking, slot: slot.startsAt, notice: undefined })} />
                        <span class="slot-time" dir="auto">${this.from.when(slot.startsAt, { hour: 'numeric', minute: '2-digit' })}</span>
                      </label>`,
                    )}
                  </div>
                </fieldset>`,
              )}
            </fieldset>`
            : html`<p class="muted">${l.msg('roomNoSlots')}</p>`
      }
      ${
        moving
          ? nothing
          : html`<label for="agenda">${l.msg('roomAgenda')}</label>
            <textarea id="agenda" rows="2" maxlength="10000" .value=${booking.agenda} @input=${(e: InputEvent) => (booking.agenda = (e.target as HTMLTextAreaElement).value)}></textarea>
            ${renderHatChoice(l, 'book-hat', null)}`
      }
      <div class="row">
        <button type="button" class="quiet" @click=${() => this.#close()}>${l.msg('roomCancel')}</button>
        <button type="submit" part="book-submit" ?disabled=${!!booking.busy}>${l.msg(moving ? 'roomRescheduleSubmit' : 'roomBookSubmit')}</button>
      </div>
    </form>`;
  }

  async #book(event: SubmitEvent, room: Room): Promise<void> {
    event.preventDefault();
    const booking = this.#panel;
    const plans = this.from.plans();
    if (!booking || !plans) return;
    if (!booking.slot) {
      this.#set({ ...booking, notice: 'pick' });
      return;
    }
    const hat = hatOf(new FormData(event.currentTarget as HTMLFormElement));
    this.#set({ ...booking, busy: true, notice: undefined });
    const agenda = booking.agenda.trim();
    try {
      if (booking.moving) {
        const session = await plans.sessionAction(room.id, booking.moving.id, 'reschedule', { startsAt: booking.slot });
        this.#booked = this.from.l10n().msg('roomMoved', { when: this.from.when(session.startsAt) });
        this.#close();
        this.host.emit('menteo-session-updated', { roomId: room.id, session });
        return;
      }
      const session = await plans.bookSession(room.id, room.mentor.id, { startsAt: booking.slot, ...(agenda ? { agenda } : {}), ...(hat ? { hat } : {}) });
      this.#booked = this.from.l10n().msg('roomBooked', { when: this.from.when(session.startsAt) });
      this.#close();
      this.host.emit('menteo-session-booked', { roomId: room.id, session });
    } catch (error) {
      const taken = error instanceof APIError && error.code === 'slot_unavailable';
      // The person's agenda stays; only the taken time is let go (the slots reload without it).
      this.#set({
        ...booking,
        agenda: this.#panel?.agenda ?? booking.agenda,
        slot: taken ? undefined : booking.slot,
        busy: false,
        notice: taken ? 'taken' : 'error',
        error,
      });
    }
  }
}
