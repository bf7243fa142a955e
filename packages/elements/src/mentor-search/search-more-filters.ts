import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './mentor-search.strings.js';
import { choices, isSet, refinementNames, refinementValue, type RefinementName, type Refinements } from './search-refinements.js';

// "More filters": a disclosure above the facets with the filters the API has but does not count
// (free, accepting requests, availability, time zone, rating, style), as native checkboxes and selects.

type L10n = LocalizeController<typeof en>;
type Choice = Exclude<RefinementName, 'freeOnly' | 'acceptingRequests'>;
type Check = Extract<RefinementName, 'freeOnly' | 'acceptingRequests'>;

/**
 * A refinement's value as people read it (`7 days`, `±3 hours of mine`, `4.5 or more`, `Directive`).
 *
 * @example `refinementText(l10n, 'minRating', 4.5) // '4.5 or more'`
 */
export function refinementText(l: L10n, name: Choice, value: number | string): string {
  if (typeof value === 'string') return l.msg(`search_style_${value as 'directive' | 'facilitative'}`);
  if (name === 'availableWithinDays') return l.msg('search_days', { count: value });
  if (name === 'timeZoneWindow') return l.msg('search_hoursOfMine', { count: value, formatted: l.number(value) });
  return l.msg('search_ratingOrMore', { formatted: l.number(value) });
}

/**
 * The chip of a set refinement: the checkbox's label, or the select's label and its value.
 *
 * @example `refinementChip(l10n, refinements, 'availableWithinDays') // 'Available within: 7 days'`
 */
export function refinementChip(l: L10n, refinements: Refinements, name: RefinementName): string {
  if (name === 'freeOnly' || name === 'acceptingRequests') return l.msg(`search_${name}`);
  return l.msg('search_chip', { name: l.msg(`search_${name}`), value: refinementText(l, name, refinements[name] as number | string) });
}

/** How many refinements narrow the search (the disclosure's and the filters toggle's count). */
export const refinementCount = (refinements: Refinements): number => refinementNames.filter((name) => isSet(refinements, name)).length;

/** What the disclosure needs from the element. */
export interface MoreFiltersView {
  l: L10n;
  refinements: Refinements;
  open: boolean;
  toggleOpen(): void;
  set<K extends RefinementName>(name: K, value: Refinements[K]): void;
}

/**
 * The "More filters" button and, when open, its fieldset of checkboxes and selects.
 *
 * @example `html`<div part="filters">${renderMoreFilters(view)}${renderFacets(facets)}</div>``
 */
export function renderMoreFilters(view: MoreFiltersView): TemplateResult {
  const { l, refinements, open } = view;
  const check = (name: Check) => html`<label part="refinement-option">
    <input type="checkbox" .checked=${live(refinements[name])} @change=${(event: Event) => view.set(name, (event.target as HTMLInputElement).checked)} />
    <span>${l.msg(`search_${name}`)}</span>
  </label>`;
  const select = (name: Choice) => {
    const current = refinements[name];
    const values: (number | string)[] = [...choices[name]];
    // The options' `selected` set the first render (`.value` comes before them), `.value` every later one.
    // A preset outside the usual choices (`available-within-days="30"`) is offered as it is.
    if (current !== undefined && !values.includes(current)) values.push(current);
    return html`<label part="refinement-select">
      <span>${l.msg(`search_${name}`)}</span>
      <select
        data-refinement=${name}
        .value=${live(String(current ?? ''))}
        @change=${(event: Event) => view.set(name, refinementValue(name, (event.target as HTMLSelectElement).value))}
      >
        <option value="" ?selected=${current === undefined}>${l.msg('search_any')}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${refinementText(l, name, value)}</option>`)}
      </select>
    </label>`;
  };
  return html`<button part="more-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="more-filters" @click=${view.toggleOpen}>
      ${l.msg('search_moreFilters', { count: refinementCount(refinements) })}
    </button>
    <fieldset id="more-filters" part="more-filters" ?hidden=${!open}>
      <legend class="visually-hidden">${l.msg('search_moreFilters', { count: 0 })}</legend>
      ${check('freeOnly')} ${check('acceptingRequests')} ${select('availableWithinDays')} ${select('timeZoneWindow')} ${select('minRating')}
      ${select('mentoringStyle')}
    </fieldset>`;
}
