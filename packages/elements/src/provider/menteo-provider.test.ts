import { ContextProvider } from '@lit/context';
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoMentor, part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { connectionContext } from '../context.js';
import { configure, MenteoMentorCard, type MenteoProvider } from '../index.js';
import { sharedConnection } from '../internal/connection.js';

const card = (root: Element): MenteoMentorCard => root.querySelector('menteo-mentor-card')!;

/** A mentor of Acme's internal pool: only Acme's key sees it. */
async function acmeInternalMentor(): Promise<string> {
  const acme = new Menteo({ publishableKey: 'pk_test_acme', baseUrl: sandbox.url });
  const page = await acme.mentors.search({ q: 'Acme Corporation', limit: 50 });
  const internal = page.data.find((m) => m.visibility === 'internal');
  if (!internal) throw new Error('no internal Acme mentor seeded');
  return internal.id;
}

describe('<menteo-provider> and page defaults', () => {
  afterEach(() => {
    configure({});
    for (const meta of document.head.querySelectorAll('meta[name^="menteo:"]')) meta.remove();
  });

  it('keeps two providers with different keys independent', async () => {
    const internalId = await acmeInternalMentor();
    const root = await fixture(html`<div>
      <menteo-provider id="demo" publishable-key="pk_test_demo" base-url=${sandbox.url}>
        <menteo-mentor-card mentor-id=${internalId}></menteo-mentor-card>
      </menteo-provider>
      <menteo-provider id="acme" publishable-key="pk_test_acme" base-url=${sandbox.url}>
        <menteo-mentor-card mentor-id=${internalId}></menteo-mentor-card>
      </menteo-provider>
    </div>`);
    const demo = root.querySelector<MenteoProvider>('#demo')!;
    const acme = root.querySelector<MenteoProvider>('#acme')!;
    expect(demo.connection!.client).not.to.equal(acme.connection!.client);
    expect(demo.connection!.stores).not.to.equal(acme.connection!.stores);
    // Same id, two answers: Acme sees its internal mentor, the demo organization does not.
    await waitForPart(card(acme), 'name');
    await waitForPart(card(demo), 'error');
    expect(textOf(card(demo))).to.contain('This mentor isn’t available.');
  });

  it('follows a nearer provider that appears later, and no longer hears the outer one', async () => {
    const internalId = await acmeInternalMentor();
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <late-acme-provider><menteo-mentor-card mentor-id=${internalId}></menteo-mentor-card></late-acme-provider>
    </menteo-provider>`);
    const outer = root as MenteoProvider;
    const el = card(root);
    // The demo organization does not see Acme's internal mentor.
    await waitForPart(el, 'error');
    // A provider defined once the card is connected announces itself: the outer provider hands
    // it the card's subscription, and the card follows it.
    const acme = sharedConnection({ publishableKey: 'pk_test_acme', baseUrl: sandbox.url });
    customElements.define(
      'late-acme-provider',
      class extends HTMLElement {
        #provider = new ContextProvider(this, { context: connectionContext, initialValue: acme });
        connectedCallback(): void {
          this.#provider.hostConnected();
        }
      },
    );
    await waitForPart(el, 'name');
    // The outer provider's next connection does not reach the card any more.
    outer.publishableKey = 'pk_test_other';
    await outer.updateComplete;
    await el.updateComplete;
    expect(part(el, 'name')).to.exist;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('lets an element outside any provider use configure()', async () => {
    configure({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`);
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
    await expect(el).to.be.accessible();
  });

  it('reads <meta name="menteo:…"> when configure() was not called', async () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      `<meta name="menteo:publishable-key" content="pk_test_demo"><meta name="menteo:base-url" content="${sandbox.url}">`,
    );
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`);
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
  });

  it('says it is not configured without any key, then follows a later configure()', async () => {
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`);
    expect(textOf(el)).to.contain('Menteo is not configured');
    await expect(el).to.be.accessible();
    configure({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
  });

  it('may be connected before its key is set (as frameworks do): nothing throws, the key then connects it', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('menteo-provider');
    const card = document.createElement('menteo-mentor-card');
    card.mentorId = demoMentor.id;
    provider.append(card);
    root.append(provider); // connected with no key at all
    await card.updateComplete;
    expect(provider.connection).to.equal(undefined);
    provider.publishableKey = 'pk_test_demo';
    provider.baseUrl = sandbox.url;
    expect((await waitForPart(card, 'name')).textContent).to.equal(demoMentor.name);
    expect(provider.connection?.config.publishableKey).to.equal('pk_test_demo');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('lets attributes on an element override its provider', async () => {
    const internalId = await acmeInternalMentor();
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-card publishable-key="pk_test_acme" mentor-id=${internalId}></menteo-mentor-card>
    </menteo-provider>`);
    await waitForPart(card(root), 'name');
  });

  it('signs in with getToken (a token minted by the server)', async () => {
    let calls = 0;
    const getToken = async () => {
      calls++;
      return (await fetch('/__menteo/token?person=demo-mentee')).text();
    };
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    await waitForPart(card(root), 'name');
    expect(calls).to.equal(1);
    expect((root as MenteoProvider).connection!.config.token).to.equal(getToken);
  });

  it('hands its fetch, headers and timeout to the requests of the elements inside, through the real sandbox', async () => {
    const seen: Request[] = [];
    const spy: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      seen.push(request.clone());
      return fetch(request);
    };
    const root =
      await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} timeout="9000" .fetch=${spy} .headers=${{ 'X-Trace': 'intranet' }}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    await waitForPart(card(root), 'name');
    const provider = root as MenteoProvider;
    expect(provider.connection!.config).to.include({ fetch: spy, timeout: 9000 });
    const asked = seen.filter((r) => new URL(r.url).pathname.startsWith('/v1/mentors'));
    expect(asked.length, 'the card’s request did not go through the provider’s fetch').to.be.greaterThan(0);
    expect(asked[0]!.headers.get('x-trace')).to.equal('intranet');
    expect(asked[0]!.headers.get('menteo-sdk')).to.match(/^ts\/\d+\.\d+\.\d+/);
    // A new value makes a new client; the old one's stores are let go.
    const before = provider.connection!.client;
    provider.headers = { 'X-Trace': 'changed' };
    await provider.updateComplete;
    expect(provider.connection!.client).not.to.equal(before);
  });

  it('deletes the person’s drafts and unsent writes when the page takes the token away (sign-out), and only then', async () => {
    const drafts = `menteo.drafts:${sandbox.url}:usr_demomentee`;
    const outbox = `menteo.outbox:${sandbox.url}:usr_demomentee`;
    localStorage.setItem(drafts, JSON.stringify({ 'post:thr_learningtolead': 'Not for the next person' }));
    localStorage.setItem(outbox, '[]');
    try {
      const provider = await fixture<MenteoProvider>(
        html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}></menteo-provider>`,
      );
      // A fresh token for the same person is not a sign-out: nothing is deleted.
      provider.getToken = () => tokenFor('demo-mentee');
      await provider.updateComplete;
      expect(localStorage.getItem(drafts)).to.contain('Not for the next person');
      provider.getToken = undefined;
      await provider.updateComplete;
      await waitUntil(
        () => localStorage.getItem(drafts) === null && localStorage.getItem(outbox) === null,
        'the signed-out person’s drafts and outbox are still stored',
      );
    } finally {
      localStorage.removeItem(drafts);
      localStorage.removeItem(outbox);
    }
  });

  it('defines each tag once, even when define() runs again', () => {
    expect(() => MenteoMentorCard.define('menteo-mentor-card')).not.to.throw();
    expect(customElements.get('menteo-mentor-card')).to.equal(MenteoMentorCard);
    expect(part(document.createElement('menteo-mentor-card'), 'base')).to.be.null;
  });
});
