import type { MentorSearchState } from '@menteo/sdk/stores';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import { tagLabel } from '../internal/tag-label.js';
import type { en } from './mentor-search.strings.js';
import { collapsedCount, facetNames, seniorities, type FacetName, type Filters } from './search-filters.js';

// The facets' fieldsets: each value a checkbox with its count, "Show all" past the first few, and
// a text box that narrows a long facet (skills has ~94 values) to what the person types.

type L10n = LocalizeController<typeof en>;

/** The facets long enough to get a text box, and the box's label. */
const filterLabel = { skills: 'search_facetFilter_skills', industries: 'search_facetFilter_industries', languages: 'search_facetFilter_languages' } as const;
/** A facet gets its text box from this many values on. */
const searchableFrom = 13;

/**
 * A facet value as people read it, in the element's language.
 *
 * @example `facetLabel(l10n, 'seniority', 'c_level') // 'C-level'`
 */
export function facetLabel(l: L10n, facet: FacetName, value: string): string {
  if (facet === 'languages') return l.language(value);
  if (facet === 'seniority' && (seniorities as readonly string[]).includes(value)) return l.msg(`search_seniority_${value as (typeof seniorities)[number]}`);
  if (facet === 'helpsWith' && (value === 'leadership' || value === 'mentorship')) return l.msg(`need_${value}`);
  return tagLabel(value);
}

/**
 * Text folded for matching: lower case, without diacritics, so `lider` finds `Liderazgo` and `Líder`.
 *
 * @example `fold('Gestión') // 'gestion'`
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();

/** What the facets need from the element: its state and what to do when the person acts. */
export interface FacetsView {
  l: L10n;
  facets: MentorSearchState['facets'] | undefined;
  filters: Filters;
  expanded: ReadonlySet<FacetName>;
  /** What is typed in each long facet's text box. */
  typed: ReadonlyMap<FacetName, string>;
  toggle(facet: FacetName, value: string, checked: boolean): void;
  toggleExpanded(facet: FacetName): void;
  type(facet: FacetName, text: string): void;
}

/**
 * The facets' fieldsets, in `facetNames` order; a facet with no value is left out.
 *
 * @example `html\`<div part="filters">${renderFacets(view)}</div>\``
 */
export function renderFacets(view: FacetsView): unknown[] {
  return facetNames.map((facet) => renderFacet(view, facet));
}

function renderFacet(view: FacetsView, facet: FacetName): TemplateResult | typeof nothing {
  const { l, filters, expanded } = view;
  const counts = view.facets?.[facet] ?? {};
  const selected = filters[facet];
  const values = Object.keys(counts);
  // A checked value stays listed even when nothing in the results has it any more.
  for (const value of selected) if (!(value in counts)) values.push(value);
  if (values.length === 0) return nothing;
  const label = facet in filterLabel && values.length >= searchableFrom ? l.msg(filterLabel[facet as keyof typeof filterLabel]) : undefined;
  const typed = fold(label ? (view.typed.get(facet) ?? '').trim() : '');
  const open = expanded.has(facet);
  // Typing searches every value; checked ones stay in view whatever is typed.
  const shown = values.filter((value, i) => {
    if (selected.includes(value)) return true;
    if (typed) return fold(`${facetLabel(l, facet, value)} ${value}`).includes(typed);
    return open || i < collapsedCount;
  });
  return html`<fieldset part="facet" data-facet=${facet}>
    <legend part="facet-legend">${l.msg(`search_facet_${facet}`)}</legend>
    ${
      label
        ? html`<input
          part="facet-search"
          type="search"
          autocomplete="off"
          aria-label=${label}
          placeholder=${label}
          .value=${live(view.typed.get(facet) ?? '')}
          @input=${(event: Event) => view.type(facet, (event.target as HTMLInputElement).value)}
        />`
        : nothing
    }
    ${shown.map((value) => {
      const count = counts[value] ?? 0;
      const text = facetLabel(l, facet, value);
      return html`<label part="facet-option">
        <input
          type="checkbox"
          .checked=${live(selected.includes(value))}
          aria-label=${l.msg('search_facetOption', { label: text, count, formatted: l.number(count) })}
          @change=${(event: Event) => view.toggle(facet, value, (event.target as HTMLInputElement).checked)}
        />
        <span class="facet-label">${text}</span>
        <span part="facet-count" aria-hidden="true">${l.number(count)}</span>
      </label>`;
    })}
    ${typed && shown.length === 0 ? html`<p part="facet-empty" role="status">${l.msg('search_facetNoMatch')}</p>` : nothing}
    ${
      !typed && values.length > collapsedCount
        ? html`<button part="facet-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} @click=${() => view.toggleExpanded(facet)}>
          ${open ? l.msg('search_showFewer') : l.msg('search_showAll', { count: values.length })}
        </button>`
        : nothing
    }
  </fieldset>`;
}
