import type { Scenario } from '../internal/scenario.screenshots.js';

/** Runs in the page: the search's shadow root. */
const search = "document.querySelector('menteo-mentor-search').shadowRoot";
/** Opens "More filters". */
const openMore = `${search}.querySelector('[part~="more-toggle"]').click()`;
/** Types into the skills facet's box, as a person would (one input event). */
const filterSkills = (text: string) =>
  `(() => { const box = ${search}.querySelector('[data-facet="skills"] [part~="facet-search"]'); box.value = ${JSON.stringify(text)}; box.dispatchEvent(new Event('input')); })()`;

/** The mentor search's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: '<menteo-mentor-search page-size="6"></menteo-mentor-search>', width: 1100 },
  { name: 'preset-leadership', markup: '<menteo-mentor-search helps-with="leadership" page-size="4"></menteo-mentor-search>', width: 900 },
  { name: 'sidebar-300', markup: '<menteo-mentor-search page-size="2" variant="compact"></menteo-mentor-search>', width: 300 },
  { name: 'empty', markup: '<menteo-mentor-search q="zzzz-nothing-matches-this"></menteo-mentor-search>', width: 900 },
  { name: 'loading', markup: '<menteo-mentor-search page-size="6"></menteo-mentor-search>', width: 900, api: 'hang' },
  { name: 'error', markup: '<menteo-mentor-search></menteo-mentor-search>', width: 900, api: 'down' },
  // "More filters" open with three of its filters set, and their chips above the results.
  {
    name: 'more-filters',
    markup:
      '<menteo-mentor-search page-size="4" helps-with="leadership" free-only min-rating="4" time-zone="America/Bogota" time-zone-window="3"></menteo-mentor-search>',
    width: 1100,
    interact: openMore,
  },
  // A query and values of several facets as chips, with "Clear all".
  {
    name: 'chips',
    markup:
      '<menteo-mentor-search page-size="2" q="engineering" languages="en" seniority="director,senior" accepting-requests available-within-days="14" mentoring-style="directive"></menteo-mentor-search>',
    width: 900,
  },
  // The skills facet narrowed to what is typed, a checked skill kept in view.
  { name: 'facet-search', markup: '<menteo-mentor-search page-size="2" skills="python"></menteo-mentor-search>', width: 900, interact: filterSkills('design') },
  // Narrow: the chips wrap above the results, the filters behind their toggle.
  {
    name: 'chips-360',
    markup: '<menteo-mentor-search page-size="1" variant="compact" helps-with="leadership" free-only min-rating="4.5"></menteo-mentor-search>',
    width: 360,
  },
];
