import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearRequests, demoMentor, leftOfText, mentorBatchRequests, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from './mentor-card.js';
import type { MenteoProvider } from '../provider/menteo-provider.js';

const card = (root: Element): MenteoMentorCard => root.querySelector('menteo-mentor-card')!;

async function providedCard(mentorId: string = demoMentor.id, options: { key?: string; baseUrl?: string } = {}) {
  const root = await fixture<MenteoProvider>(html`<menteo-provider publishable-key=${options.key ?? 'pk_test_demo'} base-url=${options.baseUrl ?? sandbox.url}>
    <menteo-mentor-card mentor-id=${mentorId}></menteo-mentor-card>
  </menteo-provider>`);
  return { root, el: card(root) };
}

describe('<menteo-mentor-card>', () => {
  it('renders the seeded mentor from its provider, and is accessible', async () => {
    const { el } = await providedCard();
    const name = await waitForPart(el, 'name');
    expect(name.textContent).to.equal(demoMentor.name);
    const text = textOf(el);
    expect(text).to.contain('Engineering Manager, Developer Platform at Northwind Labs');
    expect(text).to.contain('Engineering management'); // a skill chip
    expect(text).to.contain('Speaks English and French');
    expect(text).to.contain('local time');
    expect(text).to.contain('Leadership');
    expect(text).to.contain('Directive style');
    expect(text).to.match(/Rated \d\.\d out of 5/);
    expect(text).to.contain('212 sessions');
    // The avatar URL cannot load here: initials take its place.
    await waitUntil(() => part(el, 'avatar')?.textContent?.trim() === 'DO', 'no initials fallback');
    await expect(el).to.be.accessible();
  });

  it('shows an error with the request id when the API refuses, and retries', async () => {
    const { el } = await providedCard(demoMentor.id, { key: 'pk_test_unknown' });
    const error = await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t load this mentor.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    await expect(el).to.be.accessible();
    clearRequests();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    await waitUntil(() => mentorBatchRequests().length === 1 && part(el, 'error'), 'no second request');
    expect(error.isConnected || part(el, 'error')).to.be.ok;
  });

  it('recovers when the connection is fixed: unreachable API, then the right one', async () => {
    const { root, el } = await providedCard(demoMentor.id, { baseUrl: sandbox.closedUrl });
    await waitForPart(el, 'error', 15_000);
    expect(textOf(el)).to.contain('Check your connection');
    expect(textOf(el)).not.to.contain('Request ID');
    await expect(el).to.be.accessible();
    root.baseUrl = sandbox.url;
    const name = await waitForPart(el, 'name');
    expect(name.textContent).to.equal(demoMentor.name);
  });

  it('says so when the mentor does not exist', async () => {
    const { el } = await providedCard('men_doesnotexist');
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('This mentor isn’t available.');
    expect(part(el, 'retry-button')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('fires menteo-request-mentorship on click, Enter and Space', async () => {
    const { root, el } = await providedCard();
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    expect(button.textContent!.trim()).to.equal('Request mentorship');
    const seen: string[] = [];
    // Bubbles and composed: a listener on any ancestor hears it.
    root.addEventListener('menteo-request-mentorship', (event) => seen.push(event.detail.mentorId));
    button.click();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => seen.length === 3, `events: ${seen.length}`);
    expect(seen).to.deep.equal([demoMentor.id, demoMentor.id, demoMentor.id]);
  });

  it('shows a mentor passed as a property without a request, in the compact variant', async () => {
    const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    const mentor = await client.mentors.retrieve(demoMentor.id);
    clearRequests();
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card variant="compact" .mentor=${mentor}></menteo-mentor-card>`);
    expect(part(el, 'name')!.textContent).to.equal(demoMentor.name);
    expect(part(el, 'headline')).to.be.null;
    expect(part(el, 'request-button')).to.exist;
    expect(mentorBatchRequests()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('sends one batched request for 12 cards', async () => {
    const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    const ids = (await client.mentors.search({ limit: 12 })).data.map((m) => m.id);
    expect(ids).to.have.length(12);
    clearRequests();
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      ${ids.map((id) => html`<menteo-mentor-card variant="compact" mentor-id=${id}></menteo-mentor-card>`)}
    </menteo-provider>`);
    const cards = [...root.querySelectorAll('menteo-mentor-card')];
    await Promise.all(cards.map((c) => waitForPart(c, 'name')));
    const requests = mentorBatchRequests();
    expect(requests, requests.join('\n')).to.have.length(1);
    for (const id of ids) expect(decodeURIComponent(requests[0]!)).to.contain(id);
  });

  it('speaks Spanish from its provider', async () => {
    const root = await fixture(html`<menteo-provider locale="es" publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    const el = card(root);
    // The first render waits for the Spanish strings (a chunk of their own): never English first.
    await el.updateComplete;
    expect(part(el, 'base'), 'rendered').to.exist;
    expect(textOf(el)).not.to.match(/Loading|Request mentorship/);
    await waitForPart(el, 'name');
    const text = textOf(el);
    expect(text).to.contain('en Northwind Labs');
    expect(text).to.contain('Habla inglés y francés');
    expect(text).to.contain('212 sesiones');
    expect(text).to.contain('Liderazgo');
    expect(part(el, 'request-button')!.textContent!.trim()).to.equal('Solicitar mentoría');
    await expect(el).to.be.accessible();
  });

  it('follows dir="rtl" and lang on an ancestor', async () => {
    const root = await fixture(html`<div dir="rtl" lang="es">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
        <menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>
      </menteo-provider>
    </div>`);
    const el = card(root);
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('Este mentor no está disponible.');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    root.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('This mentor isn’t available.'), 'did not follow the new lang');
    await expect(el).to.be.accessible();
  });

  it('keeps its English lines in reading order on a right-to-left page ("212 sessions", not "sessions 212")', async () => {
    // An Arabic or Hebrew page gets the English catalog (none ships for its language): each meta
    // line takes the direction of its own words, while the card's layout stays right to left.
    const root = await fixture(html`<div dir="rtl">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
        <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
      </menteo-provider>
    </div>`);
    const el = card(root);
    const meta = await waitForPart(el, 'meta');
    const line = [...meta.querySelectorAll('div')].find((div) => /\d+ sessions/.test(div.textContent ?? ''))!;
    expect(line, 'no sessions line').to.exist;
    const leftOf = (text: string) => leftOfText(line, text);
    const count = /(\d+) sessions/.exec(line.textContent!)![1]!;
    expect(leftOf(count), 'the number comes first, on the left').to.be.below(leftOf('sessions'));
    expect(getComputedStyle(part(el, 'base')!).direction, 'the layout stays right to left').to.equal('rtl');
    const box = line.getBoundingClientRect();
    const words = line.querySelector('bdi')?.getBoundingClientRect();
    expect(words && box.right - words.right, 'aligned to the right, as the layout').to.be.below(1);
  });

  it('themes through tokens: dark, and page overrides', async () => {
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="dark" style="--menteo-radius: 3px"></menteo-mentor-card>`);
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(31, 31, 36)');
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
  });
});

describe('<menteo-mentor-card> with hostile profile text', () => {
  it('renders names, titles, headlines and skills from 50+ XSS payloads as inert text', async () => {
    const { xssPayloads, xssHits, dangerousNodes } = await import('../../test/xss.js');
    expect(xssPayloads.length).to.be.at.least(50);
    const real = await new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url }).mentors.retrieve(demoMentor.id);
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const cards = xssPayloads.map(({ label, body }) => {
      const el = document.createElement('menteo-mentor-card');
      el.mentor = {
        ...real,
        id: `men_${label}`,
        name: body,
        title: body,
        company: body,
        headline: body,
        skills: [body],
        avatarUrl: `javascript:window.__xssHit('avatar-${label}')`,
      };
      root.append(el);
      return el;
    });
    await Promise.all(cards.map((c) => c.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything that would fire late (onerror, onload)
    expect(xssHits).to.deep.equal([]);
    expect(dangerousNodes(root)).to.deep.equal([]);
    for (const [i, el] of cards.entries()) {
      expect(part(el, 'name')!.textContent, xssPayloads[i]!.label).to.equal(xssPayloads[i]!.body);
      expect(part(el, 'avatar')!.querySelector('img'), 'a script URL is never an avatar').to.equal(null);
    }
  });

  it('puts the name at the heading level the page asks for (heading-level, default 3)', async () => {
    const { el } = await providedCard();
    const name = await waitForPart(el, 'name');
    expect(name.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('2');
  });
});
