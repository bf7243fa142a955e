import { APIError } from '@menteo/sdk/internal';
import type { MentorSlots, RoomPlanStores, SlotRange } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { StoreController } from '../internal/store-controller.js';
import type { en } from './room-widget.strings.js';

const hourMs = 3_600_000;

/** The page's own time zone: slots and sessions show in it. */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What the picker reads from its room widget, each as it is now. */
export interface PickerSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** A time in the viewer's time zone. */
  when(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

/** What one opening of the picker is for: whose times, its words, and what picking a time does. */
export interface SlotRequest {
  /** The mentor whose open times show. */
  mentorId: string;
  /** The panel's heading. */
  title: string;
  /** The submit button's label. */
  submit: string;
  /** What a refused booking says (default: "We couldn't book the session."). */
  failed?: string | undefined;
  /** The optional text sent with the time (an agenda, a message): its label and length; none asks nothing. */
  note?: { label: string; max: number } | undefined;
  /** More fields after the note (the session's hat), read by `book` from the form. */
  more?: TemplateResult | undefined;
  /**
   * Books the picked time with the note typed; rejects with the API's error (the panel stays,
   * with what was typed). The panel closes once it resolves, or when it calls `close()` (before
   * it tells the page, so that a listener finds the panel gone).
   */
  book(startsAt: string, note: string, form: HTMLFormElement): Promise<void>;
  /** What takes focus once the panel closes (a selector in the widget's shadow root). */
  focusAfter: string;
}

/** The open panel: the two weeks shown, the time picked, the note typed, and what went wrong. */
interface Panel {
  request: SlotRequest;
  range: SlotRange;
  slot?: string | undefined;
  note: string;
  notice?: 'taken' | 'pick' | 'error' | undefined;
  error?: unknown;
  busy?: boolean;
}

/**
 * A mentor's open times for the next two weeks, by day, in the viewer's time zone, as a radio
 * group per day, with an optional note: what booking a session, moving one and booking an
 * intro call share. A time taken meanwhile is let go (the slots reload without it), the note kept.
 *
 * @example
 * ```ts
 * #picker = new SlotPicker(this.host, from);
 * this.#picker.open({ mentorId, title: 'Pick a time', submit: 'Book', book: (startsAt) => …, focusAfter: '.ok' });
 * html`${this.#picker.render()}`;
 * ```
 */
export class SlotPicker {
  #panel: Panel | undefined;
  #slots: StoreController<MentorSlots>;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: PickerSources,
  ) {
    this.#slots = new StoreController<MentorSlots>(host, () => {
      const panel = this.#panel;
      return panel ? this.from.plans()?.mentorSlots(panel.request.mentorId, panel.range) : undefined;
    });
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return !!this.#panel;
  }

  /** Opens the panel for `request`, focusing its heading. */
  open(request: SlotRequest): void {
    const start = new Date(Math.ceil(Date.now() / hourMs) * hourMs);
    this.#set({
      request,
      range: { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone: viewerZone() },
      note: '',
    });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="booking"] h4')?.focus());
  }

  /** Closes the panel (without focusing anything: another room-id). */
  reset(): void {
    this.#panel = undefined;
  }

  #set(panel: Panel | undefined): void {
    this.#panel = panel;
    this.host.requestUpdate();
  }

  /** Closes the panel; focus goes to what replaced it (the request's `focusAfter`). */
  close(): void {
    const focusAfter = this.#panel?.request.focusAfter;
    this.#set(undefined);
    if (focusAfter) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(focusAfter)?.focus());
  }

  #zoneName(): string {
    const zone = viewerZone();
    const long = new Intl.DateTimeFormat(this.from.l10n().lang, { timeZoneName: 'long', timeZone: zone })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return long && long !== zone ? `${long} (${zone})` : zone;
  }

  /** The open panel, or nothing. */
  render(): TemplateResult | typeof nothing {
    const panel = this.#panel;
    if (!panel) return nothing;
    const l = this.from.l10n();
    const { request } = panel;
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
    // The handlers read the panel as it is when they run, not as it was rendered: a time picked
    // and a note typed before the next render are both kept.
    return html`<form part="booking" @submit=${(e: SubmitEvent) => this.#book(e)}>
      <h4 tabindex="-1" aria-level=${this.from.headingLevel() + 2}>${request.title}</h4>
      <p class="muted small" id="zone">${l.msg('roomTimesIn', { zone: this.#zoneName() })}</p>
      ${
        panel.notice
          ? html`<div role="alert" class="inline-error">
            <p>${panel.notice === 'error' ? (request.failed ?? l.msg('roomBookError')) : l.msg(panel.notice === 'taken' ? 'roomSlotTaken' : 'roomBookPick')}</p>
            ${panel.notice !== 'pick' ? (requestIdLine(l, panel.error) ?? nothing) : nothing}
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
              <legend class="visually-hidden">${request.title}</legend>
              ${[...days.values()].map(
                (day) => html`<fieldset class="day">
                  <legend>${day.label}</legend>
                  <div class="day-slots">
                    ${day.slots.map(
                      (slot) => html`<label part="slot" class="slot toggle" data-starts-at=${slot.startsAt}>
                        <input type="radio" name="slot" .value=${slot.startsAt} .checked=${panel.slot === slot.startsAt} @change=${() => this.#pick(slot.startsAt)} />
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
        request.note
          ? html`<label for="agenda">${request.note.label}</label>
            <textarea id="agenda" rows="2" dir="auto" maxlength=${request.note.max} .value=${panel.note} @input=${(e: InputEvent) => this.#type((e.target as HTMLTextAreaElement).value)}></textarea>`
          : nothing
      }
      ${request.more ?? nothing}
      <div class="row">
        <button type="button" class="quiet" @click=${() => this.close()}>${l.msg('roomCancel')}</button>
        <button type="submit" part="book-submit" ?disabled=${!!panel.busy}>${request.submit}</button>
      </div>
    </form>`;
  }

  #pick(slot: string): void {
    if (this.#panel) this.#set({ ...this.#panel, slot, notice: undefined });
  }

  #type(note: string): void {
    if (this.#panel) this.#panel.note = note;
  }

  async #book(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const panel = this.#panel;
    if (!panel) return;
    if (!panel.slot) {
      this.#set({ ...panel, notice: 'pick' });
      return;
    }
    this.#set({ ...panel, busy: true, notice: undefined });
    try {
      await panel.request.book(panel.slot, panel.note.trim(), event.currentTarget as HTMLFormElement);
      if (this.#panel) this.close();
    } catch (error) {
      const taken = error instanceof APIError && error.code === 'slot_unavailable';
      // The person's note stays; only the taken time is let go (the slots reload without it).
      this.#set({
        ...panel,
        note: this.#panel?.note ?? panel.note,
        slot: taken ? undefined : panel.slot,
        busy: false,
        notice: taken ? 'taken' : 'error',
        error,
      });
    }
  }
}
