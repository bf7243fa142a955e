import type { Scenario } from '../internal/scenario.screenshots.js';

/** Answers the five questions (`leanings` by index: leader, mentor, both, unsure), then Continue. */
const answer = (leanings: string[]) => `
  const finder = document.querySelector('menteo-need-finder');
  const root = finder.shadowRoot;
  const until = async (test) => { for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50)); };
  ${JSON.stringify(leanings)}.forEach((leaning, i) => root.querySelectorAll('[part~="question"]')[i].querySelector('input[value="' + leaning + '"]').click());
  await finder.updateComplete;
  root.querySelector('[part~="continue-button"]').click();
  await finder.updateComplete;`;

/** Step 1 answered halfway, the keyboard on the third question: the chips, their focus ring. */
const questions = `(async () => {
  const finder = document.querySelector('menteo-need-finder');
  const root = finder.shadowRoot;
  root.querySelector('input[name="q-deadlines"][value="leader"]').click();
  root.querySelector('input[name="q-decision"][value="both"]').click();
  await finder.updateComplete;
  root.querySelector('input[name="q-stuck"][value="leader"]').focus({ focusVisible: true });
})()`;

/** Step 2 after a leader-leaning diagnostic: the why, two skills picked, the keyboard on the third. */
const details = `(async () => {
  ${answer(['leader', 'leader', 'mentor', 'leader', 'unsure'])}
  const skills = [...root.querySelectorAll('[part~="skill"] input')];
  skills[0].click();
  skills[2].click();
  await finder.updateComplete;
  skills[3].focus({ focusVisible: true });
})()`;

/** The whole plan: why, ranked mentors with reasons, the roadmap, and (signed in) the thread started. */
const plan = (leanings: string[], goals: string, startThread: boolean) => `(async () => {
  ${answer(leanings)}
  const field = root.querySelector('[part~="goals"]');
  field.value = ${JSON.stringify(goals)};
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  root.querySelector('input[value="delegation"]')?.click();
  await finder.updateComplete;
  root.querySelector('[part~="submit-button"]').click();
  await until(() => root.querySelector('[part~="results"]'));
  if (${startThread}) {
    root.querySelector('[part~="thread-button"]').click();
    await until(() => root.querySelector('[part~="thread-started"]'));
  }
})()`;

const leader = ['leader', 'leader', 'both', 'leader', 'unsure'];
const teamGoals = 'My team missed its last two deadlines; I want to set direction and decide faster.';

/** The need finder's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'start', markup: '<menteo-need-finder></menteo-need-finder>', width: 640 },
  { name: 'questions', markup: '<menteo-need-finder></menteo-need-finder>', width: 640, interact: questions },
  { name: 'details', markup: '<menteo-need-finder></menteo-need-finder>', width: 640, interact: details },
  {
    name: 'plan',
    markup: '<menteo-need-finder roadmap-href="/roadmaps/{slug}" limit="2"></menteo-need-finder>',
    width: 720,
    interact: plan(leader, teamGoals, false),
  },
  {
    name: 'plan-thread-started',
    markup: '<menteo-need-finder roadmap-href="/roadmaps/{slug}" thread-href="/threads/{id}" limit="2"></menteo-need-finder>',
    width: 720,
    person: 'demo-mentee',
    interact: plan(['mentor', 'mentor', 'unsure', 'mentor', 'both'], 'I want to find out who I want to become and grow with more confidence.', true),
  },
  { name: 'sidebar-300', markup: '<menteo-need-finder></menteo-need-finder>', width: 300 },
];
