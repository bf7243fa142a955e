// <menteo-mentor-search>'s "More filters", active-filter chips, searchable facets and sync-url,
// against the seeded sandbox: each result compared with the SDK asked the same thing directly.
import { Menteo, type MentorSearchParams } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearRequests, part, sandbox, textOf } from '../../test/support.js';
import { tagLabel } from '../internal/tag-label.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoMentorSearch } from './mentor-search.js';
import { utcOffsetMinutes } from './utc-offset.js';

MenteoMentorCard.define('menteo-mentor-card');
MenteoMentorSearch.define('menteo-mentor-search');

const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
const api = (params: MentorSearchParams = {}) => client.mentors.search({ limit: 12, ...params });

const root = (el: Element) => el.shadowRoot!;
const shownIds = (el: Element): string[] => [...root(el).querySelectorAll('menteo-mentor-card')].map((c) => (c as MenteoMentorCard).mentor!.id);
const countText = (el: Element): string => part(el, 'count')?.textContent?.trim() ?? '';
const input = (el: Element) => part<HTMLInputElement>(el, 'search-input')!;
const chips = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
const chipNames = (el: Element) => chips(el).map((chip) => chip.getAttribute('aria-label'));
const select = (el: Element, name: string) => root(el).querySelector<HTMLSelectElement>(`select[data-refinement="${name}"]`)!;
const checkOption = (el: Element, label: string) =>
  [...root(el).querySelectorAll('[part~="refinement-option"]')].find((o) => o.textContent!.trim() === label)!.querySelector('input')!;
const facetBox = (el: Element, facet: string, name: RegExp) =>
  [...root(el).querySelectorAll<HTMLInputElement>(`[data-facet="${facet}"] [part~="facet-option"] input`)].find((box) =>
    name.test(box.getAttribute('aria-label') ?? ''),
  );
const facetLabels = (el: Element, facet: string) => [...root(el).querySelectorAll(`[data-facet="${facet}"] .facet-label`)].map((s) => s.textContent!.trim());
/** The element's searches since the last `clearRequests()` (the tests' own ask for no facets). */
const searchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => decodeURIComponent(entry.name))
    .filter((url) => /\/v1\/mentors\?.*facets=/.test(url));

/** The element shows what the API answers for `params`: the same count (announced) and the same first page. */
async function showsApi(el: Element, params: MentorSearchParams, lang: 'en' | 'es' = 'en'): Promise<void> {
  const expected = await api(params);
  const noun = lang === 'en' ? (expected.totalCount === 1 ? 'mentor' : 'mentors') : expected.totalCount === 1 ? 'mentor' : 'mentores';
  await waitUntil(
    () => countText(el).endsWith(`${expected.totalCount} ${noun}`) && shownIds(el).join() === expected.data.map((m) => m.id).join(),
    `expected ${expected.totalCount} for ${JSON.stringify(params)}: "${countText(el)}"`,
    { timeout: 10_000 },
  );
}

