import type { Room } from '@menteo/sdk';
import { roomStatusesAllowing } from '@menteo/sdk/stores/rooms';
import type { Message, PagedState, Pending, RoomPlanStores, RoomStores } from '@menteo/sdk/stores';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AtomFollower } from '../internal/atom-follower.js';
import { requestIdLine, requestIdOf } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { PagedStoreController } from '../internal/paged-store-controller.js';
import type { en } from './room-widget.strings.js';

/** What the chat reads from its room widget, each as it is now. */
export interface ChatSources {
  l10n(): LocalizeController<typeof en>;
  headingLevel(): number;
  /** The room's messages, newest first. */
  readonly messages: PagedStoreController<PagedState<Pending<Message>>>;
  rooms(): RoomStores | undefined;
  plans(): RoomPlanStores | undefined;
  /** The unsent text of the room's composer (kept across reloads), if there is a room. */
  draft(): { get(): string; set(value: string): void; listen(listener: () => void): () => void } | undefined;
  /** A time in the viewer's time zone. */
  when(iso: string, options: Intl.DateTimeFormatOptions): string;
}

/** Whose side a message is on: the viewer's own id in the room. */
const ownId = (room: Room): string => (room.viewerRole === 'mentor' ? room.mentor.userId : room.mentee.id);

/**
 * The room widget's conversation: the log (oldest first, "New messages" above the first unread
 * one, following new ones), the composer, and messages the outbox could not send, kept with a
 * retry. Marks what the viewer has seen as read.
 *
 * @example
 * ```ts
 * #chat = new RoomChat(this, { l10n: () => this.l10n, messages: this.#messages, … });
 * render() { return html`${this.#chat.render(room, status)}`; }
 * ```
 */
