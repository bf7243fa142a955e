import type { Room } from '@menteo/sdk';
import type { Session } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import type { MenteoElement } from '../internal/menteo-element.js';
import { hatOf, renderHatChoice } from './room-hat.js';
import { type PickerSources, SlotPicker } from './room-slot-picker.js';

/** What booking reads from its room widget, each as it is now. */
export type BookingSources = PickerSources;

/** Where focus goes once the panel closes: the confirmation, else the book button. */
const afterPanel = '.ok, [part~="book-button"]';

/**
 * Booking a session from the mentor's open times (room-slot-picker.ts), in the viewer's time
 * zone: the "Book a session" button, the panel with an agenda and a hat, moving a session to
 * another time, and the confirmation once booked or moved.
 *
 * @example
 * ```ts
 * #booking = new RoomBooking(this, { l10n: () => this.l10n, plans: () => this.#plans(), … });
 * render() { return html`${this.#booking.render(room, status)}`; }
 * ```
 */
export class RoomBooking {
  /** What the last booking or move says ("Booked for …", "Moved to …"). */
  #booked: string | undefined;
  #picker: SlotPicker;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: BookingSources,
  ) {
    this.#picker = new SlotPicker(host, from);
  }

  /** Closes the panel and forgets the last booking (another room-id). */
  reset(): void {
    this.#picker.reset();
    this.#booked = undefined;
  }

  /** Opens the panel to move `session` of `room` to another of the mentor's open times. */
  reschedule(room: Room, session: Session): void {
    const l = this.from.l10n();
    this.#booked = undefined;
    this.#picker.open({
      mentorId: room.mentor.id,
      title: l.msg('roomRescheduleTitle', { when: this.from.when(session.startsAt) }),
      submit: l.msg('roomRescheduleSubmit'),
      focusAfter: afterPanel,
      book: async (startsAt) => {
        const moved = await this.from.plans()?.sessionAction(room.id, session.id, 'reschedule', { startsAt });
        if (!moved) return;
        this.#booked = l.msg('roomMoved', { when: this.from.when(moved.startsAt) });
        this.#picker.close();
        this.host.emit('menteo-session-updated', { roomId: room.id, session: moved });
      },
    });
  }

  #open(room: Room): void {
    const l = this.from.l10n();
    this.#booked = undefined;
    this.#picker.open({
      mentorId: room.mentor.id,
      title: l.msg('roomBookTitle'),
      submit: l.msg('roomBookSubmit'),
      note: { label: l.msg('roomAgenda'), max: 10_000 },
      more: renderHatChoice(l, 'book-hat', null),
      focusAfter: afterPanel,
      book: async (startsAt, agenda, form) => {
        const hat = hatOf(new FormData(form));
        const session = await this.from.plans()?.bookSession(room.id, room.mentor.id, { startsAt, ...(agenda ? { agenda } : {}), ...(hat ? { hat } : {}) });
        if (!session) return;
        this.#booked = l.msg('roomBooked', { when: this.from.when(session.startsAt) });
        this.#picker.close();
        this.host.emit('menteo-session-booked', { roomId: room.id, session });
      },
    });
  }

  /** The confirmation of the last booking, and the book button or the panel while the room is active. */
  render(room: Room, status: Room['status']): TemplateResult {
    const l = this.from.l10n();
    return html`${this.#booked ? html`<p role="status" class="ok" tabindex="-1">${this.#booked}</p>` : nothing}
    ${
      status === 'active'
        ? this.#picker.isOpen
          ? this.#picker.render()
          : html`<button part="book-button" type="button" @click=${() => this.#open(room)}>${l.msg('roomBook')}</button>`
        : nothing
    }`;
  }
}
