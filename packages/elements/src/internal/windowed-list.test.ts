import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { offsetsOf, rangeOf, WindowedList } from './windowed-list.js';

describe('windowed list: offsets and ranges', () => {
  it('sums measured sizes and estimates the unknown ones', () => {
    expect(offsetsOf([], 50)).to.deep.equal([0]);
    expect(offsetsOf([10, undefined, 30, undefined], 50)).to.deep.equal([0, 10, 60, 90, 140]);
  });

  it('renders nothing of an empty list', () => {
    expect(rangeOf([0], 0, 500)).to.deep.equal({ first: 0, last: -1, before: 0, after: 0 });
  });

  it('takes the items crossing the span, with the space before and after them', () => {
    // Ten items of 100: [0,100) [100,200) … [900,1000).
    const offsets = offsetsOf(
      Array.from({ length: 10 }, () => 100),
      0,
    );
    expect(rangeOf(offsets, 0, 250)).to.deep.equal({ first: 0, last: 2, before: 0, after: 700 });
    // An item ending exactly at `start` and one starting exactly at `end` are out.
    expect(rangeOf(offsets, 300, 500)).to.deep.equal({ first: 3, last: 4, before: 300, after: 500 });
    expect(rangeOf(offsets, 301, 499)).to.deep.equal({ first: 3, last: 4, before: 300, after: 500 });
    expect(rangeOf(offsets, 299, 501)).to.deep.equal({ first: 2, last: 5, before: 200, after: 400 });
    expect(rangeOf(offsets, -1000, 5000)).to.deep.equal({ first: 0, last: 9, before: 0, after: 0 });
  });

  it('follows uneven sizes (an expanded item, estimates for unmeasured ones)', () => {
    const offsets = offsetsOf([100, 600, undefined, undefined, 20, 20], 80); // 0 100 700 780 860 880 900
    expect(rangeOf(offsets, 150, 650)).to.deep.equal({ first: 1, last: 1, before: 100, after: 200 });
    expect(rangeOf(offsets, 690, 865)).to.deep.equal({ first: 1, last: 4, before: 100, after: 20 });
  });

  it('keeps at least one item when the span is before or after them all', () => {
    const offsets = offsetsOf([100, 100, 100], 0);
    expect(rangeOf(offsets, -500, -100)).to.deep.equal({ first: 0, last: 0, before: 0, after: 200 });
    expect(rangeOf(offsets, 400, 900)).to.deep.equal({ first: 2, last: 2, before: 200, after: 0 });
  });

  it('scales to 10,000 items', () => {
    const offsets = offsetsOf(
      Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 150 : undefined)),
      50,
    ); // pairs of 200
    expect(offsets.at(-1)).to.equal(1_000_000);
    expect(rangeOf(offsets, 500_000, 500_600)).to.deep.equal({ first: 5000, last: 5005, before: 500_000, after: 499_400 });
  });
});

/** 1,000 items: the first 500 are 200 px tall, the others 40 px, so estimates are often wrong. */
class TestList extends LitElement {
  static override styles = css`
    ol {
      display: block;
      margin: 0;
      padding: 0;
      list-style: none;
      overflow-anchor: none;
    }
    li {
      display: block;
      block-size: 40px;
    }
    .tall {
      block-size: 200px;
    }
  `;
  items = Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, tall: i < 500 }));
  /** How many times the element rendered. */
  updates = 0;
  list = new WindowedList<{ id: string; tall: boolean }>(this, { container: () => this.renderRoot.querySelector('ol'), key: (item) => item.id });
  override updated() {
    this.updates++;
  }
  /** How many times each item's template was evaluated, by id. */
  renders = new Map<string, number>();
  /** What an item's rendering depends on (none: rendered at every update, as without it). */
  depsOf: ((item: { id: string; tall: boolean }, index: number) => unknown[] | undefined) | undefined;
  override render() {
    const renderItem = (item: { id: string; tall: boolean }, index: number) => {
      this.renders.set(item.id, (this.renders.get(item.id) ?? 0) + 1);
      return html`<li data-index=${index} class=${item.tall ? 'tall' : ''}>${item.id}</li>`;
    };
    return html`<ol>
      ${this.list.render(this.items, renderItem, this.depsOf)}
    </ol>`;
  }
}
customElements.define('test-windowed-list', TestList);

