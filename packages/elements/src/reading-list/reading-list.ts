import { bookmarkStores } from '@menteo/sdk/stores/bookmarks';
import { threadStores } from '@menteo/sdk/stores/threads';
import type { PagedState, ReadingListEntry } from '@menteo/sdk/stores';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MenteoConnectedElement } from '../internal/connected-element.js';
import { notice } from '../internal/notice.js';
import { loadError, requestIdLine } from '../internal/load-error.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { renderMarkdown } from '../internal/markdown.js';
import { states } from '../internal/states.js';
import { signInView } from '../internal/sign-in-view.js';
import { safeHref } from '../internal/safe-href.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { sweepAfterUpdates } from '../internal/sweep-markers.js';
import { controlStyles } from '../styles/controls.js';
import { baseStyles } from '../styles/tokens.js';
import { kinds } from '../thread-feed/post-parts.js';
import { strings } from './reading-list.strings.js';
import { styles } from './reading-list.styles.js';
import { ThreadLinks } from './thread-links.js';

type Entries = PagedState<ReadingListEntry>;

/** How much of a post the list shows: enough to recognise it, cut at a word. */
const excerptLength = 240;

/**
 * The start of a post's Markdown, cut at a word with an ellipsis; rendered by the same safe
 * renderer as the feed (a cut inside `**` or a link only leaves those characters as text).
 *
 * @example `excerpt('word '.repeat(100)).length <= 241 // true`
 */
