import { Menteo, type Mentor, type Room } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoMentor, part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoProvider } from '../provider/menteo-provider.js';
import type { MenteoMentorProfile } from './mentor-profile.js';

const profileIn = (root: Element): MenteoMentorProfile => root.querySelector('menteo-mentor-profile')!;
const textIn = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const reviewsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="review"]')];
const active = (el: Element) => el.shadowRoot!.activeElement;

async function providedProfile(mentorId: string = demoMentor.id, attrs: { key?: string; lang?: string; token?: () => Promise<string> } = {}) {
  const root = await fixture<MenteoProvider>(html`<menteo-provider
    publishable-key=${attrs.key ?? 'pk_test_demo'}
    base-url=${sandbox.url}
    locale=${attrs.lang ?? 'en'}
    .getToken=${attrs.token}
  >
    <menteo-mentor-profile mentor-id=${mentorId}></menteo-mentor-profile>
  </menteo-provider>`);
  return { root, el: profileIn(root) };
}

let client: Menteo;
let demo: Mentor;
/** The authors of the demo mentor's reviews, as the API pages them (newest first). */
let allReviews: string[];

describe('<menteo-mentor-profile>', () => {
  before(async () => {
    client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    demo = await client.mentors.retrieve(demoMentor.id);
    allReviews = (await client.mentors.reviews(demoMentor.id).toArray({ limit: 100 })).map((review) => review.author.name);
    expect(allReviews.length, 'the demo mentor has more than two pages of reviews').to.be.greaterThan(10);
  });

  it('shows the whole profile: bio as Markdown, facts, how they mentor, offerings, the newest reviews; accessible', async () => {
    const { el } = await providedProfile();
    const name = await waitForPart(el, 'name');
    expect(name.textContent).to.equal(demoMentor.name);
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('2');
    const text = textOf(el);
    expect(text).to.contain('Engineering Manager, Developer Platform at Northwind Labs');
    expect(text).to.contain(demo.headline);
    // The bio's **developer platform** is strong text, not asterisks.
    const bio = part(el, 'bio')!;
    expect(textIn(bio.querySelector('strong'))).to.equal('developer platform');
    expect(textIn(bio)).not.to.contain('**');
    expect(textIn(part(el, 'skills'))).to.contain('Engineering management');
    expect(text).to.contain('Speaks English and French');
    expect(text).to.match(/\d{1,2}:\d{2}\s?(AM|PM)? local time/);
    expect(text).to.contain('The leader hat: team goals, direction, decisions');
    expect(text).to.contain('Directive: sets direction and deadlines');
    const offerings = [...el.shadowRoot!.querySelectorAll('[part~="offering"]')].map(textIn);
    expect(offerings).to.deep.equal(['Free intro call · 20 min', '£120 / session Single session · 60 min', '£300 / month Mentorship room · 60-min sessions']);
    expect(text).to.contain('Replies in ~7 h'); // a median of 6.5 hours
    expect(text).to.contain(`${demo.capacity.open} of ${demo.capacity.max} places open`);
    expect(text).to.contain(`Rated ${demo.stats.ratingAvg!.toFixed(1)} out of 5 from ${demo.stats.reviewCount} reviews`);
    expect(textIn(part(el, 'flags'))).to.equal('Free');
    expect(part(el, 'request-button')!.textContent!.trim()).to.equal('Request mentorship');
    // The first page of reviews, newest first, each with its stars.
    await waitUntil(() => reviewsOf(el).length === 5, 'no reviews');
    const first = (await client.mentors.reviews(demoMentor.id, { limit: 5 })).data;
    expect(reviewsOf(el).map((r, i) => textIn(r).includes(first[i]!.author.name))).to.deep.equal([true, true, true, true, true]);
    expect(reviewsOf(el)[0]!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(`${first[0]!.rating} out of 5`);
    expect(textIn(reviewsOf(el)[0])).to.contain(first[0]!.author.name);
    expect(part(el, 'more-reviews')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('pages the reviews by keyboard only: Tab to "More reviews", Enter, the focus on the first new one', async () => {
    const { el } = await providedProfile();
    await waitUntil(() => part(el, 'more-reviews'), 'no More reviews button');
    // From the page's start, Tab until "More reviews" has the focus (it is the last stop).
    for (let i = 0; i < 60 && active(el) !== part(el, 'more-reviews'); i++) await sendKeys({ press: 'Tab' });
    expect(active(el), 'Tab reaches More reviews').to.equal(part(el, 'more-reviews'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => reviewsOf(el).length === 10, 'no second page');
    await waitUntil(() => active(el) === reviewsOf(el)[5], 'the focus is not on the first new review');
    // The next Tab goes on from there, to the button again; Space this time.
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(part(el, 'more-reviews'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => reviewsOf(el).length === Math.min(15, allReviews.length), 'no third page');
    await waitUntil(() => active(el) === reviewsOf(el)[10], 'the focus is not on the first review of the third page');
    // Every review once, in the API's order; no button once the last page is in.
    while (part(el, 'more-reviews')) {
      const shown = reviewsOf(el).length;
      part<HTMLButtonElement>(el, 'more-reviews')!.click();
      await waitUntil(() => reviewsOf(el).length > shown, 'no next page');
    }
    expect(reviewsOf(el).map((r, i) => textIn(r).includes(allReviews[i]!))).to.deep.equal(allReviews.map(() => true));
    await expect(el).to.be.accessible();
  });

  it('signed out, the request button asks the page to sign the person in', async () => {
    const { el } = await providedProfile();
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    const seen: string[] = [];
    el.addEventListener('menteo-request-mentorship', (event) => seen.push(event.detail.mentorId));
    const signIn = oneEvent(el, 'menteo-sign-in-required');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect((await signIn).detail.action).to.equal('request');
    expect(seen).to.deep.equal([demoMentor.id]);
  });

  it('signed in, the request button opens the request dialog in the profile, and Escape gives the focus back', async () => {
    const mentee = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
    const rooms: Room[] = (await mentee.rooms.list({ role: 'mentee', limit: 100 })).data;
    const mentors = (await client.mentors.search({ limit: 50 })).data;
    const free = mentors.find((m) => m.acceptingRequests && m.capacity.open > 0 && !rooms.some((room) => room.mentor.id === m.id))!;
    expect(free, 'a mentor the demo mentee has no room with').to.exist;
    const { el } = await providedProfile(free.id, { token: () => tokenFor('demo-mentee') });
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const nativeDialog = () => el.shadowRoot!.querySelector('menteo-request-dialog')?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => nativeDialog()?.open, 'no dialog', { timeout: 10_000 });
    expect(nativeDialog()!.matches(':modal')).to.equal(true);
    expect(textIn(nativeDialog())).to.contain(free.name);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !nativeDialog()!.open, 'dialog still open');
    await waitUntil(() => active(el) === part(el, 'request-button'), 'the focus did not come back to the button');
  });

  it('signed in with a running room, shows "Your mentor · open" instead of the button', async () => {
    const { el } = await providedProfile(demoMentor.id, { token: () => tokenFor('demo-mentee') });
    await waitUntil(() => textIn(part(el, 'room-state')) === 'Your mentor · open', 'no room state', { timeout: 10_000 });
    expect(part(el, 'request-button')).to.equal(null);
    const roomId = oneEvent(el, 'menteo-room-select');
    part<HTMLButtonElement>(el, 'room-link')!.click();
    expect((await roomId).detail.roomId).to.match(/^room_/);
  });

  it('shows a mentor given as .mentor without asking for it, with its prices in their own currency, and the reviews by its id', async () => {
    const mentor: Mentor = {
      ...demo,
      offerings: [
        { kind: 'session', priceModel: 'per_session', price: { amount: 5000, currency: 'JPY' }, durationMinutes: 45 },
        { kind: 'room', priceModel: 'monthly', price: { amount: 12050, currency: 'EUR' }, durationMinutes: 30 },
      ],
    };
    performance.clearResourceTimings();
    const root = await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-profile .mentor=${mentor}></menteo-mentor-profile>
    </menteo-provider>`);
    const el = profileIn(root);
    expect(part(el, 'name')!.textContent).to.equal(demoMentor.name);
    const offerings = [...el.shadowRoot!.querySelectorAll('[part~="offering"]')].map(textIn);
    expect(offerings).to.deep.equal(['¥5,000 / session Single session · 45 min', '€120.50 / month Mentorship room · 30-min sessions']);
    // Nothing free: no badge.
    expect(part(el, 'flags')).to.equal(null);
    await waitUntil(() => reviewsOf(el).length === 5, 'no reviews');
    const asked = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      asked.filter((url) => /\/v1\/mentors\?/.test(url)),
      'no request for the mentor itself',
    ).to.deep.equal([]);
    expect(asked.some((url) => url.includes(`/v1/mentors/${demoMentor.id}/reviews`))).to.equal(true);
  });

  it('names the organization of an internal mentor (its own organization’s key)', async () => {
    const acme = new Menteo({ publishableKey: 'pk_test_acme', baseUrl: sandbox.url });
    const internal = (await acme.mentors.search({ limit: 100 })).data.find((m) => m.visibility === 'internal')!;
    expect(internal, 'acme sees an internal mentor').to.exist;
    const { el } = await providedProfile(internal.id, { key: 'pk_test_acme' });
    await waitForPart(el, 'name');
    expect(textIn(part(el, 'internal'))).to.equal(`${internal.organization!.name} internal`);
    await expect(el).to.be.accessible();
  });

  it('says so when the mentor does not exist, and is accessible', async () => {
    const { el } = await providedProfile('men_doesnotexist');
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('This mentor isn’t available.');
    expect(part(el, 'retry-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with the request id when the API refuses, retries, and is accessible', async () => {
    const { el } = await providedProfile(demoMentor.id, { key: 'pk_test_unknown' });
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t load this mentor.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    await expect(el).to.be.accessible();
    const retried = oneEvent(el, 'menteo-retry');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await retried;
  });

  it('speaks Spanish: offerings, response time, places, languages, reviews', async () => {
    const { el } = await providedProfile(demoMentor.id, { lang: 'es' });
    await el.updateComplete;
    expect(textOf(el)).not.to.match(/Loading|Request mentorship/);
    await waitForPart(el, 'name');
    await waitUntil(() => reviewsOf(el).length === 5, 'no reviews');
    const text = textOf(el);
    expect(text).to.contain('en Northwind Labs');
    expect(text).to.contain('Habla inglés y francés');
    expect(text).to.contain('Responde en ~7 h');
    expect(text).to.contain(`${demo.capacity.open} de ${demo.capacity.max} plazas libres`);
    expect(text).to.contain('Llamada de presentación gratis · 20 min');
    // Chromium's Spanish writes the currency's code after the amount.
    expect(text).to.match(/120\s(GBP|£) \/ sesión/);
    expect(text).to.match(/300\s(GBP|£) \/ mes/);
    expect(text).to.contain('El sombrero de líder');
    expect(text).to.contain('Gratis');
    expect(part(el, 'more-reviews')!.textContent!.trim()).to.equal('Más reseñas');
    expect(part(el, 'request-button')!.textContent!.trim()).to.equal('Solicitar mentoría');
    await expect(el).to.be.accessible();
  });

  it('follows dir="rtl" on an ancestor, and puts its headings at heading-level', async () => {
    const root = await fixture(html`<div dir="rtl">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
        <menteo-mentor-profile mentor-id=${demoMentor.id} heading-level="1"></menteo-mentor-profile>
      </menteo-provider>
    </div>`);
    const el = profileIn(root);
    await waitForPart(el, 'name');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('1');
    const levels = [...el.shadowRoot!.querySelectorAll('[part~="section-title"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels.length).to.be.greaterThan(3);
    expect(new Set(levels)).to.deep.equal(new Set(['2']));
    // User text takes its own direction.
    expect(part(el, 'bio')!.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });
});
