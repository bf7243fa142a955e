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

// comments: replies, editing, the report form, the owner's moderation, locked (COMMENTS #12). The
// states that need writing are shot on a thread of the signed-in person's own, started in the
// page, so the seeded thread the other scenarios show stays as seeded.
/** In the page: API calls as the signed-in person, waiting for things, opening a post's comments. */
const commentKit = `
  const root = () => document.querySelector('menteo-thread-feed').shadowRoot;
  const provider = document.querySelector('menteo-provider');
  const api = async (method, path, body) => (await fetch(provider.baseUrl + path, {
    method, headers: { authorization: 'Bearer ' + provider.token, 'content-type': 'application/json' }, body: JSON.stringify(body),
  })).json();
  const until = async (find) => { for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50)); return find(); };
  const openComments = async () => {
    const button = await until(() => [...root().querySelectorAll('[part~="comments-button"]')].find((b) => !b.textContent.trim().startsWith('0')));
    button.click();
    return until(() => root().querySelector('[part~="comment-actions"], [part~="comments-locked"]'));
  };
  const conversation = async (locked) => {
    const thread = await api('POST', '/v1/threads', { title: 'Learning to give talks', visibility: 'public' });
    const post = await api('POST', '/v1/threads/' + thread.id + '/posts', { kind: 'question', body: 'How do you prepare a talk you only give once?' });
    const first = await api('POST', '/v1/posts/' + post.id + '/comments', { body: 'Rehearse the first two minutes out loud until they are boring.' });
    await api('POST', '/v1/posts/' + post.id + '/comments', { body: 'And record one run-through: painful, but it works.', parentId: first.id });
    await api('POST', '/v1/posts/' + post.id + '/comments', { body: 'A friend in the front row helps too.', parentId: first.id });
    if (locked) await api('PATCH', '/v1/posts/' + post.id, { commentsLocked: true });
    const feed = document.querySelector('menteo-thread-feed');
    feed.threadId = thread.id;
    await until(() => root().querySelector('article'));
    // The live stream, reopened for this thread, may hand over the comments' events again: count from the API.
    await new Promise((r) => setTimeout(r, 600));
    await feed.refetch();
  };`;
/** A comment state: `steps` run in the page after `commentKit`. */
const comments = (steps: string) => `(async () => {${commentKit}\n${steps}\n})()`;
const press = (action: string) =>
  `(await until(() => root().querySelector('[data-action="${action}"]'))).click(); await until(() => root().querySelector('.comment-panel'));`;

// feed: follow, labelled reactions and Save, the owner's edit, a linked post, the report form (FEED #12).
/** In the page: the feed's shadow root, waiting for a part, and API calls as the signed-in person. */
const feedKit = `
  const root = () => document.querySelector('menteo-thread-feed').shadowRoot;
  const until = async (find) => { for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50)); return find(); };
  const partOf = (name) => until(() => root().querySelector('[part~="' + name + '"]'));
  const provider = document.querySelector('menteo-provider');
  const api = async (method, path, body) => (await fetch(provider.baseUrl + path, {
    method, headers: { authorization: 'Bearer ' + provider.token, 'content-type': 'application/json' }, body: JSON.stringify(body),
  })).json();`;
/** A feed state: `steps` run in the page after `feedKit`. */
const feedSteps = (steps: string) => `(async () => {${feedKit}\n${steps}\n})()`;
/** Follows the thread (unless the reader already does) and saves the newest post. */
const followAndSave = feedSteps(`
  const follow = await partOf('follow-button');
  if (follow.getAttribute('aria-pressed') !== 'true') follow.click();
  (await partOf('reaction-bookmark')).click();
  await until(() => follow.getAttribute('aria-pressed') === 'true' && root().querySelector('[part~="reaction-bookmark"][aria-pressed="true"]'));`);
