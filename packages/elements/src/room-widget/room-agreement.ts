import type { Room } from '@menteo/sdk';
import { roomExpiry, roomStatusesAllowing } from '@menteo/sdk/stores/rooms';
import type { RoomStores } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown } from '../internal/markdown.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { en } from './room-widget.strings.js';

/** What the agreement section reads from its room widget, each as it is now. */
export interface AgreementSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  rooms(): RoomStores | undefined;
  /** Whether a room transition is on its way (nothing else is offered meanwhile). */
  busy(): boolean;
}

type Side = Room['viewerRole'];
const dayMs = 86_400_000;
const dateOnly: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * The room widget's agreement: the expectations both participants signed (Markdown through the
 * package's safe renderer), each side's sign-off with its date or "Awaiting <name>", Accept for
 * the side that has not signed, and "Propose a change" (a Markdown textarea) for either side
 * while the room allows it. A requested room also says whom it waits for and when it expires.
 *
 * @example
 * ```ts
 * #agreement = new RoomAgreement(this, { l10n: () => this.l10n, rooms: () => this.#rooms(), … });
 * render() { return html`${this.#agreement.render(room, status)}`; }
 * ```
 */
export class RoomAgreement {
  /** The last change the API refused. */
  #error: unknown;
  #editing = false;
  #saving = false;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: AgreementSources,
  ) {}

  /** Closes the form and forgets a refusal (another room-id). */
  reset(): void {
    this.#editing = this.#saving = false;
    this.#error = undefined;
  }

  #set(change: { editing?: boolean; saving?: boolean; error?: unknown }): void {
    if ('editing' in change) this.#editing = !!change.editing;
    if ('saving' in change) this.#saving = !!change.saving;
    if ('error' in change) this.#error = change.error;
    this.host.requestUpdate();
  }

  /** The agreement section of `room`, whose status says whether it can still change. */
  render(room: Room, status: Room['status']): TemplateResult {
    const l = this.from.l10n();
    const writable = roomStatusesAllowing.agreement.includes(status) && !this.from.busy();
    const viewer = room.viewerRole;
    const mayAccept = writable && !!room.agreement && !room.agreementSignedAt[viewer];
    return html`<section part="agreement" aria-labelledby="agreement-title">
      <h3 id="agreement-title" class="label" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomAgreement')}</h3>
      ${status === 'requested' ? this.#renderExpiry(room) : nothing}
      ${
        room.agreement
          ? html`<div part="agreement-text" class="markdown" dir="auto">${renderMarkdown(room.agreement)}</div>
            <ul part="signoffs" class="signoffs">
              ${(['mentee', 'mentor'] as const).map((side) => this.#renderSignoff(room, side))}
            </ul>`
          : html`<p class="muted">${l.msg('roomAgreementNone')}</p>`
      }
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomAgreementError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      ${
        !writable
          ? nothing
          : this.#editing
            ? this.#renderForm(room)
            : html`<div class="row">
              ${mayAccept ? html`<button part="agreement-accept" type="button" class="small" ?disabled=${this.#saving} @click=${() => this.#accept(room)}>${l.msg('roomAgreementAccept')}</button>` : nothing}
              <button part="agreement-propose" type="button" class="small quiet" @click=${() => this.#openForm()}>
                ${l.msg(room.agreement ? 'roomAgreementChange' : 'roomAgreementPropose')}
              </button>
            </div>`
      }
    </section>`;
  }

  #nameOf(room: Room, side: Side): string {
    return side === 'mentor' ? room.mentor.name : room.mentee.name;
  }

  #renderSignoff(room: Room, side: Side): TemplateResult {
    const l = this.from.l10n();
    const at = room.agreementSignedAt[side];
    const name = this.#nameOf(room, side);
    return html`<li part="signoff signoff-${at ? 'signed' : 'awaiting'}" dir="auto">
      <span aria-hidden="true">${at ? '✓' : '◔'}</span>
      ${at ? l.msg('roomSignedBy', { name, date: l.date(at, dateOnly) }) : l.msg('roomAwaiting', { name })}
    </li>`;
  }

  /** A request waits for the mentor, and expires `roomExpiry.afterDays` after it was made (the contract's rule). */
  #renderExpiry(room: Room): TemplateResult {
    const l = this.from.l10n();
    const expires = new Date(Date.parse(room.createdAt) + roomExpiry.afterDays * dayMs).toISOString();
    const date = l.date(expires, dateOnly);
    // The mentor is the one it waits for: they read that it waits for their answer.
    const text = room.viewerRole === 'mentor' ? l.msg('roomRequestAwaitingYou', { date }) : l.msg('roomRequestAwaiting', { name: room.mentor.name, date });
    return html`<p part="request-expiry" class="muted" dir="auto">${text}</p>`;
  }

  #renderForm(room: Room): TemplateResult {
    const l = this.from.l10n();
    return html`<form part="agreement-form" class="stack" @submit=${(e: SubmitEvent) => this.#propose(e, room)}>
      <label for="agreement-draft">${l.msg('roomAgreementDraft')}</label>
      <textarea id="agreement-draft" name="agreement" dir="auto" rows="5" required maxlength="5000" aria-describedby="agreement-hint" .value=${room.agreement ?? ''}></textarea>
      <p id="agreement-hint" class="muted small">${l.msg('roomAgreementHint')}</p>
      <div class="row">
        <button type="button" class="small quiet" @click=${() => this.#closeForm()}>${l.msg('roomCancel')}</button>
        <button part="agreement-submit" type="submit" class="small" ?disabled=${this.#saving}>${l.msg('roomAgreementSend')}</button>
      </div>
    </form>`;
  }

  #focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #openForm(): void {
    this.#set({ editing: true, error: undefined });
    this.#focus('#agreement-draft');
  }

  #closeForm(): void {
    this.#set({ editing: false });
    this.#focus('[part~="agreement-propose"]');
  }

  async #propose(event: SubmitEvent, room: Room): Promise<void> {
    event.preventDefault();
    const agreement = (new FormData(event.currentTarget as HTMLFormElement).get('agreement') as string).trim();
    const rooms = this.from.rooms();
    if (!agreement || !rooms) return;
    this.#set({ saving: true, error: undefined });
    try {
      await rooms.proposeAgreement(room.id, agreement);
      this.host.emit('menteo-agreement-proposed', { roomId: room.id, agreement });
      this.#closeForm();
    } catch (error) {
      this.#set({ error });
    } finally {
      this.#set({ saving: false });
    }
  }

  async #accept(room: Room): Promise<void> {
    const rooms = this.from.rooms();
    if (!rooms) return;
    this.#set({ saving: true, error: undefined });
    try {
      await rooms.acceptAgreement(room.id);
      this.host.emit('menteo-agreement-accepted', { roomId: room.id });
      // The button pressed is gone: focus goes to the section's other one, not to the page.
      this.#focus('[part~="agreement-propose"]');
    } catch (error) {
      this.#set({ error });
    } finally {
      this.#set({ saving: false });
    }
  }
}
