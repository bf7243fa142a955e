import { html, type TemplateResult } from 'lit';

// What the search shows until its first results arrive.

/**
 * The placeholder grid while the first results load, with its status for screen readers.
 *
 * @example `renderSkeleton(l10n.msg('search_loading'))`
 */
export const renderSkeleton = (loading: string): TemplateResult => html`<div part="skeleton">
  <span class="visually-hidden" role="status">${loading}</span>
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
