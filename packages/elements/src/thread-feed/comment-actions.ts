// Loaded on demand (a dynamic import from feed-comments.ts) the first time a signed-in reader
// opens a post's comments: an anonymous reader's page never carries these buttons and forms.
import type { Post } from '@menteo/sdk';
import { commentStores } from '@menteo/sdk/stores/comments';
import { moderationStores } from '@menteo/sdk/stores/moderation';
import { threadEditStores } from '@menteo/sdk/stores/thread-edits';
import type { Comment, Report } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { type en, strings } from './comment-actions.strings.js';
import { commentRefusal } from './comment-errors.js';
import type { CommentPlace } from './feed-comments.js';
import type { en as feedEn } from './thread-feed.strings.js';
import { writeError } from './write-error.js';

/** What a comment's buttons do: the forms and confirmations they open, and the owner's hide. */
export type CommentAction = 'reply' | 'edit' | 'delete' | 'report' | 'hide' | 'unhide' | 'block';

type ReportReason = Report['reason'];

/** The reasons a report may give, in the contract's order. */
const reasons: readonly ReportReason[] = ['spam', 'harassment', 'off_topic', 'misinformation', 'other'];

/** The one form or confirmation open: for which comment (a reply form: the top-level one), opened by which button. */
interface Opened {
  action: CommentAction;
  commentId: string;
  opener: string;
}

/** A line shown under a comment after an action: a report sent, an author blocked. */
interface Notice {
  commentId: string;
  text: string;
  /** The blocked author, while "Unblock" can still undo it. */
  blocked?: { threadId: string; userId: string };
}

/**
 * The comment actions of a thread feed, for a signed-in reader: each comment's buttons, a reply field under a top-level comment (a reply to a
 * reply goes to its top-level comment, as the API wants), inline editing with Save and Cancel,
 * a delete confirmation, the report form (a reason from the contract's list and an optional
 * note; one report per reader and comment), and the owner's hide, unhide and block (confirmed).
 * One form is open at a time: opening it moves focus into it, Escape or Cancel closes it and
 * gives focus back to the button that opened it. A refusal is shown with its request id and
 * keeps what was typed.
 *
 * @example
 * ```ts
 * const { CommentActions } = await import('./comment-actions.js');
 * const actions = new CommentActions(host, () => host.l10n);
 * html`${actions.controls(comment, top, place)}${actions.replyForm(top, place) ?? nothing}`;
 * ```
 */
export class CommentActions {
  #opened: Opened | undefined;
  #error: { commentId: string; message: string; error: unknown } | undefined;
  #notice: Notice | undefined;
  /** What the reader typed in each form (`reply:<id>`, `edit:<id>`, `note:<id>`), kept across renders and refusals. */
  readonly #texts = new Map<string, string>();
  readonly #reasons = new Map<string, ReportReason>();
  /** Comments this reader reported from this page: the API keeps one report per reader, so a second is not sent. */
  readonly #reported = new Set<string>();
  /** Reported by this reader: the API says so (`viewerReported`, after a reload too), or they reported it from this page. */
  #isReported = (comment: Comment): boolean => comment.viewerReported || this.#reported.has(comment.id);
  #busy = false;
  #lockError: { postId: string; error: unknown } | undefined;
  /** Its own strings (the comment list's are the feed's). */
  readonly #l: LocalizeController<typeof en>;

  constructor(
    private readonly host: MenteoElement,
    private readonly l10n: () => LocalizeController<typeof feedEn>,
  ) {
    this.#l = new LocalizeController(host, strings);
  }

  /** A comment's buttons (what this reader may do with it), then its open confirmation, report form or notice. */
  controls(comment: Comment, top: Comment, place: CommentPlace): TemplateResult {
    const a = this.#l;
    const mine = place.me !== undefined && comment.author.id === place.me;
    const button = (action: CommentAction, label: string) =>
      html`<button class="link" type="button" id="${action}-${comment.id}" data-action=${action} @click=${() => this.start(action, comment, top, place)}>${label}</button>`;
    return html`<div part="comment-actions" role="group" aria-label=${a.msg('commentActions', { name: comment.author.name })}>
        ${place.post.commentsLocked || comment.hidden ? nothing : button('reply', a.msg('commentReply'))}
        ${mine ? button('edit', a.msg('commentEdit')) : nothing}
        ${mine || place.owner ? button('delete', a.msg('commentDelete')) : nothing}
        ${mine ? nothing : button('report', a.msg(this.#isReported(comment) ? 'commentReportedButton' : 'commentReport'))}
        ${place.owner ? button(comment.hidden ? 'unhide' : 'hide', a.msg(comment.hidden ? 'commentUnhide' : 'commentHide')) : nothing}
        ${place.owner && !mine ? button('block', a.msg('commentBlock')) : nothing}
      </div>
      ${this.#panel(comment, place)}`;
  }

