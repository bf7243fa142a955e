import type { IntroCall, Mentor, Room } from '@menteo/sdk';
import { introCallStores } from '@menteo/sdk/stores/intro-calls';
import { mentorProfileStores } from '@menteo/sdk/stores/mentors';
import type { PagedState, StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { safeHref } from '../internal/safe-href.js';
import { StoreController } from '../internal/store-controller.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { downloadIcs, icsFor } from './room-calendar.js';
import type { SessionDetails } from './room-session-details.js';
import { type PickerSources, SlotPicker } from './room-slot-picker.js';

/** What the intro call reads from its room widget, each as it is now. */
export interface IntroCallSources extends PickerSources {
  /** The connection's stores (none signed out). */
  stores(): StoreContext | undefined;
  /** The room shown, once loaded. */
  room(): Room | undefined;
  /** How sessions show their time (with the zone's short name): an intro call shows its the same way. */
  details(): SessionDetails;
}

/** After booking, cancelling or closing the panel, focus goes to what the section then says. */
const afterChange = '[part~="intro-call"] [role="status"], [part~="intro-call-button"]';

/** The link form of one call, open: what is typed lives here, so no render (a live update of the call) can lose it. */
interface LinkDraft {
  id: string;
  value: string;
  saving: boolean;
  /** The last refused save (the form stays, with what was typed). */
  error?: unknown;
}

/**
 * A requested room's free intro call: while the mentee waits for the mentor's answer, the mentor's
 * `intro_call` offering ("Book a free intro call (20 min)") opens the mentor's open times
 * (room-slot-picker.ts) and books it through the SDK's intro-call store; once booked, both see
 * it — its time with the zone, the mentee's message, "Join the call" (its meeting link, http(s)
 * only, which either can add or change inline), "Add to calendar" (an .ics file, with the link)
 * and Cancel (asked inline). Nothing shows when the mentor offers no intro call and none is booked.
 * Loaded on demand (room-intro-call-loader.ts): only requested rooms need it.
 *
 * @example
 * ```ts
 * #intro = new RoomIntroCall(this.host, { l10n: () => this.l10n, stores: () => this.#stores(), … });
 * html`${this.#intro.render(room)}`;
 * ```
 */
export class RoomIntroCall {
  #picker: SlotPicker;
  #mentor: StoreController<Mentor>;
  #calls: PagedStoreController<PagedState<IntroCall>>;
  /** The call whose Cancel asks for confirmation inline. */
  #cancelling: string | undefined;
  /** The last refused cancel. */
  #error: unknown;
  /** What the last change says ("Intro call booked for …", "Intro call cancelled."). */
  #said: string | undefined;
  /** The meeting link form, when open. */
  #link: LinkDraft | undefined;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: IntroCallSources,
  ) {
    this.#picker = new SlotPicker(host, from);
    // Only the mentee books, so only the mentee needs the mentor's offerings.
    this.#mentor = new StoreController<Mentor>(host, () => {
      const stores = this.from.stores();
      const room = this.from.room();
      return stores && room?.status === 'requested' && room.viewerRole === 'mentee' ? mentorProfileStores(stores).mentor(room.mentor.id) : undefined;
    });
    this.#calls = new PagedStoreController<PagedState<IntroCall>>(host, () => {
      const stores = this.from.stores();
      return stores && this.from.room()?.status === 'requested' ? introCallStores(stores).introCalls({ status: 'booked' }) : undefined;
    });
  }

  /** Closes the panel and forgets the questions (another room-id). */
  reset(): void {
    this.#picker.reset();
    this.#cancelling = this.#error = this.#said = this.#link = undefined;
  }

  /** The pair's booked intro call that has not ended, if the list holds it. */
  #call(room: Room): IntroCall | undefined {
    const now = Date.now();
    return this.#calls.state?.items.find(
      (c) => c.status === 'booked' && c.mentor.id === room.mentor.id && c.mentee.id === room.mentee.id && Date.parse(c.endsAt) > now,
    );
  }

  /** The intro call section of a requested `room`, or nothing when there is nothing to offer or show. */
  render(room: Room): TemplateResult | typeof nothing {
    const l = this.from.l10n();
    const calls = this.#calls.state;
    const call = this.#call(room);
    // A mentor with many calls: the pair's may be on a later page.
    if (!call && calls?.hasMore && !calls.loadingMore && !calls.error) queueMicrotask(() => void this.#calls.loadMore());
    const mentor = this.#mentor.state;
    const offering = mentor.data?.offerings.find((o) => o.kind === 'intro_call');
    const failed = (!calls?.loaded && calls?.error) || (room.viewerRole === 'mentee' && !mentor.data && !mentor.loading && mentor.error);
    if (!call && !offering && !failed && !this.#said) return nothing;
    return html`<section part="intro-call" aria-labelledby="intro-title">
      <h3 id="intro-title" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomIntroTitle')}</h3>
      ${this.#said ? html`<p role="status" class="ok" tabindex="-1">${this.#said}</p>` : nothing}
      ${
        failed
          ? html`<div role="alert" class="inline-error">
            <p>${l.msg('roomIntroLoadError')}</p>
            ${requestIdLine(l, failed) ?? nothing}
            <button type="button" class="small" part="retry-button" @click=${() => this.#retry()}>${l.msg('retry')}</button>
          </div>`
          : call
            ? this.#renderCall(room, call)
            : offering
              ? this.#renderOffer(room, offering.durationMinutes)
              : nothing
      }
    </section>`;
  }

  #renderOffer(room: Room, minutes: number): TemplateResult {
    const l = this.from.l10n();
    if (this.#picker.isOpen) return html`${this.#picker.render()}`;
    return html`<p class="muted small">${l.msg('roomIntroOffer', { name: room.mentor.name, minutes })}</p>
      <button type="button" part="intro-call-button" @click=${() => this.#open(room, minutes)}>${l.msg('roomIntroBook', { minutes })}</button>`;
  }

  #renderCall(room: Room, call: IntroCall): TemplateResult {
    const l = this.from.l10n();
    const other = room.viewerRole === 'mentee' ? call.mentor.name : call.mentee.name;
    const link = call.meetingUrl ? safeHref(call.meetingUrl) : undefined;
    return html`<div part="intro-call-booked" data-intro-call-id=${call.id}>
      ${this.from.details().renderWhen(call)}
      <p dir="auto">${l.msg('roomIntroWith', { name: other, minutes: call.durationMinutes })}</p>
      ${call.message ? html`<blockquote class="small" dir="auto">${call.message}</blockquote>` : nothing}
      ${link ? html`<p><a part="intro-call-link" href=${link} target="_blank" rel="noopener noreferrer">${l.msg('roomIntroJoin')}</a></p>` : nothing}
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomIntroError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      ${
        this.#link?.id === call.id
          ? this.#renderLinkForm(room, call, this.#link)
          : this.#cancelling === call.id
            ? html`<div class="row confirm-inline" role="group" aria-labelledby="intro-cancel-q">
            <p id="intro-cancel-q" class="small">${l.msg('roomIntroCancelAsk')}</p>
            <button type="button" class="small quiet" data-intro-action="keep" @click=${() => this.#ask(undefined, 'cancel')}>${l.msg('roomSessionKeep')}</button>
            <button type="button" class="small danger" data-intro-action="confirm-cancel" @click=${() => this.#cancel(room, call)}>${l.msg('roomIntroCancel')}</button>
          </div>`
            : html`<div class="row">
            <button type="button" class="small quiet" data-intro-action="link" @click=${() => this.#editLink(call)}>${l.msg(call.meetingUrl ? 'roomIntroLinkChange' : 'roomIntroLinkAdd')}</button>
            <button type="button" class="small quiet" data-intro-action="calendar" @click=${() => this.#calendar(call, other)}>${l.msg('roomAddToCalendar')}</button>
            <button type="button" class="small quiet" data-intro-action="cancel" @click=${() => this.#ask(call.id, 'keep')}>${l.msg('roomIntroCancel')}</button>
          </div>`
      }
    </div>`;
  }

  /** Label, a URL field (http(s) only, empty removes the link), Save and Cancel. */
  #renderLinkForm(room: Room, call: IntroCall, draft: LinkDraft): TemplateResult {
    const l = this.from.l10n();
    return html`<form part="intro-call-link-form" class="stack" aria-label=${l.msg(call.meetingUrl ? 'roomIntroLinkChange' : 'roomIntroLinkAdd')} @submit=${(e: SubmitEvent) => this.#saveLink(e, room, draft)}>
      <label for="intro-link">${l.msg('roomMeetingLinkLabel')}</label>
      <input id="intro-link" name="meetingUrl" type="url" dir="ltr" pattern="https?://.+" placeholder="https://" maxlength="2000" .value=${draft.value}
        @input=${(e: InputEvent) => {
          draft.value = (e.target as HTMLInputElement).value;
        }} />
      ${draft.error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomIntroLinkError')}</p>${requestIdLine(l, draft.error) ?? nothing}</div>` : nothing}
      <div class="row">
        <button type="button" class="small quiet" data-intro-action="link-cancel" @click=${() => this.#closeLink('[data-intro-action="link"]')}>${l.msg('roomCancel')}</button>
        <button type="submit" class="small" data-intro-action="link-save" ?disabled=${draft.saving}>${l.msg('roomSessionSave')}</button>
      </div>
    </form>`;
  }

  #editLink(call: IntroCall): void {
    this.#link = { id: call.id, value: call.meetingUrl ?? '', saving: false };
    this.#said = this.#error = this.#cancelling = undefined;
    this.#focusAfterUpdate('#intro-link');
  }

  #closeLink(focus: string): void {
    this.#link = undefined;
    this.#focusAfterUpdate(focus);
  }

  #focusAfterUpdate(selector: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[part~="intro-call"] ${selector}`)?.focus());
  }

  async #saveLink(event: SubmitEvent, room: Room, draft: LinkDraft): Promise<void> {
    event.preventDefault();
    const stores = this.from.stores();
    if (!stores || draft.saving) return;
    const meetingUrl = draft.value.trim() || null;
    draft.saving = true;
    draft.error = undefined;
    this.host.requestUpdate();
    try {
      const introCall = await introCallStores(stores).updateIntroCall(draft.id, { meetingUrl });
      this.#said = this.from.l10n().msg(introCall.meetingUrl ? 'roomIntroLinkSaved' : 'roomIntroLinkRemoved');
      this.host.emit('menteo-intro-call-updated', { roomId: room.id, introCall });
      this.#closeLink('[role="status"]');
    } catch (error) {
      // The form stays open with what was typed, and says why it was not saved.
      draft.error = error;
    } finally {
      draft.saving = false;
      this.host.requestUpdate();
    }
  }

  #open(room: Room, minutes: number): void {
    const l = this.from.l10n();
    this.#said = undefined;
    this.#picker.open({
      mentorId: room.mentor.id,
      title: l.msg('roomIntroPick', { minutes }),
      submit: l.msg('roomIntroSubmit'),
      failed: l.msg('roomIntroBookError'),
      note: { label: l.msg('roomIntroMessage', { name: room.mentor.name }), max: 2000 },
      focusAfter: afterChange,
      book: async (startsAt, message) => {
        const stores = this.from.stores();
        if (!stores) return;
        const introCall = await introCallStores(stores).bookIntroCall(room.mentor.id, { startsAt, ...(message ? { message } : {}) });
        this.#said = l.msg('roomIntroBooked', { when: this.from.when(introCall.startsAt) });
        this.#picker.close();
        this.host.emit('menteo-intro-call-booked', { roomId: room.id, introCall });
      },
    });
  }

  /** Asks "Cancel this intro call?" (`cancelling` is the call) or lets it go, focusing the button that took the pressed one's place. */
  #ask(cancelling: string | undefined, focus: 'keep' | 'cancel'): void {
    this.#cancelling = cancelling;
    this.#error = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[data-intro-action="${focus}"]`)?.focus());
  }

  async #cancel(room: Room, call: IntroCall): Promise<void> {
    const stores = this.from.stores();
    if (!stores) return;
    this.#cancelling = this.#error = undefined;
    this.host.requestUpdate();
    try {
      const introCall = await introCallStores(stores).cancelIntroCall(call.id);
      this.#said = this.from.l10n().msg('roomIntroCancelled');
      this.host.emit('menteo-intro-call-cancelled', { roomId: room.id, introCall });
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(afterChange)?.focus());
    } catch (error) {
      // The call stays as it was, with why the cancel did not go through.
      this.#error = error;
    }
    this.host.requestUpdate();
  }

  #retry(): void {
    void this.#calls.refetch();
    void this.#mentor.refetch();
  }

  #calendar(call: IntroCall, other: string): void {
    const l = this.from.l10n();
    downloadIcs(
      icsFor(call, { summary: l.msg('roomIntroCalendar', { name: other }), description: call.message, stamp: new Date().toISOString() }),
      `menteo-intro-call-${call.id}`,
    );
  }
}