async function openMore(el: Element): Promise<void> {
  await waitUntil(() => part(el, 'more-toggle'), 'no More filters');
  const toggle = part<HTMLButtonElement>(el, 'more-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await waitUntil(() => !part(el, 'more-filters')!.hidden, 'More filters did not open');
}

function choose(el: Element, name: string, value: string): void {
  const box = select(el, name);
  box.value = value;
  box.dispatchEvent(new Event('change'));
}

const searchEl = (zone = 'America/Bogota') =>
  fixture<MenteoMentorSearch>(html`<menteo-mentor-search time-zone=${zone} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`);

let everyone = 0;
before(async () => {
  everyone = (await api()).totalCount;
});

describe('<menteo-mentor-search> More filters', () => {
  // Bogotá is UTC−5 all year: its window does not move with the machine's zone or the season.
  const cases: { name: string; act: (el: Element) => void; params: MentorSearchParams }[] = [
    { name: 'free only', act: (el) => checkOption(el, 'Has a free offering').click(), params: { priceModel: ['free'] } },
    { name: 'accepting requests only', act: (el) => checkOption(el, 'Accepting requests').click(), params: { acceptingRequests: true } },
    { name: 'available within 3 days', act: (el) => choose(el, 'availableWithinDays', '3'), params: { availableWithinDays: 3 } },
    { name: 'within ±3 hours of Bogotá (UTC−5)', act: (el) => choose(el, 'timeZoneWindow', '3'), params: { utcOffsetMin: -480, utcOffsetMax: -120 } },
    { name: 'rated 4.5 or more', act: (el) => choose(el, 'minRating', '4.5'), params: { minRating: 4.5 } },
    { name: 'facilitative style', act: (el) => choose(el, 'mentoringStyle', 'facilitative'), params: { mentoringStyle: 'facilitative' } },
  ];
  for (const { name, act, params } of cases) {
    it(`${name}: asks the API for ${JSON.stringify(params)} and shows what it answers`, async () => {
      const expected = await api(params);
      expect(expected.totalCount, 'the filter narrows the seed').to.be.within(1, everyone - 1);
      const el = await searchEl();
      await showsApi(el, {});
      await openMore(el);
      clearRequests();
      const changed = oneEvent(el, 'menteo-search-change');
      act(el);
      expect((await changed).detail).to.deep.equal(params);
      await showsApi(el, params);
      const sent = searchRequests();
      expect(sent, sent.join('\n')).to.have.length(1);
      for (const [key, value] of Object.entries(params)) expect(sent[0]).to.contain(`${key}=${Array.isArray(value) ? value.join(',') : value}`);
      expect(part(el, 'more-toggle')!.textContent!.trim()).to.equal('More filters (1)');
    });
  }

  it('takes every filter as an attribute preset, shown in its control', async () => {
    const params: MentorSearchParams = {
      priceModel: ['free'],
      acceptingRequests: true,
      availableWithinDays: 30,
      utcOffsetMin: -660,
      utcOffsetMax: 60,
      minRating: 4,
      mentoringStyle: 'directive',
    };
    expect((await api(params)).totalCount).to.be.above(0);
    const el = await fixture<MenteoMentorSearch>(html`<menteo-mentor-search
      free-only
      accepting-requests
      available-within-days="30"
      time-zone="America/Bogota"
      time-zone-window="6"
      min-rating="4"
      mentoring-style="directive"
      publishable-key="pk_test_demo"
      base-url=${sandbox.url}
    ></menteo-mentor-search>`);
    await showsApi(el, params);
    expect(el.params).to.deep.equal(params);
    expect(part(el, 'more-toggle')!.textContent!.trim()).to.equal('More filters (6)');
    await openMore(el);
    expect(checkOption(el, 'Has a free offering').checked).to.equal(true);
    expect(checkOption(el, 'Accepting requests').checked).to.equal(true);
    // 30 is not one of the usual choices: it is offered as it is.
    expect(select(el, 'availableWithinDays').selectedOptions[0]!.textContent!.trim()).to.equal('30 days');
    expect(select(el, 'timeZoneWindow').value).to.equal('6');
    expect(select(el, 'minRating').value).to.equal('4');
    expect(select(el, 'mentoringStyle').value).to.equal('directive');
    await expect(el).to.be.accessible();
    // "Any" takes a filter away.
    choose(el, 'minRating', '');
    const { minRating: _, ...rest } = params;
    await showsApi(el, rest);
  });

  it('ignores presets the API would refuse instead of sending them', async () => {
    const el = await fixture<MenteoMentorSearch>(html`<menteo-mentor-search
      available-within-days="400"
      min-rating="9"
      time-zone-window="-2"
      mentoring-style="bossy"
      publishable-key="pk_test_demo"
      base-url=${sandbox.url}
    ></menteo-mentor-search>`);
    expect(el.params).to.deep.equal({});
    await showsApi(el, {});
    expect(part(el, 'more-toggle')!.textContent!.trim()).to.equal('More filters');
    expect(chips(el)).to.have.length(0);
  });

  it('reads the person’s offset from the time-zone attribute through Intl, daylight saving included', async () => {
    expect(utcOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).to.equal(-300);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-07-15T12:00:00Z'))).to.equal(-240);
    expect(utcOffsetMinutes('Asia/Kathmandu', new Date('2026-07-15T12:00:00Z'))).to.equal(345);
    expect(utcOffsetMinutes('UTC', new Date('2026-07-15T12:00:00Z'))).to.equal(0);
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search time-zone="Asia/Kolkata" time-zone-window="1" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
    );
    expect(el.params).to.deep.equal({ utcOffsetMin: 270, utcOffsetMax: 390 });
    await showsApi(el, { utcOffsetMin: 270, utcOffsetMax: 390 });
    // Near the ends of the world's offsets the window stops where the API's range does.
    el.timeZone = 'Pacific/Kiritimati';
    el.timeZoneWindow = 3;
    await el.updateComplete;
    expect(el.params).to.deep.equal({ utcOffsetMin: 660, utcOffsetMax: 840 });
    // Without the attribute: the browser's own zone.
    el.timeZone = undefined;
    await el.updateComplete;
    const mine = utcOffsetMinutes(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
    expect(el.params).to.deep.equal({ utcOffsetMin: Math.max(-720, mine - 180), utcOffsetMax: Math.min(840, mine + 180) });
  });
});

describe('<menteo-mentor-search> active-filter chips', () => {
  const preset = () =>
    fixture<MenteoMentorSearch>(html`<menteo-mentor-search
      q="engineering"
      helps-with="leadership"
      languages="en"
      free-only
      min-rating="4"
      sort="sessions"
      publishable-key="pk_test_demo"
      base-url=${sandbox.url}
    ></menteo-mentor-search>`);
  const all: MentorSearchParams = { q: 'engineering', languages: ['en'], helpsWith: ['leadership'], priceModel: ['free'], minRating: 4, sort: 'sessions' };

  it('shows one chip per filter value, and removing one by keyboard updates the results and moves focus to the next', async () => {
    const el = await preset();
    await showsApi(el, all);
    expect(chips(el).map((c) => c.querySelector('span')!.textContent)).to.deep.equal([
      '“engineering”',
      'English',
      'Leadership',
      'Has a free offering',
      'Rating: 4 or more',
    ]);
    expect(chipNames(el)).to.deep.equal([
      'Remove search: engineering',
      'Remove filter: English',
      'Remove filter: Leadership',
      'Remove filter: Has a free offering',
      'Remove filter: Rating: 4 or more',
    ]);
    await expect(el).to.be.accessible();

    chips(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    const { helpsWith: _, ...noLeadership } = all;
    await showsApi(el, noLeadership);
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Remove filter: Has a free offering');
    expect(facetBox(el, 'helpsWith', /^Leadership,/)!.checked).to.equal(false);

    // The last chip has no next one: focus goes to the one before it.
    chips(el).at(-1)!.focus();
    await sendKeys({ press: 'Space' });
    const { minRating: __, ...noRating } = noLeadership;
    await showsApi(el, noRating);
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Remove filter: Has a free offering');

    // The query's chip empties the search box too.
    chips(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await showsApi(el, { languages: ['en'], priceModel: ['free'], sort: 'sessions' });
    expect(input(el).value).to.equal('');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Remove filter: English');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chips(el).length === 1, 'English chip still there');
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Remove filter: Has a free offering');
    await sendKeys({ press: 'Enter' });
    await showsApi(el, { sort: 'sessions' });
    // None left: back to the search box.
    expect(part(el, 'chips') === null, 'chips left').to.equal(true);
    expect(root(el).activeElement === input(el), 'focus not in the search box').to.equal(true);
  });

  it('"Clear all" resets every filter and the query, keeps the sort, and says so in the count', async () => {
    const el = await preset();
    await showsApi(el, all);
    await openMore(el);
    const changed = oneEvent(el, 'menteo-search-change');
    part(el, 'clear-all')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ sort: 'sessions' });
    await showsApi(el, { sort: 'sessions' });
    expect(countText(el)).to.equal(`Filters cleared. ${everyone} mentors`);
    expect(part(el, 'count')!.getAttribute('aria-live')).to.equal('polite');
    expect(part(el, 'chips') === null, 'chips left').to.equal(true);
    expect(input(el).value).to.equal('');
    expect(root(el).activeElement === input(el), 'focus not in the search box').to.equal(true);
    expect(part<HTMLSelectElement>(el, 'sort-select')!.value).to.equal('sessions');
    expect(checkOption(el, 'Has a free offering').checked).to.equal(false);
    expect(select(el, 'minRating').value).to.equal('');
    expect(part(el, 'more-toggle')!.textContent!.trim()).to.equal('More filters');
    // The next change is announced without it.
    facetBox(el, 'helpsWith', /^Mentorship,/)!.click();
    await showsApi(el, { helpsWith: ['mentorship'], sort: 'sessions' });
    expect(countText(el)).not.to.contain('cleared');
  });
});

describe('<menteo-mentor-search> searchable facet', () => {
  it('narrows the skills shown to what is typed, ignoring case and accents, and keeps checked ones', async () => {
    const el = await searchEl();
    await showsApi(el, {});
    const { facets } = await api({ facets: ['skills'] });
    const skills = Object.keys(facets.skills!);
    expect(skills.length).to.be.above(60);
    const box = part<HTMLInputElement>(el, 'facet-search')!;
    expect(box.closest('[data-facet]')!.getAttribute('data-facet')).to.equal('skills');
    expect(box.getAttribute('aria-label')).to.equal('Filter skills');
    expect(facetLabels(el, 'skills')).to.have.length(8);

    box.focus();
    await sendKeys({ type: 'PYTHON' });
    await waitUntil(() => facetLabels(el, 'skills').join() === 'Python', `shown: ${facetLabels(el, 'skills')}`);
    facetBox(el, 'skills', /^Python,/)!.click();
    await showsApi(el, { skills: ['python'] });

    box.focus();
    box.select();
    await sendKeys({ type: 'Désí' });
    const design = skills.filter((s) => tagLabel(s).toLowerCase().includes('desi')).map(tagLabel);
    expect(design.length).to.be.above(2);
    await waitUntil(() => facetLabels(el, 'skills').length === design.length + 1, `shown: ${facetLabels(el, 'skills')}`);
    expect(facetLabels(el, 'skills')).to.have.members(['Python', ...design]);
    expect(facetBox(el, 'skills', /^Python,/)!.checked).to.equal(true);
    expect(root(el).querySelector('[data-facet="skills"] [part~="facet-toggle"]') === null, 'no "Show all" while typing').to.equal(true);
    await expect(el).to.be.accessible();

    box.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => facetLabels(el, 'skills').length <= 9, 'not collapsed again');
    expect(facetLabels(el, 'skills')).to.include('Python');
  });

  it('matches Spanish labels without their accents, and says when nothing matches', async () => {
    const wrap = await fixture(html`<div lang="es"><menteo-mentor-search publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search></div>`);
    const el = wrap.querySelector('menteo-mentor-search')!;
    await showsApi(el, {}, 'es');
    const box = root(el).querySelector<HTMLInputElement>('[data-facet="languages"] [part~="facet-search"]')!;
    expect(box.getAttribute('aria-label')).to.equal('Filtrar idiomas');
    box.focus();
    await sendKeys({ type: 'ESPANOL' });
    await waitUntil(() => facetLabels(el, 'languages').join() === 'español', `shown: ${facetLabels(el, 'languages')}`);
    await sendKeys({ type: 'zz' });
    await waitUntil(() => part(el, 'facet-empty')?.textContent?.trim() === 'Sin coincidencias', 'no empty message');
    expect(facetLabels(el, 'languages')).to.deep.equal([]);
  });
});