export class RoomChat implements ReactiveController {
  /** Messages the API refused, with the text to send again. */
  #failed: { id: number; body: string; error: unknown }[] = [];
  #failures = 0;
  /** The message above which "New messages" shows, fixed when the room first loads. */
  #unread: { roomId: string; beforeId: string | undefined } | undefined;
  #lastNewest: string | undefined;
  #room: Room | undefined;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: ChatSources,
  ) {
    host.addController(this);
    // A saved draft arrives once the SDK knows who is signed in: show it when it does.
    new AtomFollower(host, () => from.draft());
  }

  /** Forgets the last room's failed messages and position (another room-id). */
  reset(): void {
    this.#failed = [];
    this.#lastNewest = undefined;
  }

  /** Fixes where "New messages" goes once the room and its messages are in, then marks them read. */
  #trackUnread(room: Room): void {
    const messages = this.from.messages.state;
    if (!messages?.loaded || this.#unread?.roomId === room.id) return;
    const own = ownId(room);
    const theirs = messages.items.filter((m) => !m.pending && m.author.id !== own);
    const beforeId = room.unreadCount > 0 ? theirs[Math.min(room.unreadCount, theirs.length) - 1]?.id : undefined;
    this.#unread = { roomId: room.id, beforeId };
    const newest = messages.items.find((m) => !m.pending);
    if (beforeId && newest)
      void this.from
        .plans()
        ?.markRoomRead(room.id, newest.id)
        .catch(() => {});
  }

  hostUpdated(): void {
    // Newest at the bottom: follow new messages.
    const newest = this.from.messages.state?.items[0];
    const log = this.host.renderRoot.querySelector<HTMLElement>('[part~="log"]');
    if (newest?.id !== this.#lastNewest && log) {
      const arrived = this.#lastNewest !== undefined;
      this.#lastNewest = newest?.id;
      log.scrollTop = log.scrollHeight;
      // A message of the other person that arrives while the room is on screen is read.
      const room = this.#room;
      if (arrived && room && newest && !newest.pending && newest.author.id !== ownId(room) && document.visibilityState === 'visible') {
        void this.from
          .plans()
          ?.markRoomRead(room.id, newest.id)
          .catch(() => {});
      }
    }
  }

  /** The chat section of `room`, whose status says whether it still takes messages. */
  render(room: Room, status: Room['status']): TemplateResult {
    this.#room = room;
    this.#trackUnread(room);
    const l = this.from.l10n();
    const messages = this.from.messages.state;
    const own = ownId(room);
    const other = room.viewerRole === 'mentee' ? room.mentor.name : room.mentee.name;
    const items = (messages?.items ?? []).toReversed();
    const divider = this.#unread?.roomId === room.id ? this.#unread.beforeId : undefined;
    const open = roomStatusesAllowing.messages.includes(status);
    const draft = this.from.draft()?.get() ?? '';
    return html`<section part="chat" aria-labelledby="chat-title">
      <h3 id="chat-title" aria-level=${this.from.headingLevel() + 1}>${l.msg('roomMessages')}</h3>
      <div part="log" role="log" aria-live="polite" aria-labelledby="chat-title" tabindex="0">
        ${messages?.hasMore ? html`<button type="button" class="quiet small earlier" ?disabled=${messages.loadingMore} @click=${() => this.from.messages.loadMore()}>${l.msg('roomEarlier')}</button>` : nothing}
        ${
          !messages?.loaded
            ? messages?.error
              ? html`<div class="inline-error"><p>${l.msg('roomLoadError')}</p>${requestIdLine(l, messages.error) ?? nothing}</div>`
              : html`<div class="bone block" aria-hidden="true"></div>`
            : items.length || this.#failed.length
              ? nothing
              : html`<p class="muted">${l.msg('roomNoMessages')}</p>`
        }
        ${items.map((m) => html`${m.id === divider ? html`<div part="unread-divider" role="separator"><span>${l.msg('roomNewMessages')}</span></div>` : nothing}${this.#renderMessage(m, m.author.id === own)}`)}
        ${this.#failed.map(
          (f) => html`<div part="message message-own message-failed" class="message own failed">
            <p class="meta"><span>${l.msg('roomYou')}</span></p>
            <p class="body" dir="auto">${f.body}</p>
            <p class="state" role="alert">${l.msg('roomFailed')} ${requestIdOf(f.error) ? l.msg('requestId', { id: requestIdOf(f.error)! }) : ''}</p>
            <div class="row">
              <button type="button" class="small" data-message-action="retry" @click=${() => this.#resend(room, f.id)}>${l.msg('retry')}</button>
              <button type="button" class="small quiet" data-message-action="discard" @click=${() => this.#setFailed(this.#failed.filter((x) => x.id !== f.id))}>${l.msg('roomDiscard')}</button>
            </div>
          </div>`,
        )}
      </div>
      ${
        open
          ? html`<form part="composer" @submit=${(e: SubmitEvent) => this.#send(e, room)}>
            <label for="composer" class="visually-hidden">${l.msg('roomMessageLabel', { name: other })}</label>
            <textarea
              id="composer"
              rows="2"
              maxlength="4000"
              aria-describedby="composer-hint"
              placeholder=${l.msg('roomMessageLabel', { name: other })}
              .value=${live(draft)}
              @input=${(e: InputEvent) => this.from.draft()?.set((e.target as HTMLTextAreaElement).value)}
              @keydown=${onComposerKey}
            ></textarea>
            <button part="send-button" type="submit">${l.msg('roomSend')}</button>
            <p id="composer-hint" class="muted small hint">${l.msg('roomComposerHint')}</p>
          </form>`
          : html`<p class="muted small">${l.msg('roomReadOnly')}</p>`
      }
    </section>`;
  }

  #renderMessage(m: Pending<Message>, own: boolean): TemplateResult {
    const l = this.from.l10n();
    return html`<div part="message ${own ? 'message-own' : 'message-theirs'}" class="message ${own ? 'own' : 'theirs'}" data-message-id=${m.id}>
      <p class="meta">
        <span class="author">${own ? l.msg('roomYou') : m.author.name}</span>
        <time datetime=${m.createdAt} dir="auto">${this.from.when(m.createdAt, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })}</time>
      </p>
      <p class="body" dir="auto">${m.body}</p>
      ${m.pending ? html`<p class="state">${l.msg(m.pending === 'queued' ? 'roomQueued' : 'roomSending')}</p>` : nothing}
    </div>`;
  }

  #setFailed(failed: { id: number; body: string; error: unknown }[]): void {
    this.#failed = failed;
    this.host.requestUpdate();
  }

  #send(event: SubmitEvent, room: Room): void {
    event.preventDefault();
    const draft = this.from.draft();
    const body = (draft?.get() ?? '').trim();
    if (!body) return;
    draft?.set('');
    this.#deliver(room, body);
    this.host.requestUpdate();
  }

  #deliver(room: Room, body: string): void {
    const rooms = this.from.rooms();
    if (!rooms) return;
    rooms.sendMessage(room.id, { body }).then(
      (message) => this.host.emit('menteo-message-sent', { roomId: room.id, message }),
      // The outbox undid it: keep the words here, with a retry, rather than lose them.
      (error: unknown) => this.#setFailed([...this.#failed, { id: ++this.#failures, body, error }]),
    );
  }

  #resend(room: Room, id: number): void {
    const failed = this.#failed.find((f) => f.id === id);
    if (!failed) return;
    this.#setFailed(this.#failed.filter((f) => f.id !== id));
    this.#deliver(room, failed.body);
  }
}

/** Enter sends, Shift+Enter starts a new line (and an input method's Enter is its own). */
function onComposerKey(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  (event.target as HTMLTextAreaElement).form?.requestSubmit();
}
