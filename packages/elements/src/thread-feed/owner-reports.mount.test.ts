// The feed mounts the reports panel for its thread's owner only, and only then fetches the
// panel's module: a reader's page (anonymous or signed in) never loads it. This file imports no
// panel code itself, so which modules the page fetched says what the feed loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { type Person, sandbox, tokenFor } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

const thread = 'thr_learningtolead'; // the demo mentee's
/** Whether the page fetched the panel's module (web-test-runner serves each module as its own file). */
/** How many times the page has fetched the thread itself (its answer says who owns it). */
const threadFetches = () => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/v1/threads/${thread}`).length;
const panelFetched = () => performance.getEntriesByType('resource').some((entry) => /\/owner-reports\.ts(\?|$)/.test(entry.name));

async function feed(person?: Person) {
  const getToken = person ? () => tokenFor(person) : undefined;
  const root = await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
    <menteo-thread-feed thread-id=${thread}></menteo-thread-feed>
  </menteo-provider>`);
  const el = root.querySelector('menteo-thread-feed')!;
  await waitUntil(() => el.shadowRoot?.querySelector('article'), 'no posts', { timeout: 10_000 });
  return el;
}

describe('the thread feed mounts the owner’s reports panel', () => {
  it('not for an anonymous reader nor a signed-in one who is not the owner: no panel, no module', async () => {
    for (const person of [undefined, 'demo-mentor'] as const) {
      const before = threadFetches();
      const el = await feed(person);
      // Settled: the thread, as this reader sees it (who owns it), has arrived and been rendered.
      await waitUntil(() => threadFetches() > before, 'the thread was not fetched');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('menteo-thread-reports'), person ?? 'anonymous').to.be.null;
    }
    expect(customElements.get('menteo-thread-reports')).to.equal(undefined);
    expect(panelFetched()).to.equal(false);
  });

  it('for the owner: the Reports button in the header, its module fetched then', async () => {
    const el = await feed('demo-mentee');
    await waitUntil(() => el.shadowRoot!.querySelector('menteo-thread-reports'), 'no panel for the owner');
    const panel = el.shadowRoot!.querySelector('menteo-thread-reports')!;
    expect(panel.closest('[part~="header"]')).to.exist;
    await waitUntil(() => panel.shadowRoot?.querySelector('[part~="reports-toggle"]')?.textContent?.includes('Reports ('), 'no Reports button');
    expect(panelFetched()).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
