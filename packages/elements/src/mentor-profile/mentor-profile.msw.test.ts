// <menteo-mentor-profile> in the states the live sandbox cannot produce on demand. Every answer
// is the sandbox's own, replayed through msw (test/msw.ts): held back, failed, or with its text
// swapped for hostile payloads.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { demoMentor, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoMentorProfile } from './mentor-profile.js';

MenteoProvider.define('menteo-provider');
MenteoMentorProfile.define('menteo-mentor-profile');

type MentorList = { data: { bio: string; stats: { medianResponseHours: number | null }; capacity: { open: number; max: number } }[] };
type ReviewList = { data: { body: string; author: { name: string } }[] };

async function profile(): Promise<MenteoMentorProfile> {
  const root = await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
    <menteo-mentor-profile mentor-id=${demoMentor.id}></menteo-mentor-profile>
  </menteo-provider>`);
  return root.querySelector('menteo-mentor-profile')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');
const reviewsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="review"]')];

describe('<menteo-mentor-profile> with msw', () => {
  startMsw();

  it('keeps the skeleton and aria-busy while the answer is slow (accessible), then shows the profile', async () => {
    const slow = replay('GET', '/v1/mentors', { delayMs: 30_000 });
    use(slow.handler);
    const el = await profile();
    await waitUntil(() => slow.count === 1, 'the profile did not ask');
    expect(part(el, 'skeleton'), 'skeleton while pending').to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.contain('Loading the mentor’s profile…');
    await expect(el).to.be.accessible();
    slow.release();
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
    expect(part(el, 'skeleton')).to.equal(null);
    expect(busy(el)).to.equal('false');
  });

  it('renders a bio and reviews made of 50+ XSS payloads as inert text', async () => {
    const { xssPayloads, xssHits, dangerousNodes } = await import('../../test/xss.js');
    const hostile = xssPayloads.map(({ body }) => body).join('\n\n');
    use(
      replay('GET', '/v1/mentors', { mutate: (body: MentorList) => ({ ...body, data: body.data.map((m) => ({ ...m, bio: hostile })) }) }).handler,
      replay('GET', '/v1/mentors/:id/reviews', {
        mutate: (body: ReviewList) => ({
          ...body,
          data: body.data.map((review, i) => ({
            ...review,
            body: xssPayloads[i % xssPayloads.length]!.body,
            author: { ...review.author, name: xssPayloads[i]!.body },
          })),
        }),
      }).handler,
    );
    const el = await profile();
    await waitForPart(el, 'bio');
    await waitUntil(() => reviewsOf(el).length > 0, 'no reviews');
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything that would fire late (onerror, onload)
    expect(xssHits).to.deep.equal([]);
    expect(dangerousNodes(el.shadowRoot!)).to.deep.equal([]);
    // The raw HTML shows as the characters it is.
    expect(part(el, 'bio')!.textContent).to.contain('<script>');
  });

  it('a failed page of reviews shows its request id and retries, the profile kept', async () => {
    const down = replay('GET', '/v1/mentors/:id/reviews', { status: 503 });
    use(down.handler);
    const el = await profile();
    await waitForPart(el, 'reviews-error', 15_000);
    expect(textOf(el)).to.contain('We couldn’t load the reviews.');
    expect(textOf(el)).to.contain(`Request ID: ${down.requestIds.at(-1)}`);
    expect(part(el, 'name')!.textContent).to.equal(demoMentor.name);
    await expect(el).to.be.accessible();
    reset();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reviews-error"] [part~="retry-button"]')!.click();
    await waitUntil(() => reviewsOf(el).length === 5, 'no reviews after retry');
    expect(part(el, 'reviews-error')).to.equal(null);
  });

  for (const [hours, open, says] of [
    [0.4, 0, ['Usually replies within an hour', 'No places open', 'Not taking requests']],
    [47.4, 1, ['Replies in ~47 h', '1 of 5 places open', 'Request mentorship']],
    [80, 2, ['Replies in ~3 days', '2 of 5 places open', 'Request mentorship']],
    [null, 2, ['2 of 5 places open']],
  ] as const) {
    it(`says how fast and whether there is room: ${hours} h, ${open} open`, async () => {
      use(
        replay('GET', '/v1/mentors', {
          mutate: (body: MentorList) => ({
            ...body,
            data: body.data.map((m) => ({ ...m, stats: { ...m.stats, medianResponseHours: hours }, capacity: { max: 5, open } })),
          }),
        }).handler,
      );
      const el = await profile();
      await waitForPart(el, 'name');
      const facts = part(el, 'facts')!.textContent!.replace(/\s+/g, ' ');
      for (const text of says.slice(0, 2)) expect(facts).to.contain(text);
      if (hours === null) expect(facts).not.to.match(/Replies|replies/);
      if (says[2]) expect(part(el, 'request-button')!.textContent!.trim()).to.equal(says[2]);
    });
  }
});
