import { Menteo, type MentorSearchParams } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardNameLinks, expectPeopleLinks, clearRequests, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoMentorSearch } from './mentor-search.js';

MenteoMentorCard.define('menteo-mentor-card');
MenteoMentorSearch.define('menteo-mentor-search');

const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });

/** What the API says for a search, asked separately from the element. */
const api = (params: MentorSearchParams = {}) => client.mentors.search({ limit: 12, ...params });

/** Search requests (not card batches) the page sent since the last `clearRequests()`. */
const searchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/v1\/mentors\?/.test(url) && !/[?&]ids=/.test(url));

const cards = (el: MenteoMentorSearch): MenteoMentorCard[] => [...el.shadowRoot!.querySelectorAll('menteo-mentor-card')];
const shownIds = (el: MenteoMentorSearch): string[] => cards(el).map((c) => c.mentor!.id);
const countText = (el: MenteoMentorSearch): string => part(el, 'count')?.textContent?.trim() ?? '';
const input = (el: MenteoMentorSearch): HTMLInputElement => part<HTMLInputElement>(el, 'search-input')!;
const checkbox = (el: MenteoMentorSearch, facet: string, name: RegExp): HTMLInputElement | undefined =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-facet="${facet}"] [part~="facet-option"] input`)].find((box) =>
    name.test(box.getAttribute('aria-label') ?? ''),
  );

async function loaded(el: MenteoMentorSearch, count?: number): Promise<void> {
  await waitUntil(
    () =>
      cards(el).length > 0 &&
      !part(el, 'results')!.classList.contains('busy') &&
      (count === undefined || countText(el) === `${count} ${count === 1 ? 'mentor' : 'mentors'}`),
    `not loaded: "${textOf(el).slice(0, 200)}"`,
    { timeout: 10_000 },
  );
}

let everyone = 0;
const searchEl = () => fixture<MenteoMentorSearch>(html`<menteo-mentor-search publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`);

describe('<menteo-mentor-search>', () => {
  before(async () => {
    everyone = (await api()).totalCount;
    expect(everyone).to.be.above(24);
  });

  it('shows the first page with the total announced, accessible', async () => {
    // The loading state (skeleton, status, axe) is held deterministically in mentor-search.msw.test.ts.
    const el = await searchEl();
    const first = await api();
    await loaded(el, first.totalCount);
    const live = part(el, 'count')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(shownIds(el)).to.deep.equal(first.data.map((m) => m.id));
    expect(part(el, 'load-more')).to.exist;
    // Cards got their mentor as a property: no batch request.
    expect(performance.getEntriesByType('resource').some((e) => /[?&]ids=/.test(e.name))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('searches what is typed, with one request after fast typing, and announces the count', async () => {
    const query = 'engineering';
    const expected = await api({ q: query });
    expect(expected.totalCount).to.be.within(1, 99);
    const el = await searchEl();
    await loaded(el, everyone);
    clearRequests();
    const changes: MentorSearchParams[] = [];
    el.addEventListener('menteo-search-change', (event) => changes.push(event.detail));
    input(el).focus();
    await sendKeys({ type: query });
    await loaded(el, expected.totalCount);
    expect(countText(el)).to.equal(`${expected.totalCount} mentors`);
    expect(shownIds(el)).to.deep.equal(expected.data.map((m) => m.id));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const requests = searchRequests();
    expect(requests, requests.join('\n')).to.have.length(1);
    expect(decodeURIComponent(requests[0]!)).to.contain(`q=${query}`);
    expect(changes).to.deep.equal([{ q: query }]);
    // "Best match" is offered once there is a query.
    expect(part<HTMLSelectElement>(el, 'sort-select')!.value).to.equal('relevance');
  });

  it('leaves no node behind from results a new search replaced @no-dates', async () => {
    // lit-html 3.3's repeat leaves an item's end marker when it removes the item (lit/lit#5010): a
    // page searched all day would grow an empty comment per mentor ever shown.
    const query = 'engineering';
    const narrowed = (await api({ q: query })).totalCount;
    const el = await searchEl();
    await loaded(el, everyone);
    const nodes = () => part(el, 'results')!.childNodes.length;
    const first = nodes();
    for (let round = 0; round < 3; round++) {
      input(el).value = query;
      input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await loaded(el, narrowed);
      input(el).value = '';
      input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await loaded(el, everyone);
    }
    expect(cards(el)).to.have.length(12);
    expect(nodes()).to.equal(first);
  });

  it('shows facet counts, and checking one narrows the results to that count', async () => {
    const el = await searchEl();
    await loaded(el, everyone);
    const legends = [...el.shadowRoot!.querySelectorAll('[part~="facet-legend"]')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Skills', 'Industries', 'Languages', 'Seniority', 'Helps with']);
    const { facets } = await api({ facets: ['helpsWith', 'skills'] });
    const leadership = facets.helpsWith!.leadership!;
    expect(leadership).to.be.within(1, 99);
    const box = checkbox(el, 'helpsWith', /^Leadership, \d+ mentors$/)!;
    expect(box.getAttribute('aria-label')).to.equal(`Leadership, ${leadership} mentors`);
    // The top skill's count is shown next to it.
    const [topSkill, topCount] = Object.entries(facets.skills!)[0]!;
    const skillOption = el.shadowRoot!.querySelector('[part~="facet"] [part~="facet-option"]')!;
    expect(skillOption.querySelector('[part~="facet-count"]')!.textContent!.trim()).to.equal(String(topCount));
    expect(skillOption.querySelector('input')!.getAttribute('aria-label')).to.contain(`, ${topCount} mentor`);
    expect(topSkill).to.be.a('string');
    const changed = oneEvent(el, 'menteo-search-change');
    box.click();
    expect((await changed).detail).to.deep.equal({ helpsWith: ['leadership'] });
    await loaded(el, leadership);
    for (const card of cards(el)) expect(card.mentor!.helpsWith).to.include('leadership');
    expect(checkbox(el, 'helpsWith', /^Leadership,/)!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('changes the order with the sort', async () => {
    const el = await searchEl();
    await loaded(el, everyone);
    const expected = await api({ sort: 'sessions' });
    const select = part<HTMLSelectElement>(el, 'sort-select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['rating', 'sessions', 'response', 'availability']);
    const before = shownIds(el);
    select.value = 'sessions';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shownIds(el).join() === expected.data.map((m) => m.id).join(), 'not in session order');
    expect(shownIds(el)).not.to.deep.equal(before);
    const sessions = cards(el).map((c) => c.mentor!.stats.sessionsCompleted);
    expect(sessions).to.deep.equal([...sessions].sort((a, b) => b - a));
  });

  it('loads more, appends, and moves focus to the first new result', async () => {
    const el = await searchEl();
    await loaded(el, everyone);
    const firstPage = shownIds(el);
    part(el, 'load-more')!.click();
    await waitUntil(() => cards(el).length === 24, `cards: ${cards(el).length}`);
    expect(shownIds(el).slice(0, 12)).to.deep.equal(firstPage);
    expect(new Set(shownIds(el)).size).to.equal(24);
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '12', 'focus did not move');
    expect(el.shadowRoot!.activeElement!.querySelector('menteo-mentor-card')!.mentor!.id).to.equal(shownIds(el)[12]);
    await expect(el).to.be.accessible();
  });

  it('applies presets from attributes', async () => {
    const { facets } = await api({ facets: ['skills'], languages: ['en'] });
    const skills = Object.keys(facets.skills!).slice(0, 2);
    const expected = await api({ skills, languages: ['en'], helpsWith: ['leadership'] });
    expect(expected.totalCount).to.be.within(1, 99);
    const el = await fixture<MenteoMentorSearch>(html`<menteo-mentor-search
      publishable-key="pk_test_demo"
      base-url=${sandbox.url}
      skills=${skills.join(',')}
      languages="en"
      helps-with="leadership"
    ></menteo-mentor-search>`);
    await loaded(el, expected.totalCount);
    expect(shownIds(el)).to.deep.equal(expected.data.map((m) => m.id));
    expect(el.params).to.deep.equal({ skills: [...skills].sort(), languages: ['en'], helpsWith: ['leadership'] });
    expect(checkbox(el, 'helpsWith', /^Leadership,/)!.checked).to.equal(true);
    expect(checkbox(el, 'languages', /^English,/)!.checked).to.equal(true);
  });

  it('reads and writes the URL with sync-url', async () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?keep=1&q=engineering`);
      const expected = await api({ q: 'engineering' });
      const el = await fixture<MenteoMentorSearch>(
        html`<menteo-mentor-search sync-url publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
      );
      await loaded(el, expected.totalCount);
      expect(input(el).value).to.equal('engineering');
      checkbox(el, 'helpsWith', /^Leadership,/)!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('helps-with') === 'leadership', `URL: ${location.href}`);
      const url = new URL(location.href);
      expect(url.searchParams.get('q')).to.equal('engineering');
      expect(url.searchParams.get('keep')).to.equal('1');
      input(el).focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !new URL(location.href).searchParams.has('q'), `URL: ${location.href}`);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('says when nothing matches, and clears the filters', async () => {
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search q="zzqxnomatch" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
    );
    await waitForPart(el, 'empty');
    expect(textOf(el)).to.contain('No mentors match your search.');
    await waitUntil(() => countText(el) === '0 mentors', countText(el));
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'menteo-search-change');
    part(el, 'clear-button')!.click();
    expect((await changed).detail).to.deep.equal({});
    await loaded(el, everyone);
    expect(input(el).value).to.equal('');
    await waitUntil(() => el.shadowRoot!.activeElement === input(el), 'focus not back in the search box');
  });

  it('shows an error with the request id when the API refuses, and retries', async () => {
    const el = await fixture<MenteoMentorSearch>(html`<menteo-mentor-search publishable-key="pk_test_unknown" base-url=${sandbox.url}></menteo-mentor-search>`);
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t load mentors.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    await expect(el).to.be.accessible();
    clearRequests();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    await waitUntil(() => searchRequests().length === 1 && part(el, 'error'), 'no second request');
  });

  it('lets a card request mentorship through it', async () => {
    const el = await searchEl();
    await loaded(el, everyone);
    const card = cards(el).find((c) => c.mentor!.acceptingRequests && c.mentor!.capacity.open > 0)!;
    await card.updateComplete;
    const requested = oneEvent(el, 'menteo-request-mentorship');
    part<HTMLButtonElement>(card, 'request-button')!.click();
    expect((await requested).detail.mentorId).to.equal(card.mentor!.id);
  });

  it('passes profile-href to every card: each name links to its mentor; without it, a button', async () => {
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search publishable-key="pk_test_demo" base-url=${sandbox.url} profile-href="/people/{id}"></menteo-mentor-search>`,
    );
    await loaded(el, everyone);
    const linked = await cardNameLinks(cards(el));
    expectPeopleLinks(linked);
    // The card's menteo-mentor-open still comes out of the search, position added; canceling it keeps the page here.
    const opened = oneEvent(el, 'menteo-mentor-open');
    el.addEventListener('menteo-mentor-open', (event) => event.preventDefault());
    linked[1]!.link.click();
    expect((await opened).detail).to.deep.equal({ mentorId: linked[1]!.id, position: 2 });
    el.removeAttribute('profile-href');
    await el.updateComplete;
    for (const { id, link } of await cardNameLinks(cards(el))) expect(link.localName, id).to.equal('button');
  });

  it('works with the keyboard only', async () => {
    const expected = await api({ q: 'engineering' });
    const el = await searchEl();
    await loaded(el, everyone);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ type: 'engineering' });
    await loaded(el, expected.totalCount);
    // Escape clears the box and searches everything again.
    await sendKeys({ press: 'Escape' });
    expect(input(el).value).to.equal('');
    await loaded(el, everyone);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'sort-select'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'more-toggle'));
    await sendKeys({ press: 'Tab' });
    // Skills is a long facet: its "Filter skills" box comes before its values.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'facet-search'));
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    const count = Number(/, (\d+) mentors?$/.exec(first.getAttribute('aria-label')!)![1]);
    await sendKeys({ press: 'Space' });
    await loaded(el, count);
    expect(first.checked).to.equal(true);
    expect(count, 'the seeded top skill fills more than a page').to.be.above(12);
    part(el, 'load-more')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '12', 'focus did not move');
  });

  it('hides the filters behind a toggle when narrow', async () => {
    const root = await fixture(html`<div style="inline-size: 400px">
      <menteo-mentor-search helps-with="leadership" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>
    </div>`);
    const el = root.querySelector('menteo-mentor-search')!;
    await loaded(el);
    await waitForPart(el, 'filters');
    const toggle = part<HTMLButtonElement>(el, 'filters-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(part(el, 'filters')!).display).to.equal('none');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'did not open');
    expect(getComputedStyle(part(el, 'filters')!).display).to.equal('flex');
    await expect(el).to.be.accessible();
    // Wide, the filters are always there and the toggle is not.
    (root as HTMLElement).style.inlineSize = '1000px';
    await waitUntil(() => getComputedStyle(toggle).display === 'none', 'toggle still shown when wide');
  });

  it('speaks Spanish and follows dir="rtl"', async () => {
    const root = await fixture(html`<div dir="rtl" lang="es">
      <menteo-mentor-search page-size="9" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>
    </div>`);
    const el = root.querySelector('menteo-mentor-search')!;
    await waitUntil(() => countText(el) === `${everyone} mentores`, countText(el));
    const text = textOf(el);
    expect(text).to.contain('Buscar mentores');
    expect(text).to.contain('Habilidades');
    expect(text).to.contain('Ordenar por');
    expect(text).to.contain('Cargar más mentores');
    expect(checkbox(el, 'helpsWith', /^Liderazgo, \d+ mentores$/)).to.exist;
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The cards' Spanish loaded with the search's: they are there as soon as the results are.
    expect(getComputedStyle(await waitForPart(cards(el)[0]!, 'base')).direction).to.equal('rtl');
    expect(part(cards(el)[0]!, 'request-button')!.textContent!.trim()).to.match(/^(Solicitar mentoría|No acepta solicitudes)$/);
    await expect(el).to.be.accessible();
  });
});