/** Keyboard focus on the first reaction: its tooltip shows. */
const reactionTip = feedSteps(`(await partOf('reaction-cheer')).focus();`);
/** Keyboard focus on the last reaction (Save, the longest tooltip): it opens toward the start, inside the feed. */
const saveTip = feedSteps(`(await partOf('reaction-bookmark')).focus();`);
/** Opens the owner's inline edit of the newest post. */
const editing = feedSteps(`(await partOf('post-edit-button')).click(); await partOf('post-edit');`);
/** Opens a reader's report form on the newest post. */
const reporting = feedSteps(`(await partOf('post-report-button')).click(); await partOf('post-report');`);
/** Starts a thread of the signed-in person's with a post linked to a step of their roadmap, and shows it. */
const linkedPost = feedSteps(`
  const roadmap = await api('GET', '/v1/roadmaps/senior-engineer-to-engineering-manager');
  const thread = await api('POST', '/v1/threads', { title: 'Becoming a manager', visibility: 'public' });
  await api('POST', '/v1/threads/' + thread.id + '/posts', {
    kind: 'milestone', body: 'Ran my first **skip-level** meeting: fewer slides, more questions.',
    link: { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: roadmap.steps[2].id },
  });
  document.querySelector('menteo-thread-feed').threadId = thread.id;
  await partOf('post-link');`);

// links: the owner's composer with its "Link to…" picker (LINKS #12). On a thread of her own,
// started in the page: a step of her roadmap picked, a post half written. The second shows the
// choices as the open select lists them (a native select's popup is not in a page screenshot,
// so the shot draws it as a list box).
const composerLink = (listed: boolean) =>
  feedSteps(`
  const thread = await api('POST', '/v1/threads', { title: 'Becoming a manager', visibility: 'public' });
  document.querySelector('menteo-thread-feed').threadId = thread.id;
  // The new thread's composer, not the seeded thread's shown before it.
  await until(() => root().querySelector('[part~="title"]')?.textContent === thread.title);
  const select = await until(() => root().querySelector('[part~="composer-link"]'));
  const step = [...select.options].find((o) => o.textContent.trim().startsWith('Step 3')) ?? select.options[1];
  select.value = step.value;
  select.dispatchEvent(new Event('change'));
  const body = root().querySelector('[part~="composer-body"]');
  body.value = 'Ran my first skip-level meeting: fewer slides, more questions.';
  body.dispatchEvent(new Event('input'));
  if (${listed}) { select.size = 9; select.focus(); }`);

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
  // comments (COMMENTS #12)
  { name: 'comments-replies', markup: feed(), width: 560, person: 'demo-mentor', interact: comments('await conversation(); await openComments();') },
  {
    name: 'comments-editing',
    markup: feed(),
    width: 560,
    person: 'demo-mentor',
    interact: comments(`await conversation(); await openComments(); ${press('edit')}`),
  },
  { name: 'comments-report', markup: feed('limit="2"'), width: 560, person: 'demo-mentor', interact: comments(`await openComments(); ${press('report')}`) },
  { name: 'comments-owner', markup: feed('limit="2"'), width: 560, person: 'demo-mentee', interact: comments(`await openComments(); ${press('block')}`) },
  { name: 'comments-locked', markup: feed(), width: 560, person: 'demo-mentee', interact: comments('await conversation(true); await openComments();') },
  // feed (FEED #12): the seeded thread's follow and Save last, so the scenarios before show it as seeded
  { name: 'reactions-labelled', markup: feed('limit="1"'), width: 420, interact: reactionTip },
  { name: 'compact-300-save-tip', markup: feed('compact limit="1"'), width: 300, interact: saveTip },
  { name: 'owner-editing', markup: feed('limit="2"'), width: 560, person: 'demo-mentee', interact: editing },
  { name: 'post-link', markup: feed(), width: 560, person: 'demo-mentee', interact: linkedPost },
  { name: 'report-form', markup: feed('limit="1"'), width: 560, person: 'demo-mentor', interact: reporting },
  { name: 'follow-saved', markup: feed('limit="2"'), width: 560, person: 'demo-mentor', interact: followAndSave },
  // links (LINKS #12)
  { name: 'composer-link', markup: feed('limit="1"'), width: 560, person: 'demo-mentee', interact: composerLink(false) },
  { name: 'composer-link-options', markup: feed('limit="1"'), width: 560, person: 'demo-mentee', interact: composerLink(true) },
];
