import type { ProgramInsights } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, textOf, waitForPart } from '../../test/support.js';
import { MenteoProgramInsights } from './program-insights.js';

MenteoProgramInsights.define('menteo-program-insights');

// The data is the sandbox's: the test server plays the company's backend, reading
// GET /v1/org/insights with the secret key of an organization seeded with the sandbox tests'
// insights fixture (packages/sandbox/src/testing/insights-fixture.ts). The page never holds a key.
const range = 'from=2026-11-02&to=2026-11-29';
const backend = `/__menteo/insights?${range}`;

let data: ProgramInsights;
before(async () => {
  const response = await fetch(backend);
  expect(response.status).to.equal(200);
  data = (await response.json()) as ProgramInsights;
});

async function insights(markup = html`<menteo-program-insights src=${backend}></menteo-program-insights>`, width = 900): Promise<MenteoProgramInsights> {
  const root = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}>${markup}</div>`);
  const el = root.querySelector('menteo-program-insights')!;
  await waitForPart(el, 'figures');
  return el;
}

const charts = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chart"]')];
const tableOf = (chart: Element) => [...chart.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

describe('<menteo-program-insights>', () => {
  it('draws the five charts from its src, each with a summary and its data as a table', async () => {
    const el = await insights();
    const sections = charts(el);
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).to.deep.equal([
      'Requests and acceptance over time',
      'Sessions per week',
      'Need mix',
      'Goal outcomes',
      'Mentor load',
    ]);
    for (const section of sections) {
      expect(section.querySelector('[part~="summary"]')?.textContent).to.match(/\.$/);
      expect(section.querySelector('svg')?.closest('[aria-hidden="true"]'), 'the drawing is hidden: the table is the data').to.exist;
    }
    const [requests, sessions] = sections as [HTMLElement, HTMLElement];
    expect(tableOf(requests).map((row) => row[0])).to.deep.equal(data.buckets.map((b) => b.week));
    const w46 = data.buckets.find((b) => b.week === '2026-W46')!;
    expect(tableOf(requests)[1]).to.deep.equal(['2026-W46', String(w46.figures.requests.value), '80%']);
    expect(tableOf(sessions).map((row) => row[1])).to.deep.equal(
      data.buckets.map((b) => (b.figures.sessionsHeld.suppressed ? 'fewer than 5' : String(b.figures.sessionsHeld.value))),
    );
    expect(requests.querySelector('[part~="summary"]')?.textContent).to.equal(
      `${data.totals.requests.value} requests over 4 weeks, ${Math.round((data.totals.acceptanceRate.value ?? 0) * 100)}% of them accepted.`,
    );
    // One bar a week, and the acceptance level where it is shown.
    expect(requests.querySelectorAll('rect').length).to.equal(4);
    expect(requests.querySelectorAll('line.level').length).to.equal(data.buckets.filter((b) => !b.figures.acceptanceRate.suppressed).length);
  });

  it('puts one axis label under each bar without a style attribute (a strict CSP blocks them)', async () => {
    const el = await insights();
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    const labels = [...charts(el)[0]!.querySelectorAll<HTMLElement>('.axis span')];
    expect(labels.length).to.equal(4);
    expect(new Set(labels.map((label) => label.offsetTop)).size, 'one row').to.equal(1);
    expect(new Set(labels.map((label) => Math.round(label.getBoundingClientRect().width))).size, 'equal columns').to.equal(1);
  });

  it('shows a suppressed figure as "fewer than 5", never as 0, in the table, the key figures and the chart', async () => {
    const el = await insights();
    const w47 = data.buckets.find((b) => b.week === '2026-W47')!;
    expect(w47.figures.requests).to.deep.equal({ value: null, suppressed: true });
    const [requests] = charts(el) as [HTMLElement];
    expect(tableOf(requests)[2]).to.deep.equal(['2026-W47', 'fewer than 5', 'fewer than 5']);
    // The third bar is the hatched outline of a suppressed figure, not an empty bar.
    expect(requests.querySelectorAll('rect')[2]?.getAttribute('class')).to.equal('suppressed');
    expect(data.mentorLoad.distribution.every((d) => d.mentors.suppressed)).to.equal(true);
    const load = charts(el)[4]!;
    expect(load.querySelector('[part~="summary"]')?.textContent).to.equal(
      '7 internal mentors: fewer than 5 with no active mentee, fewer than 5 with 4 or more.',
    );
    expect(textOf(el)).not.to.match(/\b0 active mentees\b.*\b0\b/);
  });

  it('is accessible, with its tables open too', async () => {
    const el = await insights();
    await expect(el).to.be.accessible();
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expect(el).to.be.accessible();
  });

  it('takes its data as a property too, and speaks Spanish', async () => {
    const el = await insights(html`<menteo-program-insights lang="es" .insights=${data}></menteo-program-insights>`);
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Indicadores del programa');
    const [requests] = charts(el) as [HTMLElement];
    expect(tableOf(requests)[2]).to.deep.equal(['2026-W47', 'menos de 5', 'menos de 5']);
    await expect(el).to.be.accessible();
  });

  it('reads right to left, draws dark, and lays its charts out by its own width', async () => {
    const wide = await insights(html`<menteo-program-insights dir="rtl" theme="dark" .insights=${data}></menteo-program-insights>`, 900);
    expect(getComputedStyle(wide.shadowRoot!.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(wide.getAttribute('data-resolved-theme')).to.equal('dark');
    expect(getComputedStyle(wide).backgroundColor).to.equal('rgb(31, 31, 36)');
    const columns = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.charts')!).gridTemplateColumns.split(' ').length;
    expect(columns(wide)).to.equal(2);
    const narrow = await insights(html`<menteo-program-insights .insights=${data}></menteo-program-insights>`, 360);
    expect(columns(narrow)).to.equal(1);
    await expect(wide).to.be.accessible();
  });

  it('says when its src fails, and loads again on retry', async () => {
    const el = await fixture<MenteoProgramInsights>(html`<menteo-program-insights src="/__menteo/no-such-endpoint"></menteo-program-insights>`);
    await waitUntil(() => part(el, 'retry-button'), 'the failure is said');
    expect(part(el, 'status')?.getAttribute('role')).to.equal('alert');
    expect(textOf(el)).to.contain('We couldn’t load the program’s figures.');
    await expect(el).to.be.accessible();
    el.src = backend;
    await waitForPart(el, 'figures');
    expect(charts(el).length).to.equal(5);
  });
});
