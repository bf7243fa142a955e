// The card's way to a mentor's profile (its name: a link with profile-href, else a button firing
// menteo-mentor-open) and its badges ("Free" when an offering is free, "<Org> internal" for an
// organization's own mentor), against the sandbox's seeded mentors.
import { Menteo, type Mentor } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoMentor, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from './mentor-card.js';

const flags = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="flag"]')].map((flag) => flag.textContent!.trim());

let demo: Mentor;
let internal: Mentor;
let paidOnly: Mentor;

describe('<menteo-mentor-card> profile link and badges', () => {
  before(async () => {
    demo = await new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url }).mentors.retrieve(demoMentor.id);
    const acme = new Menteo({ publishableKey: 'pk_test_acme', baseUrl: sandbox.url });
    const page = (await acme.mentors.search({ limit: 100 })).data;
    internal = page.find((m) => m.visibility === 'internal')!;
    expect(internal, 'acme sees an internal mentor').to.exist;
    paidOnly = (await acme.mentors.search({ priceModel: ['per_session'], limit: 100 })).data.find(
      (m) => m.visibility === 'public' && !m.offerings.some((o) => o.priceModel === 'free'),
    )!;
    expect(paidOnly, 'a public mentor without a free offering').to.exist;
  });

  it('makes the name a link to the profile-href pattern, the heading kept', async () => {
    const root = await fixture<HTMLElement>(html`<div><menteo-mentor-card .mentor=${demo} profile-href="/mentors/{id}?from=card"></menteo-mentor-card></div>`);
    const el = root.querySelector('menteo-mentor-card')!;
    const link = part<HTMLAnchorElement>(el, 'name-link')!;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal(`/mentors/${demoMentor.id}?from=card`);
    expect(link.textContent).to.equal(demoMentor.name);
    expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'name')!.textContent).to.equal(demoMentor.name);
    // Whether the card canceled each click is read after it, then the test page stays where it is.
    const canceled: boolean[] = [];
    root.addEventListener('click', (event) => {
      canceled.push(event.defaultPrevented);
      event.preventDefault();
    });
    // A listener may route the page itself: canceling the event cancels the navigation.
    const seen: string[] = [];
    let cancel = true;
    el.addEventListener('menteo-mentor-open', (event) => {
      seen.push(event.detail.mentorId);
      if (cancel) event.preventDefault();
    });
    link.click();
    expect(seen).to.deep.equal([demoMentor.id]);
    cancel = false;
    link.click();
    expect(seen).to.deep.equal([demoMentor.id, demoMentor.id]);
    // A modified click (a new tab) is the browser's alone: no event.
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(seen).to.have.length(2);
    expect(canceled).to.deep.equal([true, false, false]);
    await expect(el).to.be.accessible();
  });

  it('without profile-href, the name is a button that fires menteo-mentor-open, by keyboard too', async () => {
    const root = await fixture<HTMLElement>(html`<div><menteo-mentor-card .mentor=${demo}></menteo-mentor-card></div>`);
    const el = root.querySelector('menteo-mentor-card')!;
    const seen: string[] = [];
    root.addEventListener('menteo-mentor-open', (event) => seen.push(event.detail.mentorId));
    const button = part<HTMLButtonElement>(el, 'name-link')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent).to.equal(demoMentor.name);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => seen.length === 2, `events: ${seen.length}`);
    expect(seen).to.deep.equal([demoMentor.id, demoMentor.id]);
    await expect(el).to.be.accessible();
  });

  it('shows "Free" when an offering is free, and nothing for a paid-only public mentor', async () => {
    expect(demo.offerings.some((o) => o.priceModel === 'free')).to.equal(true);
    const free = await fixture<MenteoMentorCard>(html`<menteo-mentor-card .mentor=${demo}></menteo-mentor-card>`);
    expect(flags(free)).to.deep.equal(['Free']);
    expect(part(free, 'free')).to.exist;
    const paid = await fixture<MenteoMentorCard>(html`<menteo-mentor-card variant="compact" .mentor=${paidOnly}></menteo-mentor-card>`);
    expect(flags(paid)).to.deep.equal([]);
    expect(part(paid, 'flags')).to.equal(null);
  });

  it('names the organization of an internal mentor, in the compact variant too, and in Spanish', async () => {
    expect(internal.organization?.name, 'the API names the organization').to.be.a('string');
    const org = internal.organization!.name;
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card variant="compact" .mentor=${internal}></menteo-mentor-card>`);
    expect(flags(el)).to.include(`${org} internal`);
    expect(part(el, 'internal')).to.exist;
    await expect(el).to.be.accessible();
    el.lang = 'es';
    await waitUntil(() => flags(el).includes(`Solo para ${org}`), 'no Spanish badge');
    expect(textOf(el)).not.to.contain('internal');
  });

  it('loads a mentor by id and links it, through a provider', async () => {
    const root = await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-card mentor-id=${demoMentor.id} profile-href="/mentors/{id}"></menteo-mentor-card>
    </menteo-provider>`);
    const el = root.querySelector('menteo-mentor-card')!;
    const link = await waitForPart<HTMLAnchorElement>(el, 'name-link');
    expect(link.getAttribute('href')).to.equal(`/mentors/${demoMentor.id}`);
  });
});
