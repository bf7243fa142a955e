// The owner's reports panel on a test host of its own (the feed mounts it for the owner only:
// owner-reports.mount.test.ts). Real sandbox: readers comment and report through the API, the
// owner acts in the panel, and what the API and a reader's stores then say is checked.
import { Menteo, MenteoCore } from '@menteo/sdk';
import { commentStores, createStoreContext, type StoreContext } from '@menteo/sdk/stores';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, sandbox, textOf, tokenFor } from '../../test/support.js';
import { MenteoThreadReports } from './owner-reports.js';

MenteoThreadReports.define('menteo-thread-reports');

const clientOf = async (person: Person) => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });
const contexts: StoreContext[] = [];
const storesOf = async (person: Person) => {
  const stores = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 }));
  contexts.push(stores);
  return stores;
};
let seq = 0;
const unique = (what: string) => `${what} (reports test ${Date.now()}-${++seq})`;

/** A fresh public thread of the demo mentor's with one post, a comment by the demo mentee, and that comment reported by the Acme employee. */
async function reportedThread() {
  const [owner, commenter, reporter] = await Promise.all([clientOf('demo-mentor'), clientOf('demo-mentee'), clientOf('acme-employee')]);
  const thread = await owner.threads.create({ title: unique('Reported'), visibility: 'public' });
  const post = await owner.threads.posts.create(thread.id, { kind: 'update', body: 'Shipped the first draft today.' });
  const comment = await commenter.posts.comments.create(post.id, { body: 'Great course, 50% off today at example.com.' });
  await reporter.posts.comments.report(comment.id, { reason: 'spam', note: 'Links to a course sale.' });
  return { owner, commenter, reporter, thread, post, comment };
}

