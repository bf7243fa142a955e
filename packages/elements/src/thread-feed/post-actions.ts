import type { BodyOf, Schema } from '@menteo/sdk';
import type { html as litHtml, nothing as litNothing, ReactiveController, TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { en, es } from './post-actions.strings.js';

// The feed's writes to one post that only its owner (edit, delete) or a signed-in reader (report)
// can make: loaded with a dynamic import() on the first click, so a reader's page never carries
// them. It imports nothing at run time that the feed also uses (Lit, the stores, the localizer
// come in a kit from the feed): a shared import makes the bundlers cut the feed's own code into
// one more chunk, which cost every reader's page more than this module saves (measured: +1.3 KB gz).

/** What can be done to a post from the feed. */
export type PostAction = 'edit' | 'delete' | 'report';
type Reason = Schema<'ReportReason'>;
const reasons: Reason[] = ['spam', 'harassment', 'off_topic', 'misinformation', 'other'];

/** The one open action: what the person typed or picked so far survives a refusal. */
interface Open {
  postId: string;
  action: PostAction;
  draft: string;
  reason: Reason;
  note: string;
  error?: unknown;
  busy?: boolean;
  /** The report was accepted: the thanks stays until another action opens. */
  sent?: boolean;
  /** The button that opened it: focus goes back there when it closes. */
  opener: HTMLElement | null;
}

/** What the actions take from their feed: Lit, a localizer, the error block and the writes. */
export interface PostActionKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  /** A localizer on the feed for these strings (made with the feed's `defineStrings`). */
  localize(source: typeof en, es: () => Promise<{ default: typeof en }>): LocalizeController<typeof en>;
  /** The refused-write block (`post-error` part): the message and the request id. */
  error(message: string, error: unknown): TemplateResult;
  edit(postId: string, body: BodyOf<'updatePost'>): Promise<unknown>;
  remove(postId: string): Promise<unknown>;
  report(postId: string, body: BodyOf<'reportPost'>): Promise<unknown>;
}

/**
 * The open post action of a thread feed: the owner's inline edit (Save / Cancel) and delete
 * confirmation, or a reader's report form (the contract's reasons and an optional note).
 * One at a time; Escape cancels and focus goes back to the button that opened it. A refused
 * write shows why, with the request id, and keeps what was typed.
 *
 * @example
 * ```ts
 * const { PostActions } = await import('./post-actions.js');
 * this.#actions ??= new PostActions(this, { html, nothing, localize, error, edit, remove, report });
 * this.#actions.open(post, 'edit', button);
 * ```
 */
export class PostActions implements ReactiveController {
  readonly #l10n: LocalizeController<typeof en>;
  #open: Open | undefined;
  /** Posts this reader reported from this page: a second report says so. */
  readonly #reported = new Set<string>();

  constructor(
    private readonly host: MenteoElement,
    private readonly kit: PostActionKit,
  ) {
    host.addController(this);
    this.#l10n = kit.localize(en, es);
  }

  hostDisconnected(): void {
    this.#open = undefined;
  }

  /** Whether the reader reported this post from this page. */
  reported(postId: string): boolean {
    return this.#reported.has(postId);
  }

  /** Opens `action` on a post (closing any other), then focuses its first field. A post the API says they reported counts as reported here. */
  open(post: { id: string; body: string; viewerReported?: boolean }, action: PostAction, opener: HTMLElement | null): void {
    if (post.viewerReported) this.#reported.add(post.id);
    this.#open = { postId: post.id, action, draft: post.body, reason: 'spam', note: '', opener };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[data-first="${CSS.escape(post.id)}"]`)?.focus());
  }

  /** Whether an action is open on the post (its form, confirmation or "sent" line shows). */
  isOpen(postId: string): boolean {
    return this.#open?.postId === postId;
  }

  /** Whether the post's body is being edited (the feed shows the form in its place). */
  editing(postId: string): boolean {
    return this.#open?.postId === postId && this.#open.action === 'edit';
  }

