import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { BlockSizes } from './block-sizes.js';
import { sweepMarkers } from './sweep-markers.js';

// Windowing for long lists (the thread feed's posts): only the items that intersect what the
// reader can see, plus an overscan above and below, are in the DOM; the rest is empty space.
//
// The model: each item has a block size, measured by a ResizeObserver once it has been
// rendered, or else estimated as the average of those measured. The offsets of the items are
// the running sums of those sizes; the items in view are those whose [offset, offset + size)
// crosses the viewport. The sizes are kept in a Fenwick tree (block-sizes.ts), in the items'
// order: a measurement, a page appended, an offset or the item at an offset cost O(log n), so
// the list's work per frame does not grow with the list (recomputing the running sums was O(n)
// per measurement, several per frame while scrolling). The container (the element the items
// are the children of, in order, and nothing else) gets the sizes of the items before and after
// the rendered ones as its block padding, set through the CSSOM (a strict CSP refuses `style`
// attributes).
//
// The viewport is the window's, clipped by every box with `overflow` other than `visible`
// between the container and the document (walking up through shadow roots and slots, so a
// sidebar's `overflow: auto` box in another component works too); each of those boxes and the
// window are listened to (passive `scroll`, `resize`).
//
// Anchoring: when content above what the reader looks at changes size (an estimate replaced by
// a measurement as items scroll in from above, a post above the viewport growing), the first
// item crossing the top of the viewport is kept where it was by scrolling the nearest
// scrolling box by the difference. The browser's own scroll anchoring is turned off on the
// container's subtree by the element (`overflow-anchor: none`) so the two never both correct.

/** The rendered slice of a list: the indexes of its first and last items, and the space of the items around them. */
export interface WindowRange {
  first: number;
  /** Inclusive; `-1` when there are no items. */
  last: number;
  /** Block size of the items before `first`. */
  before: number;
  /** Block size of the items after `last`. */
  after: number;
}

/** Running offsets of items of the given sizes (an unknown size counts as `estimate`): `n + 1` numbers, the last one the total. */
export function offsetsOf(sizes: readonly (number | undefined)[], estimate: number): number[] {
  const offsets = [0];
  for (let i = 0; i < sizes.length; i++) offsets.push(offsets[i]! + (sizes[i] ?? estimate));
  return offsets;
}

/**
 * The items crossing `[start, end)` (block coordinates from the container's start). At least one
 * item is in the range when there are any: the first when the span is before them all, the last
 * when it is after them all.
 */
export function rangeOf(offsets: readonly number[], start: number, end: number): WindowRange {
  const n = offsets.length - 1;
  const total = offsets[n]!;
  if (n <= 0) return { first: 0, last: -1, before: 0, after: 0 };
  // The first index in [0, n) where `test` holds (`n` if none), by binary search: the offsets only grow.
  const firstWhere = (test: (i: number) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // The first item ending after `start`; the last one starting before `end`.
  const first = Math.min(
    firstWhere((i) => offsets[i + 1]! > start),
    n - 1,
  );
  const last = Math.max(first, firstWhere((i) => offsets[i]! >= end) - 1);
  return { first, last, before: offsets[first]!, after: total - offsets[last + 1]! };
}

export interface WindowedListOptions<T> {
  /** The element the rendered items are the children of (in order, nothing else): each item renders as one element. */
  container: () => HTMLElement | null | undefined;
  /** A stable key per item: sizes are remembered by key, and items keep their DOM (and focus) across ranges. */
  key: (item: T) => string;
  /** Block size assumed before any item was measured. */
  estimate?: number;
}

/** A box whose content can be scrolled vertically by script: `overflow-y` auto or scroll. */
const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowY);

/**
 * Renders only the items of a long list that are in view (see the comment at the top of this file).
 *
 * @example
 * ```ts
 * #list = new WindowedList<Post>(this, { container: () => this.renderRoot.querySelector('[part~="feed"]'), key: (p) => p.id });
 * render() {
 *   return html`<div part="feed">${this.#list.render(this.posts, (post, index) => html`<article>…</article>`)}</div>`;
 * }
 * ```
 */
export class WindowedList<T> implements ReactiveController {
  /** The rendered range, as of the last `render()`. */
  range: WindowRange = { first: 0, last: -1, before: 0, after: 0 };

