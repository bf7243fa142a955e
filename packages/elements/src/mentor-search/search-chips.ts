import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './mentor-search.strings.js';
import { facetLabel } from './search-facets.js';
import { facetNames } from './search-filters.js';
import { refinementChip } from './search-more-filters.js';
import { isSet, noRefinements, refinementNames } from './search-refinements.js';
import type { SearchState } from './search-state.js';

// The active filters above the results, one removable chip each, and "Clear all".

type L10n = LocalizeController<typeof en>;

/** One active filter value as a chip. */
export interface Chip {
  /** Stable across renders, so a chip keeps its button while others go. */
  key: string;
  /** What the chip shows. */
  text: string;
  /** Its button's accessible name ("Remove filter: Leadership"). */
  name: string;
  /** The search without this chip's filter. */
  without(state: SearchState): SearchState;
}

/**
 * The chips of what narrows the search: the query, each checked facet value, each refinement.
 *
 * @example `activeChips(l10n, { ...emptySearch(), query: 'rust' }).map((chip) => chip.text) // ['“rust”']`
 */
export function activeChips(l: L10n, state: SearchState): Chip[] {
  const { filters, refinements } = state;
  const chips: Chip[] = [];
  const q = state.query.trim();
  if (q) chips.push({ key: 'q', text: l.msg('search_queryChip', { q }), name: l.msg('search_removeQuery', { q }), without: (s) => ({ ...s, query: '' }) });
  for (const facet of facetNames) {
    for (const value of filters[facet]) {
      const text = facetLabel(l, facet, value);
      const without = (s: SearchState) => ({ ...s, filters: { ...s.filters, [facet]: s.filters[facet].filter((v) => v !== value) } });
      chips.push({ key: `${facet}:${value}`, text, name: l.msg('search_removeFilter', { label: text }), without });
    }
  }
  for (const name of refinementNames) {
    if (!isSet(refinements, name)) continue;
    const text = refinementChip(l, refinements, name);
    const without = (s: SearchState) => ({ ...s, refinements: { ...s.refinements, [name]: noRefinements()[name] } });
    chips.push({ key: name, text, name: l.msg('search_removeFilter', { label: text }), without });
  }
  return chips;
}

/**
 * The chips' list and "Clear all"; nothing when no filter is active.
 *
 * @example `html\`<div class="main">${renderChips(l10n, chips, (i) => this.#remove(chips, i), () => this.#clearAll())}</div>\``
 */
export function renderChips(l: L10n, chips: Chip[], remove: (index: number) => void, clearAll: () => void): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<div part="chips">
    <ul aria-label=${l.msg('search_activeFilters')}>
      ${repeat(
        chips,
        (chip) => chip.key,
        (chip, i) => html`<li>
          <button part="chip" type="button" aria-label=${chip.name} @click=${() => remove(i)}>
            <span>${chip.text}</span><span aria-hidden="true" class="chip-x">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button part="clear-all" type="button" @click=${clearAll}>${l.msg('search_clearAll')}</button>
  </div>`;
}