  /** The open action's form or confirmation, under its post; nothing for the other posts. */
  render(postId: string): TemplateResult | symbol {
    const { html, nothing } = this.kit;
    const open = this.#open;
    if (open?.postId !== postId) return nothing;
    const a = this.#l10n;
    if (open.sent) return html`<p part="post-report-sent" role="status">${a.msg('postReportSent')}</p>`;
    const failed = open.action === 'edit' ? 'postEditError' : open.action === 'delete' ? 'postDeleteError' : 'postReportError';
    const error = open.error ? this.kit.error(a.msg(failed), open.error) : nothing;
    const buttons = (send: string, cancel: string, onSend?: () => void) =>
      html`<div class="actions">
        <button part="post-${open.action}-send" class="send" type=${onSend ? 'button' : 'submit'} ?disabled=${open.busy} @click=${onSend}>${send}</button>
        <button part="post-${open.action}-cancel" type="button" data-first=${open.action === 'delete' ? postId : ''} @click=${() => this.#close()}>${cancel}</button>
      </div>`;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.#close();
    };
    if (open.action === 'edit') {
      return html`<form part="post-edit" class="post-form" @submit=${this.#save} @keydown=${onEscape}>
        <label for="edit-${postId}">${a.msg('postEditLabel')}</label>
        <textarea id="edit-${postId}" data-first=${postId} rows="4" maxlength="10000" .value=${open.draft} @input=${(e: Event) => (open.draft = (e.target as HTMLTextAreaElement).value)}></textarea>
        ${error} ${buttons(a.msg('postEditSave'), a.msg('postEditCancel'))}
      </form>`;
    }
    if (open.action === 'delete') {
      return html`<div part="post-delete" class="post-form" role="group" aria-labelledby="delete-${postId}" @keydown=${onEscape}>
        <p id="delete-${postId}">${a.msg('postDeleteAsk')}</p>
        ${error} ${buttons(a.msg('postDeleteConfirm'), a.msg('postDeleteCancel'), () => void this.#delete())}
      </div>`;
    }
    return html`<form part="post-report" class="post-form" aria-label=${a.msg('postReportTitle')} @submit=${this.#report} @keydown=${onEscape}>
      <fieldset>
        <legend><bdi>${a.msg('postReportReason')}</bdi></legend>
        ${reasons.map(
          (reason, i) => html`<label
            ><input
              type="radio"
              name="reason-${postId}"
              value=${reason}
              data-first=${i === 0 ? postId : ''}
              .checked=${open.reason === reason}
              @change=${() => (open.reason = reason)}
            />
            ${a.msg(`postReason_${reason}`)}</label
          >`,
        )}
      </fieldset>
      <label for="note-${postId}">${a.msg('postReportNote')}</label>
      <textarea id="note-${postId}" rows="2" maxlength="500" .value=${open.note} @input=${(e: Event) => (open.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      ${this.#reported.has(postId) ? html`<p class="hint">${a.msg('postReportAlready')}</p>` : nothing} ${error}
      ${buttons(a.msg('postReportSend'), a.msg('postReportCancel'))}
    </form>`;
  }

  #close(): void {
    const opener = this.#open?.opener;
    this.#open = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => opener?.focus());
  }

  /** Runs a write of the open action: busy meanwhile, then `done`, or the error shown with what was typed kept. */
  async #run(write: (open: Open) => Promise<unknown>, done: (open: Open) => void): Promise<void> {
    const open = this.#open;
    if (!open || open.busy) return;
    open.busy = true;
    open.error = undefined;
    this.host.requestUpdate();
    try {
      await write(open);
      done(open);
    } catch (error) {
      open.error = error;
    }
    open.busy = false;
    this.host.requestUpdate();
  }

  #save = (event: Event): void => {
    event.preventDefault();
    const body = this.#open?.draft.trim();
    if (!body) return;
    void this.#run(
      (open) => this.kit.edit(open.postId, { body }),
      () => this.#close(),
    );
  };

  #delete(): Promise<void> {
    // Its post leaves the feed: focus goes to the post after it (or before it, at the end).
    const article = this.#open?.opener?.closest('article');
    const next = (article?.nextElementSibling ?? article?.previousElementSibling) as HTMLElement | null | undefined;
    return this.#run(
      (open) => this.kit.remove(open.postId),
      () => {
        this.#open = undefined;
        void this.host.updateComplete.then(() => next?.localName === 'article' && next.focus());
      },
    );
  }

  #report = (event: Event): void => {
    event.preventDefault();
    void this.#run(
      (open) => this.kit.report(open.postId, { reason: open.reason, ...(open.note.trim() ? { note: open.note.trim() } : {}) }),
      (open) => {
        this.#reported.add(open.postId);
        open.sent = true;
        void this.host.updateComplete.then(() => open.opener?.focus());
      },
    );
  };
}
