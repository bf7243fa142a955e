import type { Scenario } from '../internal/scenario.screenshots.js';

const feed = (attrs = '', id = 'thr_learningtolead') => `<menteo-thread-feed thread-id="${id}" ${attrs}></menteo-thread-feed>`;

/** Opens the comments of the first post that has some. */
const openComments = `(async () => {
  const root = document.querySelector('menteo-thread-feed').shadowRoot;
  const button = [...root.querySelectorAll('[part~="comments-button"]')].find((b) => !b.textContent.trim().startsWith('0'));
  button?.click();
})()`;

/** Starts an empty thread as the signed-in person and shows it. */
const emptyThread = `(async () => {
  const provider = document.querySelector('menteo-provider');
  const response = await fetch(provider.baseUrl + '/v1/threads', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + provider.token, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Learning to give talks', visibility: 'public' }),
  });
  document.querySelector('menteo-thread-feed').threadId = (await response.json()).id;
  await new Promise((resolve) => setTimeout(resolve, 600));
})()`;

/** The thread feed's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: feed('limit="3"'), width: 420 },
  { name: 'wide', markup: feed('limit="3"'), width: 720, interact: openComments },
  { name: 'compact-300', markup: feed('compact limit="4"'), width: 300 },
  { name: 'owner', markup: feed('limit="2"'), width: 560, person: 'demo-mentee' },
  { name: 'loading', markup: feed(), width: 420, api: 'hang' },
  { name: 'error', markup: feed(), width: 420, api: 'down' },
  { name: 'not-found', markup: feed('', 'thr_priyaprivate'), width: 420 },
  { name: 'empty', markup: feed('', 'thr_none'), width: 420, person: 'demo-mentor', interact: emptyThread },
];
