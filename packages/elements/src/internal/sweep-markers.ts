import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Removes the comments lit-html's `repeat` left behind in `container`, a list whose every item
 * renders as one element. Since lit-html 3.3.1, removing an item removes its start marker and its
 * content but not its end marker (lit/lit#5010, #5298; open as of 3.3.3):
 * - a window moving down a 10,000-post thread left a comment per post passed, 20,000 after the
 *   way back, and every frame's DOM and style work grew with them (the feed bench's frames went
 *   from 17 to 33 ms on the way up);
 * - a search left one per result it replaced, 20 per new query.
 *
 * A rendered item is one element between its two markers, so an empty comment next to no element
 * marks no item. Markers of a server's render (`<!--lit-part-->`) and of templates
 * (`<!--?lit$…$-->`) are never empty, and stay. Nothing to do once Lit is fixed.
 */
export function sweepMarkers(container: Element): void {
  for (let node = container.firstChild; node; ) {
    const next: ChildNode | null = node.nextSibling;
    if (
      node.nodeType === Node.COMMENT_NODE &&
      (node as Comment).data === '' &&
      node.previousSibling?.nodeType !== Node.ELEMENT_NODE &&
      next?.nodeType !== Node.ELEMENT_NODE
    )
      node.remove();
    node = next;
  }
}

/**
 * After each update of `host`, sweeps the `repeat` lists `lists()` finds (see
 * {@link sweepMarkers}: each item one element). Returns the controller it added.
 *
 * @example
 * ```ts
 * protected readonly markerSweep = sweepAfterUpdates(this, () => this.renderRoot.querySelectorAll('[part~="results"]'));
 * ```
 */
export const sweepAfterUpdates = (host: ReactiveControllerHost, lists: () => Iterable<Element>): ReactiveController => {
  const controller = {
    hostUpdated: () => {
      for (const list of lists()) sweepMarkers(list);
    },
  };
  host.addController(controller);
  return controller;
};