  #host: ReactiveControllerHost;
  #options: WindowedListOptions<T>;
  #items: readonly T[] = [];
  /** Each item's key, and the index of each key, in `#items`' order. */
  #keyList: string[] = [];
  #indexOf = new Map<string, number>();
  /** Measured block sizes by key, and their sum and count for the estimate of the others. */
  #sizes = new Map<string, number>();
  #sum = 0;
  /** The measured sizes in `#items`' order (unknown ones left out), for offsets in O(log n). */
  #tree = new BlockSizes();
  /** The container the listeners are on, and the clipping boxes around it. */
  #container: HTMLElement | undefined;
  #clips: Element[] = [];
  /** A container whose scrolling boxes are not found yet (see {@link #attach}). */
  #unplaced: HTMLElement | undefined;
  #keys = new WeakMap<Element, string>();
  #observed = new Set<Element>();
  #resizeObserver: ResizeObserver | undefined;
  /** The item crossing the top of the viewport before an update, its key, and where it was (client coordinates). */
  #anchor: { element: Element; key: string; top: number } | undefined;
  #frame = 0;
  /** The frame of the last render: its animation timeline time, which a requestAnimationFrame callback of that frame is given. */
  #renderedIn: CSSNumberish | null = null;
  /** The part of the last scroll correction the box's pixel snapping left out (see {@link #scrollBy}). */
  #carry = 0;

  /** Made on first use, not with the list: a server renders the list too, and has no ResizeObserver. */
  get #resizes(): ResizeObserver {
    if (!this.#resizeObserver) this.#resizeObserver = new ResizeObserver((entries) => this.#onResize(entries));
    return this.#resizeObserver;
  }

  constructor(host: ReactiveControllerHost, options: WindowedListOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.requestUpdate(); // listeners are attached (again) after the next update
  }

  hostDisconnected(): void {
    this.#attach(undefined);
  }

  /**
   * The items of `items` in view, each rendered by `renderItem` with its index in `items`. Call it
   * from the host's `render()`. With `depsOf`, an item whose dependencies (compared one by one,
   * as Lit's `guard` does) are those of its last render is left as it is, its template not
   * evaluated again: the host's every update (a page loading, a count changing) would otherwise
   * render every item in view anew. `depsOf` returns nothing for an item that must render anyway.
   */
  render(items: readonly T[], renderItem: (item: T, index: number) => unknown, depsOf?: (item: T, index: number) => unknown[] | undefined): TemplateResult {
    this.#follow(items);
    this.range = this.#compute();
    const { first, last } = this.range;
    return html`${repeat(items.slice(first, last + 1), this.#options.key, (item, i) => {
      const index = first + i;
      const deps = depsOf?.(item, index);
      return deps ? guard(deps, () => renderItem(item, index)) : renderItem(item, index);
    })}`;
  }

  /** Scrolls so that the item at `index` is in view (at its estimated place), then renders it. */
  scrollToIndex(index: number): void {
    const container = this.#container;
    if (!container) return;
    const offset = index >= 0 && index <= this.#tree.length ? this.#tree.offset(index, this.#estimate()) : 0;
    const top = this.#view().top;
    this.#scrollBy(container.getBoundingClientRect().top + offset - top);
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#findAnchor();
  }

