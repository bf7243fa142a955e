// Disjunctive facet counts as the person sees them (#13): within a facet values combine with OR,
// so the count beside an unchecked value is what checking it too would show — checked against
// the API, in Chromium, for three facets. (The sandbox's own proof, every facet and value, is
// packages/sandbox/test/mentor-facets.test.ts.)
import { Menteo, type MentorSearchParams } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { part, sandbox, textOf } from '../../test/support.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoMentorSearch } from './mentor-search.js';

MenteoMentorCard.define('menteo-mentor-card');
MenteoMentorSearch.define('menteo-mentor-search');

const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });

type Facet = 'helpsWith' | 'languages' | 'skills';

const options = (el: MenteoMentorSearch, facet: Facet) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-facet="${facet}"] [part~="facet-option"] input`),
];
/** The count an option announces ("Leadership, 56 mentors"). */
const countOf = (box: HTMLInputElement) => Number(/, ([\d,]+) mentors?$/.exec(box.getAttribute('aria-label') ?? '')![1]!.replace(/,/g, ''));
const countText = (el: MenteoMentorSearch) => part(el, 'count')?.textContent?.trim() ?? '';

async function settled(el: MenteoMentorSearch, count?: number): Promise<void> {
  await waitUntil(
    () =>
      !!part(el, 'results') &&
      !part(el, 'results')!.classList.contains('busy') &&
      (count === undefined || countText(el) === `${count} ${count === 1 ? 'mentor' : 'mentors'}`),
    `not settled: "${textOf(el).slice(0, 200)}"`,
    { timeout: 10_000 },
  );
}

/** Checks a value, returning the filters the element then searched with. */
async function check(el: MenteoMentorSearch, box: HTMLInputElement): Promise<MentorSearchParams> {
  const changed = oneEvent(el, 'menteo-search-change');
  box.click();
  return (await changed).detail;
}

describe('<menteo-mentor-search> facet counts', () => {
  for (const facet of ['helpsWith', 'languages', 'skills'] satisfies Facet[]) {
    it(`${facet}: with one value checked, another's count is what checking it too shows, and the facet's own counts stay`, async () => {
      const el = await fixture<MenteoMentorSearch>(html`<menteo-mentor-search publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-mentor-search>`);
      await waitUntil(() => options(el, facet).length >= 2, `no ${facet} options`, { timeout: 10_000 });
      await settled(el);
      const [first, second] = options(el, facet);
      const before = options(el, facet).map(countOf);
      const searched = await check(el, first!);
      const checked = searched[facet] as string[];
      expect(checked).to.have.length(1);
      await settled(el, countOf(first!));
      // Its own facet is counted without its own selection: nothing moved.
      expect(options(el, facet).map(countOf)).to.deep.equal(before);
      // The second value's count is what it finds alone in its facet (the API's own total), not
      // the mentors who have both (the old, conjunctive count, which checking it would then exceed).
      const secondCount = countOf(options(el, facet)[1]!);
      const more = await check(el, options(el, facet)[1]!);
      const both = more[facet] as string[];
      expect(both).to.have.length(2);
      const added = both.find((value) => !checked.includes(value))!;
      const alone = (await client.mentors.search({ [facet]: [added], limit: 1 })).totalCount;
      expect(secondCount, `${facet} ${added} showed ${secondCount}`).to.equal(alone);
      // Checking it too adds its mentors (OR): the results are what the API finds for both.
      const together = (await client.mentors.search({ [facet]: both, limit: 1 })).totalCount;
      expect(together).to.be.at.least(Math.max(alone, countOf(first!)));
      await settled(el, together);
      expect(second!.checked).to.equal(true);
    });
  }
});