  /** The owner's "Lock comments" / "Unlock comments" under a post's comments; nothing for anyone else. */
  lockControl(place: CommentPlace): TemplateResult | typeof nothing {
    const post = place.post;
    if (!place.owner) return nothing;
    const a = this.#l;
    const error = this.#lockError?.postId === post.id ? this.#lockError.error : undefined;
    return html`<button part="lock-button" class="link" type="button" @click=${() => this.#lock(post, place)}>
        ${a.msg(post.commentsLocked ? 'commentUnlock' : 'commentLock')}
      </button>
      ${error ? writeError(this.l10n(), a.msg('commentModerateError'), error) : nothing}`;
  }

  async #lock(post: Post, place: CommentPlace): Promise<void> {
    this.#lockError = undefined;
    try {
      await threadEditStores(place.stores).lockComments(post.id, !post.commentsLocked);
    } catch (error) {
      this.#lockError = { postId: post.id, error };
    }
    this.host.requestUpdate();
  }

  /** Does what a comment's button says: opens its form or confirmation, or (hide, unhide) does it. */
  start(action: CommentAction, comment: Comment, top: Comment, place: CommentPlace): void {
    const opener = `${action}-${comment.id}`;
    this.#error = undefined;
    this.#notice = undefined;
    if (action === 'hide' || action === 'unhide') {
      this.#opened = undefined;
      // The owner's list keeps a hidden comment, marked: focus goes to the button that undoes it.
      const undo = `#${action === 'hide' ? 'unhide' : 'hide'}-${comment.id}`;
      void this.#run(comment.id, this.#l.msg('commentModerateError'), () => commentStores(place.stores).hideComment(comment.id, action === 'hide'), undo);
      return;
    }
    if (action === 'report' && this.#isReported(comment)) {
      this.#opened = undefined;
      this.#notice = { commentId: comment.id, text: this.#l.msg('commentAlreadyReported') };
      this.host.requestUpdate();
      return;
    }
    if (action === 'edit' && !this.#texts.has(`edit:${comment.id}`)) this.#texts.set(`edit:${comment.id}`, comment.body);
    this.#opened = { action, commentId: action === 'reply' ? top.id : comment.id, opener };
    this.host.requestUpdate();
    void this.#focus(`#${action}-panel-${this.#opened.commentId}`);
  }

  /** The reply field under a top-level comment, when it is open. */
  replyForm(top: Comment, place: CommentPlace): TemplateResult | undefined {
    if (!this.#is('reply', top.id)) return undefined;
    const a = this.#l;
    const key = `reply:${top.id}`;
    return html`<form part="reply-form" class="comment-panel" @submit=${(e: Event) => this.#reply(e, top, place)} @keydown=${this.#escape}>
      <label for="reply-panel-${top.id}">${a.msg('commentReplyTo', { name: top.author.name })}</label>
      <textarea id="reply-panel-${top.id}" rows="2" maxlength="2000" .value=${this.#texts.get(key) ?? ''} @input=${(e: Event) => this.#type(key, e)}></textarea>
      ${this.#errorOf(top.id)}
      <div class="panel-buttons">
        <button type="button" @click=${() => this.#close()}>${a.msg('commentCancel')}</button>
        <button class="primary" type="submit" ?disabled=${this.#busy}>${a.msg('commentSendReply')}</button>
      </div>
    </form>`;
  }

  /** The edit form in place of a comment's text, while it is being edited. */
  editForm(comment: Comment, place: CommentPlace): TemplateResult | undefined {
    if (!this.#is('edit', comment.id)) return undefined;
    const a = this.#l;
    const key = `edit:${comment.id}`;
    return html`<form part="edit-form" class="comment-panel" @submit=${(e: Event) => this.#edit(e, comment, place)} @keydown=${this.#escape}>
      <label for="edit-panel-${comment.id}">${a.msg('commentEditLabel')}</label>
      <textarea id="edit-panel-${comment.id}" rows="3" maxlength="2000" .value=${this.#texts.get(key) ?? ''} @input=${(e: Event) => this.#type(key, e)}></textarea>
      ${this.#errorOf(comment.id)}
      <div class="panel-buttons">
        <button type="button" @click=${() => this.#close()}>${a.msg('commentCancel')}</button>
        <button class="primary" type="submit" ?disabled=${this.#busy}>${a.msg('commentSave')}</button>
      </div>
    </form>`;
  }

  /** Under a comment's buttons: its open confirmation or report form, the last refusal, or a notice. */
  #panel(comment: Comment, place: CommentPlace): TemplateResult | typeof nothing {
    const a = this.#l;
    const id = comment.id;
    if (this.#is('delete', id)) {
      return this.#confirm(id, a.msg('commentDeleteConfirm'), a.msg('commentDelete'), () =>
        this.#run(id, a.msg('commentDeleteError'), () => commentStores(place.stores).deleteComment(id), `[aria-controls="comments-${comment.postId}"]`),
      );
    }
    if (this.#is('block', id)) {
      const userId = comment.author.id;
      return this.#confirm(id, a.msg('commentBlockConfirm', { name: comment.author.name }), a.msg('commentBlockYes'), () =>
        this.#run(
          id,
          a.msg('commentModerateError'),
          async () => {
            await moderationStores(place.stores).blockUser(place.threadId, userId);
            this.#notice = { commentId: id, text: a.msg('commentBlocked', { name: comment.author.name }), blocked: { threadId: place.threadId, userId } };
          },
          `#block-${id}`,
        ),
      );
    }
    if (this.#is('report', id)) return this.#reportForm(comment, place);
    if (this.#error?.commentId === id && !this.#opened) return this.#errorOf(id);
    const notice = this.#notice;
    if (notice?.commentId !== id) return nothing;
    const blocked = notice.blocked;
    return html`<div part="comment-notice" class="comment-panel" role="status">
      <p>${notice.text}</p>
      <div class="panel-buttons">
        ${
          blocked
            ? html`<button type="button" @click=${() => this.#run(id, a.msg('commentModerateError'), () => this.#unblock(place, blocked), `#block-${id}`)}>
              ${a.msg('commentUnblock')}
            </button>`
            : nothing
        }
        <button type="button" id="notice-panel-${id}" @click=${() => this.#dismiss(`#report-${id}`)}>${a.msg('commentClose')}</button>
      </div>
    </div>`;
  }

  #reportForm(comment: Comment, place: CommentPlace): TemplateResult {
    const a = this.#l;
    const id = comment.id;
    const reason = this.#reasons.get(id) ?? 'spam';
    return html`<form part="report-form" class="comment-panel" aria-labelledby="report-title-${id}" @submit=${(e: Event) => this.#report(e, comment, place)} @keydown=${this.#escape}>
      <p id="report-title-${id}" class="strong">${a.msg('commentReportTitle')}</p>
      <label for="report-panel-${id}">${a.msg('commentReason')}</label>
      <select id="report-panel-${id}" @change=${(e: Event) => this.#reasons.set(id, (e.target as HTMLSelectElement).value as ReportReason)}>
        ${reasons.map((r) => html`<option value=${r} ?selected=${r === reason}>${a.msg(`commentReason_${r}`)}</option>`)}
      </select>
      <label for="report-note-${id}">${a.msg('commentNote')}</label>
      <textarea id="report-note-${id}" rows="2" maxlength="500" .value=${this.#texts.get(`note:${id}`) ?? ''} @input=${(e: Event) => this.#type(`note:${id}`, e)}></textarea>
      ${this.#errorOf(id)}
      <div class="panel-buttons">
        <button type="button" @click=${() => this.#close()}>${a.msg('commentCancel')}</button>
        <button class="primary" type="submit" ?disabled=${this.#busy}>${a.msg('commentSendReport')}</button>
      </div>
    </form>`;
  }

  /** A yes-or-cancel question in the page (no `window.confirm`): focus starts on the answer that acts. */
  #confirm(id: string, question: string, yes: string, act: () => Promise<void>): TemplateResult {
    const a = this.#l;
    const action = this.#opened!.action;
    return html`<div part="confirm" class="comment-panel" role="group" aria-labelledby="confirm-title-${id}" @keydown=${this.#escape}>
      <p id="confirm-title-${id}">${question}</p>
      ${this.#errorOf(id)}
      <div class="panel-buttons">
        <button type="button" @click=${() => this.#close()}>${a.msg('commentCancel')}</button>
        <button class="primary" type="button" id="${action}-panel-${id}" ?disabled=${this.#busy} @click=${act}>${yes}</button>
      </div>
    </div>`;
  }

  #is(action: CommentAction, commentId: string): boolean {
    return this.#opened?.action === action && this.#opened.commentId === commentId;
  }

  #errorOf(commentId: string): TemplateResult | typeof nothing {
    const shown = this.#error;
    return shown?.commentId === commentId ? writeError(this.l10n(), shown.message, shown.error) : nothing;
  }

  #type(key: string, event: Event): void {
    this.#texts.set(key, (event.target as HTMLTextAreaElement).value);
  }

  readonly #escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#close();
  };

  /** Closes the open form, forgetting what was typed in it; focus goes back to the button that opened it. */
  #close(): void {
    const opened = this.#opened;
    const opener = opened?.opener;
    if (opened) this.#texts.delete(`${opened.action}:${opened.commentId}`);
    this.#opened = undefined;
    this.#error = undefined;
    this.host.requestUpdate();
    if (opener) void this.#focus(`#${opener}`);
  }

  #dismiss(opener: string): void {
    this.#notice = undefined;
    this.host.requestUpdate();
    void this.#focus(opener);
  }

  /** Focuses what `selector` finds once the host has rendered. */
  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Sends a write for a comment (`failed`: what a refusal is called): on success the form closes (its text forgotten) and focus goes
   * to what `then` selects; refused, the form stays as it was with the reason and request id.
   */
  async #run(commentId: string, failed: string, send: () => Promise<unknown>, then: string): Promise<void> {
    this.#busy = true;
    this.#error = undefined;
    this.host.requestUpdate();
    let focus: string | undefined;
    try {
      await send();
      const opened = this.#opened;
      if (opened) this.#texts.delete(`${opened.action}:${opened.commentId}`);
      this.#opened = undefined;
      focus = this.#notice ? `#notice-panel-${this.#notice.commentId}` : then;
    } catch (error) {
      this.#error = { commentId, message: commentRefusal(this.l10n(), failed, error), error };
    }
    this.#busy = false;
    this.host.requestUpdate();
    if (focus) await this.#focus(focus);
  }

  async #unblock(place: CommentPlace, blocked: NonNullable<Notice['blocked']>): Promise<void> {
    await moderationStores(place.stores).unblockUser(blocked.threadId, blocked.userId);
    this.#notice = undefined;
  }

  #reply(event: Event, top: Comment, place: CommentPlace): void {
    event.preventDefault();
    const body = this.#texts.get(`reply:${top.id}`)?.trim();
    const opener = `#${this.#opened!.opener}`;
    if (body)
      void this.#run(top.id, this.l10n().msg('feedCommentError'), () => commentStores(place.stores).addComment(top.postId, body, { parentId: top.id }), opener);
  }

  #edit(event: Event, comment: Comment, place: CommentPlace): void {
    event.preventDefault();
    const body = this.#texts.get(`edit:${comment.id}`)?.trim();
    if (body)
      void this.#run(comment.id, this.#l.msg('commentEditError'), () => commentStores(place.stores).editComment(comment.id, body), `#edit-${comment.id}`);
  }

  #report(event: Event, comment: Comment, place: CommentPlace): void {
    event.preventDefault();
    const id = comment.id;
    const note = this.#texts.get(`note:${id}`)?.trim();
    const reason = this.#reasons.get(id) ?? 'spam';
    void this.#run(
      id,
      this.#l.msg('commentReportError'),
      async () => {
        await moderationStores(place.stores).report({ commentId: id }, { reason, ...(note ? { note } : {}) });
        this.#reported.add(id);
        this.#texts.delete(`note:${id}`);
        this.#notice = { commentId: id, text: this.#l.msg('commentReported') };
      },
      `#report-${id}`,
    );
  }
}
