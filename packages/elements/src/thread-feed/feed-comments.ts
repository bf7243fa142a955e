import type { Post } from '@menteo/sdk';
import { commentStores, groupReplies } from '@menteo/sdk/stores/comments';
import { identify } from '@menteo/sdk/stores/identity';
import { threadStores } from '@menteo/sdk/stores/threads';
import type { Comment, PagedState, StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { AtomFollower } from '../internal/atom-follower.js';
import { addLateStyles } from '../internal/late-styles.js';
import { requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import { renderMarkdown } from '../internal/markdown.js';
import type { CommentActions } from './comment-actions.js';
import { commentRefusal } from './comment-errors.js';
import { commentStyles } from './comment-styles.js';
import { type en as commentsEn, strings } from './feed-comments.strings.js';
import type { en } from './thread-feed.strings.js';
import { writeError } from './write-error.js';

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
  /** What the signed-out reader's "Sign in" does: the element's sign-in (the event, then the page's mode). */
  signIn(): void;
}

/**
 * Where a comment section is, as its actions need it: the thread (and whether the reader owns
 * it), the post (is it locked?) and who the signed-in reader is, once the SDK knows.
 */
export interface CommentPlace {
  stores: StoreContext;
  threadId: string;
  owner: boolean;
  post: Post;
  me: string | undefined;
  signedIn: boolean;
}

/**
 * The thread feed's comment sections: which posts' comments are open (each following its
 * post's comment store while open, so comments and replies others write, edit, delete or the
 * owner hides change here live), the conversation (top-level comments with their replies
 * indented under them), "More comments", and the signed-in reader's comment field — or a
 * sign-in hint, or "Comments are locked". What a signed-in reader may do with each comment
 * (reply; edit and delete their own; report others'; the owner hides, deletes, blocks and
 * locks) is in comment-actions.ts, loaded when a signed-in reader first opens a section, so an
 * anonymous reader's page never carries it. Closes every section when its feed leaves the page.
 * This module itself loads on the first "N comments" (lazy-comments.ts), and brings its styles.
 *
 * @example
 * ```ts
 * const { FeedComments } = await import('./feed-comments.js');
 * const comments = new FeedComments(host, { l10n: () => host.l10n, stores: () => stores, signedIn: () => host.signedIn, signIn: () => void host.requestSignIn('comment') });
 * html`<button @click=${() => comments.toggle(post.id)}>…</button>${open ? comments.render(open, post) : nothing}`;
 * ```
 */
export class FeedComments implements ReactiveController {
  readonly #open = new Map<string, CommentsEntry>();
  #actions: CommentActions | undefined;
  /** The list's and field's own strings (the count, loading and errors are the feed's). */
  readonly #c: LocalizeController<typeof commentsEn>;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: CommentSources,
  ) {
    host.addController(this);
    this.#c = new LocalizeController(host, strings);
    // Which comments are the reader's own is known once the SDK learns who is signed in.
    new AtomFollower(host, () => from.stores()?.user);
    // The section's rules come with this module, after the feed's own.
    addLateStyles(host.renderRoot, commentStyles);
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
      if (this.from.signedIn()) void identify(stores).catch(() => {}); // unknown: no comment is marked as theirs
    }
    this.host.requestUpdate();
  }

  /** Closes every section (another thread-id, or the feed left the page). */
  close(): void {
    for (const entry of this.#open.values()) entry.stop();
    this.#open.clear();
  }

  /** An open section's content (`post`: the post it is under): loading, the comments, and the comment field. */
  render(entry: CommentsEntry, post: Post): TemplateResult {
    const l = this.from.l10n();
    const c = this.#c;
    const state = entry.state;
    if (!state || (!state.loaded && !state.error)) return html`<p class="muted" role="status">${l.msg('feedLoadingComments')}</p>`;
    if (state.error && !state.items.length) {
      return html`<div role="alert">
        <p>${l.msg('feedCommentsError')}</p>
        ${requestIdLine(l, state.error) ?? nothing}
        <button part="retry-button" type="button" @click=${() => entry.refetch()}>${l.msg('retry')}</button>
      </div>`;
    }
    const place = this.#place(post);
    // What a signed-in reader may do (the buttons and their forms) arrives with its module, loaded now.
    if (place?.signedIn)
      this.#loading ??= import('./comment-actions.js').then(({ CommentActions }) => {
        this.#actions = new CommentActions(this.host, this.from.l10n);
        this.host.requestUpdate();
      });
    const threads = groupReplies(state.items);
    return html`${
      threads.length
        ? html`<ol>
            ${threads.map(({ comment, replies }) =>
              this.#renderComment(
                comment,
                comment,
                place,
                html`${
                  replies.length
                    ? html`<ol part="replies" aria-label=${c.msg('commentReplies', { name: comment.author.name })}>
                      ${replies.map((reply) => this.#renderComment(reply, comment, place))}
                    </ol>`
                    : nothing
                }
                ${place ? (this.#actions?.replyForm(comment, place) ?? nothing) : nothing}`,
              ),
            )}
          </ol>`
        : html`<p class="muted">${c.msg('feedNoComments')}</p>`
    }
      ${state.hasMore ? html`<button part="more-button" class="link" type="button" @click=${() => entry.loadMore()}>${c.msg('feedMoreComments')}</button>` : nothing}
      ${this.#renderField(entry, place)}`;
  }

  /**
   * One comment: who and when, "(edited)", the owner's "Hidden" mark, its text (or its edit
   * form), what the reader may do, then `replies` (a top-level comment's, and its reply form).
   */
  #renderComment(comment: Comment, top: Comment, place: CommentPlace | undefined, replies: unknown = nothing): TemplateResult {
    const l = this.from.l10n();
    const c = this.#c;
    const editing = place && this.#actions?.editForm(comment, place);
    return html`<li part=${comment.hidden ? 'comment comment-hidden' : 'comment'} data-comment-id=${comment.id}>
      <p class="comment-head">
        <strong>${comment.author.name}</strong> <time datetime=${comment.createdAt}>${l.date(comment.createdAt, { dateStyle: 'medium' })}</time>
        ${comment.editedAt ? html`<span class="edited">(${l.msg('feedEdited')})</span>` : nothing}
        ${comment.hidden ? html`<span part="hidden-mark" class="hidden-mark">${c.msg('commentHidden')}</span>` : nothing}
      </p>
      ${editing || html`<div class="comment-body" dir="auto">${renderMarkdown(comment.body)}</div>`}
      ${place ? (this.#actions?.controls(comment, top, place) ?? nothing) : nothing}
      ${replies}
    </li>`;
  }

  /** Below the comments: the field (or why there is none), and the owner's lock. */
  #renderField(entry: CommentsEntry, place: CommentPlace | undefined): TemplateResult {
    const l = this.from.l10n();
    const c = this.#c;
    const id = `comment-${entry.postId}`;
    const post = place?.post;
    const field = post?.commentsLocked
      ? html`<p part="comments-locked">${l.msg('commentsLocked')}</p>`
      : this.from.signedIn()
        ? html`<form part="comment-form" @submit=${(e: Event) => this.#comment(e, entry)}>
            <label class="visually-hidden" for=${id}>${c.msg('feedAddComment')}</label>
            <textarea part="comment-input" id=${id} rows="2" maxlength="2000" placeholder=${c.msg('feedAddComment')}></textarea>
            ${entry.error ? writeError(l, commentRefusal(l, l.msg('feedCommentError'), entry.error), entry.error) : nothing}
            <button part="comment-button" type="submit">${c.msg('feedComment')}</button>
          </form>`
        : html`<p part="sign-in-required">
            ${c.msg('feedSignInToComment')}
            <button part="sign-in-button" class="link" type="button" @click=${() => this.from.signIn()}>${c.msg('feedSignIn')}</button>
          </p>`;
    return html`${field}${place ? (this.#actions?.lockControl(place) ?? nothing) : nothing}`;
  }

  /** The thread, post and reader a section's actions need (the thread from the store the feed itself follows). */
  #place(post: Post): CommentPlace | undefined {
    const stores = this.from.stores();
    if (!stores) return undefined;
    return {
      stores,
      threadId: post.threadId,
      owner: !!threadStores(stores).thread(post.threadId).get().data?.viewer?.isOwner,
      post,
      me: stores.user.get(),
      signedIn: this.from.signedIn(),
    };
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
