// Reactions labelled (a name and a tooltip that keyboard focus shows too, compact included) and
// the bookmark as the reader's private "Save": pressed for them, counted for nobody.
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { articleOf, articles, clientOf, feedFor, squash, threadWithPosts } from '../../test/feed-harness.js';

const reactionOf = (el: Element, postId: string, kind: string) => articleOf(el, postId).querySelector<HTMLButtonElement>(`[data-kind="${kind}"]`)!;
/** The accessible name Chromium gives a button, from its content (aria-hidden parts left out). */
const nameOf = (button: HTMLElement) => [...button.querySelectorAll('.reaction-name, .count')].map((n) => n.textContent!.trim()).join(' ');

describe('<menteo-thread-feed> reactions', () => {
  for (const compact of [false, true]) {
    it(`labels each kind with a name and a tooltip that keyboard focus shows${compact ? ' (compact)' : ''}`, async () => {
      const { thread, posts } = await threadWithPosts('demo-mentee');
      const { el } = await feedFor({ id: thread.id, compact });
      const postId = posts[0]!.id;
      const expected = {
        cheer: ['Cheer', 'Cheer'],
        insightful: ['Insightful', 'Insightful'],
        support: ['Support', 'Support'],
        bookmark: ['Save', 'Save for later (only you see it)'],
      };
      const tooltipOf = (button: Element) => getComputedStyle(button, '::after');
      for (const [kind, [name, tip]] of Object.entries(expected)) {
        const button = reactionOf(el, postId, kind);
        expect(nameOf(button).startsWith(name!), `${kind}'s name`).to.equal(true);
        expect(button.dataset.tip).to.equal(tip);
        // No box until it shows: four per post would each be laid out, text and all.
        expect(tooltipOf(button).content, 'no tooltip while not shown').to.equal('none');
      }
      // What a screen reader hears (Chromium's accessibility tree): each name and count, never the tooltip after it.
      const heard: string[] = [];
      const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
        if (node.role === 'button' && node.name) heard.push(node.name);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk((await a11ySnapshot({})) as unknown as Parameters<typeof walk>[0]);
      const cheers = heard.filter((name) => name.includes('Cheer'));
      expect(cheers.length, 'the reaction buttons are in the tree').to.be.greaterThan(0);
      for (const name of cheers) expect(name).to.match(/^Cheer \d+$/);
      expect(heard.filter((name) => name.includes('Save for later'))).to.deep.equal([]);
      // From the keyboard: Tab onto the first reaction shows its tooltip.
      const cheer = reactionOf(el, postId, 'cheer');
      articleOf(el, postId).focus();
      for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== cheer; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(cheer);
      await waitUntil(() => tooltipOf(cheer).content !== 'none', 'the tooltip did not show on focus');
      expect(tooltipOf(cheer).content, 'drawn from data-tip, silent for screen readers').to.equal('"Cheer" / ""');
      expect(tooltipOf(reactionOf(el, postId, 'support')).content, 'only the focused one').to.equal('none');
      await expect(el).to.be.accessible();
    });
  }

  it('makes the bookmark a private Save: pressed and "Saved" for the reader, no count, not counted for others', async () => {
    const { thread, posts } = await threadWithPosts('demo-mentee');
    const postId = posts[0]!.id;
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentor' });
    const save = () => reactionOf(el, postId, 'bookmark');
    expect(squash(save().querySelector('.reaction-name'))).to.equal('Save');
    expect(save().querySelector('.count'), 'no public count').to.be.null;
    save().click();
    await waitUntil(() => save().getAttribute('aria-pressed') === 'true', 'not pressed');
    expect(squash(save().querySelector('.reaction-name'))).to.equal('Saved');
    const mentor = await clientOf('demo-mentor');
    await waitUntil(async () => (await mentor.posts.retrieve(postId)).viewerReactions.includes('bookmark'), 'not saved in the API');
    const { data: saved } = await mentor.posts.bookmarks();
    expect(saved.map((b) => b.post.id)).to.include(postId);
    // Others see no trace of it: not in their reactions, not in the count.
    const other = await (await clientOf('acme-employee')).posts.retrieve(postId);
    expect(other.reactions.bookmark).to.equal(0);
    expect(other.viewerReactions).not.to.include('bookmark');
    const anonymousPage = await feedFor({ id: thread.id });
    expect(articles(anonymousPage.el)).to.have.length(1);
    expect(reactionOf(anonymousPage.el, postId, 'bookmark').getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});
