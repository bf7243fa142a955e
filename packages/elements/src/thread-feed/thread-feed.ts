import type { Post, ReactionKind, Thread } from '@menteo/sdk';
import { threadStores } from '@menteo/sdk/stores/threads';
import type { Pending, ThreadPostsState } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { states } from '../internal/states.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { signInView } from '../internal/sign-in-view.js';
import { loadError, requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { defineStrings } from '../locales/strings.js';
import { renderMarkdown, safeHref } from '../internal/markdown.js';
import { StoreController } from '../internal/store-controller.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import type { WindowedList } from '../internal/windowed-list.js';
import { controlStyles } from '../styles/controls.js';
import { toggleStyles } from '../styles/toggle.js';
import { baseStyles } from '../styles/tokens.js';
import { LazyComments } from './lazy-comments.js';
import { ownerReports } from './owner-reports-mount.js';
import type { PostAction, PostActions } from './post-actions.js';
import type { PostComposer } from './post-composer.js';
import { renderPostLink } from './post-link.js';
import { kinds, longBody, pageUrl, type Kind } from './post-parts.js';
import { renderReactions } from './post-reactions.js';
import { strings } from './thread-feed.strings.js';
import { styles } from './thread-feed.styles.js';
import { writeError } from './write-error.js';

/** Threads that can list this many posts or more are windowed (see `#window`). */
const windowFrom = 50;

/**
 * @summary A growth thread's posts, newest first, for a page or a blog's sidebar: the thread's
 * title, owner and counts; each post's kind, Markdown body (rendered safely), reactions and
 * comments; an "N new posts" banner as posts arrive live. Scrolling loads older posts; in a long
 * thread (50 posts or more) only the posts in view are in the DOM. With only a publishable key it is
 * read-only; signed in, people react and comment; the thread's owner also posts from it (posts
 * written offline wait in the outbox and are sent when the network is back).
 *
 * @csspart base - The whole feed.
 * @csspart header - Title, owner and counts.
 * @csspart title - The thread's title.
 * @csspart owner - The owner's name.
 * @csspart counts - Post and follower counts.
 * @csspart follow-button - Follow / Following (`aria-pressed`); not for the thread's owner.
 * @csspart reports-toggle - The owner's "Reports (N)" button, and the list it opens: `reports-panel`, each `report` (`report-excerpt`, `report-actions`, `report-outcome`).
 * @csspart composer - The owner's form for a new post (never in `compact`).
 * @csspart composer-kind - The kind select.
 * @csspart composer-link - "Link to…": the select of the owner's roadmap steps and room goals (`aria-invalid` when the API refused the link); shown once there is one.
 * @csspart composer-body - The Markdown textarea.
 * @csspart composer-button - The "Post" button.
 * @csspart post-error - Why the last post was refused, with the request id.
 * @csspart new-posts-banner - The "Show N new posts" button.
 * @csspart feed - The list of posts (`role="feed"`).
 * @csspart post - One post (an `<article>`); also `post-pending` while it is being sent.
 * @csspart badge - The post's kind (icon and name); also `badge-<kind>`.
 * @csspart date - When the post was written.
 * @csspart visibility - Who can see the post (the thread's visibility), for the owner only.
 * @csspart post-link - The roadmap step or room goal the post is about ("Step 3 of …").
 * @csspart post-edit-button - The owner's Edit; also `post-delete-button`, and a signed-in reader's `post-report-button`.
 * @csspart post-edit - The owner's inline edit form, in the body's place (`post-edit-send`, `post-edit-cancel`).
 * @csspart post-delete - The delete confirmation (`post-delete-send`, `post-delete-cancel`).
 * @csspart post-report - A reader's report form (`post-report-send`, `post-report-cancel`); `post-report-sent` after.
 * @csspart body - The post's rendered Markdown.
 * @csspart show-more - "Show more" / "Show less" for long bodies in `compact`.
 * @csspart pending - "Sending…" / "Queued" on a post not confirmed yet.
 * @csspart reactions - The reaction buttons.
 * @csspart reaction-button - One reaction (`aria-pressed` when it is yours), with its tooltip; also `reaction-<kind>`. The bookmark is the reader's private Save / Saved, with no count.
 * @csspart reaction-error - Why a reaction was undone.
 * @csspart sign-in-required - The message shown when a signed-out person tries to react, and in place of the comment field.
 * @csspart sign-in-button - Under the comments of a signed-out reader: fires `menteo-sign-in-required` (`comment`), then does what `sign-in` says (the hosted popup, the site's login).
 * @csspart sign-in-error - A sign-in that did not finish (popup closed or blocked, access denied): a short message.
 * @csspart account - "Signed in as <name> · Sign out" in the header, for a reader who signed in through the hosted popup.
 * @csspart sign-out-button - Signs that reader out of every element of the page.
 * @csspart comments-button - The button that shows or hides a post's comments.
 * @csspart comments - A post's comments.
 * @csspart comment - One comment.
 * @csspart more-button - "More comments".
 * @csspart comment-form - The signed-in reader's comment field and button.
 * @csspart comment-input - The comment field.
 * @csspart comment-button - The "Comment" button.
 * @csspart replies - A comment's replies, indented under it.
 * @csspart comment-hidden - A comment the owner hid (their view only), on top of `comment`.
 * @csspart hidden-mark - "Hidden" on such a comment.
 * @csspart comment-actions - What the signed-in reader may do with a comment (Reply, Edit, Delete, Report; the owner's Hide and Block author).
 * @csspart reply-form - The reply field under a comment.
 * @csspart edit-form - The inline edit of a comment.
 * @csspart report-form - The report form of a comment (reason and note).
 * @csspart confirm - The in-page confirmation of a delete or a block.
 * @csspart comment-notice - "Thanks" after a report, "already reported", an author blocked (with Unblock).
 * @csspart comments-locked - "Comments are locked." in place of the comment field.
 * @csspart lock-button - The owner's "Lock comments" / "Unlock comments".
 * @csspart view-thread - The link to the whole thread when `limit` cut it.
 * @csspart status - "Loading more posts…" / end of the thread.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message of a thread without posts, or of a page no thread names (`canonical-url`).
 * @csspart error - The load error with its request id and a retry button; also "not found".
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-feed-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-feed-color - Text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-feed-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-feed-border-color - Borders and separators (default `--menteo-color-outline`).
 * @cssprop --menteo-feed-radius - Corner radius (default `--menteo-radius`).
 * @cssprop --menteo-feed-padding - Padding (default `--menteo-space-4`).
 * @cssprop --menteo-feed-accent-color - Links, pressed reactions, the banner (default `--menteo-color-primary`).
 * @cssprop --menteo-feed-badge-update - The update badge's color (default a blue).
 * @cssprop --menteo-feed-badge-challenge - The challenge badge's color (default an orange).
 * @cssprop --menteo-feed-badge-breakthrough - The breakthrough badge's color (default a violet).
 * @cssprop --menteo-feed-badge-milestone - The milestone badge's color (default a green).
 * @cssprop --menteo-feed-badge-question - The question badge's color (default a teal).
 *
 * @fires menteo-post-created - The API stored a post written in the composer; `detail` has `threadId` and `post`.
 * @fires menteo-reaction-change - The API accepted a reaction; `detail` has `postId`, `kind`, `active` and `reactions`.
 * @fires menteo-sign-in-required - A signed-out person tried to react or follow; `detail.action` says what.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <!-- A blog's sidebar: a publishable key is all it needs. -->
 * <menteo-thread-feed thread-id="thr_learningtolead" publishable-key="pk_live_…" compact limit="5"></menteo-thread-feed>
 * <!-- One snippet for every post of a blog: the thread whose canonicalUrl is this page. -->
 * <menteo-thread-feed canonical-url="auto" publishable-key="pk_live_…"></menteo-thread-feed>
 * ```
 */
export class MenteoThreadFeed extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, toggleStyles, styles];

  static override properties = {
    threadId: { attribute: 'thread-id', reflect: true },
    canonicalUrl: { attribute: 'canonical-url' },
    limit: { type: Number },
    compact: { type: Boolean, reflect: true },
    ...states('signInFor', 'unclamped', 'reactionError', 'followError'),
  };

  constructor() {
    super();
    this.compact = false;
    this.unclamped = new Set<string>();
  }

  /** The thread to show (`thr_…`). */
  declare threadId: string | undefined;

  /**
   * Without `thread-id`: the page the thread is embedded on, to find it by (one snippet for every
   * post of a blog). `auto` is this page: its `<link rel="canonical">`, else its address without
   * query or fragment. A page no thread names shows an empty state. Only one person's threads
   * can name a page (the API refuses anyone else's): no reader can put their thread on yours.
   */
  declare canonicalUrl: string | undefined;

  /** Show at most this many posts (newest first), then a link to the whole thread when it has a `canonicalUrl`. Unset: every post, loaded as the reader scrolls. */
  declare limit: number | undefined;

  /** For sidebars (about 300 px): smaller type, long bodies cut behind "Show more", no composer. */
  declare compact: boolean;

  declare private reactionError: { postId: string; error: unknown } | undefined;
  declare private followError: unknown;
  /** What a signed-out reader just tried: `follow`, or the id of the post they reacted to. */
  declare private signInFor: string | undefined;
  declare private unclamped: Set<string>;

  protected readonly l10n = new LocalizeController(this, strings);
  #stores = () => this.connection.value?.stores;
  #threads = () => {
    const stores = this.#stores();
    return stores && threadStores(stores);
  };
  #page = () => (this.threadId ? undefined : pageUrl(this.canonicalUrl));
  /** The thread found by `canonical-url` (`null`: none names this page). */
  #found = new StoreController<Thread | null>(this, () => {
    const page = this.#page();
    return page ? this.#threads()?.threadAt(page) : undefined;
  });
  /** The thread shown: `thread-id`'s, or the one found by page. */
  #id = () => this.threadId || this.#found.state.data?.id;
  #thread = new StoreController<Thread>(this, () => {
    const id = this.#id();
    return id ? this.#threads()?.thread(id) : undefined;
  });
  #posts = new PagedStoreController<ThreadPostsState>(this, () => {
    const id = this.#id();
    return id ? this.#threads()?.threadPosts(id) : undefined;
  });
  /** Edit, delete and report, loaded on their first use. */
  #actions: PostActions | undefined;
  /** The owner's composer, loaded when the feed first renders for its owner. */
  #composer: PostComposer | undefined;
  #composerRequested = false;
  #shownId: string | undefined;
  /** Comment sections; their module (and the comment section's styles) loads on the first "N comments". */
  #comments = new LazyComments(this, {
    l10n: () => this.l10n,
    stores: () => this.#stores(),
    signedIn: () => this.signedIn,
    signIn: () => void this.requestSignIn('comment'),
  });
  /**
   * A long thread renders only the posts in view, plus an overscan (internal/windowed-list.ts):
   * its module is fetched when the feed first meets a thread of {@link windowFrom} posts or more,
   * so a blog's five latest posts never load it. Until then (and if it cannot be fetched) every
   * post loaded is rendered, and {@link #nearEnd} says when to load the next page.
   */
  #window: WindowedList<Pending<Post>> | undefined;
  #windowing: 'no' | 'loading' | 'done' = 'no';
  #nearEnd: IntersectionObserver | undefined;

  protected override willUpdate(): void {
    this.#windowIfLong();
    const id = this.#id();
    if (id !== this.#shownId) {
      this.#shownId = id;
      this.#comments.close();
      this.reactionError = this.signInFor = undefined;
      this.unclamped = new Set();
    }
    // Signed in since "Sign in to react" showed: the invitation has been taken.
    if (this.signInFor && this.signedIn) this.signInFor = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#nearEnd?.disconnect();
  }

  /** Starts fetching the windowed list when the thread shown can list {@link windowFrom} posts or more. */
  #windowIfLong(): void {
    const thread = this.#thread.state.data;
    if (this.#windowing !== 'no' || !thread) return;
    const most = Math.max(thread.counts.posts, this.#posts.state?.items.length ?? 0);
    if ((this.limit && this.limit > 0 ? Math.min(this.limit, most) : most) < windowFrom) return;
    this.#windowing = 'loading';
    import('../internal/windowed-list.js')
      .then(({ WindowedList }) => {
        this.#window = new WindowedList(this, { container: () => this.renderRoot.querySelector<HTMLElement>('[part~="feed"]'), key: (post) => post.id });
        this.#nearEnd?.disconnect();
      })
      // Not fetched (offline, a blocked chunk): every post is rendered, as for a short thread.
      .catch(() => undefined)
      .finally(() => {
        this.#windowing = 'done';
        this.requestUpdate();
      });
  }

  protected override updated(): void {
    // After this update, not within it: loading changes the store, which schedules the next one.
    queueMicrotask(() => this.#maybeLoadMore());
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const thread = this.#thread.state;
    const posts = this.#posts.state;
    const found = this.#found.state;
    return this.renderStatus<Thread | 'none'>({
      needed: this.#id() || this.#page(),
      // No thread names this page: a state of its own, not a load that never ends.
      // A long thread waits for its windowed list: all its posts rendered at once would be the jank the list avoids.
      data: found.data === null ? 'none' : posts?.loaded && this.#windowing !== 'loading' && thread.data,
      error:
        (!found.data && !found.loading && found.error) ||
        (!thread.data && !thread.loading && thread.error) ||
        (posts && !posts.loaded && !posts.loading && posts.error),
      says: { failed: l.msg('feedLoadError'), notFound: l.msg('feedNotFound'), loading: l.msg('feedLoading') },
      // A private thread answers 404 to whoever may not see it: it looks like one that does not exist.
      notFoundHint: this.signedIn ? undefined : html`<p class="hint">${l.msg('feedPrivateHint')}</p>`,
      complete: (data) => (data === 'none' ? html`<p part="empty">${l.msg('feedNoThread')}</p>` : this.#renderThread(data, posts!)),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          <div class="bone title"></div>
          <div class="bone short"></div>
          ${[1, 2, 3].map(() => html`<div class="bone post"></div>`)}
        </div>`,
    });
  }

  /** The posts shown: every one loaded, or the newest `limit`. */
  #shown(items: Pending<Post>[]): Pending<Post>[] {
    return this.limit && this.limit > 0 ? items.slice(0, this.limit) : items;
  }

  #renderThread(thread: Thread, posts: ThreadPostsState): TemplateResult {
    const l = this.l10n;
    const items = this.#shown(posts.items);
    const total = thread.counts.posts;
    const cut = !!this.limit && this.limit > 0 && (total > this.limit || posts.items.length > this.limit);
    const setSize = cut ? items.length : Math.max(total, items.length);
    const owner = !!thread.viewer?.isOwner;
    // The thread's permalink, never its canonicalUrl: that is the page the reader may be on.
    const whole = safeHref(thread.htmlUrl);
    const busy = posts.loading || posts.loadingMore;
    const row = (post: Pending<Post>, index: number) => this.#renderPost(post, index, setSize, thread);
    return html`<header part="header">
          <h2 part="title" id="title" aria-level=${this.headingLevel}>${thread.title}</h2>
          <p part="owner">${l.msg('feedBy', { name: thread.owner.name })}</p>
          <!-- Counts (and the comments button) take the direction of their own words: with the
               English catalog on a right-to-left page, "12 posts", not "posts 12". -->
          <p part="counts">
            <span dir="auto">${l.msg('feedPosts', { count: total, formatted: l.number(total) })}</span>
            <span aria-hidden="true">·</span>
            <span dir="auto">${l.msg('feedFollowers', { count: thread.counts.followers, formatted: l.number(thread.counts.followers) })}</span>
          </p>
          ${
            owner
              ? nothing
              : html`<button part="follow-button" class="toggle" type="button" aria-pressed=${thread.viewer?.following ? 'true' : 'false'} @click=${() => this.#follow(thread)}>
                ${l.msg(thread.viewer?.following ? 'feedFollowing' : 'feedFollow')}
              </button>`
          }
          ${this.signInFor === 'follow' ? html`<p part="sign-in-required" role="status">${l.msg('feedSignInToFollow')}</p>` : nothing}
          ${signInView?.notice(this, l)} ${signInView?.account(this.connection.value, l)}
          ${this.followError ? writeError(l, l.msg('feedFollowError'), this.followError) : nothing}
          ${owner ? ownerReports(thread.id, this.#stores(), this.headingLevel + 1) : nothing}
        </header>
        ${owner && !this.compact ? this.#renderComposer(thread.id) : nothing}
        ${
          posts.pendingNew
            ? html`<button part="new-posts-banner" type="button" @click=${this.#showNew}>
              <span aria-hidden="true">↑</span> ${l.msg('feedNew', { count: posts.pendingNew })}
            </button>`
            : nothing
        }
        <div class="visually-hidden" role="status">${posts.pendingNew ? l.msg('feedNewAnnounce', { count: posts.pendingNew }) : ''}</div>
        ${
          items.length
            ? html`<div part="feed" class=${this.#window ? 'windowed' : ''} role="feed" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'} @keydown=${this.#onKeydown}>
              ${this.#window ? this.#window.render(items, row, (post, index) => this.#postDeps(post, index, setSize, thread)) : repeat(items, (post) => post.id, row)}
            </div>`
            : html`<p part="empty">${l.msg(owner ? 'feedEmptyOwner' : 'feedEmpty')}</p>`
        }
        ${posts.error && posts.loaded ? loadError(l, l.msg('feedLoadError'), posts.error, () => this.#posts.loadMore()) : nothing}
        ${cut && whole ? html`<a part="view-thread" href=${whole} rel="noopener">${l.msg('feedViewThread')}</a>` : nothing}
        ${posts.loadingMore ? html`<p part="status" role="status">${l.msg('feedLoadingMore')}</p>` : nothing}`;
  }

  /** The owner's composer: its module is fetched the first time the feed renders for its owner, so a reader's page never loads it. */
  #renderComposer(threadId: string): TemplateResult | typeof nothing {
    if (this.#composer) return this.#composer.render(threadId);
    if (!this.#composerRequested) {
      this.#composerRequested = true;
      // The writer's stores come with it (writer-stores.ts).
      Promise.all([import('./post-composer.js'), import('./writer-stores.js')]).then(
        ([{ PostComposer }, { draftOf, postLinkTargetStores }]) => {
          const stores = () => this.#stores();
          this.#composer ??= new PostComposer(this, {
            html,
            nothing,
            l: this.l10n,
            localize: (source, es) => new LocalizeController(this, defineStrings(source, { es })),
            error: (message, error) => writeError(this.l10n, message, error),
            kinds: Object.keys(kinds) as Kind[],
            threadId: () => this.#id(),
            draft: (key) => stores() && draftOf(stores()!, key),
            linkTargets: () => stores() && postLinkTargetStores(stores()!).linkTargets(),
            create: (id, body) => threadStores(stores()!).createPost(id, body),
            headingLevel: () => this.headingLevel,
          });
          this.requestUpdate();
        },
        () => {
          this.#composerRequested = false; // tried again on the next render
        },
      );
    }
    return nothing;
  }

  /**
   * What a post's rendering reads besides the post (see WindowedList's `render`): while it is the
   * same, the post is not rendered again. Nothing for a post whose comments or form are open,
   * which change as the reader types.
   */
  #postDeps(post: Pending<Post>, index: number, setSize: number, thread: Thread): unknown[] | undefined {
    const { id } = post;
    const actions = this.#actions;
    if (this.#comments.get(id) || actions?.isOpen(id)) return undefined;
    return [
      post,
      index,
      setSize,
      thread,
      this.compact,
      this.unclamped,
      this.signedIn,
      this.signInFor,
      this.reactionError,
      this.l10n.lang,
      actions?.reported(id),
    ];
  }

  #renderPost(post: Pending<Post>, index: number, setSize: number, thread: Thread): TemplateResult {
    const l = this.l10n;
    const id = post.id;
    const owner = !!thread.viewer?.isOwner;
    const editing = this.#actions?.editing(id);
    const clamp = this.compact && longBody(post.body) && !this.unclamped.has(id);
    const open = this.#comments.get(id);
    // The stores keep it live (comments written, deleted or hidden here or by others); the owner's open list also holds hidden ones.
    const comments = post.commentCount;
    // No white space between tags where it shows nothing and names nothing (an article is a grid,
    // its reactions a row): it was 38 of a post's 127 nodes, and a long thread's window adds five
    // posts a frame while the reader scrolls. Hence the `><` at the starts of lines. The head keeps
    // its spaces: it is the article's name (aria-labelledby), read word by word.
    return html`<article
      part=${post.pending ? 'post post-pending' : 'post'}
      tabindex="0"
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      aria-labelledby="label-${id}"
      aria-describedby="body-${id}"
      data-post-id=${id}
    ><p class="post-head" id="label-${id}">
        <span part="badge badge-${post.kind}" class="badge ${post.kind}"><span aria-hidden="true">${kinds[post.kind]}</span> ${l.msg(`feedKind_${post.kind}`)}</span>
        <time part="date" datetime=${post.createdAt}>${l.date(post.createdAt, { dateStyle: 'medium' })}</time>
        ${post.editedAt ? html`<span class="edited">(${l.msg('feedEdited')})</span>` : nothing}
        ${owner ? html`<span part="visibility">${l.msg(`feedVisibility_${thread.visibility}`)}</span>` : nothing}
      </p
    >${renderPostLink(l, post.link)}${
      editing ? this.#actions!.render(id) : html`<div part="body" id="body-${id}" class=${clamp ? 'clamped' : ''} dir="auto">${renderMarkdown(post.body)}</div>`
    }${
      this.compact && longBody(post.body)
        ? html`<button part="show-more" class="link" type="button" aria-expanded=${clamp ? 'false' : 'true'} aria-controls="body-${id}" @click=${() => this.#toggleClamp(id)}>${l.msg(
            clamp ? 'feedShowMore' : 'feedShowLess',
          )}</button>`
        : nothing
    }${
      post.pending
        ? html`<p part="pending"><span aria-hidden="true">${post.pending === 'queued' ? '⏸' : '↻'}</span> ${l.msg(post.pending === 'queued' ? 'feedQueued' : 'feedSending')}</p>`
        : html`${this.#renderReactions(post)}${this.#renderTools(post, owner)}${editing ? nothing : (this.#actions?.render(id) ?? nothing)}<button
              part="comments-button"
              class="link"
              type="button"
              dir="auto"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="comments-${id}"
              @click=${() => this.#comments.toggle(id)}
            >${l.msg('feedComments', { count: comments, formatted: l.number(comments) })}</button
            ><div part="comments" id="comments-${id}" ?hidden=${!open}>${open ? this.#comments.render(open, post) : nothing}</div>`
    }</article>`;
  }

  /**
   * The owner's Edit and Delete, a signed-in reader's Report (their forms load on first use).
   * Report reads "Reported" once the reader reported the post (the API says so after a reload);
   * it still opens the form, which says so and lets them change their reason.
   */
  #renderTools(post: Post, owner: boolean): TemplateResult | typeof nothing {
    if (!this.signedIn) return nothing;
    const l = this.l10n;
    const tool = (action: PostAction, label: string) =>
      html`<button part="post-${action}-button" class="link" type="button" @click=${(e: Event) => this.#act(post, action, e.currentTarget as HTMLElement)}>${label}</button>`;
    return html`<p class="tools">${owner ? html`${tool('edit', l.msg('feedEdit'))} ${tool('delete', l.msg('feedDelete'))}` : tool('report', l.msg(post.viewerReported || this.#actions?.reported(post.id) ? 'feedReported' : 'feedReport'))}</p>`;
  }

  async #act(post: Post, action: PostAction, opener: HTMLElement): Promise<void> {
    if (!this.#actions) {
      const [{ PostActions }, { moderationStores, threadEditStores }] = await Promise.all([import('./post-actions.js'), import('./writer-stores.js')]);
      const stores = () => this.#stores()!;
      this.#actions ??= new PostActions(this, {
        html,
        nothing,
        localize: (source, es) => new LocalizeController(this, defineStrings(source, { es })),
        error: (message, error) => writeError(this.l10n, message, error),
        edit: (postId, body) => threadEditStores(stores()).editPost(postId, body),
        remove: (postId) => threadEditStores(stores()).deletePost(postId),
        report: (postId, body) => moderationStores(stores()).report({ postId }, body),
      });
    }
    this.#actions.open(post, action, opener);
  }

  async #follow(thread: Thread): Promise<void> {
    if (!this.signedIn) {
      this.signInFor = 'follow';
      void this.requestSignIn('follow');
      return;
    }
    this.followError = undefined;
    try {
      // Optimistic in the store: pressed and counted now, undone if refused.
      await this.#threads()?.toggleFollow(thread.id);
    } catch (error) {
      this.followError = error;
    }
  }

  #renderReactions(post: Pending<Post>): TemplateResult {
    const l = this.l10n;
    const error = this.reactionError?.postId === post.id ? this.reactionError.error : undefined;
    return html`${renderReactions(l, post, (kind) => this.#react(post, kind))}${
      this.signInFor === post.id ? html`<p part="sign-in-required" role="status">${l.msg('feedSignInToReact')}</p>` : nothing
    }${
      error
        ? html`<div part="reaction-error" role="alert">
            <p>${l.msg('feedReactionError')}</p>
            ${requestIdLine(this.l10n, error) ?? nothing}
          </div>`
        : nothing
    }`;
  }

  async #react(post: Post, kind: ReactionKind): Promise<void> {
    const threads = this.#threads();
    if (!threads) return;
    if (!this.signedIn) {
      // Not a silent failure: the reader is told, and the page may open its sign-in.
      this.signInFor = post.id;
      void this.requestSignIn('react');
      return;
    }
    this.reactionError = undefined;
    try {
      // Optimistic in the store: the count and aria-pressed change now, and are undone if refused.
      const update = await threads.toggleReaction(post.id, kind);
      this.emit('menteo-reaction-change', { postId: post.id, kind, active: update.viewerReactions.includes(kind), reactions: update.reactions });
    } catch (error) {
      this.reactionError = { postId: post.id, error };
    }
  }

  #toggleClamp(id: string): void {
    const next = new Set(this.unclamped);
    if (!next.delete(id)) next.add(id);
    this.unclamped = next;
  }

  #showNew(): void {
    this.#threads()?.threadPosts(this.#id()!).showNew();
    // The new posts are on top: focus goes to the newest, so the reader lands where the banner was.
    void this.updateComplete.then(() => this.#focusPost(0));
  }

  #maybeLoadMore(): void {
    const posts = this.#posts.state;
    if (!posts?.loaded || !posts.hasMore || posts.loadingMore || posts.error) return;
    if (this.limit && this.limit > 0 && posts.items.length >= this.limit) return;
    if (!this.#window) {
      this.#watchNearEnd();
      return;
    }
    const { last } = this.#window.range;
    if (last >= 0 && last >= posts.items.length - 6) void this.#posts.loadMore();
  }

  /**
   * Every post rendered (a short thread): the next page loads when one of the last six posts comes
   * within a screen of the window's view (or into view, in a scrolling box: a margin only widens
   * the window's edges, not a box's).
   */
  #watchNearEnd(): void {
    const articles = this.renderRoot.querySelectorAll('[part~="feed"] > article');
    this.#nearEnd ??= new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#nearEnd!.disconnect();
        void this.#posts.loadMore();
      },
      { rootMargin: '100% 0px' },
    );
    this.#nearEnd.disconnect();
    for (const article of [...articles].slice(-6)) this.#nearEnd.observe(article);
  }

  /** Page Down / Page Up move between posts (the feed pattern's keys). */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const article = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.localName === 'article');
    if (!article) return;
    event.preventDefault();
    void this.#focusPost(Number(article.getAttribute('aria-posinset')) - 1 + (event.key === 'PageDown' ? 1 : -1));
  }

  /** Focuses the post at `index`, scrolling it into the DOM first if it was not rendered. */
  async #focusPost(index: number): Promise<void> {
    const shown = () => this.#shown(this.#posts.state?.items ?? []);
    // Past the last loaded post: the next page comes first (the feed is busy meanwhile).
    if (index === shown().length && this.#posts.state?.hasMore && !(this.limit && index >= this.limit)) await this.#posts.loadMore();
    const post = shown()[index];
    if (!post) return;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`article[data-post-id="${CSS.escape(post.id)}"]`);
    if (!find()) {
      await this.updateComplete; // the list knows of a page just loaded
      this.#window?.scrollToIndex(index);
    }
    // Rendered by the next update; its size is known a frame later.
    for (let frame = 0; frame < 20 && !find(); frame++) await new Promise(requestAnimationFrame);
    find()?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-thread-feed': MenteoThreadFeed;
  }
}
