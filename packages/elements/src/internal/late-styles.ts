import { adoptStyles, type CSSResult, supportsAdoptingStyleSheets } from 'lit';

/**
 * Adds the styles of a part loaded on demand (a module fetched on first use) to an element's
 * shadow root, after the element's own: the part's rules travel with its code instead of
 * weighing on every page's first load. Where constructable stylesheets are missing, a `<style>`.
 *
 * @example
 * ```ts
 * // In the lazily loaded module's controller:
 * addLateStyles(host.renderRoot, commentStyles);
 * ```
 */
export function addLateStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  if (supportsAdoptingStyleSheets && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  else adoptStyles(root, [styles]);
}
