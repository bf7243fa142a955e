import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoMentor, part, sandbox, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import type { MenteoProvider } from '../provider/menteo-provider.js';

/** A provider `fetch` that counts the URLs its elements asked for. */
function countingFetch() {
  const urls: string[] = [];
  const spy: typeof fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  return { urls, spy };
}

/** A page with an eager card at the top and `lower` far below the fold (3 viewports down). */
const page = (spy: typeof fetch, lower: unknown) =>
  fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .fetch=${spy}>
    <menteo-mentor-card loading="eager" mentor-id=${demoMentor.id}></menteo-mentor-card>
    <div style="block-size: 300vh"></div>
    ${lower}
  </menteo-provider>`);

describe('loading="lazy"', () => {
  afterEach(() => {
    for (const meta of document.head.querySelectorAll('meta[name="menteo:loading"]')) meta.remove();
    window.scrollTo(0, 0);
  });

  it('asks nothing until the element is near the viewport, shows its skeleton accessibly, then loads', async () => {
    const { urls, spy } = countingFetch();
    const root = await page(spy, html`<menteo-mentor-card loading="lazy" mentor-id="men_doesnotexist"></menteo-mentor-card>`);
    const [eager, lazy] = root.querySelectorAll<MenteoMentorCard>('menteo-mentor-card');
    await waitForPart(eager!, 'name');
    // The eager card's answer came: the lazy card, far below, asked nothing and waits.
    expect(urls.some((url) => url.includes(demoMentor.id))).to.equal(true);
    expect(urls.some((url) => url.includes('men_doesnotexist'))).to.equal(false);
    expect(part(lazy!, 'skeleton')).to.not.equal(null);
    expect(part(lazy!, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(lazy!, 'error')).to.equal(null); // not "not configured" either
    await expect(lazy).to.be.accessible();
    lazy!.scrollIntoView();
    await waitForPart(lazy!, 'error'); // the sandbox's 404: it loaded
    expect(urls.some((url) => url.includes('men_doesnotexist'))).to.equal(true);
  });

  it('loads once within 200 px of the viewport, before it is visible', async () => {
    const { urls, spy } = countingFetch();
    const root = await page(spy, html`<menteo-mentor-card loading="lazy" mentor-id="men_doesnotexist"></menteo-mentor-card>`);
    const lazy = root.querySelectorAll<MenteoMentorCard>('menteo-mentor-card')[1]!;
    await waitForPart(root.querySelector('menteo-mentor-card')!, 'name');
    // Scroll so that its top is 150 px below the viewport's bottom.
    window.scrollBy(0, lazy.getBoundingClientRect().top - innerHeight - 150);
    expect(lazy.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    await waitUntil(() => urls.some((url) => url.includes('men_doesnotexist')), 'did not load within 200 px');
  });

  it("takes the page default from <meta name='menteo:loading' content='lazy'>; loading='eager' still loads at once", async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'menteo:loading', content: 'lazy' });
    document.head.append(meta);
    const { urls, spy } = countingFetch();
    const root = await page(spy, html`<menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>`);
    const [eager, lazy] = root.querySelectorAll<MenteoMentorCard>('menteo-mentor-card');
    await waitForPart(eager!, 'name');
    expect(urls.some((url) => url.includes('men_doesnotexist'))).to.equal(false);
    lazy!.scrollIntoView();
    await waitForPart(lazy!, 'error');
  });
});