describe('windowed list: in a scrolling box', () => {
  const setup = async () => {
    // The scrolling box is found when the list first renders: it is one before the list is in it.
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.style.setProperty('block-size', '400px');
    box.style.setProperty('overflow-y', 'auto');
    const list = box.appendChild(document.createElement('test-windowed-list') as TestList);
    const rendered = () => [...list.shadowRoot!.querySelectorAll('li')].map((li) => Number(li.dataset.index));
    await waitUntil(() => rendered().length > 0 && list.list.range.last < 40);
    return { box, list, rendered };
  };
  const frames = async (n = 3) => {
    for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
  };
  /** What `read` answers once two reads two frames apart agree (and found an item: index -1 is mid-change): a busy machine takes more frames to settle, never a different place. */
  const settled = async <T>(read: () => T): Promise<T> => {
    let last = JSON.stringify(read());
    for (let i = 0; i < 100; i++) {
      await frames(2);
      const now = JSON.stringify(read());
      if (now === last && !now.includes('"index":-1')) return JSON.parse(now) as T;
      last = now;
    }
    throw new Error(`never settled: ${last}`);
  };

  it('renders the items in view of the box only, with padding standing in for the others', async () => {
    const { box, list, rendered } = await setup();
    await frames();
    expect(rendered()[0]).to.equal(0);
    expect(rendered().length).to.be.lessThan(12); // 400 px of 200 px items, and as much again above and below
    // The whole list's height is there, estimated from the sizes measured so far (200 px).
    expect(box.scrollHeight).to.be.greaterThan(100_000);
    box.scrollTop = 50_000;
    await waitUntil(() => rendered()[0]! > 100, 'no new range after scrolling');
    await frames();
    const ol = list.shadowRoot!.querySelector('ol')!;
    expect(parseFloat(ol.style.paddingBlockStart)).to.be.greaterThan(10_000); // set through the CSSOM
    const b = box.getBoundingClientRect();
    const visible = [...list.shadowRoot!.querySelectorAll('li')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > b.top && r.top < b.bottom;
    });
    expect(visible.length).to.be.greaterThan(1);
    expect(rendered().length).to.be.lessThan(40);
  });

  it('leaves no marker of the items it removed: the container holds its items and their own two markers each', async () => {
    const { box, list, rendered } = await setup();
    const ol = list.shadowRoot!.querySelector('ol')!;
    // Far enough each time that every item is another one (all removed, all added), then back.
    for (const top of [30_000, 60_000, 90_000, 0]) {
      const first = rendered()[0];
      box.scrollTop = top;
      await waitUntil(() => rendered()[0] !== first, `no new range at ${top} px`);
    }
    await settled(() => list.list.range);
    // lit-html's repeat leaves the end marker of each item it removes (lit/lit#5298): hundreds after these scrolls.
    const markers = [...ol.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '');
    expect(markers.length).to.equal(2 * ol.children.length);
  });

  it('observes each rendered item once: another update asks no new size of the items already there', async () => {
    const { list } = await setup();
    await settled(() => list.list.range);
    const there = new Set(list.shadowRoot!.querySelectorAll('li'));
    const observe = ResizeObserver.prototype.observe;
    const again: Element[] = [];
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      if (there.has(target as HTMLLIElement)) again.push(target);
      observe.call(this, target, options);
    };
    try {
      list.requestUpdate();
      await list.updateComplete;
      await frames();
    } finally {
      ResizeObserver.prototype.observe = observe;
    }
    // Observing one again restarts its observation: every update would deliver a size for every item.
    expect(again.length).to.equal(0);
  });

  it('with depsOf, renders again only the items whose dependencies changed', async () => {
    const { list, rendered } = await setup();
    let version = 0;
    // Item i3 always renders (no dependencies, as a post with its comments open).
    list.depsOf = (item, index) => (item.id === 'i3' ? undefined : [item, index, version]);
    list.requestUpdate();
    await settled(() => list.list.range);
    const shown = rendered();
    expect(shown).to.include.members([1, 2, 3]);
    const evaluations = () => shown.map((index) => list.renders.get(`i${index}`) ?? 0);

    let before = evaluations();
    list.requestUpdate(); // nothing changed: only i3 is evaluated again
    await list.updateComplete;
    expect(evaluations().map((n, i) => n - before[i]!)).to.deep.equal(shown.map((index) => (index === 3 ? 1 : 0)));

    before = evaluations();
    list.items = list.items.map((item) => (item.id === 'i2' ? { ...item } : item)); // a new object for i2
    list.requestUpdate();
    await list.updateComplete;
    expect(evaluations().map((n, i) => n - before[i]!)).to.deep.equal(shown.map((index) => (index === 2 || index === 3 ? 1 : 0)));

    before = evaluations();
    version++; // shared state every item reads: all of them again
    list.requestUpdate();
    await list.updateComplete;
    expect(evaluations().map((n, i) => n - before[i]!)).to.deep.equal(shown.map(() => 1));
    // Left as they were, not emptied: every item shown still has its text.
    expect([...list.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(shown.map((index) => `i${index}`));
  });

  it('moves only the space around the items when a new size brings no other item into view: the host does not render again', async () => {
    const { list } = await setup();
    await settled(() => list.list.range);
    const ol = list.shadowRoot!.querySelector('ol')!;
    const range = { ...list.list.range };
    const after = parseFloat(ol.style.paddingBlockEnd);
    const updates = list.updates;
    // The first item grows by 10 px: the items after the rendered ones are estimated a little taller.
    list.shadowRoot!.querySelector('li')!.style.setProperty('block-size', '210px');
    await waitUntil(() => parseFloat(ol.style.paddingBlockEnd) > after, 'the space after the items did not follow the new estimate');
    await frames();
    expect(list.list.range.first).to.equal(range.first);
    expect(list.list.range.last).to.equal(range.last);
    expect(list.updates, 'renders of the host').to.equal(updates);
  });

  it('keeps the item at the top of the box in place when sizes above it change', async () => {
    const { box, list, rendered } = await setup();
    const top = () => {
      const b = box.getBoundingClientRect().top;
      const li = [...list.shadowRoot!.querySelectorAll('li')].find((el) => el.getBoundingClientRect().bottom > b);
      // Mid-change (a new range rendered, its padding not yet adjusted) no item may reach the box.
      return li ? { index: Number(li.dataset.index), offset: Math.round(li.getBoundingClientRect().top - b) + 0 } : { index: -1, offset: 0 }; // never -0
    };
    // Among the 40 px items, estimated at 200 px until now: the estimate (and the space above) shrinks.
    box.scrollTop = 104_000;
    await waitUntil(() => rendered()[0]! > 500, 'not among the short items');
    const still = await settled(top);
    await frames(3);
    expect(top(), 'the top item stays put while the list settles').to.deep.equal(still);
    // Scrolling up brings in unmeasured items above: their real sizes replace estimates.
    for (let i = 0; i < 5; i++) {
      box.scrollTop -= 100;
      await settled(top);
    }
    expect(top().index).to.be.within(still.index - 14, still.index - 11); // 500 px of 40 px items
    box.scrollTop += 500;
    await settled(top);
    // Back where it was, within half a pixel: each correction's part under a pixel (the box snaps its
    // offset to whole pixels) is carried to the next, so a dozen corrections do not drift (they did by 1 px).
    const item = list.shadowRoot!.querySelector<HTMLElement>(`li[data-index="${still.index}"]`)!;
    expect(item.getBoundingClientRect().top - box.getBoundingClientRect().top).to.be.closeTo(still.offset, 0.5);
  });
});

