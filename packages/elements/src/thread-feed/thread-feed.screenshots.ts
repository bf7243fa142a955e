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

// readers: the owner's reports panel, open (READERS #12). On a thread of the owner's own, started in
// the page, where she comments and reports herself (the page holds only her token): the seeded
// thread keeps no report.
const reportsOpen = `(async () => {
  const provider = document.querySelector('menteo-provider');
  const api = async (method, path, body) => (await fetch(provider.baseUrl + path, {
    method, headers: { authorization: 'Bearer ' + provider.token, 'content-type': 'application/json' }, body: JSON.stringify(body),
  })).json();
  const until = async (find) => { for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50)); return find(); };
  const thread = await api('POST', '/v1/threads', { title: 'Learning to give talks', visibility: 'public' });
  const post = await api('POST', '/v1/threads/' + thread.id + '/posts', { kind: 'question', body: 'How do you prepare a talk you only give once?' });
  const comment = await api('POST', '/v1/posts/' + post.id + '/comments', { body: 'Great course on public speaking, 50% off today at example.com!' });
  await api('PUT', '/v1/comments/' + comment.id + '/report', { reason: 'spam', note: 'The same link under every post.' });
  const feed = document.querySelector('menteo-thread-feed');
  feed.threadId = thread.id;
  // The new thread's panel (the feed shows its skeleton between the two threads: a new panel then).
  const panel = () => [feed.shadowRoot.querySelector('menteo-thread-reports')].find((el) => el?.threadId === thread.id)?.shadowRoot;
  const toggle = () => panel()?.querySelector('[part~="reports-toggle"]');
  (await until(() => toggle()?.textContent.includes('(1)') && toggle())).click();
  await until(() => panel().querySelector('[part~="report-actions"]'));
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
  { name: 'owner-reports', markup: feed('limit="1"'), width: 560, person: 'demo-mentee', interact: reportsOpen },
];