export const excerpt = (body: string): string => {
  if (body.length <= excerptLength) return body;
  const cut = body.slice(0, excerptLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > excerptLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/**
 * @summary The signed-in reader's reading list: the posts they saved with a feed's Bookmark
 * button, newest saved first, a page at a time. Each shows its thread's title (a link to the
 * thread's hosted page), its kind, when it was saved and the start of its text; "Remove" takes
 * it off the list at once (and puts it back if the API refuses). A post saved in a feed on the
 * same page appears here live. Bookmarks are private: nobody else sees them.
 *
 * @csspart base - The whole list.
 * @csspart title - The list's heading.
 * @csspart entries - The list of saved posts.
 * @csspart entry - One saved post.
 * @csspart thread-link - The thread's title, a link to its hosted page (plain text until the link is known).
 * @csspart badge - The post's kind (icon and name); also `badge-<kind>`.
 * @csspart saved - When the post was saved.
 * @csspart excerpt - The start of the post's text, rendered from Markdown.
 * @csspart remove-button - Takes the post off the reading list.
 * @csspart remove-error - Why a removal was undone, with the request id.
 * @csspart load-more - Loads the next page.
 * @csspart empty - The message of an empty list.
 * @csspart sign-in - The signed-out state.
 * @csspart sign-in-button - The signed-out state's "Sign in" button: fires `menteo-sign-in-required`, then does what `sign-in` says (the hosted popup, the site's login).
 * @csspart sign-in-error - A sign-in that did not finish (popup closed or blocked, access denied): a short message.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The load error, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-reading-list-background - The background (default `--menteo-color-surface`).
 * @cssprop --menteo-reading-list-color - Text color (default `--menteo-color-on-surface`).
 * @cssprop --menteo-reading-list-muted-color - Secondary text (default `--menteo-color-on-surface-muted`).
 * @cssprop --menteo-reading-list-border-color - Borders and separators (default `--menteo-color-outline`).
 * @cssprop --menteo-reading-list-radius - Corner radius (default `--menteo-radius`).
 * @cssprop --menteo-reading-list-padding - Padding (default `--menteo-space-4`).
 * @cssprop --menteo-reading-list-accent-color - Links and buttons (default `--menteo-color-primary`).
 *
 * @fires menteo-sign-in-required - A signed-out reader pressed "Sign in" (`detail.action` is `reading-list`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names (the provider's `sign-in`, else `<meta name="menteo:sign-in">`), so the page opens its own.
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…" sign-in="popup">
 *   <menteo-reading-list></menteo-reading-list>
 * </menteo-provider>
 * ```
 */
export class MenteoReadingList extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, styles];

  static override properties = {
    ...states('removing', 'removeErrors', 'announcement'),
  };

  constructor() {
    super();
    this.removing = new Set();
    this.removeErrors = {};
    this.announcement = '';
  }

  /** The posts taken off the list here: hidden at once, until the list reloads without them (or the API refuses). */
  declare private removing: Set<string>;
  /** Refused removals, by post id. */
  declare private removeErrors: Record<string, unknown>;
  /** What the live region says after a removal. */
  declare private announcement: string;

  protected readonly l10n = new LocalizeController(this, strings);
  // Entries removed from the list leave a marker each (lit/lit#5010).
  protected readonly markerSweep = sweepAfterUpdates(this, () => this.renderRoot.querySelectorAll('[part~="entries"]'));

  /** The removals still waiting for the API. */
  readonly #pending = new Set<string>();

  #stores = () => (this.signedIn ? this.connection.value?.stores : undefined);

  #list = new PagedStoreController<Entries>(this, () => {
    const stores = this.#stores();
    return stores && bookmarkStores(stores).readingList();
  });

  #links = new ThreadLinks(this, () => {
    const stores = this.#stores();
    if (!stores) return undefined;
    return { thread: threadStores(stores).thread, ids: [...new Set((this.#list.state?.items ?? []).map((entry) => entry.post.threadId))] };
  });

  protected override willUpdate(): void {
    // A removal is done once the list came back without it (a post saved again shows again).
    const items = this.#list.state?.items;
    if (!items || this.#list.state?.loading) return;
    const gone = [...this.removing].filter((id) => !this.#pending.has(id) && !items.some((entry) => entry.id === id));
    if (!gone.length) return;
    const next = new Set(this.removing);
    for (const id of gone) next.delete(id);
    this.removing = next;
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const state = this.#list.state;
    return this.renderStatus({
      needed: true,
      signedOut: !this.signedIn && (() => this.#renderSignedOut()),
      data: state?.loaded && state,
      error: !state?.loaded && state?.error,
      says: { failed: l.msg('readingLoadError'), notFound: l.msg('readingNotFound'), loading: l.msg('readingLoading') },
      complete: (list) => this.#renderList(list),
      pending: () =>
        html`<div aria-hidden="true" class="bones">
          <div class="bone title"></div>
          ${[0, 1, 2].map(() => html`<div class="bone entry"></div>`)}
        </div>`,
    });
  }

  #renderSignedOut(): TemplateResult {
    const l = this.l10n;
    return html`<div part="sign-in" role="status">
      <p class="strong">${l.msg('readingSignIn')}</p>
      <p class="muted small">${l.msg('readingPrivate')}</p>
      <button part="sign-in-button" type="button" @click=${() => this.requestSignIn('reading-list')}>${l.msg('readingSignInButton')}</button>
      ${signInView?.notice(this, l)}
    </div>`;
  }

  #renderList(list: Entries): TemplateResult {
    const l = this.l10n;
    const entries = list.items.filter((entry) => !this.removing.has(entry.id));
    return html`<h2 part="title" id="title" aria-level=${this.headingLevel} tabindex="-1">${l.msg('readingTitle')}</h2>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        entries.length
          ? html`<ul part="entries" aria-labelledby="title">
            ${repeat(
              entries,
              (entry) => entry.id,
              (entry) => this.#renderEntry(entry),
            )}
          </ul>`
          : list.hasMore
            ? nothing
            : notice('empty', l.msg('readingEmpty'), l.msg('readingEmptyHint'))
      }
      ${list.error ? loadError(l, l.msg('readingLoadError'), list.error, () => void this.#list.loadMore()) : nothing}
      ${
        list.hasMore && !list.error
          ? html`<button part="load-more" type="button" aria-disabled=${list.loadingMore ? 'true' : 'false'} @click=${this.#loadMore}>${l.msg('readingLoadMore')}</button>`
          : nothing
      }`;
  }

  #renderEntry(entry: ReadingListEntry): TemplateResult {
    const l = this.l10n;
    const { post } = entry;
    const id = post.id;
    const url = this.#links.url(post.threadId);
    const href = url ? safeHref(url) : undefined;
    const error = this.removeErrors[id];
    const title = html`<span dir="auto">${entry.threadTitle}</span>`;
    return html`<li part="entry" data-post-id=${id} aria-labelledby="entry-${id}">
      <h3 class="entry-title" id="entry-${id}" aria-level=${this.headingLevel + 1}>
        ${href ? html`<a part="thread-link" href=${href}>${title}</a>` : html`<span part="thread-link">${title}</span>`}
      </h3>
      <p class="meta small">
        <span part="badge badge-${post.kind}" class="badge ${post.kind}"><span aria-hidden="true">${kinds[post.kind]}</span> ${l.msg(`readingKind_${post.kind}`)}</span>
        <span part="saved" class="muted">${l.msg('readingSaved', { date: l.date(entry.bookmarkedAt, { dateStyle: 'medium' }) })}</span>
      </p>
      <div part="excerpt" dir="auto">${renderMarkdown(excerpt(post.body))}</div>
      <button part="remove-button" type="button" aria-label=${l.msg('readingRemoveLabel', { title: entry.threadTitle })} @click=${() => this.#remove(entry)}>
        ${l.msg('readingRemove')}
      </button>
      ${
        error
          ? html`<div part="remove-error" role="alert">
            <p>${l.msg('readingRemoveError')}</p>
            ${requestIdLine(l, error) ?? nothing}
          </div>`
          : nothing
      }
    </li>`;
  }

  /** The posts shown when Load more was pressed, until the first one after them has focus. */
  #shownBeforeMore: Set<string | undefined> | undefined;

  async #loadMore(): Promise<void> {
    if (this.#list.state?.loadingMore) return;
    this.#shownBeforeMore = new Set(this.#rows().map((row) => row.dataset.postId));
    await this.#list.loadMore();
    // A refused page moves focus nowhere (its error and retry show where the button was).
    if (this.#list.state?.error) this.#shownBeforeMore = undefined;
    else this.#focusFirstNew();
  }

  #rows(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="entry"]')];
  }

  // Keyboard and screen reader users land on the first post that came, not back at the top. The
  // page's rows may render after loadMore() settles (the store tells the element on its own
  // schedule), so this runs again after each update until they are there.
  #focusFirstNew(): void {
    const shown = this.#shownBeforeMore;
    const arrived = shown && this.#rows().find((row) => !shown.has(row.dataset.postId));
    if (!arrived) return;
    this.#shownBeforeMore = undefined;
    // Its title is a link once the thread's own request answers, which may be after the page:
    // until then it is plain text, which takes no focus, and its Remove button does.
    arrived.querySelector<HTMLElement>('a[part~="thread-link"], [part~="remove-button"]')?.focus();
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#shownBeforeMore && !this.#list.state?.loadingMore) this.#focusFirstNew();
  }

  /** Takes a post off the list at once; puts it back, with the reason, if the API refuses. */
  async #remove(entry: ReadingListEntry): Promise<void> {
    const stores = this.#stores();
    const id = entry.id;
    if (!stores || this.#pending.has(id)) return;
    // Focus goes where the removed row was: the next post's button, else the previous one's, else the heading.
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="entry"]')];
    const at = rows.findIndex((row) => row.dataset.postId === id);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    const { [id]: _, ...otherErrors } = this.removeErrors;
    this.removeErrors = otherErrors;
    this.#pending.add(id);
    this.removing = new Set(this.removing).add(id);
    this.announcement = '';
    await this.updateComplete;
    (neighbour?.querySelector<HTMLElement>('[part~="remove-button"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="title"]'))?.focus();
    try {
      // The thread stores own bookmarks: any feed on the page unpresses it, and the list is asked again.
      await threadStores(stores).toggleReaction(id, 'bookmark', false);
      this.announcement = this.l10n.msg('readingRemoved', { title: entry.threadTitle });
    } catch (error) {
      const back = new Set(this.removing);
      back.delete(id);
      this.removing = back;
      this.removeErrors = { ...this.removeErrors, [id]: error };
    } finally {
      this.#pending.delete(id);
      this.requestUpdate();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-reading-list': MenteoReadingList;
  }
}