async function panel(threadId: string, options: { person?: Person; lang?: string } = {}) {
  const stores = await storesOf(options.person ?? 'demo-mentor');
  const root = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}><menteo-thread-reports .threadId=${threadId} .stores=${stores}></menteo-thread-reports></div>`,
  );
  const el = root.querySelector('menteo-thread-reports')!;
  return { el, stores };
}

const toggle = (el: Element) => part<HTMLButtonElement>(el, 'reports-toggle')!;
const reports = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="report"]')];
const actionOf = (row: HTMLElement, action: string) => row.querySelector<HTMLButtonElement>(`[part~="report-${action}"]`);

/** Sends the page's writes with a token the API does not know: a real 401. */
function refuseWrites() {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'GET' && request.url.startsWith(sandbox.url)) request.headers.set('authorization', 'Bearer ut_notarealtoken');
    return realFetch(request);
  };
  return () => (window.fetch = realFetch);
}

describe('owner reports panel (<menteo-thread-reports>)', () => {
  afterEach(() => {
    for (const stores of contexts.splice(0)) stores.dispose();
  });

  it('counts the reports while closed; opens with the keyboard on what was reported, why, by whom; a new report shows on reopening', async () => {
    const { thread, post, comment, commenter } = await reportedThread();
    const { el } = await panel(thread.id);
    await waitUntil(() => toggle(el)?.textContent?.includes('Reports (1)'), 'no count');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'reports-panel')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => reports(el).length === 1, 'no report listed');
    const row = reports(el)[0]!;
    expect(row.querySelector('[part~="report-kind"]')!.textContent).to.equal('Comment');
    expect(row.querySelector('[part~="report-reason"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Reason: Spam or advertising');
    expect(row.querySelector('[part~="report-excerpt"]')!.textContent).to.equal(comment.body);
    expect(row.querySelector('[part~="report-note"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Note: Links to a course sale.');
    expect(row.querySelector('[part~="report-by"]')!.textContent).to.match(/^Reported by Sam Lindqvist, /);
    expect([...row.querySelectorAll('[part~="report-action"]')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Hide the comment',
      'Lock comments on the post',
      'Block the comment’s author',
    ]);
    await expect(el).to.be.accessible();

    // Another reader reports the post itself: no event tells the panel; closing and opening it asks again.
    await commenter.posts.report(post.id, { reason: 'off_topic' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => reports(el).length === 2, 'the new report did not show on reopening');
    expect(toggle(el).textContent).to.contain('Reports (2)');
    const newest = reports(el)[0]!;
    expect(newest.querySelector('[part~="report-kind"]')!.textContent).to.equal('Post');
    expect(newest.querySelector('[part~="report-by"]')!.textContent).to.match(/^Reported by Priya Raman, /);
    // A post's author is the owner: there is no comment to hide and no one to block.
    expect([...newest.querySelectorAll('[part~="report-action"]')].map((b) => b.textContent!.trim())).to.deep.equal(['Lock comments on the post']);
  });

  it('hides the reported comment (a reader’s stores drop it live), locks the post’s comments and blocks the comment’s author', async () => {
    const { thread, post, comment, commenter, owner } = await reportedThread();
    // A reader's open comment list, live (what a reader's feed shows).
    const reader = await storesOf('acme-employee');
    const $comments = commentStores(reader).postComments(post.id, thread.id);
    let shown: string[] = [];
    const stop = $comments.subscribe((state) => (shown = state.items.map((c) => c.id)));
    try {
      await waitUntil(() => shown.includes(comment.id), 'the reader does not see the comment');
      const { el } = await panel(thread.id);
      toggle(el).click();
      await waitUntil(() => reports(el).length === 1, 'no report listed');
      const row = () => reports(el)[0]!;

      actionOf(row(), 'hide')!.click();
      await waitUntil(() => textOf(el).includes('The comment is hidden from readers.'), 'no outcome');
      expect(actionOf(row(), 'hide'), 'done: the button goes').to.be.null;
      await waitUntil(() => !shown.includes(comment.id), 'the reader still sees the comment', { timeout: 10_000 });

      actionOf(row(), 'lock')!.click();
      await waitUntil(() => textOf(el).includes('Comments on the post are locked.'), 'no lock outcome');
      expect((await owner.posts.retrieve(post.id)).commentsLocked).to.equal(true);

      actionOf(row(), 'block')!.click();
      await waitUntil(() => textOf(el).includes('Priya Raman is blocked from this thread.'), 'no block outcome');
      const refused = await commenter.posts.report(post.id, { reason: 'spam' }).then(
        () => undefined,
        (error: { status?: number; code?: string }) => error,
      );
      expect(refused?.status).to.equal(403);
      expect(refused?.code).to.equal('blocked_from_thread');
      // Focus stays in the report rather than falling to the page.
      expect(row().contains(el.shadowRoot!.activeElement) || el.shadowRoot!.activeElement === null).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('a refused action says so with the request id, and changes nothing', async () => {
    const { thread, post, owner } = await reportedThread();
    const { el } = await panel(thread.id);
    toggle(el).click();
    await waitUntil(() => reports(el).length === 1, 'no report listed');
    const restore = refuseWrites();
    try {
      actionOf(reports(el)[0]!, 'lock')!.click();
      await waitUntil(() => part(el, 'report-error'), 'no error');
    } finally {
      restore();
    }
    expect(part(el, 'report-error')!.textContent).to.match(/That didn’t work; nothing changed\.\s+Request ID: req_\S+/);
    expect(actionOf(reports(el)[0]!, 'lock'), 'still offered').to.exist;
    expect((await owner.posts.retrieve(post.id)).commentsLocked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing reported, and speaks Spanish', async () => {
    const owner = await clientOf('demo-mentor');
    const quiet = await owner.threads.create({ title: unique('Quiet'), visibility: 'public' });
    const { el } = await panel(quiet.id, { lang: 'es' });
    await waitUntil(() => toggle(el)?.textContent?.includes('Denuncias (0)'), 'no Spanish count');
    toggle(el).click();
    await waitUntil(() => part(el, 'reports-empty'), 'no empty state');
    expect(part(el, 'reports-empty')!.textContent).to.equal('No hay denuncias. Aquí aparecen las denuncias de publicaciones y comentarios.');
    await expect(el).to.be.accessible();
  });
});
