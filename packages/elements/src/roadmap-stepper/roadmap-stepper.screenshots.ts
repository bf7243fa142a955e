import type { Scenario } from '../internal/scenario.screenshots.js';

const stepper = '<menteo-roadmap-stepper roadmap-id="your-first-90-days-as-a-tech-lead"></menteo-roadmap-stepper>';

const popupStepper = '<menteo-roadmap-stepper roadmap-id="your-first-90-days-as-a-tech-lead" sign-in="popup"></menteo-roadmap-stepper>';

/** Resolves once the stepper shows `part` (the interaction's end, for the shot). */
const until = (part: string) => `await new Promise((resolve) => {
  const look = () => document.querySelector('menteo-roadmap-stepper').shadowRoot.querySelector('[part~="${part}"]') ? resolve() : setTimeout(look, 50);
  look();
});`;

/**
 * A reader signs in through the hosted popup, played in the page: the harness's token for the
 * person (handed to the provider) becomes what \`/oauth/token\` answers, the provider lets go of
 * it, and the popup is a frame whose answer the page receives as the callback page would post it.
 */
const popupSignIn = `(async () => {
  const provider = document.querySelector('menteo-provider');
  const token = provider.token;
  provider.token = undefined;
  await provider.updateComplete;
  const api = new URL(provider.baseUrl).origin;
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  let opened;
  window.open = (url) => ((opened = new URL(url)), frame.contentWindow);
  const fetchFromPage = window.fetch;
  window.fetch = (input, init) =>
    String(input).endsWith('/oauth/token')
      ? Promise.resolve(Response.json({ access_token: token, refresh_token: 'ort_shot', user_id: 'usr_demomentee' }))
      : fetchFromPage(input, init);
  const stepper = document.querySelector('menteo-roadmap-stepper');
  ${until('sign-in-button')}
  stepper.shadowRoot.querySelector('[part~="sign-in-button"]').click();
  await new Promise((resolve) => { const wait = () => (opened ? resolve() : setTimeout(wait, 20)); wait(); });
  window.dispatchEvent(new MessageEvent('message', { origin: api, source: frame.contentWindow, data: { type: 'menteo:oauth', code: 'oac_shot', state: opened.searchParams.get('state') } }));
  ${until('account')}
})()`;

/** The reader closed the popup before answering: the stepper's short message. */
const popupClosed = `(async () => {
  window.open = () => ({ closed: true });
  ${until('sign-in-button')}
  document.querySelector('menteo-roadmap-stepper').shadowRoot.querySelector('[part~="sign-in-button"]').click();
  ${until('sign-in-error')}
})()`;

/** The roadmap stepper's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'anonymous', markup: stepper, width: 720 },
  { name: 'signed-in', markup: stepper, width: 720, person: 'demo-mentee' },
  // A reader who signed in through the hosted popup: "Signed in as … · Sign out" under the steps.
  { name: 'popup-signed-in', markup: popupStepper, width: 720, person: 'demo-mentee', interact: popupSignIn },
  { name: 'sign-in-failed', markup: popupStepper, width: 720, interact: popupClosed },
  { name: 'sidebar-300', markup: stepper, width: 300, person: 'demo-mentee' },
  { name: 'loading', markup: stepper, width: 720, api: 'hang' },
  { name: 'error', markup: stepper, width: 720, api: 'down' },
  { name: 'not-found', markup: '<menteo-roadmap-stepper roadmap-id="no-such-roadmap"></menteo-roadmap-stepper>', width: 720 },
];
