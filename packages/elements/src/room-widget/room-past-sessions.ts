import type { Room } from '@menteo/sdk';
import type { HelpFitAnswer, PagedState, RoomPlanStores, Session, SessionAction } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { PagedStoreController } from '../internal/paged-store-controller.js';
import type { SessionDetails } from './room-session-details.js';
import type { en } from './room-widget.strings.js';

/** What the past sessions read from their room widget, each as it is now. */
export interface PastSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  plans(): RoomPlanStores | undefined;
  /** Confirmed, completed and no-show sessions; those that have ended are past. */
  readonly past: PagedStoreController<PagedState<Session>>;
  /** The upcoming list: a session there that has ended since counts as past. */
  readonly upcoming: PagedStoreController<PagedState<Session>>;
  /** Each session's details (shared with the upcoming sessions). */
  details(): SessionDetails;
  /** Whether the pair can write to the room's plan now. */
  writable(): boolean;
}

const answers: HelpFitAnswer[] = ['yes', 'partly', 'no'];
const shownPast = new Set<Session['status']>(['accepted', 'completed', 'no_show']);
/** How many past sessions show before "Show all": a long room's history would bury the chat in a sidebar. */
const firstPast = 3;

/**
 * The room widget's past sessions (those that have ended), newest first: each with its status and details (notes stay
 * editable), "Completed" / "No-show" for a confirmed session once it has ended, and after a
 * completed one the viewer's one question, "Did you get the kind of help you needed?"
 * (yes / partly / no), until they answer it.
 *
 * @example
 * ```ts
 * #past = new RoomPastSessions(this, { l10n: () => this.l10n, past: this.#pastSessions, … });
 * render() { return html`${this.#past.render(room)}`; }
 * ```
 */
