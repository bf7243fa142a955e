import type { MentorSearchParams } from '@menteo/sdk';
import { mentorSearchStores } from '@menteo/sdk/stores/mentors';
import type { MentorSearchState } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { alertBlock, MenteoConnectedElement } from '../internal/connected-element.js';
import { loadError } from '../internal/load-error.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { strings } from './mentor-search.strings.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { strings as cardStrings } from '../mentor-card/mentor-card.strings.js';
import { loadLocale } from '../locales/strings.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './mentor-search.styles.js';
import { PagedStoreController } from '../internal/paged-store-controller.js';
import { sweepAfterUpdates } from '../internal/sweep-markers.js';
import { activeChips, renderChips, type Chip } from './search-chips.js';
import { renderFacets } from './search-facets.js';
import { debounceMs, facetNames, noFilters, sorts, splitList, type FacetName, type Sort } from './search-filters.js';
import { renderSkeleton } from './search-skeleton.js';
import { effectiveSort, emptySearch, searchParams, type SearchState } from './search-state.js';
import { renderToolbar } from './search-toolbar.js';
import { refinementCount, renderMoreFilters } from './search-more-filters.js';
import { refinementNames, refinementValue, type MentoringStyle } from './search-refinements.js';
import { searchFromUrl, searchInUrl } from './search-url.js';
import { browserTimeZone } from './utc-offset.js';

/**
 * @summary Mentor search: a search box, filters with counts and "More filters" (free, accepting
 * requests, availability, time zone, rating, style), the active filters as removable chips, a
 * sort, and the results as mentor cards with "Load more". Presets come from attributes;
 * `sync-url` keeps the query, every filter and the sort in the page's URL.
 *
 * @csspart base - The whole search.
 * @csspart toolbar - The search box and the sort.
 * @csspart search - The search form; its label is `search-label`, its field `search-input`.
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box.
 * @csspart sort - The sort label and select; the select is `sort-select`.
 * @csspart sort-select - The sort select.
 * @csspart filters - The filters column; each facet is a `facet` part.
 * @csspart filters-toggle - The button that shows or hides the filters on narrow layouts.
 * @csspart facet - One facet's fieldset (skills, industries, …); its title is `facet-legend`.
 * @csspart facet-legend - A facet's title.
 * @csspart facet-option - One value of a facet: a checkbox, its label and its count (`facet-count`).
 * @csspart facet-count - The number of matching mentors with that value.
 * @csspart facet-toggle - The "Show all" / "Show fewer" button of a long facet.
 * @csspart facet-search - The text box that narrows a long facet's values ("Filter skills").
 * @csspart facet-empty - What a long facet says when nothing matches what is typed.
 * @csspart more-toggle - The "More filters" button that shows or hides `more-filters`.
 * @csspart more-filters - The fieldset of the filters without counts: `refinement-option` checkboxes and `refinement-select` selects.
 * @csspart refinement-option - A checkbox and its label ("Has a free offering", "Accepting requests").
 * @csspart refinement-select - A select and its label (availability, time zone, rating, mentoring style).
 * @csspart chips - The active filters above the results: a `chip` each and `clear-all`.
 * @csspart chip - The button that removes one active filter value (or the query).
 * @csspart clear-all - The "Clear all" button: removes every filter and the query, keeps the sort.
 * @csspart count - The number of results, announced to screen readers (with "Filters cleared." after "Clear all").
 * @csspart results - The grid of results; each is a `result` part holding a `<menteo-mentor-card>`.
 * @csspart result - One result.
 * @csspart load-more - The "Load more" button.
 * @csspart skeleton - The placeholder grid shown while the first results load.
 * @csspart empty - The message shown when nothing matches, with `clear-button`.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart error - The error message, with the request id and a retry button.
 * @csspart retry-button - The retry button.
 *
 * @cssprop --menteo-search-gap - Space between the pieces (default `--menteo-space-4`).
 * @cssprop --menteo-search-card-min-width - The narrowest a result card gets before the grid drops a column (default 260px).
 * @cssprop --menteo-search-filters-width - The filters column's width on wide layouts (default 240px).
 * @cssprop --menteo-search-field-background - The search box's and select's background (default `--menteo-color-surface`).
 * @cssprop --menteo-search-border-color - Borders of the fields and facets (default `--menteo-color-outline`).
 *
 * @fires menteo-search-change - The person changed the query, a filter or the sort; `detail` holds the search parameters.
 * @fires menteo-request-mentorship - Bubbles from a result's card: `detail.mentorId` says with whom.
 * @fires menteo-sign-in-required - Bubbles from a result's card: signed out, the person asked for mentorship (`detail.action` is `request`).
 * @fires menteo-room-requested - Bubbles from a result's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * @fires menteo-room-select - Bubbles from a result's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 * @fires menteo-mentor-open - Bubbles from a result's card: its name was activated; `detail` has `mentorId` and `position` (from 1).
 * @fires menteo-retry - The person asked to load again after an error.
 *
 * @example
 * ```html
 * <menteo-provider publishable-key="pk_live_…">
 *   <menteo-mentor-search skills="leadership,people-management" languages="es" sync-url></menteo-mentor-search>
 * </menteo-provider>
 * ```
 */
