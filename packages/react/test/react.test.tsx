// The generated wrappers in React 19, in real Chromium, against the real elements and the
// seeded sandbox: props set the elements' properties, `onMenteo…` props receive their events.
import { Menteo } from '@menteo/sdk';
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { demoMentor, part, sandbox, textOf, waitForPart } from '@menteo/test-support/elements';
import * as wrappers from '../src/index.js';
import { MenteoMentorCard, MenteoMentorSearch, MenteoNeedFinder, MenteoProvider, MenteoRoadmapStepper } from '../src/index.js';

let root: Root | undefined;
let container: HTMLElement;

/** Renders into a fresh container; resolves once the elements inside have rendered. */
async function render(node: React.ReactNode): Promise<HTMLElement> {
  root?.unmount();
  container?.remove();
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(node);
  await waitUntil(() => container.firstElementChild, 'React rendered nothing');
  await Promise.all([...container.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return container;
}

const find = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => container.querySelector(tag)!;

afterEach(() => {
  root?.unmount();
  root = undefined;
  container?.remove();
});

describe('@menteo/react', () => {
  it('MenteoMentorCard: props become properties (and reflected attributes); a click reaches onMenteoRequestMentorship', async () => {
    const requested: string[] = [];
    await render(
      <MenteoMentorCard
        publishableKey="pk_test_demo"
        baseUrl={sandbox.url}
        mentorId={demoMentor.id}
        headingLevel={2}
        onMenteoRequestMentorship={(event) => requested.push(event.detail.mentorId)}
      />,
    );
    const card = find('menteo-mentor-card');
    expect(card.mentorId).to.equal(demoMentor.id);
    expect(card.getAttribute('mentor-id')).to.equal(demoMentor.id);
    (await waitForPart(card, 'request-button')).click();
    expect(requested).to.deep.equal([demoMentor.id]);
    expect(part(card, 'name')!.getAttribute('aria-level')).to.equal('2');
    expect(textOf(card)).to.contain(demoMentor.name);
  });

  it('MenteoMentorCard: an object prop (`mentor`) is set as a property, and re-renders update it', async () => {
    const mentor = await new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url }).mentors.retrieve(demoMentor.id);
    const requested: string[] = [];
    const onRequest = (event: HTMLElementEventMap['menteo-request-mentorship']) => requested.push(event.detail.mentorId);
    await render(<MenteoMentorCard mentor={{ ...mentor, name: 'Ada Lovelace' }} variant="full" onMenteoRequestMentorship={onRequest} />);
    const card = find('menteo-mentor-card');
    expect(card.mentor?.name).to.equal('Ada Lovelace');
    await waitUntil(() => textOf(card).includes('Ada Lovelace'), 'the card does not show the mentor it was given');
    expect(part(card, 'headline')).to.not.equal(null);
    root!.render(<MenteoMentorCard mentor={{ ...mentor, name: 'Grace Hopper' }} variant="compact" onMenteoRequestMentorship={onRequest} />);
    await waitUntil(() => textOf(card).includes('Grace Hopper') && card.variant === 'compact', 'the re-render did not reach the element');
    expect(part(card, 'headline')).to.equal(null);
    part(card, 'request-button')!.click();
    expect(requested).to.deep.equal([mentor.id]);
  });

  it('MenteoMentorSearch: numeric props, cards inside, and its events (search change, request bubbling from a card)', async () => {
    const changes: unknown[] = [];
    const requested: string[] = [];
    await render(
      <MenteoMentorSearch
        publishableKey="pk_test_demo"
        baseUrl={sandbox.url}
        pageSize={3}
        variant="compact"
        onMenteoSearchChange={(event) => changes.push(event.detail)}
        onMenteoRequestMentorship={(event) => requested.push(event.detail.mentorId)}
      />,
    );
    const search = find('menteo-mentor-search');
    expect(search.pageSize).to.equal(3);
    const cards = () => [...search.shadowRoot!.querySelectorAll('menteo-mentor-card')];
    await waitUntil(() => cards().length === 3, `no results: "${textOf(search).slice(0, 200)}"`, { timeout: 10_000 });
    const first = cards()[0]!;
    (await waitForPart(first, 'request-button')).click();
    expect(requested).to.deep.equal([first.mentor!.id]);
    const select = part<HTMLSelectElement>(search, 'sort-select')!;
    select.value = 'sessions';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).to.deep.equal([{ sort: 'sessions' }]);
  });

  it('MenteoNeedFinder: an array prop (`languages`); a submit reaches onMenteoNeedSubmit, then onMenteoMatchesReady', async () => {
    const submitted: string[] = [];
    const ready: string[][] = [];
    await render(
      <MenteoNeedFinder
        publishableKey="pk_test_demo"
        baseUrl={sandbox.url}
        languages={['en', 'es']}
        limit={3}
        onMenteoNeedSubmit={(event) => submitted.push(event.detail.need)}
        onMenteoMatchesReady={(event) => ready.push(event.detail.mentorIds)}
      />,
    );
    const finder = find('menteo-need-finder');
    expect(finder.languages).to.deep.equal(['en', 'es']);
    expect(finder.limit).to.equal(3);
    for (const answer of finder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="leader"]')) answer.click();
    await finder.updateComplete;
    part(finder, 'continue-button')!.click();
    await finder.updateComplete;
    const languages = [...part<HTMLSelectElement>(finder, 'language')!.options].map((o) => o.value);
    expect(languages).to.include.members(['en', 'es']);
    const goals = part<HTMLTextAreaElement>(finder, 'goals')!;
    goals.value = 'My team misses deadlines; I need to set direction and make decisions faster.';
    goals.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await finder.updateComplete;
    part(finder, 'submit-button')!.click();
    await waitUntil(() => ready.length === 1, 'no menteo-matches-ready', { timeout: 10_000 });
    expect(submitted).to.deep.equal(['leadership']);
    expect(ready[0]!.length).to.be.within(1, 3);
  });

  it('MenteoRoadmapStepper: `roadmapId` loads the roadmap; after an error, retry reaches onMenteoRetry', async () => {
    await render(<MenteoRoadmapStepper publishableKey="pk_test_demo" baseUrl={sandbox.url} roadmapId="senior-engineer-to-engineering-manager" />);
    const stepper = find('menteo-roadmap-stepper');
    expect(stepper.getAttribute('roadmap-id')).to.equal('senior-engineer-to-engineering-manager');
    await waitForPart(stepper, 'steps');

    let retries = 0;
    await render(
      <MenteoRoadmapStepper
        publishableKey="pk_test_demo"
        baseUrl={sandbox.closedUrl}
        roadmapId="senior-engineer-to-engineering-manager"
        onMenteoRetry={() => retries++}
      />,
    );
    (await waitForPart(find('menteo-roadmap-stepper'), 'retry-button', 15_000)).click();
    expect(retries).to.equal(1);
  });

  // @lit/react sets properties in a layout effect, after React has connected the element: an
  // element must accept being connected before it is configured.
  it('MenteoProvider: configured by props after it is connected, it connects the elements inside', async () => {
    const requested: string[] = [];
    await render(
      <MenteoProvider publishableKey="pk_test_demo" baseUrl={sandbox.url} locale="en">
        <MenteoMentorCard mentorId={demoMentor.id} onMenteoRequestMentorship={(event) => requested.push(event.detail.mentorId)} />
      </MenteoProvider>,
    );
    const provider = find('menteo-provider');
    expect(provider.publishableKey).to.equal('pk_test_demo');
    expect(provider.getAttribute('lang')).to.equal('en');
    const card = find('menteo-mentor-card');
    (await waitForPart(card, 'request-button')).click();
    expect(requested).to.deep.equal([demoMentor.id]);
  });

  it('wraps every element of the manifest: each renders its upgraded custom element', async () => {
    const all = Object.entries(wrappers);
    expect(all.map(([name]) => name)).to.include.members([
      'MenteoProvider',
      'MenteoMentorCard',
      'MenteoMentorSearch',
      'MenteoNeedFinder',
      'MenteoRoadmapStepper',
    ]);
    for (const [name, Wrapper] of all) {
      await render(<Wrapper />);
      const el = container.firstElementChild!;
      expect(el.localName, name).to.match(/^menteo-/);
      expect(customElements.get(el.localName), `<${el.localName}> is not defined`).to.not.equal(undefined);
      expect(el).to.be.instanceOf(customElements.get(el.localName)!);
      expect(Wrapper.displayName).to.equal(name);
    }
  });
});
