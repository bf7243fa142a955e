// The block sizes of a windowed list's items, as a Fenwick tree (binary indexed tree): the
// offset of an item and the item at an offset are O(log n), and so is a measured size, an
// appended item (a page of a feed) or one forgotten. The running sums WindowedList kept before
// cost O(n) to recompute after every measurement — per frame while the reader scrolls, several
// milliseconds at 10,000 posts.
//
// An item not measured yet counts as the estimate given to each query (the average of those
// measured, which moves as items are measured): the tree keeps two sums per node, of the
// measured sizes and of how many were measured, and a node's span is
// `measured + (items − counted) × estimate`.

import type { WindowRange } from './windowed-list.js';

/** The lowest set bit of `i`: the number of items a Fenwick node sums. */
const lowbit = (i: number) => i & -i;

/**
 * Item sizes (some unknown) with logarithmic offsets and lookups; see the comment at the top of this file.
 *
 * @example
 * ```ts
 * const sizes = new BlockSizes();
 * for (const size of [100, undefined, 300]) sizes.push(size);
 * sizes.offset(2, 50); // 150: 100 measured, one estimated at 50
 * sizes.range(120, 200, 50); // { first: 1, last: 2, before: 100, after: 0 }
 * ```
 */
export class BlockSizes {
  /** Each item's size as given (`undefined`: not measured). */
  #values: (number | undefined)[] = [];
  /** Fenwick nodes, 1-based (index 0 unused): measured sizes summed, and how many were measured. */
  #sums: number[] = [0];
  #counts: number[] = [0];

  /** How many items there are. */
  get length(): number {
    return this.#values.length;
  }

  /** The size of the item at `index` as given (`undefined`: not measured, or no such item). */
  get(index: number): number | undefined {
    return this.#values[index];
  }

  /** Adds an item at the end, O(log n). */
  push(size: number | undefined): void {
    this.#values.push(size);
    const node = this.#values.length;
    // The node sums (node − lowbit(node), node]: this item, and the nodes that sum the items before it in that span.
    let sum = size ?? 0;
    let count = size === undefined ? 0 : 1;
    for (let child = node - 1; child > node - lowbit(node); child -= lowbit(child)) {
      sum += this.#sums[child]!;
      count += this.#counts[child]!;
    }
    this.#sums.push(sum);
    this.#counts.push(count);
  }

  /** Keeps only the first `length` items (nodes only ever sum items before them, so the rest stand). */
  truncate(length: number): void {
    if (length >= this.#values.length) return;
    this.#values.length = length;
    this.#sums.length = length + 1;
    this.#counts.length = length + 1;
  }

  /** Sets the size of the item at `index` (`undefined`: back to the estimate), O(log n). */
  set(index: number, size: number | undefined): void {
    const was = this.#values[index];
    if (index < 0 || index >= this.#values.length || was === size) return;
    this.#values[index] = size;
    const sum = (size ?? 0) - (was ?? 0);
    const count = (size === undefined ? 0 : 1) - (was === undefined ? 0 : 1);
    for (let node = index + 1; node <= this.#values.length; node += lowbit(node)) {
      this.#sums[node]! += sum;
      this.#counts[node]! += count;
    }
  }

  /** Where the item at `index` starts: the size of the items before it (`index` = length: the total). */
  offset(index: number, estimate: number): number {
    let sum = 0;
    let count = 0;
    const end = Math.min(Math.max(index, 0), this.#values.length);
    for (let node = end; node > 0; node -= lowbit(node)) {
      sum += this.#sums[node]!;
      count += this.#counts[node]!;
    }
    return sum + (end - count) * estimate;
  }

  /** The size of every item. */
  total(estimate: number): number {
    return this.offset(this.#values.length, estimate);
  }

  /**
   * The items crossing `[start, end)`, as {@link rangeOf} finds them in running offsets (at least
   * one when there are any), in O(log n).
   */
  range(start: number, end: number, estimate: number): WindowRange {
    const n = this.#values.length;
    if (n === 0) return { first: 0, last: -1, before: 0, after: 0 };
    // The items ending at or before `start` come before the range: the first is the next one.
    const first = Math.min(Math.max(this.#within(start, estimate, false), 0), n - 1);
    // The items starting before `end` are in it, up to the last of them.
    const last = Math.max(first, Math.min(this.#within(end, estimate, true), n - 1));
    return { first, last, before: this.offset(first, estimate), after: this.total(estimate) - this.offset(last + 1, estimate) };
  }

  /**
   * The largest `m` in `[0, n]` whose offset is at most `position` (below it when `strict`), or
   * −1 when there is none: a descent of the tree, the offsets only growing.
   */
  #within(position: number, estimate: number, strict: boolean): number {
    const fits = (offset: number) => (strict ? offset < position : offset <= position);
    if (!fits(0)) return -1;
    const n = this.#values.length;
    let at = 0;
    let offset = 0;
    for (let step = 2 ** Math.floor(Math.log2(n)); step > 0; step >>= 1) {
      const node = at + step;
      if (node > n) continue;
      // `at` is a multiple of 2 × step, so this node sums exactly the `step` items after it.
      const next = offset + this.#sums[node]! + (step - this.#counts[node]!) * estimate;
      if (!fits(next)) continue;
      at = node;
      offset = next;
    }
    return at;
  }
}
