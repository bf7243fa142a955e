import type { Room } from '@menteo/sdk';
import type { RoomPlanStores, Session } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown, safeHref } from '../internal/markdown.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { viewerZone } from './room-slot-picker.js';
import { downloadIcs, icsFor } from './room-calendar.js';
import { hatOf, renderHatChoice } from './room-hat.js';
import type { en } from './room-widget.strings.js';

type Strings = LocalizeController<typeof en>;

/** What a session's details read from the room widget. */
export interface DetailSources {
  l10n(): Strings;
  plans(): RoomPlanStores | undefined;
  /** A time in the viewer's time zone. */
  when(iso: string, options?: Intl.DateTimeFormatOptions): string;
}

/**
 * A session's shared details: when (with the time zone's short name), its hat, the meeting
 * link, the agenda and the notes (Markdown, editable by both), and "Add to calendar" (an .ics
 * file made here). One session's form is open at a time.
 *
 * @example
 * ```ts
 * #details = new SessionDetails(this.host, from);
 * html`<li>${this.#details.render(room, session, { editable: true, upcoming: true })}</li>`;
 * ```
 */
export class SessionDetails {
  /**
   * The session whose form is open, as it was when opened: the form's fields keep what is
   * typed while the store shows a change and undoes a refused one.
   */
  #editing: Session | undefined;
  /** The open form's last refused save (the form stays, with what was typed). */
  #error: unknown;
  #saving = false;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: DetailSources,
  ) {}

  /** Closes the form (another room-id). */
  reset(): void {
    this.#editing = this.#error = undefined;
  }

  /** "Saturday, December 5 at 9:00 AM" and, beside it, the zone's short name ("GMT+1"). */
  renderWhen(session: Pick<Session, 'startsAt'>): TemplateResult {
    const zone = new Intl.DateTimeFormat(this.from.l10n().lang, { timeZoneName: 'short', timeZone: viewerZone() })
      .formatToParts(new Date(session.startsAt))
      .find((part) => part.type === 'timeZoneName')?.value;
    return html`<p class="when-row"><span class="session-when" dir="auto">${this.from.when(session.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' })}</span>
      ${zone ? html`<span class="muted small session-zone" dir="ltr">${zone}</span>` : nothing}</p>`;
  }

  /** The hat chip, link, agenda and notes of `session`, and its buttons or its form. */
  render(room: Room, session: Session, { editable, upcoming }: { editable: boolean; upcoming: boolean }): TemplateResult {
    const l = this.from.l10n();
    if (editable && this.#editing?.id === session.id) return this.#renderForm(room, this.#editing);
    const link = session.meetingUrl ? safeHref(session.meetingUrl) : undefined;
    return html`${session.hat ? html`<p class="chip hat-chip" part="session-hat">${l.msg(`roomHat_${session.hat}`)}</p>` : nothing}
      ${link ? html`<p><a part="meeting-link" href=${link} target="_blank" rel="noopener noreferrer">${l.msg('roomMeetingLink')}</a></p>` : nothing}
      ${session.agenda ? html`<div class="agenda markdown" part="session-agenda" dir="auto">${renderMarkdown(session.agenda)}</div>` : nothing}
      ${
        session.notes
          ? html`<div class="notes" part="session-notes"><p class="label">${l.msg('roomNotes')}</p><div class="markdown" dir="auto">${renderMarkdown(session.notes)}</div></div>`
          : nothing
      }
      ${
        editable || upcoming
          ? html`<div class="row">
            ${editable ? html`<button type="button" class="small quiet" data-session-action="edit" @click=${() => this.#edit(session.id, session)}>${l.msg('roomSessionEdit')}</button>` : nothing}
            ${upcoming ? html`<button type="button" class="small quiet" data-session-action="calendar" @click=${() => this.#calendar(room, session)}>${l.msg('roomAddToCalendar')}</button>` : nothing}
          </div>`
          : nothing
      }`;
  }

  #renderForm(room: Room, session: Session): TemplateResult {
    const l = this.from.l10n();
    const id = (name: string) => `${name}-${session.id}`;
    return html`<form part="session-form" class="stack" aria-label=${l.msg('roomSessionEdit')} @submit=${(e: SubmitEvent) => this.#save(e, room, session)}>
      <label for=${id('agenda')}>${l.msg('roomAgendaLabel')}</label>
      <textarea id=${id('agenda')} name="agenda" dir="auto" rows="2" maxlength="10000" .value=${session.agenda ?? ''}></textarea>
      <label for=${id('notes')}>${l.msg('roomNotesLabel')}</label>
      <textarea id=${id('notes')} name="notes" dir="auto" rows="4" maxlength="20000" aria-describedby=${id('notes-hint')} .value=${session.notes ?? ''}></textarea>
      <p id=${id('notes-hint')} class="muted small">${l.msg('roomAgreementHint')}</p>
      <label for=${id('link')}>${l.msg('roomMeetingLinkLabel')}</label>
      <input id=${id('link')} name="meetingUrl" type="url" dir="ltr" pattern="https?://.+" placeholder="https://" .value=${session.meetingUrl ?? ''} />
      ${renderHatChoice(l, id('hat'), session.hat)}
      ${this.#error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomSessionError')}</p>${requestIdLine(l, this.#error) ?? nothing}</div>` : nothing}
      <div class="row">
        <button type="button" class="small quiet" data-session-action="cancel-edit" @click=${() => this.#edit(session.id, undefined)}>${l.msg('roomCancel')}</button>
        <button type="submit" class="small" data-session-action="save" ?disabled=${this.#saving}>${l.msg('roomSessionSave')}</button>
      </div>
    </form>`;
  }

  #edit(sessionId: string, editing: Session | undefined): void {
    this.#editing = editing;
    this.#error = undefined;
    this.host.requestUpdate();
    const target = editing ? `#agenda-${sessionId}` : `[data-session-id="${sessionId}"] [data-session-action="edit"]`;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(target)?.focus());
  }

  async #save(event: SubmitEvent, room: Room, session: Session): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => ((data.get(name) as string | null) ?? '').trim() || null;
    const plans = this.from.plans();
    if (!plans) return;
    this.#saving = true;
    this.host.requestUpdate();
    try {
      const saved = await plans.updateSession(room.id, session.id, {
        agenda: text('agenda'),
        notes: text('notes'),
        meetingUrl: text('meetingUrl'),
        hat: hatOf(data),
      });
      this.host.emit('menteo-session-updated', { roomId: room.id, session: saved });
      this.#edit(session.id, undefined);
    } catch (error) {
      this.#error = error;
    } finally {
      this.#saving = false;
      this.host.requestUpdate();
    }
  }

  #calendar(room: Room, session: Session): void {
    const l = this.from.l10n();
    const other = room.viewerRole === 'mentee' ? room.mentor.name : room.mentee.name;
    downloadIcs(
      icsFor(session, { summary: l.msg('roomCalendarSummary', { name: other }), description: session.agenda, stamp: new Date().toISOString() }),
      `menteo-session-${session.id}`,
    );
  }
}
