import type { Scenario } from '../internal/scenario.screenshots.js';

const card = (attrs = '') => `<menteo-mentor-card mentor-id="men_demomentor" ${attrs}></menteo-mentor-card>`;

// Opens the built-in request dialog (the provider loads it on the first click), then types a
// goal so the live count shows; with `errors`, also sends a too-short goal to show a field error.
const openDialog = (goal: string) => `(async () => {
  const card = document.querySelector('menteo-mentor-card');
  const wait = async (find) => { for (let i = 0; i < 200 && !find(); i++) await new Promise((r) => setTimeout(r, 25)); return find(); };
  (await wait(() => card.shadowRoot.querySelector('[part~="request-button"]'))).click();
  const dialog = await wait(() => card.shadowRoot.querySelector('menteo-request-dialog')?.shadowRoot?.querySelector('dialog[open]'));
  const field = dialog.querySelector('#goal');
  field.value = ${JSON.stringify(goal)};
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  if (${JSON.stringify(goal)}.length < 10) dialog.querySelector('[part~="send-button"]').click();
})()`;

// The dialog is in the top layer, centred on the viewport: a frame as tall as the viewport holds it.
const tallCard = `<div style="min-height: 860px">${card()}</div>`;

/** The mentor card's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: card(), width: 360 },
  { name: 'compact', markup: card('variant="compact"'), width: 300 },
  { name: 'wide', markup: card(), width: 720 },
  { name: 'loading', markup: card(), width: 360, api: 'hang' },
  { name: 'error', markup: card(), width: 360, api: 'down' },
  { name: 'request-dialog', markup: tallCard, width: 600, person: 'demo-mentee', interact: openDialog('Lead my first team of four with confidence') },
  { name: 'request-dialog-error', markup: tallCard, width: 600, person: 'demo-mentee', interact: openDialog('Lead') },
  { name: 'not-found', markup: '<menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>', width: 360 },
];