  /**
   * Remembers the item crossing the top of the viewport (only once the reader has scrolled into
   * the list: above it, content simply grows downwards).
   */
  #findAnchor(): void {
    this.#anchor = undefined;
    const container = this.#container;
    if (!container?.isConnected) return;
    const top = this.#view().top;
    if (container.getBoundingClientRect().top >= top) return;
    for (const element of container.children) {
      const box = element.getBoundingClientRect();
      const key = this.#keys.get(element);
      if (box.bottom > top && key !== undefined) {
        this.#anchor = { element, key, top: box.top };
        return;
      }
    }
  }

  hostUpdated(): void {
    this.#renderedIn = document.timeline.currentTime;
    const container = this.#options.container() ?? undefined;
    // The boxes around a new container are found after the browser's next layout (#onResize),
    // not now: their computed style now would make the browser lay out the items just rendered
    // in this task, and the range found from that layout would render the overscan in it too.
    // The first render (a first screenful, guessed) is one task; its layout, the real range and
    // the overscan come with the next frames.
    if (container !== this.#container) this.#attach(container);
    if (!container) return;
    sweepMarkers(container);
    this.#pad(container);
    let index = this.range.first;
    for (const element of container.children) {
      const key = this.#keyList[index++];
      if (key === undefined) break;
      this.#keys.set(element, key);
      // Only new ones: observing an element again restarts its observation, so every update
      // would deliver (and the list re-check) a size for every rendered item.
      if (this.#observed.has(element)) continue;
      this.#resizes.observe(element);
      this.#observed.add(element);
    }
    for (const element of this.#observed) {
      if (element.parentElement !== container) {
        this.#resizes.unobserve(element);
        this.#observed.delete(element);
      }
    }
    this.#keepAnchor();
  }

  /** The space of the items before and after the rendered ones, as the container's padding. */
  #pad(container: HTMLElement): void {
    container.style.setProperty('padding-block-start', `${this.range.before}px`);
    container.style.setProperty('padding-block-end', `${this.range.after}px`);
  }

  /** Scrolls the anchor (see {@link #findAnchor}) back to where it was, and forgets it. */
  #keepAnchor(): void {
    const anchor = this.#anchor;
    this.#anchor = undefined;
    if (!anchor?.element.isConnected) return;
    const moved = anchor.element.getBoundingClientRect().top - anchor.top;
    if (Math.abs(moved + this.#carry) >= 1) this.#scrollBy(moved);
    else this.#carry += moved;
  }

  /**
   * A frame after new sizes came: the host renders again only when other items come into view.
   * Otherwise only the space around the same items changed (estimates replaced by measurements),
   * which is the container's padding: set here, without re-rendering the host's whole template —
   * a second render per frame while the reader scrolls, each item's template evaluated again.
   */
  #remeasured = (frame: number): void => {
    this.#frame = 0;
    const container = this.#container;
    // The frame after the container's first layout: its boxes' styles are computed (observing them
    // from the ResizeObserver's own callback would be a "ResizeObserver loop").
    if (this.#unplaced?.isConnected) this.#listen(this.#unplaced);
    if (container?.isConnected) this.#findAnchor();
    const range = this.#compute();
    if (!container?.isConnected || range.first !== this.range.first || range.last !== this.range.last) {
      // This frame already rendered new items (a scroll's: scroll events come before animation
      // frame callbacks) and what the reader sees is in the DOM: the overscan's change waits a
      // frame. Two renders of new items in one frame were the feed bench's long tasks (11 posts
      // added where a frame adds 5 or 6).
      if (container?.isConnected && this.#renderedIn === frame && this.#covers(this.#compute(false))) {
        this.#anchor = undefined; // the next update finds it again
        this.#frame = requestAnimationFrame(this.#remeasured);
        return;
      }
      this.#anchor = undefined; // the update finds it again
      this.#host.requestUpdate();
      return;
    }
    this.range = range;
    this.#pad(container);
    this.#keepAnchor();
  };

  /**
   * Takes `container` (or none): stops listening to the boxes around the previous one, and
   * observes the new one: the frame after its first size (the browser's next layout) finds its boxes.
   */
  #attach(container: HTMLElement | undefined): void {
    for (const clip of this.#clips) clip.removeEventListener('scroll', this.#check);
    removeEventListener('scroll', this.#check);
    removeEventListener('resize', this.#check);
    this.#resizes.disconnect();
    this.#observed.clear();
    this.#clips = [];
    this.#container = container;
    this.#unplaced = container;
    if (container) this.#resizes.observe(container);
  }

  /** Listens to the scrolling boxes around the container (and the window): after a layout, when their styles cost nothing to read. */
  #listen(container: HTMLElement): void {
    this.#unplaced = undefined;
    // Its size follows its padding, which the list sets itself: only its items' sizes count.
    this.#resizes.unobserve(container);
    // Up the flat tree: a slotted node's box is inside its slot's; a shadow root's inside its host's.
    for (let node: Element | null = container; node; ) {
      const next: Element | null = node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
      if (next && next !== document.documentElement && next !== document.body && getComputedStyle(next).overflowY !== 'visible') this.#clips.push(next);
      node = next;
    }
    const passive = { passive: true };
    for (const clip of this.#clips) {
      clip.addEventListener('scroll', this.#check, passive);
      this.#resizes.observe(clip);
    }
    addEventListener('scroll', this.#check, passive);
    addEventListener('resize', this.#check, passive);
  }

  /** After a scroll or resize: renders again when other items come into view. */
  #check = (): void => {
    const { first, last } = this.#compute();
    if (first !== this.range.first || last !== this.range.last) this.#host.requestUpdate();
  };

  #onResize(entries: ResizeObserverEntry[]): void {
    const top = this.#view().top;
    let changed = false;
    let above = 0;
    for (const entry of entries) {
      const key = this.#keys.get(entry.target);
      if (key === undefined) {
        changed = true; // a scrolling box around the list
        continue;
      }
      const size = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      const was = this.#sizes.get(key);
      // Zero: not laid out (a hidden list); keep what is known.
      if (!size || size === was || !entry.target.isConnected) continue;
      changed = true;
      this.#sum += size - (was ?? 0);
      this.#sizes.set(key, size);
      const index = this.#indexOf.get(key);
      if (index !== undefined) this.#tree.set(index, size);
      // A rendered item wholly above the viewport changed size: what the reader sees moved by as much.
      if (was !== undefined && entry.target.getBoundingClientRect().bottom <= top) above += size - was;
    }
    if (above) this.#scrollBy(above);
    // Next frame: rendering in this one would add observations Chromium could only deliver with a
    // "ResizeObserver loop" error.
    if (changed && !this.#frame) this.#frame = requestAnimationFrame(this.#remeasured);
  }

  /**
   * Takes the list's items: the keys and sizes of those after the part that did not change are
   * (re)placed in the tree. A page appended costs its own items; a post added on top, every item
   * (once, not per frame).
   */
  #follow(items: readonly T[]): void {
    const was = this.#items;
    if (items === was) return;
    this.#items = items;
    const { key } = this.#options;
    const keys = this.#keyList;
    let same = 0;
    // The same item object has the same key: only changed items (a reaction, an edit) are asked theirs again.
    while (same < items.length && same < keys.length && (items[same] === was[same] || key(items[same]!) === keys[same])) same++;
    for (let i = same; i < keys.length; i++) if (this.#indexOf.get(keys[i]!) === i) this.#indexOf.delete(keys[i]!);
    keys.length = same;
    this.#tree.truncate(same);
    for (let i = same; i < items.length; i++) {
      const k = key(items[i]!);
      keys.push(k);
      this.#indexOf.set(k, i);
      this.#tree.push(this.#sizes.get(k));
    }
  }

  #estimate(): number {
    return this.#sizes.size ? this.#sum / this.#sizes.size : (this.#options.estimate ?? 120);
  }

  /** The visible part of the window, clipped by the boxes around the list, in client coordinates. */
  #view(): { top: number; bottom: number } {
    let top = 0;
    let bottom = innerHeight;
    for (const clip of this.#clips) {
      const box = clip.getBoundingClientRect();
      top = Math.max(top, box.top + clip.clientTop);
      bottom = Math.min(bottom, box.top + clip.clientTop + clip.clientHeight);
    }
    return { top, bottom };
  }

  /** Whether the rendered range holds every item of `range`. */
  #covers(range: WindowRange): boolean {
    return this.range.first <= range.first && range.last <= this.range.last;
  }

  /**
   * The range to render now: the items crossing the viewport, with one viewport's height of
   * overscan above and below (without it: what the reader sees).
   */
  #compute(overscan = true): WindowRange {
    const tree = this.#tree;
    const estimate = this.#estimate();
    const container = this.#container;
    if (!container?.isConnected) {
      // A server renders every loaded item, so that all their text is in the page; the browser's
      // first render over that markup (hydration) renders the same items, then windows them.
      const served = isServer ? tree.length : (this.#options.container()?.children.length ?? 0);
      if (served > 0) return tree.range(0, tree.offset(Math.min(served, tree.length), estimate) - 0.5, estimate);
      return tree.range(0, innerHeight, estimate); // not placed yet: a first screenful
    }
    const total = tree.total(estimate);
    const { top, bottom } = this.#view();
    // Where the viewport is in the list: from the anchor's place in the list as it is now
    // measured, when there is one (the layout still shows the sizes of the previous render);
    // else from the layout.
    const anchor = this.#anchor;
    const index = anchor ? (this.#indexOf.get(anchor.key) ?? -1) : -1;
    let start = index >= 0 ? tree.offset(index, estimate) + top - anchor!.top : top - container.getBoundingClientRect().top;
    let end = start + bottom - top;
    // Out of view (below the fold, scrolled past, or in a collapsed box): the screenful nearest to it.
    const height = end > start ? end - start : innerHeight;
    if (end <= 0 || end <= start) [start, end] = [0, height];
    else if (start >= total) [start, end] = [total - height, total];
    const margin = overscan ? height : 0;
    return tree.range(start - margin, end + margin, estimate);
  }

  /**
   * Scrolls the nearest box that can scroll (or the page) by `delta` pixels down. A scroll offset
   * is snapped to the device's pixels: the part of a correction that could not be applied (under a
   * pixel) is carried to the next one, so that many corrections do not drift the reader's place.
   */
  #scrollBy(delta: number): void {
    const box = this.#clips.find((clip) => scrolls(clip) && clip.scrollHeight > clip.clientHeight) ?? document.scrollingElement;
    if (!box) return;
    const wanted = delta + this.#carry;
    const before = box.scrollTop;
    box.scrollTop = before + wanted;
    const left = wanted - (box.scrollTop - before);
    // More than a pixel left: the box reached an end, not a rounding; nothing to carry.
    this.#carry = Math.abs(left) < 1 ? left : 0;
  }
}
