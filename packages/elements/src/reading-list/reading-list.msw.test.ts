// <menteo-reading-list> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own, replayed through msw (test/msw.ts): held back, turned into a failure, or
// (the empty list) emptied.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoReadingList } from './reading-list.js';

MenteoProvider.define('menteo-provider');
MenteoReadingList.define('menteo-reading-list');

async function readingList(): Promise<MenteoReadingList> {
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
    <menteo-reading-list></menteo-reading-list>
  </menteo-provider>`);
  return root.querySelector('menteo-reading-list')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');

describe('<menteo-reading-list> with msw', () => {
  startMsw();

  it('keeps the placeholder and aria-busy while the list is slow, then shows it', async () => {
    const slow = replay('GET', '/v1/me/bookmarks', { delayMs: 30_000 });
    use(slow.handler);
    const el = await readingList();
    await waitUntil(() => slow.count >= 1, 'the list was not asked');
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.equal('Loading your reading list…');
    await expect(el).to.be.accessible();
    slow.release();
    await waitForPart(el, 'entry');
    expect(busy(el)).to.equal('false');
  });

  it('shows the request id on a 503, and Try again loads the list once the API is back', async () => {
    const down = replay('GET', '/v1/me/bookmarks', { status: 503 });
    use(down.handler);
    const el = await readingList();
    const error = await waitForPart(el, 'error', 15_000);
    expect(error.textContent).to.contain('We couldn’t load your reading list.');
    expect(down.requestIds).to.include(/Request ID: (\S+)/.exec(textOf(el))?.[1]);
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    await waitForPart(el, 'entry');
    expect(part(el, 'error')).to.be.null;
  });

  it('says so when nothing is saved', async () => {
    const empty = replay('GET', '/v1/me/bookmarks', { mutate: (body: { data: unknown[] }) => ({ ...body, data: [], nextCursor: null }) });
    use(empty.handler);
    const el = await readingList();
    const notice = await waitForPart(el, 'empty');
    expect([...notice.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Your reading list is empty',
      'Save a post with its Save button to read it later.',
    ]);
    expect(part(el, 'entries')).to.be.null;
    expect(part(el, 'load-more')).to.be.null;
    await expect(el).to.be.accessible();
  });
});