describe('<menteo-mentor-search for="…"> driven by a need finder', () => {
  it('takes the need, skills and language of the named finder’s submission as its filters, and ignores other finders', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <div id="finder"></div>
      <div id="other"></div>
      <menteo-mentor-search for="finder" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>
    </div>`);
    const el = root.querySelector('menteo-mentor-search')!;
    await loaded(el);
    const submit = (id: string, detail: HTMLElementEventMap['menteo-need-submit']['detail']) =>
      root.querySelector(`#${id}`)!.dispatchEvent(new CustomEvent('menteo-need-submit', { detail, bubbles: true, composed: true }));

    submit('other', { need: 'mentorship', goals: 'Not this one, please: another finder' });
    await el.updateComplete;
    expect(el.params).to.deep.equal({});

    const changed = oneEvent(el, 'menteo-search-change');
    submit('finder', { need: 'leadership', goals: 'Lead my first team through a hard quarter', skills: ['delegation'], language: 'en' });
    expect((await changed).detail).to.deep.equal({ helpsWith: ['leadership'], skills: ['delegation'], languages: ['en'] });
    await waitUntil(
      () => searchRequests().some((url) => url.includes('helpsWith=leadership') && url.includes('skills=delegation')),
      'the search ran with the finder’s filters',
    );
    const expected = await api({ helpsWith: ['leadership'], skills: ['delegation'], languages: ['en'] });
    await waitUntil(() => countText(el).startsWith(`${expected.totalCount}`), `the count of the filtered search (${expected.totalCount})`);
  });

  it('passes its heading-level to its cards (default 3: the search has no heading of its own)', async () => {
    const el = await searchEl();
    await loaded(el);
    const names = () => cards(el).map((card) => part(card, 'name')?.getAttribute('aria-level'));
    expect(new Set(names())).to.deep.equal(new Set(['3']));
    el.setAttribute('heading-level', '2');
    await waitUntil(() => names().every((level) => level === '2'), 'cards kept their level');
  });
});