/** A sidebar component: its scrolling box is in its shadow root, the list is slotted into it. */
class TestSidebar extends HTMLElement {
  constructor() {
    super();
    const box = document.createElement('div');
    box.id = 'box';
    box.style.setProperty('block-size', '300px');
    box.style.setProperty('overflow', 'auto');
    box.append(document.createElement('slot'));
    this.attachShadow({ mode: 'open' }).append(box);
  }
}
customElements.define('test-sidebar', TestSidebar);

describe('windowed list: in another component’s scrolling box', () => {
  it('finds the box through the slot and follows its scrolling', async () => {
    const sidebar = await fixture<TestSidebar>(html`<test-sidebar><test-windowed-list></test-windowed-list></test-sidebar>`);
    const box = sidebar.shadowRoot!.getElementById('box')!;
    const list = sidebar.querySelector<TestList>('test-windowed-list')!;
    const rendered = () => [...list.shadowRoot!.querySelectorAll('li')].map((li) => Number(li.dataset.index));
    await waitUntil(() => rendered().length > 0 && list.list.range.last < 10, 'not windowed by the sidebar’s box');
    box.scrollTop = 20_000; // 200 px items: about the 100th
    await waitUntil(() => rendered().includes(100), `not following the box: ${rendered().join()}`);
    expect(rendered().length).to.be.lessThan(10);
  });
});