describe('<menteo-mentor-search sync-url>', () => {
  let original = '';
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  const params: MentorSearchParams = {
    q: 'engineering',
    skills: ['decision-making', 'delegation'],
    industries: ['cybersecurity'],
    languages: ['en'],
    seniority: ['director', 'senior'],
    helpsWith: ['leadership'],
    priceModel: ['free'],
    acceptingRequests: true,
    availableWithinDays: 14,
    utcOffsetMin: -660,
    utcOffsetMax: 60,
    minRating: 4,
    mentoringStyle: 'directive',
    sort: 'sessions',
  };
  const query =
    'keep=1&q=engineering&skills=delegation,decision-making&industries=cybersecurity&languages=en&seniority=senior,director&helps-with=leadership' +
    '&free-only=true&accepting-requests=true&available-within-days=14&time-zone-window=6&min-rating=4&mentoring-style=directive&sort=sessions';

  it('reads the query, every filter and the sort from the URL', async () => {
    history.replaceState(null, '', `${location.pathname}?${query}`);
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search sync-url time-zone="America/Bogota" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
    );
    expect(el.params).to.deep.equal(params);
    await showsApi(el, params);
    expect(input(el).value).to.equal('engineering');
    expect(part<HTMLSelectElement>(el, 'sort-select')!.value).to.equal('sessions');
    expect(facetBox(el, 'helpsWith', /^Leadership,/)!.checked).to.equal(true);
    await openMore(el);
    expect(checkOption(el, 'Has a free offering').checked).to.equal(true);
    expect(checkOption(el, 'Accepting requests').checked).to.equal(true);
    expect(
      [select(el, 'availableWithinDays'), select(el, 'timeZoneWindow'), select(el, 'minRating'), select(el, 'mentoringStyle')].map((s) => s.value),
    ).to.deep.equal(['14', '6', '4', 'directive']);
    expect(chips(el)).to.have.length(14);
    await expect(el).to.be.accessible();
  });

  it('writes each change to the URL as a history entry, and back and forward restore the search', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search sync-url time-zone="America/Bogota" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
    );
    await showsApi(el, {});
    const url = () => new URL(location.href).searchParams;
    const entries = history.length;
    await openMore(el);
    facetBox(el, 'helpsWith', /^Leadership,/)!.click();
    checkOption(el, 'Has a free offering').click();
    checkOption(el, 'Accepting requests').click();
    choose(el, 'availableWithinDays', '14');
    choose(el, 'timeZoneWindow', '6');
    choose(el, 'minRating', '4');
    choose(el, 'mentoringStyle', 'directive');
    const sort = part<HTMLSelectElement>(el, 'sort-select')!;
    sort.value = 'sessions';
    sort.dispatchEvent(new Event('change'));
    expect(Object.fromEntries(url())).to.deep.equal({
      keep: '1',
      'helps-with': 'leadership',
      'free-only': 'true',
      'accepting-requests': 'true',
      'available-within-days': '14',
      'time-zone-window': '6',
      'min-rating': '4',
      'mentoring-style': 'directive',
      sort: 'sessions',
    });
    expect(history.length).to.equal(entries + 8);
    const { q: _, skills: __, industries: ___, languages: ____, seniority: _____, ...last } = params;
    await showsApi(el, last);

    // A chip's removal is written too, and typing replaces the entry instead of adding one.
    chips(el)
      .find((c) => c.textContent!.includes('Has a free offering'))!
      .click();
    await waitUntil(() => !url().has('free-only'), `URL: ${location.href}`);
    input(el).focus();
    await sendKeys({ type: 'engineering' });
    await waitUntil(() => url().get('q') === 'engineering', `URL: ${location.href}`);
    expect(history.length).to.equal(entries + 9);

    // Back: the free-only filter returns and the query, typed in the entry that went, goes.
    history.back();
    await waitUntil(() => el.params.priceModel?.[0] === 'free', 'back did not restore free-only');
    expect(el.params).to.deep.equal(last);
    expect(input(el).value).to.equal('');
    expect(checkOption(el, 'Has a free offering').checked).to.equal(true);
    await showsApi(el, last);
    history.back();
    await waitUntil(() => el.params.sort === undefined, 'back did not undo the sort');
    expect(part<HTMLSelectElement>(el, 'sort-select')!.value).to.equal('rating');
    history.forward();
    await waitUntil(() => el.params.sort === 'sessions', 'forward did not redo the sort');
    expect(textOf(el)).to.contain('More filters (6)');
  });
});

