// Following a thread from the feed's header: pressed and counted at once, another reader's
// follow moving the count live, and a signed-out reader asked to sign in.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part } from '../../test/support.js';
import { clientOf, feedFor, squash, threadWithPosts } from '../../test/feed-harness.js';

const followers = (el: Element) => squash(part(el, 'counts')).split(' · ')[1];

describe('<menteo-thread-feed> follow', () => {
  it('follows and unfollows from the header (aria-pressed, count at once); another reader’s follow moves the count live', async () => {
    const { thread } = await threadWithPosts('demo-mentee');
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentor' });
    const button = () => part<HTMLButtonElement>(el, 'follow-button')!;
    expect(squash(button())).to.equal('Follow');
    expect(button().getAttribute('aria-pressed')).to.equal('false');
    expect(followers(el)).to.equal('0 followers');
    button().click();
    await waitUntil(() => button().getAttribute('aria-pressed') === 'true', 'not pressed');
    expect(squash(button())).to.equal('Following');
    expect(followers(el)).to.equal('1 follower');
    const mentor = await clientOf('demo-mentor');
    await waitUntil(async () => (await mentor.threads.retrieve(thread.id)).viewer?.following, 'the API has no follow');
    await expect(el).to.be.accessible();

    // Another reader follows: the count this page shows follows it live. The page's live
    // subscription opens a moment after it loaded, so the other reader follows again (after an
    // unfollow) until the page has heard one: every thread.updated carries the whole count.
    const other = await clientOf('acme-employee');
    for (let attempt = 0; attempt < 20 && followers(el) !== '2 followers'; attempt++) {
      if (attempt) await other.threads.unfollow(thread.id);
      await other.threads.follow(thread.id);
      await waitUntil(() => followers(el) === '2 followers', 'not live yet', { timeout: 1000 }).catch(() => {});
    }
    expect(followers(el)).to.equal('2 followers');
    expect(button().getAttribute('aria-pressed')).to.equal('true', 'the reader’s own follow is kept');

    // And off again, with the keyboard.
    button().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button().getAttribute('aria-pressed') === 'false', 'still pressed');
    expect(followers(el)).to.equal('1 follower');
    await waitUntil(async () => (await mentor.threads.retrieve(thread.id)).viewer?.following === false, 'the API still has the follow');
  });

  it('asks a signed-out reader to sign in; the owner has no Follow button', async () => {
    const { thread } = await threadWithPosts('demo-mentee');
    const { root, el } = await feedFor({ id: thread.id });
    const asked = oneEvent(root, 'menteo-sign-in-required');
    part<HTMLButtonElement>(el, 'follow-button')!.click();
    expect((await asked).detail).to.deep.equal({ action: 'follow' });
    const message = await waitUntil(() => part(el, 'sign-in-required'), 'no sign-in message').then(() => part(el, 'sign-in-required')!);
    expect(squash(message)).to.equal('Sign in to follow this thread.');
    expect(part(el, 'follow-button')!.getAttribute('aria-pressed')).to.equal('false');
    expect(followers(el)).to.equal('0 followers');
    await expect(el).to.be.accessible();

    const owner = await feedFor({ id: thread.id, person: 'demo-mentee' });
    expect(part(owner.el, 'follow-button')).to.be.null;
  });
});
