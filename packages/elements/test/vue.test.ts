// Every element in Vue 3, in real Chromium, against the seeded sandbox: templates (with
// `compilerOptions.isCustomElement`) and render functions bind attributes, properties
// (`.prop` / `'.name'`) and listen to the elements' events (`@menteo-…`).
import { Menteo, type Mentor } from '@menteo/sdk';
import { expect, waitUntil } from '@open-wc/testing';
import type { Package, CustomElement } from 'custom-elements-manifest/schema.js';
import { createApp, h, type App, type Component } from 'vue/dist/vue.esm-browser.js';
import '../src/index.js';
import { demoMentor, part, sandbox, textOf, waitForPart } from './support.js';

let app: App | undefined;
let host: HTMLElement;

/** Mounts a Vue app (template or render function); resolves once its elements have rendered. */
async function mount(component: Component): Promise<HTMLElement> {
  app?.unmount();
  host?.remove();
  host = document.body.appendChild(document.createElement('div'));
  app = createApp(component);
  // Templates: tags starting with `menteo-` are custom elements, not Vue components.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('menteo-');
  app.mount(host);
  await Promise.all([...host.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return host;
}

const find = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => host.querySelector(tag)!;

afterEach(() => {
  app?.unmount();
  app = undefined;
  host?.remove();
});

describe('in Vue 3', () => {
  it('renders every element of the manifest, upgraded, with attributes from the template', async () => {
    const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Package;
    const elements = manifest.modules.flatMap((m) => (m.declarations ?? []) as CustomElement[]).filter((d) => !!d.tagName);
    const tags = elements.map((d) => d.tagName!);
    expect(tags).to.include.members(['menteo-provider', 'menteo-mentor-card', 'menteo-mentor-search', 'menteo-need-finder', 'menteo-roadmap-stepper']);
    // The three attributes every connected element has; an element that takes its data another way
    // (the program insights: a property or its company's own `src`) is held to those it declares.
    const given = { 'publishable-key': ['publishableKey', 'pk_test_demo'], 'base-url': ['baseUrl', sandbox.url], theme: ['theme', 'dark'] } as const;
    for (const element of elements) {
      const tag = element.tagName!;
      await mount({ template: `<${tag} publishable-key="pk_test_demo" :base-url="url" theme="dark"></${tag}>`, data: () => ({ url: sandbox.url }) });
      const el = host.firstElementChild as HTMLElement & Record<string, unknown>;
      expect(el.localName).to.equal(tag);
      expect(customElements.get(tag), `<${tag}> is in the manifest but @menteo/elements does not define it`).to.not.equal(undefined);
      expect(el).to.be.instanceOf(customElements.get(tag)!);
      const declared = new Set((element.attributes ?? []).map((attribute) => attribute.name));
      const expected = Object.entries(given).filter(([attribute]) => declared.has(attribute));
      expect(expected.length, `${tag} declares none of publishable-key, base-url, theme`).to.be.greaterThan(0);
      expect(
        expected.map(([, [property]]) => el[property]),
        tag,
      ).to.deep.equal(expected.map(([, [, value]]) => value));
    }
  });

  it('<menteo-provider> + <menteo-mentor-card>: attributes and @menteo-request-mentorship in a template', async () => {
    const requested: string[] = [];
    await mount({
      template: `<menteo-provider publishable-key="pk_test_demo" :base-url="url">
        <menteo-mentor-card :mentor-id="id" heading-level="2" @menteo-request-mentorship="onRequest"></menteo-mentor-card>
      </menteo-provider>`,
      data: () => ({ url: sandbox.url, id: demoMentor.id }),
      methods: { onRequest: (event: HTMLElementEventMap['menteo-request-mentorship']) => requested.push(event.detail.mentorId) },
    });
    const card = find('menteo-mentor-card');
    expect(card.mentorId).to.equal(demoMentor.id);
    expect(card.headingLevel).to.equal(2);
    (await waitForPart(card, 'request-button')).click();
    expect(requested).to.deep.equal([demoMentor.id]);
  });

  it('<menteo-mentor-card>: an object bound with `.prop` (template) and `.mentor` (render function)', async () => {
    const mentor: Mentor = await new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url }).mentors.retrieve(demoMentor.id);
    const requested: string[] = [];
    await mount({
      template: `<menteo-mentor-card :mentor.prop="mentor" variant="compact" @menteo-request-mentorship="(e) => requested.push(e.detail.mentorId)"></menteo-mentor-card>`,
      data: () => ({ mentor: { ...mentor, name: 'Ada Lovelace' }, requested }),
    });
    const card = find('menteo-mentor-card');
    expect(card.mentor?.name).to.equal('Ada Lovelace');
    expect(card.hasAttribute('mentor')).to.equal(false);
    await waitUntil(() => textOf(card).includes('Ada Lovelace'), 'the card does not show the mentor it was bound to');
    part(card, 'request-button')!.click();
    expect(requested).to.deep.equal([mentor.id]);

    await mount({
      render: () =>
        h('menteo-mentor-card', {
          '.mentor': { ...mentor, name: 'Grace Hopper' },
          onMenteoRequestMentorship: (e: HTMLElementEventMap['menteo-request-mentorship']) => requested.push(`h:${e.detail.mentorId}`),
        }),
    });
    const second = find('menteo-mentor-card');
    await waitUntil(() => textOf(second).includes('Grace Hopper'), 'the render function did not set the property');
    part(second, 'request-button')!.click();
    expect(requested).to.deep.equal([mentor.id, `h:${mentor.id}`]);
  });

  it("<menteo-mentor-search>: numeric attribute, @menteo-search-change, and a card's request bubbling out", async () => {
    const changes: unknown[] = [];
    const requested: string[] = [];
    await mount({
      template: `<menteo-mentor-search publishable-key="pk_test_demo" :base-url="url" page-size="3" variant="compact"
        @menteo-search-change="(e) => changes.push(e.detail)" @menteo-request-mentorship="(e) => requested.push(e.detail.mentorId)"></menteo-mentor-search>`,
      data: () => ({ url: sandbox.url, changes, requested }),
    });
    const search = find('menteo-mentor-search');
    expect(search.pageSize).to.equal(3);
    const cards = () => [...search.shadowRoot!.querySelectorAll('menteo-mentor-card')];
    await waitUntil(() => cards().length === 3, `no results: "${textOf(search).slice(0, 200)}"`, { timeout: 10_000 });
    (await waitForPart(cards()[0]!, 'request-button')).click();
    expect(requested).to.deep.equal([cards()[0]!.mentor!.id]);
    const select = part<HTMLSelectElement>(search, 'sort-select')!;
    select.value = 'sessions';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).to.deep.equal([{ sort: 'sessions' }]);
  });

  it('<menteo-need-finder>: an array bound with `.prop`; @menteo-need-submit then @menteo-matches-ready', async () => {
    const submitted: string[] = [];
    const ready: string[][] = [];
    await mount({
      template: `<menteo-need-finder publishable-key="pk_test_demo" :base-url="url" :languages.prop="languages" :limit="3"
        @menteo-need-submit="(e) => submitted.push(e.detail.need)" @menteo-matches-ready="(e) => ready.push(e.detail.mentorIds)"></menteo-need-finder>`,
      data: () => ({ url: sandbox.url, languages: ['en', 'es'], submitted, ready }),
    });
    const finder = find('menteo-need-finder');
    // Vue sets a static `limit="3"` as the *property* (the element has one) as the string "3":
    // numbers are bound (`:limit="3"`), unless the attribute name differs (`page-size="3"`).
    expect(finder.limit).to.equal(3);
    expect(finder.languages).to.deep.equal(['en', 'es']);
    for (const answer of finder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="mentor"]')) answer.click();
    await finder.updateComplete;
    part(finder, 'continue-button')!.click();
    await finder.updateComplete;
    expect([...part<HTMLSelectElement>(finder, 'language')!.options].map((o) => o.value)).to.include.members(['en', 'es']);
    const goals = part<HTMLTextAreaElement>(finder, 'goals')!;
    goals.value = 'I want to grow into a staff engineer and understand what I am good at.';
    goals.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await finder.updateComplete;
    part(finder, 'submit-button')!.click();
    await waitUntil(() => ready.length === 1, 'no menteo-matches-ready', { timeout: 10_000 }).catch((error: Error) => {
      throw new Error(`${error.message} (limit ${JSON.stringify(finder.limit)}): "${textOf(finder).slice(0, 300)}"`);
    });
    expect(submitted).to.deep.equal(['mentorship']);
    expect(ready[0]!.length).to.be.within(1, 3);
  });

  it('<menteo-roadmap-stepper>: `roadmap-id` loads the roadmap; after an error, @menteo-retry', async () => {
    await mount({
      template: `<menteo-roadmap-stepper publishable-key="pk_test_demo" :base-url="url" roadmap-id="senior-engineer-to-engineering-manager"></menteo-roadmap-stepper>`,
      data: () => ({ url: sandbox.url }),
    });
    await waitForPart(find('menteo-roadmap-stepper'), 'steps');
    let retries = 0;
    await mount({
      render: () =>
        h('menteo-roadmap-stepper', {
          'publishable-key': 'pk_test_demo',
          'base-url': sandbox.closedUrl,
          roadmapId: 'senior-engineer-to-engineering-manager',
          onMenteoRetry: () => retries++,
        }),
    });
    const stepper = find('menteo-roadmap-stepper');
    expect(stepper.roadmapId).to.equal('senior-engineer-to-engineering-manager');
    (await waitForPart(stepper, 'retry-button', 15_000)).click();
    expect(retries).to.equal(1);
  });
});
