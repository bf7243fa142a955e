import type { MentorSearchParams } from '@menteo/sdk';
import { mentorSearchStores, type MentorSearchState } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { alertBlock, MenteoConnectedElement } from '../internal/connected-element.js';
import { loadError } from '../internal/load-error.js';
import { ViewerRoomsController } from '../internal/request-dialog/viewer-rooms-controller.js';
import { LocalizeController } from '../internal/localize-controller.js';
import { tagLabel } from '../internal/tag-label.js';
import { strings } from './mentor-search.strings.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { strings as cardStrings } from '../mentor-card/mentor-card.strings.js';
import { loadLocale } from '../locales/strings.js';
import { controlStyles } from '../styles/controls.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './mentor-search.styles.js';
import { PagedStoreController } from '../internal/store-controller.js';
import {
  attributeOf,
  collapsedCount,
  debounceMs,
  facetNames,
  noFilters,
  seniorities,
  sorts,
  splitList,
  type FacetName,
  type Filters,
  type Sort,
} from './search-filters.js';

/**
 * @summary Mentor search: a search box, filters with counts, a sort, and the results as
 * mentor cards with "Load more". Presets come from attributes; `sync-url` keeps the query
 * and filters in the page's URL.
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
 * @csspart count - The number of results, announced to screen readers.
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
    sort: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    pageSize: { attribute: 'page-size', type: Number },
    variant: {},
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

  /** The initial sort: `relevance` (with a query), `rating`, `sessions`, `response` or `availability`. */
  declare sort: Sort | undefined;

  /** Reads the query and filters from the page's URL (`?q=&skills=`), and writes them back as they change. */
  declare syncUrl: boolean;

  /** Mentors per page (1–100). */
  declare pageSize: number;

  /** The cards' variant. */
  declare variant: 'compact' | 'full';

  /**
   * The id of a `<menteo-need-finder>` on the page whose answers drive this search: when the
   * questionnaire is submitted, its need, skills and language become this search's filters.
   */
  declare htmlFor: string | undefined;

  /** What the search box holds (searched once typing pauses). */
  #draft = '';
  /** The query searched. */
  #query = '';
  #filters: Filters = noFilters();
  #sort: Sort | undefined;
  #expanded = new Set<FacetName>();
  /** Narrow layouts: whether the filters are shown (wide ones always show them). */
  #filtersOpen = false;
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
  /** The viewer's rooms, so that each card shows "Requested · view" or "Your mentor" instead of its button. */
  #rooms = new ViewerRoomsController(this, () => (this.signedIn ? this.connection.value?.stores : undefined));
  #search = new PagedStoreController<MentorSearchState>(this, () =>
    this.#ready ? this.#mentors()?.mentorSearch({ ...this.#params(), facets: [...facetNames], limit: this.pageSize }) : undefined,
  );

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('menteo-need-submit', this.#onNeed as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    document.removeEventListener('menteo-need-submit', this.#onNeed as EventListener);
  }

  /** A need finder's answers (the one named by `for`) become this search's filters. */
  #onNeed = (event: HTMLElementEventMap['menteo-need-submit']): void => {
    const finder = event.composedPath()[0];
    if (!this.htmlFor || !(finder instanceof Element) || finder.id !== this.htmlFor) return;
    const { need, skills, language } = event.detail;
    this.#filters = { ...noFilters(), helpsWith: [need], skills: [...(skills ?? [])], languages: language ? [language] : [] };
    this.#changed();
  };

  /** The search as it stands: what `menteo-search-change` carries. */
  get params(): MentorSearchParams {
    return this.#params();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Presets: the page's attributes, then (with sync-url, on first render) the URL's.
    if (changed.has('q')) this.#draft = this.#query = this.q ?? '';
    for (const facet of facetNames) if (changed.has(facet)) this.#filters = { ...this.#filters, [facet]: splitList(this[facet]) };
    if (changed.has('sort')) this.#sort = this.sort && sorts.includes(this.sort) ? this.sort : undefined;
    if (!this.#ready) {
      if (this.syncUrl) this.#readUrl();
      this.#ready = true;
    }
  }

  #params(): MentorSearchParams {
    const params: Record<string, unknown> = {};
    const q = this.#query.trim();
    if (q) params.q = q;
    for (const facet of facetNames) if (this.#filters[facet].length) params[facet] = [...this.#filters[facet]].sort();
    if (this.#sort && (q || this.#sort !== 'relevance')) params.sort = this.#sort;
    return params as MentorSearchParams;
  }

  #readUrl(): void {
    const url = new URL(location.href);
    const q = url.searchParams.get('q');
    if (q !== null) this.#draft = this.#query = q;
    for (const facet of facetNames) {
      const value = url.searchParams.get(attributeOf[facet]);
      if (value !== null) this.#filters[facet] = splitList(value);
    }
  }

  #writeUrl(): void {
    const url = new URL(location.href);
    const q = this.#query.trim();
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    for (const facet of facetNames) {
      const values = this.#filters[facet];
      if (values.length) url.searchParams.set(attributeOf[facet], values.join(','));
      else url.searchParams.delete(attributeOf[facet]);
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** After each change the person makes: search, tell the page, update the URL. */
  #changed(): void {
    this.requestUpdate();
    if (this.syncUrl) this.#writeUrl();
    this.emit('menteo-search-change', this.#params());
  }

  #commitQuery(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#draft.trim() === this.#query.trim()) return;
    this.#query = this.#draft;
    this.#changed();
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
    this.#sort = (event.target as HTMLSelectElement).value as Sort;
    this.#changed();
  }

  #toggle(facet: FacetName, value: string, checked: boolean): void {
    const values = this.#filters[facet].filter((v) => v !== value);
    this.#filters = { ...this.#filters, [facet]: checked ? [...values, value] : values };
    this.#changed();
  }

  #toggleExpanded(facet: FacetName): void {
    if (!this.#expanded.delete(facet)) this.#expanded.add(facet);
    this.requestUpdate();
  }

  async #clearFilters(): Promise<void> {
    clearTimeout(this.#timer);
    this.#draft = this.#query = '';
    this.#filters = noFilters();
    this.#changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
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

  #label(facet: FacetName, value: string): string {
    const l = this.l10n;
    switch (facet) {
      case 'languages':
        return l.language(value);
      case 'seniority':
        return (seniorities as readonly string[]).includes(value) ? l.msg(`search_seniority_${value as (typeof seniorities)[number]}`) : tagLabel(value);
      case 'helpsWith':
        return value === 'leadership' || value === 'mentorship' ? l.msg(`need_${value}`) : tagLabel(value);
      default:
        return tagLabel(value);
    }
  }

  protected override updated(): void {
    // After the options: "Best match" comes and goes with the query, and a user's pick makes
    // the select ignore \`selected\` attributes from then on.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('[part~="sort-select"]');
    if (select) select.value = this.#currentSort();
  }

  #currentSort(): Sort {
    const q = this.#query.trim();
    return this.#sort && (q || this.#sort !== 'relevance') ? this.#sort : q ? 'relevance' : 'rating';
  }

  protected override render(): TemplateResult {
    const l = this.l10n;
    const state = this.#search.state;
    if (state?.loaded) this.#shown = state;
    const view = state?.loaded ? state : this.#shown;
    const busy = !!state && !state.loaded && !state.error;
    const q = this.#query.trim();
    const sort = this.#currentSort();
    const countText = view?.totalCount === undefined ? '' : l.msg('search_count', { count: view.totalCount, formatted: l.number(view.totalCount) });
    return this.frame(html`
      <div part="toolbar">
        <form part="search" role="search" @submit=${this.#onSubmit}>
          <label part="search-label" for="q">${l.msg('search_label')}</label>
          <input
            id="q"
            part="search-input"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            placeholder=${l.msg('search_placeholder')}
            .value=${live(this.#draft)}
            @input=${this.#onInput}
            @keydown=${this.#onKeydown}
          />
        </form>
        <label part="sort">
          <span>${l.msg('search_sort')}</span>
          <select part="sort-select" @change=${this.#onSort}>
            ${sorts.filter((s) => s !== 'relevance' || q).map((s) => html`<option value=${s} ?selected=${s === sort}>${l.msg(`search_sort_${s}`)}</option>`)}
          </select>
        </label>
        <button
          part="filters-toggle"
          type="button"
          aria-controls="filters"
          aria-expanded=${this.#filtersOpen ? 'true' : 'false'}
          @click=${() => {
            this.#filtersOpen = !this.#filtersOpen;
            this.requestUpdate();
          }}
        >
          ${l.msg('search_filtersToggle', { count: facetNames.reduce((n, facet) => n + this.#filters[facet].length, 0) })}
        </button>
      </div>
      <div class="layout ${this.#filtersOpen ? 'filters-open' : ''}">
        ${this.#renderFilters(view)}
        <div class="main">
          <p part="count" aria-live="polite" aria-atomic="true">${countText}</p>
          ${this.#renderResults(state, view, busy)}
        </div>
      </div>
    `);
  }

  #renderFilters(view: MentorSearchState | undefined): TemplateResult | typeof nothing {
    const l = this.l10n;
    const facets = view?.facets;
    if (!facets) return html`<div id="filters"></div>`;
    const groups = facetNames
      .map((facet) => {
        const counts = facets[facet] ?? {};
        const selected = this.#filters[facet];
        const values = Object.keys(counts);
        // A checked value stays listed even when nothing in the results has it any more.
        for (const value of selected) if (!(value in counts)) values.push(value);
        if (values.length === 0) return nothing;
        const expanded = this.#expanded.has(facet);
        const shown = expanded ? values : values.filter((value, i) => i < collapsedCount || selected.includes(value));
        return html`<fieldset part="facet" data-facet=${facet}>
          <legend part="facet-legend">${l.msg(`search_facet_${facet}`)}</legend>
          ${shown.map((value) => {
            const count = counts[value] ?? 0;
            const label = this.#label(facet, value);
            return html`<label part="facet-option">
              <input
                type="checkbox"
                .checked=${live(selected.includes(value))}
                aria-label=${l.msg('search_facetOption', { label, count, formatted: l.number(count) })}
                @change=${(event: Event) => this.#toggle(facet, value, (event.target as HTMLInputElement).checked)}
              />
              <span class="facet-label">${label}</span>
              <span part="facet-count" aria-hidden="true">${l.number(count)}</span>
            </label>`;
          })}
          ${
            values.length > collapsedCount
              ? html`<button part="facet-toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => this.#toggleExpanded(facet)}>
                ${expanded ? l.msg('search_showFewer') : l.msg('search_showAll', { count: values.length })}
              </button>`
              : nothing
          }
        </fieldset>`;
      })
      .filter((group) => group !== nothing);
    return html`<div id="filters" part="filters" role="group" aria-label=${l.msg('search_filters')}>${groups}</div>`;
  }

  #renderResults(state: MentorSearchState | undefined, view: MentorSearchState | undefined, busy: boolean): TemplateResult {
    const l = this.l10n;
    if (!this.connection.value) return alertBlock(l.msg('notConfigured'));
    if (state?.error && !state.loaded && !state.loading) return this.#renderError(state.error);
    if (!view) return this.#renderSkeleton();
    if (view.items.length === 0) {
      const filtered = Object.keys(this.#params()).some((key) => key !== 'sort');
      return html`<div part="empty" aria-busy=${busy ? 'true' : 'false'}>
        <p class="empty-title">${l.msg('search_empty')}</p>
        <p>${l.msg('search_emptyHint')}</p>
        ${filtered ? html`<button part="clear-button" type="button" @click=${this.#clearFilters}>${l.msg('search_clearFilters')}</button>` : nothing}
      </div>`;
    }
    const loadingMore = !!state?.loadingMore;
    return html`<ul part="results" class=${busy ? 'busy' : ''} aria-label=${l.msg('search_results')} aria-busy=${busy ? 'true' : 'false'}>
        ${repeat(
          view.items,
          (mentor) => mentor.id,
          (mentor, i) => html`<li part="result" tabindex="-1" data-index=${i}>
            <menteo-mentor-card .mentor=${mentor} .viewerRooms=${this.#rooms.rooms} variant=${this.variant} heading-level=${this.headingLevel}></menteo-mentor-card>
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

  #renderSkeleton(): TemplateResult {
    return html`<div part="skeleton">
      <span class="visually-hidden" role="status">${this.l10n.msg('search_loading')}</span>
      <div class="grid" aria-hidden="true">
        ${Array.from(
          { length: 6 },
          () => html`<div class="bone-card">
            <div class="bone round"></div>
            <div class="bone w-70"></div>
            <div class="bone"></div>
            <div class="bone w-50"></div>
          </div>`,
        )}
      </div>
    </div>`;
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
