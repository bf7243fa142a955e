import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './mentor-search.strings.js';
import { sorts, type Sort } from './search-filters.js';

// The row above the results: the search box, the sort, and the filters' toggle of narrow layouts.

/** What the toolbar needs from the element. */
export interface ToolbarView {
  l: LocalizeController<typeof en>;
  /** What the search box holds. */
  draft: string;
  /** Whether there is a query ("Best match" is offered only then). */
  hasQuery: boolean;
  sort: Sort;
  filtersOpen: boolean;
  /** How many filter values are set (the toggle's count). */
  filterCount: number;
  onSubmit(event: Event): void;
  onInput(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
  onSort(event: Event): void;
  toggleFilters(): void;
}

/**
 * The search form, the sort select and the filters toggle.
 *
 * @example `html\`${renderToolbar(view)}<div class="layout">…</div>\``
 */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const { l, sort } = view;
  return html`<div part="toolbar">
    <form part="search" role="search" @submit=${view.onSubmit}>
      <label part="search-label" for="q">${l.msg('search_label')}</label>
      <input
        id="q"
        part="search-input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${l.msg('search_placeholder')}
        .value=${live(view.draft)}
        @input=${view.onInput}
        @keydown=${view.onKeydown}
      />
    </form>
    <label part="sort">
      <span>${l.msg('search_sort')}</span>
      <select part="sort-select" @change=${view.onSort}>
        ${sorts.filter((s) => s !== 'relevance' || view.hasQuery).map((s) => html`<option value=${s} ?selected=${s === sort}>${l.msg(`search_sort_${s}`)}</option>`)}
      </select>
    </label>
    <button part="filters-toggle" type="button" aria-controls="filters" aria-expanded=${view.filtersOpen ? 'true' : 'false'} @click=${view.toggleFilters}>
      ${l.msg('search_filtersToggle', { count: view.filterCount })}
    </button>
  </div>`;
}