export class RoomPastSessions {
  /** The last change the API refused, by session. */
  #error: { sessionId: string; error: unknown } | undefined;
  #all = false;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: PastSources,
  ) {}

  /** Forgets a refusal (another room-id). */
  reset(): void {
    this.#error = undefined;
    this.#all = false;
  }

  /** The past sessions, or nothing while there are none. */
  render(room: Room): TemplateResult | typeof nothing {
    const now = Date.now();
    const past = this.from.past.state;
    // The API lists sessions oldest first, a page at a time: the newest (those to mark, and the
    // three shown first) are on the last page, so every page is loaded, one after the other.
    if (past?.hasMore && !past.loadingMore && !past.error) queueMicrotask(() => void this.from.past.loadMore());
    const byId = new Map<string, Session>();
    for (const s of [...(past?.items ?? []), ...(this.from.upcoming.state?.items ?? [])]) {
      if (shownPast.has(s.status) && Date.parse(s.endsAt) <= now) byId.set(s.id, s);
    }
    const sessions = [...byId.values()].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    if (!sessions.length) return nothing;
    const l = this.from.l10n();
    const more = !!past?.hasMore;
    return html`<section part="past-sessions" aria-labelledby="past-title">
      <h3 id="past-title" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomPastSessions')}</h3>
      <ul class="session-list" id="past-list" aria-busy=${more && !past?.error ? 'true' : 'false'}>
        ${(this.#all ? sessions : sessions.slice(0, firstPast)).map((s) => this.#renderSession(room, s))}
      </ul>
      ${
        more && past?.error
          ? html`<div role="alert" class="inline-error">
            <p>${l.msg('roomPastMoreError')}</p>
            ${requestIdLine(l, past.error) ?? nothing}
            <button type="button" class="small" data-past-action="more" @click=${() => void this.from.past.loadMore()}>${l.msg('retry')}</button>
          </div>`
          : nothing
      }
      ${
        sessions.length > firstPast || more
          ? html`<button type="button" class="small quiet" part="past-toggle" aria-controls="past-list" aria-expanded=${this.#all ? 'true' : 'false'} @click=${() => this.#toggle()}>
            ${this.#all ? l.msg('roomPastFewer') : more ? l.msg('roomPastAllMore') : l.msg('roomPastAll', { count: sessions.length })}
          </button>`
          : nothing
      }
    </section>`;
  }

  #renderSession(room: Room, session: Session): TemplateResult {
    const l = this.from.l10n();
    const details = this.from.details();
    const writable = this.from.writable();
    const error = this.#error?.sessionId === session.id ? this.#error.error : undefined;
    return html`<li part="past-session" data-session-id=${session.id}>
      ${details.renderWhen(session)}
      <p class="chip chip-${session.status}" tabindex="-1">${l.msg(session.status === 'accepted' ? 'roomSessionEnded' : `roomSessionStatus_${session.status}`)}</p>
      ${details.render(room, session, { editable: writable && session.status !== 'no_show', upcoming: false })}
      ${session.status === 'accepted' && writable ? this.#renderOutcome(room, session) : nothing}
      ${session.status === 'completed' ? this.#renderHelpFit(room, session) : nothing}
      ${error ? html`<div role="alert" class="inline-error"><p>${l.msg('roomSessionError')}</p>${requestIdLine(l, error) ?? nothing}</div>` : nothing}
    </li>`;
  }

  /** After its end, a confirmed session is marked completed or a no-show. */
  #renderOutcome(room: Room, session: Session): TemplateResult {
    const l = this.from.l10n();
    return html`<div class="row" role="group" aria-labelledby="outcome-q-${session.id}">
      <p id="outcome-q-${session.id}" class="small">${l.msg('roomSessionHowDidItGo')}</p>
      <button type="button" class="small" data-session-action="complete" @click=${() => this.#act(room, session, 'complete')}>${l.msg('roomSessionComplete')}</button>
      <button type="button" class="small quiet" data-session-action="no-show" @click=${() => this.#act(room, session, 'noShow')}>${l.msg('roomSessionNoShow')}</button>
    </div>`;
  }

  #renderHelpFit(room: Room, session: Session): TemplateResult {
    const l = this.from.l10n();
    const mine = session.helpFit[room.viewerRole];
    if (mine)
      return html`<p class="muted small" part="help-fit-answer"><bdi>${l.msg('roomHelpFitAnswered', { answer: l.msg(`roomHelpFit_${mine}`) })}</bdi></p>`;
    return html`<div part="help-fit" class="row" role="group" aria-labelledby="fit-q-${session.id}">
      <p id="fit-q-${session.id}" class="small"><bdi>${l.msg('roomHelpFitQuestion')}</bdi></p>
      ${answers.map(
        (answer) =>
          html`<button type="button" class="small quiet" data-help-fit=${answer} @click=${() => this.#answer(room, session, answer)}>${l.msg(`roomHelpFit_${answer}`)}</button>`,
      )}
    </div>`;
  }

  #toggle(): void {
    this.#all = !this.#all;
    this.host.requestUpdate();
  }

  #failed(sessionId: string, error: unknown): void {
    this.#error = { sessionId, error };
    this.host.requestUpdate();
  }

  /** After a change the buttons pressed are gone: focus goes to the next question, else the new status. */
  #focusRow(sessionId: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-session-id="${sessionId}"] :is([data-help-fit], .chip)`)?.focus(),
    );
  }

  async #act(room: Room, session: Session, action: SessionAction): Promise<void> {
    this.#error = undefined;
    try {
      const saved = await this.from.plans()?.sessionAction(room.id, session.id, action);
      if (saved) this.host.emit('menteo-session-updated', { roomId: room.id, session: saved });
      this.#focusRow(session.id);
    } catch (error) {
      this.#failed(session.id, error);
    }
  }

  async #answer(room: Room, session: Session, answer: HelpFitAnswer): Promise<void> {
    this.#error = undefined;
    try {
      const saved = await this.from.plans()?.answerHelpFit(room.id, session.id, answer);
      if (saved) this.host.emit('menteo-help-fit-answered', { roomId: room.id, sessionId: session.id, answer });
      this.#focusRow(session.id);
    } catch (error) {
      this.#failed(session.id, error);
    }
  }
}