describe('<menteo-mentor-search sync-url> with presets', () => {
  let original = '';
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));

  it('writes its presets into the entry it starts in, so going back to it restores them', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const el = await fixture<MenteoMentorSearch>(
      html`<menteo-mentor-search sync-url helps-with="leadership" min-rating="4" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`,
    );
    const url = () => Object.fromEntries(new URL(location.href).searchParams);
    expect(url()).to.deep.equal({ keep: '1', 'helps-with': 'leadership', 'min-rating': '4' });
    await showsApi(el, { helpsWith: ['leadership'], minRating: 4 });
    chips(el)[0]!.click();
    await waitUntil(() => !('helps-with' in url()), `URL: ${location.href}`);
    await showsApi(el, { minRating: 4 });
    history.back();
    await waitUntil(() => el.params.helpsWith?.[0] === 'leadership', 'back did not restore the preset');
    await showsApi(el, { helpsWith: ['leadership'], minRating: 4 });
    expect(facetBox(el, 'helpsWith', /^Leadership,/)!.checked).to.equal(true);
  });
});

describe('<menteo-mentor-search> filters in Spanish, right to left', () => {
  it('speaks Spanish in More filters and the chips, and follows dir="rtl"', async () => {
    const wrap = await fixture(html`<div lang="es" dir="rtl">
      <menteo-mentor-search helps-with="leadership" free-only time-zone="America/Bogota" time-zone-window="3" publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>
    </div>`);
    const el = wrap.querySelector('menteo-mentor-search')!;
    await showsApi(el, { helpsWith: ['leadership'], priceModel: ['free'], utcOffsetMin: -480, utcOffsetMax: -120 }, 'es');
    expect(part(el, 'more-toggle')!.textContent!.trim()).to.equal('Más filtros (2)');
    await openMore(el);
    const text = textOf(el);
    for (const words of ['Tiene una opción gratuita', 'Acepta solicitudes', 'Disponible en', 'Zona horaria', 'Valoración', 'Estilo de mentoría', 'Quitar todo'])
      expect(text).to.contain(words);
    expect(select(el, 'timeZoneWindow').selectedOptions[0]!.textContent!.trim()).to.equal('±3 horas de la mía');
    expect(chipNames(el)).to.deep.equal([
      'Quitar filtro: Liderazgo',
      'Quitar filtro: Tiene una opción gratuita',
      'Quitar filtro: Zona horaria: ±3 horas de la mía',
    ]);
    expect(part(el, 'facet-search')!.getAttribute('aria-label')).to.equal('Filtrar habilidades');
    expect(getComputedStyle(part(el, 'chips')!).direction).to.equal('rtl');
    // The first chip sits at the right edge in right-to-left.
    const [first, second] = chips(el).map((c) => c.getBoundingClientRect());
    expect(first!.right).to.be.greaterThan(second!.right);
    await expect(el).to.be.accessible();
  });
});
