import type { Scenario } from '../internal/scenario.screenshots.js';

/** Step 2 with a need chosen, two skills picked and the keyboard on the third: the chips, their focus ring and the fields. */
const details = `(async () => {
  const finder = document.querySelector('menteo-need-finder');
  const root = finder.shadowRoot;
  root.querySelector('input[value="leadership"]').click();
  await finder.updateComplete;
  root.querySelector('[part~="continue-button"]').click();
  await finder.updateComplete;
  const skills = [...root.querySelectorAll('[part~="skill"] input')];
  skills[0].click();
  skills[2].click();
  await finder.updateComplete;
  skills[3].focus({ focusVisible: true });
})()`;

/** The need finder's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'start', markup: '<menteo-need-finder></menteo-need-finder>', width: 640 },
  { name: 'details', markup: '<menteo-need-finder></menteo-need-finder>', width: 640, interact: details },
  { name: 'sidebar-300', markup: '<menteo-need-finder></menteo-need-finder>', width: 300 },
];
