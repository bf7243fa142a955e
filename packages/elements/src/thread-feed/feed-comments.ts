import { type Comment, commentStores, type PagedState, type StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { renderMarkdown } from '../internal/markdown.js';
import type { en } from './thread-feed.strings.js';

/** An open comment section: its post, the comments' state, and how to follow them. */
export interface CommentsEntry {
  postId: string;
  state: PagedState<Comment> | undefined;
  stop: () => void;
  loadMore: () => Promise<void>;
  refetch: () => Promise<void>;
  /** Why the last comment written here was refused. */
  error?: unknown;
}

/** What the comments read from their feed, each as it is now. */
export interface CommentSources {
  l10n(): LocalizeController<typeof en>;
  stores(): StoreContext | undefined;
  signedIn(): boolean;
}

/**
 * A post or comment the API refused (`post-error` part): what failed, and the request id — or,
 * with no answer at all, a connection hint.
 *
 * @example `${error ? writeError(l, l.msg('feedPostError'), error) : nothing}`
 */
export const writeError = (l: LocalizeController<typeof en>, message: string, error: unknown): TemplateResult =>
  html`<div part="post-error" role="alert">
    <p>${message}</p>
    ${requestIdLine(l, error) ?? html`<p>${l.msg('connectionError')}</p>`}
  </div>`;

/**
 * The thread feed's comment sections: which posts' comments are open (each following its
 * post's comment store while open), the comments with "More comments", and the signed-in
 * reader's comment field — or a sign-in hint. Closes every section when its feed leaves the page.
 *
 * @example
 * ```ts
 * #comments = new FeedComments(this, { l10n: () => this.l10n, stores: () => this.#stores(), signedIn: () => this.signedIn });
 * html`<button @click=${() => this.#comments.toggle(post.id)}>…</button>${this.#comments.render(post.id)}`;
 * ```
 */
export class FeedComments implements ReactiveController {
  readonly #open = new Map<string, CommentsEntry>();

  constructor(
    private readonly host: MenteoElement,
    private readonly from: CommentSources,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** The open section of a post, if its comments are shown. */
  get(postId: string): CommentsEntry | undefined {
    return this.#open.get(postId);
  }

  /** Shows a post's comments (following its comment store), or hides them. */
  toggle(postId: string): void {
    const open = this.#open.get(postId);
    const stores = this.from.stores();
    if (open) {
      open.stop();
      this.#open.delete(postId);
    } else if (stores) {
      const store = commentStores(stores).postComments(postId);
      const entry: CommentsEntry = { postId, state: undefined, stop: () => {}, loadMore: () => store.loadMore(), refetch: () => store.refetch() };
      entry.stop = store.subscribe((state) => {
        entry.state = state;
        this.host.requestUpdate();
      });
      this.#open.set(postId, entry);
    }
    this.host.requestUpdate();
  }

  /** Closes every section (another thread-id, or the feed left the page). */
  close(): void {
    for (const entry of this.#open.values()) entry.stop();
    this.#open.clear();
  }

  /** An open section's content: loading, the comments, and the comment field. */
  render(entry: CommentsEntry): TemplateResult {
    const l = this.from.l10n();
    const state = entry.state;
    if (!state || (!state.loaded && !state.error)) return html`<p class="muted" role="status">${l.msg('feedLoadingComments')}</p>`;
    if (state.error && !state.items.length) {
      return html`<div role="alert">
        <p>${l.msg('feedCommentsError')}</p>
        ${requestIdLine(l, state.error) ?? nothing}
        <button part="retry-button" type="button" @click=${() => entry.refetch()}>${l.msg('retry')}</button>
      </div>`;
    }
    const id = `comment-${entry.postId}`;
    return html`${
      state.items.length
        ? html`<ol>
            ${state.items.map(
              (c) => html`<li part="comment">
                <p class="comment-head"><strong>${c.author.name}</strong> <time datetime=${c.createdAt}>${l.date(c.createdAt, { dateStyle: 'medium' })}</time></p>
                <div class="comment-body">${renderMarkdown(c.body)}</div>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${l.msg('feedNoComments')}</p>`
    }
      ${state.hasMore ? html`<button part="more-button" class="link" type="button" @click=${() => entry.loadMore()}>${l.msg('feedMoreComments')}</button>` : nothing}
      ${
        this.from.signedIn()
          ? html`<form part="comment-form" @submit=${(e: Event) => this.#comment(e, entry)}>
            <label class="visually-hidden" for=${id}>${l.msg('feedAddComment')}</label>
            <textarea part="comment-input" id=${id} rows="2" maxlength="2000" placeholder=${l.msg('feedAddComment')}></textarea>
            ${entry.error ? writeError(l, l.msg('feedCommentError'), entry.error) : nothing}
            <button part="comment-button" type="submit">${l.msg('feedComment')}</button>
          </form>`
          : html`<p part="sign-in-required">${l.msg('feedSignInToComment')}</p>`
      }`;
  }

  async #comment(event: Event, entry: CommentsEntry): Promise<void> {
    event.preventDefault();
    const stores = this.from.stores();
    const field = (event.target as HTMLFormElement).querySelector('textarea')!;
    const body = field.value.trim();
    if (!stores || !body) return;
    entry.error = undefined;
    try {
      await commentStores(stores).addComment(entry.postId, body);
      field.value = '';
    } catch (error) {
      entry.error = error; // the words stay in the field
    }
    this.host.requestUpdate();
  }
}
