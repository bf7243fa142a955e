import { expect } from '@open-wc/testing';
import { BlockSizes } from './block-sizes.js';
import { offsetsOf, rangeOf } from './windowed-list.js';

/** A small seeded generator (mulberry32): the same sizes and spans on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const filled = (sizes: readonly (number | undefined)[]) => {
  const tree = new BlockSizes();
  for (const size of sizes) tree.push(size);
  return tree;
};

describe('block sizes (a Fenwick tree of item sizes)', () => {
  it('gives the offsets and total of the running sums, unknown sizes counted as the estimate', () => {
    const tree = filled([10, undefined, 30, undefined]);
    expect([0, 1, 2, 3, 4].map((i) => tree.offset(i, 50))).to.deep.equal([0, 10, 60, 90, 140]);
    expect(tree.total(50)).to.equal(140);
    // The estimate is a query's, not the tree's: it moves as the list measures more items.
    expect(tree.total(20)).to.equal(80);
    expect(new BlockSizes().total(50)).to.equal(0);
    expect(new BlockSizes().range(0, 500, 50)).to.deep.equal({ first: 0, last: -1, before: 0, after: 0 });
  });

  it('finds the ranges rangeOf finds, at the edges too', () => {
    const sizes = Array.from({ length: 10 }, () => 100);
    const tree = filled(sizes);
    const offsets = offsetsOf(sizes, 0);
    for (const [start, end] of [
      [0, 250],
      [300, 500],
      [301, 499],
      [299, 501],
      [-1000, 5000],
      [-500, -100],
      [1200, 1500],
      [0, 0],
      [1000, 1000],
    ] as const) {
      expect(tree.range(start, end, 0), `[${start}, ${end})`).to.deep.equal(rangeOf(offsets, start, end));
    }
  });

  it('agrees with offsetsOf and rangeOf through appends, measurements, forgotten sizes and truncation', () => {
    const next = random(12);
    const sizes: (number | undefined)[] = [];
    const tree = new BlockSizes();
    const size = () => (next() < 0.3 ? undefined : next() < 0.1 ? 0 : Math.round(next() * 400) / 2);
    for (let round = 0; round < 300; round++) {
      const what = next();
      if (what < 0.4) {
        // A page: several items at the end.
        for (let k = Math.floor(next() * 20); k > 0; k--) {
          const s = size();
          sizes.push(s);
          tree.push(s);
        }
      } else if (what < 0.9 && sizes.length) {
        const at = Math.floor(next() * sizes.length);
        const s = size();
        sizes[at] = s;
        tree.set(at, s);
      } else {
        const keep = Math.floor(next() * sizes.length);
        sizes.length = keep;
        tree.truncate(keep);
      }
      const estimate = Math.round(next() * 300);
      const offsets = offsetsOf(sizes, estimate);
      expect(tree.length).to.equal(sizes.length);
      for (let probe = 0; probe < 5; probe++) {
        const i = Math.floor(next() * (sizes.length + 1));
        expect(tree.offset(i, estimate), `offset ${i} of ${sizes.length}, round ${round}`).to.equal(offsets[i]);
        // Spans anywhere, starting or ending on an item's edge a third of the time.
        const start = next() < 0.3 ? offsets[i]! : (next() - 0.1) * offsets.at(-1)! * 1.2;
        const end = next() < 0.3 ? offsets[Math.floor(next() * offsets.length)]! : start + next() * 2000;
        expect(tree.range(start, end, estimate), `range [${start}, ${end}), round ${round}`).to.deep.equal(rangeOf(offsets, start, end));
      }
    }
  });

  it('scales to 10,000 items', () => {
    const tree = new BlockSizes();
    for (let i = 0; i < 10_000; i++) tree.push(i % 2 ? 150 : undefined); // pairs of 200 at an estimate of 50
    expect(tree.total(50)).to.equal(1_000_000);
    expect(tree.range(500_000, 500_600, 50)).to.deep.equal({ first: 5000, last: 5005, before: 500_000, after: 499_400 });
    tree.set(0, 1050); // the first item measured: everything after it moves down by 1,000
    expect(tree.offset(5000, 50)).to.equal(501_000);
    expect(tree.range(500_000, 500_600, 50).first).to.equal(4990); // 499,000 before: the pair at 4990
  });
});