export class MenteoMentorSearch extends MenteoConnectedElement {
  static override styles = [baseStyles, controlStyles, skeletonStyles, styles];

  static override properties = {
    q: {},
    skills: {},
    industries: {},
    languages: {},
    seniority: {},
    helpsWith: { attribute: 'helps-with' },
    freeOnly: { attribute: 'free-only', type: Boolean },
    acceptingRequests: { attribute: 'accepting-requests', type: Boolean },
    availableWithinDays: { attribute: 'available-within-days', type: Number },
    timeZoneWindow: { attribute: 'time-zone-window', type: Number },
    timeZone: { attribute: 'time-zone' },
    minRating: { attribute: 'min-rating', type: Number },
    mentoringStyle: { attribute: 'mentoring-style' },
    sort: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    pageSize: { attribute: 'page-size', type: Number },
    variant: {},
    profileHref: { attribute: 'profile-href' },
    htmlFor: { attribute: 'for' },
  };

  constructor() {
    super();
    // Its cards' translation loads with its own, so they do not appear a moment after it.
    this.holdUpdatesFor(() => loadLocale(cardStrings, this.l10n.lang));
    this.syncUrl = false;
    this.pageSize = 12;
    this.variant = 'full';
    // It has no heading of its own: the level is its cards'.
    this.headingLevel = 3;
    // For analytics: which result was opened, counted from 1 as shown.
    this.addEventListener('menteo-mentor-open', (event) => {
      const index = (event.composedPath()[0] as Element).closest?.('[data-index]')?.getAttribute('data-index');
      if (index) event.detail.position = Number(index) + 1;
    });
  }

  /** The elements this one renders (registered by `define.js`, or by you). */
  static readonly dependencies = { 'menteo-mentor-card': MenteoMentorCard };

  /** The initial query. */
  declare q: string | undefined;

  /** Initial skill filter, comma-separated tags (`leadership,people-management`). */
  declare skills: string | undefined;

  /** Initial industry filter, comma-separated tags. */
  declare industries: string | undefined;

  /** Initial language filter, comma-separated BCP 47 tags (`es,pt-BR`). */
  declare languages: string | undefined;

  /** Initial seniority filter, comma-separated (`staff,principal`). */
  declare seniority: string | undefined;

  /** Initial "helps with" filter, comma-separated needs (`leadership`). */
  declare helpsWith: string | undefined;

  /** Initially only mentors with a free offering (`priceModel=free`). */
  declare freeOnly: boolean | undefined;

  /** Initially only mentors who take new requests. */
  declare acceptingRequests: boolean | undefined;

  /** Initially only mentors with a bookable slot within this many days (1–90; the select offers 3, 7 and 14). */
  declare availableWithinDays: number | undefined;

  /**
   * Initially only mentors whose UTC offset is within this many hours of the person's (the select
   * offers 1, 3 and 6): the person's offset is read from `time-zone` when the search runs.
   */
  declare timeZoneWindow: number | undefined;

  /** The person's IANA time zone for `time-zone-window` (`Europe/Madrid`); default: the browser's. */
  declare timeZone: string | undefined;

  /** Initially only mentors rated this or more on average (0–5; the select offers 4 and 4.5). */
  declare minRating: number | undefined;

