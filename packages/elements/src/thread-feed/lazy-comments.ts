import type { Post } from '@menteo/sdk';
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { CommentSources, CommentsEntry, FeedComments } from './feed-comments.js';

/** A post's open comment section: the loaded one's entry, or only its post while the code loads. */
export type OpenComments = CommentsEntry | { postId: string };

/**
 * The thread feed's comment sections, whose code (feed-comments.ts: the list, the field, their
 * styles) is fetched the first time a reader opens one: an anonymous reader who never presses
 * "N comments" never downloads it, and the count stays in the first load. A section opened while
 * the module loads says "Loading comments…" and fills in when it arrives; the button pressed is
 * not re-rendered, so a keyboard reader's focus stays on it. A failed load says so, with a retry.
 * Then every call goes to the loaded FeedComments.
 *
 * @example
 * ```ts
 * #comments = new LazyComments(this, { l10n: () => this.l10n, stores: () => this.#stores(), signedIn: () => this.signedIn, signIn: () => void this.requestSignIn('comment') });
 * const open = this.#comments.get(post.id);
 * html`<button @click=${() => this.#comments.toggle(post.id)}>…</button>${open ? this.#comments.render(open, post) : nothing}`;
 * ```
 */
export class LazyComments implements ReactiveController {
  #comments: FeedComments | undefined;
  #loading: Promise<void> | undefined;
  #failed = false;
  /** Posts whose comments were opened before the module arrived. */
  readonly #waiting = new Set<string>();

  constructor(
    private readonly host: MenteoElement,
    private readonly from: CommentSources,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#waiting.clear();
  }

  /** The open section of a post, if its comments are shown (or on their way). */
  get(postId: string): OpenComments | undefined {
    if (this.#comments) return this.#comments.get(postId);
    return this.#waiting.has(postId) ? { postId } : undefined;
  }

  /** Shows a post's comments, loading their module first if needed, or hides them. */
  toggle(postId: string): void {
    if (this.#comments) {
      this.#comments.toggle(postId);
      return;
    }
    if (!this.#waiting.delete(postId)) {
      this.#waiting.add(postId);
      this.#load();
    }
    this.host.requestUpdate();
  }

  /** Closes every section (another thread-id). */
  close(): void {
    this.#comments?.close();
    this.#waiting.clear();
  }

  /** An open section's content: the comments once their module is here, else that they are loading (or could not be). */
  render(open: OpenComments, post: Post): TemplateResult {
    if (this.#comments && 'stop' in open) return this.#comments.render(open, post);
    const l = this.from.l10n();
    if (this.#failed)
      return html`<div role="alert">
        <p>${l.msg('feedCommentsError')}</p>
        <p>${l.msg('connectionError')}</p>
        <button part="retry-button" type="button" @click=${() => this.#load()}>${l.msg('retry')}</button>
      </div>`;
    return html`<p class="muted" role="status">${l.msg('feedLoadingComments')}</p>`;
  }

  #load(): void {
    this.#failed = false;
    this.#loading ??= import('./feed-comments.js').then(
      ({ FeedComments }) => {
        const comments = new FeedComments(this.host, this.from);
        this.#comments = comments;
        for (const postId of this.#waiting) comments.toggle(postId);
        this.#waiting.clear();
        this.host.requestUpdate();
      },
      () => {
        // Tried again from the section's retry button, or the next "N comments".
        this.#loading = undefined;
        this.#failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
