// Found by page: canonical-url="auto" (the page's <link rel="canonical">, else its address
// without query or fragment) or a URL finds the thread embedded there, instead of thread-id.
import { expect } from '@open-wc/testing';
import { part } from '../../test/support.js';
import { articles, feedFor, squash, threadWithPosts } from '../../test/feed-harness.js';

let seq = 0;
const pageOf = (what: string) => `https://blog.example/${what}-${Date.now()}-${++seq}`;

describe('<menteo-thread-feed> found by page', () => {
  it('canonical-url="auto" finds the thread whose canonicalUrl is the page’s <link rel="canonical">', async () => {
    const page = pageOf('posts/leading');
    const { thread, posts } = await threadWithPosts('demo-mentee', ['Embedded on the blog.'], { canonicalUrl: page });
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: `${page}?utm_source=feed` });
    document.head.append(link);
    try {
      const { el } = await feedFor({ canonicalUrl: 'auto' });
      expect(squash(part(el, 'title'))).to.equal(thread.title);
      expect(articles(el).map((a) => a.dataset.postId)).to.deep.equal([posts[0]!.id]);
      await expect(el).to.be.accessible();
    } finally {
      link.remove();
    }
  });

  it('canonical-url="auto" without a canonical link takes the page’s address without query or fragment', async () => {
    const here = location.origin + location.pathname;
    const { client, thread } = await threadWithPosts('demo-mentee', ['Found by this very page.'], { canonicalUrl: here });
    try {
      const { el } = await feedFor({ canonicalUrl: 'auto' });
      expect(squash(part(el, 'title'))).to.equal(thread.title);
    } finally {
      // Other tests of this file find nothing at this address.
      await client.threads.update(thread.id, { canonicalUrl: null });
    }
  });

  it('takes a page URL too; a page no thread names shows a clear empty state', async () => {
    const page = pageOf('posts/named');
    const { thread } = await threadWithPosts('demo-mentee', ['Named.'], { canonicalUrl: page });
    const found = await feedFor({ canonicalUrl: `${page}/#comments` });
    expect(squash(part(found.el, 'title'))).to.equal(thread.title);

    const { el } = await feedFor({ canonicalUrl: pageOf('posts/nothing-here') });
    expect(squash(part(el, 'empty'))).to.equal('There is no thread for this page yet.');
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the thread-id’s thread when both are set', async () => {
    const page = pageOf('posts/both');
    await threadWithPosts('demo-mentee', ['By page.'], { canonicalUrl: page });
    const { thread } = await threadWithPosts('demo-mentee', ['By id.']);
    const { el } = await feedFor({ id: thread.id, canonicalUrl: page });
    expect(squash(part(el, 'title'))).to.equal(thread.title);
  });
});