  /** Initially only mentors with this style: `directive` or `facilitative`. */
  declare mentoringStyle: MentoringStyle | undefined;

  /** The initial sort: `relevance` (with a query), `rating`, `sessions`, `response` or `availability`. */
  declare sort: Sort | undefined;

  /**
   * Reads the query, every filter and the sort from the page's URL on first render (parameters
   * named like the attributes: `?q=&skills=&free-only=true&min-rating=4.5&sort=`; the presets'
   * own are written into the URL then), writes them back as they change (a new history entry for
   * each filter or sort; typing replaces the current one), and follows back and forward.
   */
  declare syncUrl: boolean;

  /** Mentors per page (1–100). */
  declare pageSize: number;

  /** The cards' variant. */
  declare variant: 'compact' | 'full';

  /**
   * Where a result's name leads: a pattern with `{id}` (`/mentors/{id}`), e.g. a page with a
   * `<menteo-mentor-profile>`; passed to every card. Without it the name is a button that fires
   * `menteo-mentor-open`.
   */
  declare profileHref: string | undefined;

  /**
   * The id of a `<menteo-need-finder>` on the page whose answers drive this search: when the
   * questionnaire is submitted, its need, skills and language become this search's filters.
   */
  declare htmlFor: string | undefined;

  /** What the search box holds (searched once typing pauses). */
  #draft = '';
  /** The query searched, the filters and the sort. */
  #current: SearchState = emptySearch();
  #expanded = new Set<FacetName>();
  /** What is typed in the long facets' text boxes. */
  #typed = new Map<FacetName, string>();
  /** Narrow layouts: whether the filters are shown (wide ones always show them). */
  #filtersOpen = false;
  #moreOpen = false;
  /** Said with the count by its live region ("Filters cleared."), until the next change. */
  #notice = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The last results that arrived: shown, dimmed, while the next ones load. */
  #shown: MentorSearchState | undefined;
  /** Presets applied: until then there is no search to run. */
  #ready = false;

  /** The mentor search stores of this element's connection (built once per connection). */
  #mentors = () => {
    const stores = this.connection.value?.stores;
    return stores && mentorSearchStores(stores);
  };
  protected readonly l10n = new LocalizeController(this, strings);
  // The results and the filter chips are keyed lists whose items leave a marker each when removed (lit/lit#5010).
  protected readonly markerSweep = sweepAfterUpdates(this, () => this.renderRoot.querySelectorAll('[part~="results"], [part~="chips"] > ul'));
  /** The viewer's rooms, so that each card shows "Requested · view" or "Your mentor" instead of its button. */
  #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
  #search = new PagedStoreController<MentorSearchState>(this, () =>
    this.#ready ? this.#mentors()?.mentorSearch({ ...this.#params(), facets: [...facetNames], limit: this.pageSize }) : undefined,
  );

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('menteo-need-submit', this.#onNeed as EventListener);
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    document.removeEventListener('menteo-need-submit', this.#onNeed as EventListener);
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Back or forward through the entries `sync-url` pushed: the URL is the whole search. */
  #onPopState = (): void => {
    if (!this.syncUrl) return;
    this.#apply(searchFromUrl(new URL(location.href), emptySearch()));
    this.requestUpdate();
    this.emit('menteo-search-change', this.#params());
  };

  /** A need finder's answers (the one named by `for`) become this search's filters. */
  #onNeed = (event: HTMLElementEventMap['menteo-need-submit']): void => {
    const finder = event.composedPath()[0];
    if (!this.htmlFor || !(finder instanceof Element) || finder.id !== this.htmlFor) return;
    const { need, skills, language } = event.detail;
    this.#current.filters = { ...noFilters(), helpsWith: [need], skills: [...(skills ?? [])], languages: language ? [language] : [] };
    this.#changed();
  };

  /** The search as it stands: what `menteo-search-change` carries. */
  get params(): MentorSearchParams {
    return this.#params();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Presets: the page's attributes, then (with sync-url, on first render) the URL's.
    if (changed.has('q')) this.#draft = this.#current.query = this.q ?? '';
    for (const facet of facetNames) if (changed.has(facet)) this.#current.filters = { ...this.#current.filters, [facet]: splitList(this[facet]) };
    for (const name of refinementNames)
      if (changed.has(name)) this.#current.refinements = { ...this.#current.refinements, [name]: refinementValue(name, this[name]) };
    if (changed.has('sort')) this.#current.sort = this.sort && sorts.includes(this.sort) ? this.sort : undefined;
    if (!this.#ready && this.syncUrl) {
      this.#apply(searchFromUrl(new URL(location.href), this.#current));
      // The first entry holds the whole search, presets included: going back to it restores them.
      this.#writeUrl('replaceState');
    }
    this.#ready = true;
  }

  #params(): MentorSearchParams {
    // The person's offset as of this search: a search across a daylight saving change moves with it.
    return searchParams(this.#current, this.timeZone || browserTimeZone(), new Date());
  }

  #apply(state: SearchState): void {
    this.#current = state;
    this.#draft = state.query;
  }

  /**
   * After each change the person makes: search, tell the page, update the URL (a history entry
   * per change, except while typing: each pause would be one).
   */
  #changed(push = true): void {
    this.#notice = '';
    this.requestUpdate();
    if (this.syncUrl) this.#writeUrl(push ? 'pushState' : 'replaceState');
    this.emit('menteo-search-change', this.#params());
  }

  #writeUrl(how: 'pushState' | 'replaceState'): void {
    const url = searchInUrl(new URL(location.href), this.#current);
    if (url.href !== location.href) history[how](history.state, '', url);
  }

  #commitQuery(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#draft.trim() === this.#current.query.trim()) return;
    this.#current.query = this.#draft;
    this.#changed(false);
  }

  #onInput(event: Event): void {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#commitQuery(), debounceMs);
  }

  #onKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Escape' || input.value === '') return;
    // Our clearing, not the browser's: the search runs at once and focus stays in the box.
    event.preventDefault();
    event.stopPropagation();
    input.value = this.#draft = '';
    this.#commitQuery();
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    this.#commitQuery();
  }

  #onSort(event: Event): void {
    this.#current.sort = (event.target as HTMLSelectElement).value as Sort;
    this.#changed();
  }

  #toggle(facet: FacetName, value: string, checked: boolean): void {
    const values = this.#current.filters[facet].filter((v) => v !== value);
    this.#current.filters = { ...this.#current.filters, [facet]: checked ? [...values, value] : values };
    this.#changed();
  }

  /** Every filter and the query go (the sort stays); "Clear all" says so with the count. */
  async #clearFilters(announce = false): Promise<void> {
    clearTimeout(this.#timer);
    this.#apply({ ...emptySearch(), sort: this.#current.sort });
    this.#changed();
    if (announce) this.#notice = this.l10n.msg('search_cleared');
    await this.updateComplete;
    this.#focusInput();
  }

  #focusInput(): void {
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
  }

  /** A chip's filter goes; focus moves to the chip now in its place (or the one before), else the search box. */
  async #removeChip(chips: Chip[], index: number): Promise<void> {
    clearTimeout(this.#timer);
    this.#apply(chips[index]?.without(this.#current) ?? this.#current);
    this.#changed();
    await this.updateComplete;
    const left = this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]');
    const next = left[Math.min(index, left.length - 1)];
    if (next) next.focus();
    else this.#focusInput();
  }

  async #loadMore(): Promise<void> {
    const state = this.#search.state;
    if (!state || state.loadingMore) return;
    const first = state.items.length;
    await this.#search.loadMore();
    await this.updateComplete;
    // Keyboard and screen reader users land on what they asked for, not back at the top.
    this.renderRoot.querySelector<HTMLElement>(`[part~="result"][data-index="${first}"]`)?.focus();
  }

  protected override updated(): void {
    // After the options: "Best match" comes and goes with the query, and a user's pick makes
    // the select ignore \`selected\` attributes from then on.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('[part~="sort-select"]');
    if (select) select.value = effectiveSort(this.#current);
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const state = this.#search.state;
    if (state?.loaded) this.#shown = state;
    const view = state?.loaded ? state : this.#shown;
    const busy = !!state && !state.loaded && !state.error;
    const chips = activeChips(l, this.#current);
    const countText = view?.totalCount === undefined ? '' : l.msg('search_count', { count: view.totalCount, formatted: l.number(view.totalCount) });
    return this.frame(html`
      ${renderToolbar({
        l,
        draft: this.#draft,
        hasQuery: !!this.#current.query.trim(),
        sort: effectiveSort(this.#current),
        filtersOpen: this.#filtersOpen,
        filterCount: facetNames.reduce((n, facet) => n + this.#current.filters[facet].length, refinementCount(this.#current.refinements)),
        onSubmit: this.#onSubmit,
        onInput: this.#onInput,
        onKeydown: this.#onKeydown,
        onSort: this.#onSort,
        toggleFilters: () => {
          this.#filtersOpen = !this.#filtersOpen;
          this.requestUpdate();
        },
      })}
      <div class="layout ${this.#filtersOpen ? 'filters-open' : ''}">
        ${this.#renderFilters(view)}
        <div class="main">
          ${renderChips(
            l,
            chips,
            (index) => this.#removeChip(chips, index),
            () => this.#clearFilters(true),
          )}
          <p part="count" aria-live="polite" aria-atomic="true">${[this.#notice, countText].filter(Boolean).join(' ')}</p>
          ${this.#renderResults(state, view, busy)}
        </div>
      </div>
    `);
  }

  #renderFilters(view: MentorSearchState | undefined): TemplateResult {
    const l = this.l10n;
    if (!view?.facets) return html`<div id="filters"></div>`;
    const more = renderMoreFilters({
      l,
      refinements: this.#current.refinements,
      open: this.#moreOpen,
      toggleOpen: () => {
        this.#moreOpen = !this.#moreOpen;
        this.requestUpdate();
      },
      set: (name, value) => {
        this.#current.refinements = { ...this.#current.refinements, [name]: value };
        this.#changed();
      },
    });
    const facets = renderFacets({
      l,
      facets: view.facets,
      filters: this.#current.filters,
      expanded: this.#expanded,
      typed: this.#typed,
      toggle: (facet, value, checked) => this.#toggle(facet, value, checked),
      toggleExpanded: (facet) => {
        if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
        this.requestUpdate();
      },
      type: (facet, text) => {
        this.#typed.set(facet, text);
        this.requestUpdate();
      },
    });
    return html`<div id="filters" part="filters" role="group" aria-label=${l.msg('search_filters')}>${more}${facets}</div>`;
  }

  #renderResults(state: MentorSearchState | undefined, view: MentorSearchState | undefined, busy: boolean): TemplateResult {
    const l = this.l10n;
    if (!this.connection.value) return this.held ? renderSkeleton(l.msg('search_loading')) : alertBlock(l.msg('notConfigured'));
    if (state?.error && !state.loaded && !state.loading) return this.#renderError(state.error);
    if (!view) return renderSkeleton(l.msg('search_loading'));
    this.loaded();
    if (view.items.length === 0) {
      const filtered = Object.keys(this.#params()).some((key) => key !== 'sort');
      return html`<div part="empty" aria-busy=${busy ? 'true' : 'false'}>
        <p class="empty-title">${l.msg('search_empty')}</p>
        <p>${l.msg('search_emptyHint')}</p>
        ${filtered ? html`<button part="clear-button" type="button" @click=${() => this.#clearFilters()}>${l.msg('search_clearFilters')}</button>` : nothing}
      </div>`;
    }
    const loadingMore = !!state?.loadingMore;
    return html`<ul part="results" class=${busy ? 'busy' : ''} aria-label=${l.msg('search_results')} aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(
          view.items,
          (mentor) => mentor.id,
          (mentor, i) => html`<li part="result" tabindex="-1" data-index=${i}>
            <menteo-mentor-card .mentor=${mentor} .viewerRooms=${this.#rooms.rooms} .profileHref=${this.profileHref} variant=${this.variant} heading-level=${this.headingLevel}></menteo-mentor-card>
          </li>`,
        )}
      </ul>
      ${state?.error && state.loaded ? this.#renderError(state.error) : nothing}
      ${
        view === state && state.hasMore
          ? html`<button part="load-more" type="button" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${this.#loadMore}>
            ${loadingMore ? l.msg('search_loadingMore') : l.msg('search_loadMore')}
          </button>`
          : nothing
      }`;
  }

  #renderError(error: Error): TemplateResult {
    return loadError(this.l10n, this.l10n.msg('search_loadError'), error, this.retry);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'menteo-mentor-search': MenteoMentorSearch;
  }
}
