// The comment section of <menteo-thread-feed> against the real sandbox: replies, edit and delete,
// what each reader may do, live changes from other people, reports and the owner's moderation.
// Each test makes its own thread (blocks and locks must not leak into other tests).
import { Menteo, type Thread } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { liveFor, part, type Person, sandbox, tokenFor } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

const clientOf = async (person: Person) => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });
let seq = 0;
const unique = (what: string) => `${what} (comment test ${Date.now()}-${++seq})`;

/** A fresh public thread of the demo mentee's with one post, and a comment on it by `commenter`. */
async function conversation(commenter: Person = 'acme-employee') {
  const owner = await clientOf('demo-mentee');
  const thread = await owner.threads.create({ title: unique('Comments'), visibility: 'public' });
  const post = await owner.threads.posts.create(thread.id, { kind: 'question', body: 'How do you run a retro?' });
  const author = await clientOf(commenter);
  const comment = await author.posts.comments.create(post.id, { body: unique('Start with what went well') });
  return { owner, author, thread, post, comment };
}

/** A feed of `thread` inside a provider, signed in as `person` (anonymous without). */
async function feed(thread: Thread, person?: Person, page: { lang?: string; dir?: string } = {}) {
  const getToken = person ? () => tokenFor(person) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${page.lang ?? 'en'} dir=${page.dir ?? 'ltr'}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-thread-feed thread-id=${thread.id}></menteo-thread-feed>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-thread-feed')!;
  await waitUntil(() => el.shadowRoot!.querySelector('article'), 'no post', { timeout: 10_000 });
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const countButton = (el: Element) => part<HTMLButtonElement>(el, 'comments-button')!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Opens the first post's comments and waits for them. */
async function openComments(el: Element) {
  countButton(el).click();
  await waitUntil(() => part(el, 'comment-form') || part(el, 'sign-in-required') || part(el, 'comments-locked'), 'comments not shown', { timeout: 10_000 });
}
/** The comment (its `<li>`) whose text contains `text`. */
const commentWith = (el: Element, text: string) =>
  all(el, '[part~="comment"]').find((li) => li.querySelector(':scope > .comment-body')?.textContent?.includes(text));
/** A comment's own action button (not one of its replies'). */
const action = (li: HTMLElement, name: string) => li.querySelector<HTMLButtonElement>(`:scope > [part~="comment-actions"] [data-action="${name}"]`);
const actionsOf = (li: HTMLElement) => [...li.querySelectorAll<HTMLButtonElement>(':scope > [part~="comment-actions"] button')].map((b) => b.dataset.action);
/** Presses a button from the keyboard. */
async function press(el: Element, button: HTMLElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el) !== button || !button.isConnected || el.shadowRoot!.querySelector('.comment-panel'), 'nothing opened');
}

describe('<menteo-thread-feed> comments', () => {
  afterEach(() => localStorage.clear());

  it('shows replies under their comment; Reply opens a field (focus in, Escape back), a reply to a reply goes to the top-level comment', async () => {
    const { author, post, thread, comment } = await conversation();
    const first = await author.posts.comments.create(post.id, { body: unique('A first reply'), parentId: comment.id });
    const el = await feed(thread, 'demo-mentor');
    await openComments(el);
    await waitUntil(() => commentWith(el, first.body) && action(commentWith(el, comment.body)!, 'reply'), 'reply or its buttons not shown');
    const top = commentWith(el, comment.body)!;
    const replies = top.querySelector(':scope > [part~="replies"]')!;
    expect(replies.getAttribute('aria-label')).to.equal(`Replies to ${comment.author.name}`);
    expect(replies.contains(commentWith(el, first.body)!)).to.equal(true);
    expect(countButton(el).textContent!.trim()).to.equal('2 comments');

    // Reply: focus moves into the field; Escape closes it and gives focus back.
    const reply = action(top, 'reply')!;
    await press(el, reply);
    await waitUntil(() => focused(el)?.localName === 'textarea', 'focus not in the reply field');
    expect(part(el, 'reply-form')!.textContent).to.contain(`Reply to ${comment.author.name}`);
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Draft that goes away' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'reply-form') && focused(el) === reply, 'Escape did not close and return focus');

    // Replying to the reply: the field opens under the top-level comment, and the API's parent is it.
    await press(el, action(commentWith(el, first.body)!, 'reply')!);
    await waitUntil(() => focused(el)?.localName === 'textarea', 'focus not in the reply field');
    expect(top.contains(part(el, 'reply-form'))).to.equal(true);
    const text = unique('Thanks, trying it Friday');
    await sendKeys({ type: text });
    part<HTMLButtonElement>(el, 'reply-form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => commentWith(el, text), 'reply not shown');
    expect(replies.contains(commentWith(el, text)!)).to.equal(true);
    expect(part(el, 'reply-form')).to.be.null;
    await waitUntil(() => countButton(el).textContent!.trim() === '3 comments', 'count not updated');
    const { data } = await author.posts.comments.list(post.id);
    expect(data.find((c) => c.body === text)!.parentId).to.equal(comment.id);
  });

  it('shows others’ comments, replies, edits, deletions and the owner’s hiding live, and keeps the count live with the list closed', async () => {
    const { owner, author, thread, post, comment } = await conversation();
    const el = await feed(thread, 'demo-mentor');
    await liveFor(thread.id);
    // Closed: the count follows.
    const second = await author.posts.comments.create(post.id, { body: unique('Another thought') });
    await waitUntil(() => countButton(el).textContent!.trim() === '2 comments', 'count not live with the list closed');
    await openComments(el);
    const reply = await author.posts.comments.create(post.id, { body: unique('A live reply'), parentId: comment.id });
    await waitUntil(() => commentWith(el, comment.body)!.querySelector(':scope > [part~="replies"]')?.textContent?.includes(reply.body), 'reply not live');
    await waitUntil(() => countButton(el).textContent!.trim() === '3 comments', 'count not live');
    const edited = unique('Another thought, edited');
    await author.posts.comments.update(second.id, { body: edited });
    await waitUntil(() => commentWith(el, edited)?.querySelector('.edited')?.textContent === '(edited)', 'edit not live');
    await author.posts.comments.delete(second.id);
    await waitUntil(() => !commentWith(el, edited) && countButton(el).textContent!.trim() === '2 comments', 'deletion not live');
    // The owner hides the comment: it leaves the reader's page with its reply.
    await owner.posts.comments.hide(comment.id);
    await waitUntil(() => !commentWith(el, comment.body) && !commentWith(el, reply.body), 'hidden comment still shown');
    await waitUntil(() => countButton(el).textContent!.trim() === '0 comments', 'count not lowered by the hide');
  });

  it('lets a reader edit their own comment inline ("(edited)"); a refused edit keeps the text and says why, with the request id', async () => {
    const { owner, thread, post } = await conversation();
    const mine = await (await clientOf('demo-mentor')).posts.comments.create(post.id, { body: unique('My first take') });
    const el = await feed(thread, 'demo-mentor');
    await openComments(el);
    await waitUntil(() => commentWith(el, mine.body) && action(commentWith(el, mine.body)!, 'edit'), 'no Edit on my comment');
    const li = commentWith(el, mine.body)!;
    const edit = action(li, 'edit')!;
    await press(el, edit);
    await waitUntil(() => focused(el)?.localName === 'textarea', 'focus not in the edit field');
    const field = focused(el) as HTMLTextAreaElement;
    expect(field.value).to.equal(mine.body);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', on second thought' });
    await sendKeys({ press: 'Tab' }); // Cancel
    await sendKeys({ press: 'Tab' }); // Save
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => commentWith(el, `${mine.body}, on second thought`)?.querySelector('.edited'), 'edit not shown with "(edited)"');
    expect(part(el, 'edit-form')).to.be.null;
    await waitUntil(() => focused(el)?.dataset.action === 'edit', 'focus not back on Edit');

    // Blocked meanwhile, the author may no longer edit: the words stay, the reason is theirs to read.
    const me = mine.author.id;
    await owner.threads.block(thread.id, me);
    await press(el, action(commentWith(el, mine.body)!, 'edit')!);
    await waitUntil(() => focused(el)?.localName === 'textarea', 'focus not in the edit field');
    await sendKeys({ type: ' (again)' });
    part(el, 'edit-form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'edit-form')?.querySelector('[role="alert"]'), 'no refusal shown');
    const alert = part(el, 'edit-form')!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The thread’s owner has blocked you from commenting here.');
    // A request id is base64url (`-` and `_` too): `\w+` failed on one that went on with `-`.
    expect(alert.textContent).to.match(/Request ID: req_[\w-]{16}/);
    expect(part<HTMLTextAreaElement>(el, 'edit-form')!.querySelector('textarea')!.value).to.equal(`${mine.body}, on second thought (again)`);
    await expect(el).to.be.accessible();
    await owner.threads.unblock(thread.id, me);
  });

  it('deletes one’s own comment after a confirmation in the page (Escape cancels); no Delete on others’ comments for a reader', async () => {
    const { thread, post, comment } = await conversation();
    const mine = await (await clientOf('demo-mentor')).posts.comments.create(post.id, { body: unique('Posted by mistake') });
    const el = await feed(thread, 'demo-mentor');
    await openComments(el);
    await waitUntil(() => commentWith(el, mine.body) && action(commentWith(el, mine.body)!, 'delete'), 'no Delete on my comment');
    // Someone else's: report only (no edit, delete, hide or block for a reader who does not own the thread).
    expect(actionsOf(commentWith(el, comment.body)!)).to.deep.equal(['reply', 'report']);
    expect(actionsOf(commentWith(el, mine.body)!)).to.deep.equal(['reply', 'edit', 'delete']);

    const del = action(commentWith(el, mine.body)!, 'delete')!;
    await press(el, del);
    await waitUntil(() => part(el, 'confirm') && focused(el)?.textContent === 'Delete', 'focus not on the confirmation');
    expect(part(el, 'confirm')!.textContent).to.contain('Delete this comment? Its replies go with it.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'confirm') && focused(el) === del, 'Escape did not cancel');
    expect(commentWith(el, mine.body)).to.exist;
    await press(el, del);
    await waitUntil(() => focused(el)?.textContent === 'Delete' && part(el, 'confirm'), 'no confirmation');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !commentWith(el, mine.body), 'comment not deleted');
    await waitUntil(() => countButton(el).textContent!.trim() === '1 comment', 'count not lowered');
    await waitUntil(() => focused(el) === countButton(el), 'focus not on the comments button');
    const { data } = await (await clientOf('demo-mentor')).posts.comments.list(post.id);
    expect(data.map((c) => c.id)).to.deep.equal([comment.id]);
    // Signed out: the comments, and none of the buttons.
    const anonymous = await feed(thread);
    await openComments(anonymous);
    await waitUntil(() => commentWith(anonymous, comment.body), 'anonymous: no comment');
    expect(all(anonymous, '[part~="comment-actions"]')).to.have.length(0);
  });

  it('lets a reader report a comment once (reason and note); a second time says it is already reported', async () => {
    const { owner, thread, comment } = await conversation();
    const el = await feed(thread, 'demo-mentor');
    await openComments(el);
    await waitUntil(() => commentWith(el, comment.body) && action(commentWith(el, comment.body)!, 'report'), 'no Report');
    const report = action(commentWith(el, comment.body)!, 'report')!;
    await press(el, report);
    await waitUntil(() => part(el, 'report-form') && focused(el)?.localName === 'select', 'focus not on the reason');
    const select = focused(el) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['spam', 'harassment', 'off_topic', 'misinformation', 'other']);
    expect([...select.options].map((o) => o.textContent)).to.include('Harassment');
    await expect(el).to.be.accessible();
    select.value = 'off_topic';
    select.dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Course advert' });
    part(el, 'report-form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => part(el, 'comment-notice'), 'no thanks');
    expect(part(el, 'comment-notice')!.textContent).to.contain('Thanks: the thread’s owner will see your report.');
    await waitUntil(() => focused(el)?.textContent === 'Close', 'focus not on Close');
    await expect(el).to.be.accessible();
    const { data: reports } = await owner.threads.reports(thread.id);
    expect(reports.map((r) => [r.commentId, r.reason, r.note])).to.deep.equal([[comment.id, 'off_topic', 'Course advert']]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !part(el, 'comment-notice') && focused(el) === report, 'Close did not return focus');
    expect(report.textContent!.trim()).to.equal('Reported');
    report.click();
    await waitUntil(() => part(el, 'comment-notice'), 'no notice');
    expect(part(el, 'comment-notice')!.textContent).to.contain('You already reported this comment.');
    expect(part(el, 'report-form')).to.be.null;
  });

  it('lets the owner hide a comment (marked "Hidden" for them, gone live for a reader) and show it again', async () => {
    const { thread, comment } = await conversation();
    const reader = await feed(thread, 'demo-mentor');
    await openComments(reader);
    await waitUntil(() => commentWith(reader, comment.body), 'reader: no comment');
    await liveFor(thread.id);
    const el = await feed(thread, 'demo-mentee');
    await openComments(el);
    await waitUntil(() => commentWith(el, comment.body) && action(commentWith(el, comment.body)!, 'hide'), 'owner: no Hide');
    expect(actionsOf(commentWith(el, comment.body)!)).to.deep.equal(['reply', 'delete', 'report', 'hide', 'block']);
    action(commentWith(el, comment.body)!, 'hide')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => commentWith(el, comment.body)?.querySelector('[part~="hidden-mark"]'), 'not marked hidden');
    expect(commentWith(el, comment.body)!.getAttribute('part')).to.equal('comment comment-hidden');
    await waitUntil(() => focused(el)?.dataset.action === 'unhide', 'focus not on Show again');
    expect(focused(el)!.textContent!.trim()).to.equal('Show again');
    await waitUntil(() => countButton(el).textContent!.trim() === '0 comments', 'owner count keeps the hidden comment');
    await expect(el).to.be.accessible();
    await waitUntil(() => !commentWith(reader, comment.body), 'still shown to the reader');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => commentWith(el, comment.body) && !commentWith(el, comment.body)!.querySelector('[part~="hidden-mark"]'), 'still hidden');
    await waitUntil(() => commentWith(reader, comment.body), 'not back for the reader');
  });

  it('lets the owner lock a post’s comments ("Comments are locked" instead of the field) and unlock them', async () => {
    const { thread } = await conversation();
    const el = await feed(thread, 'demo-mentee');
    await openComments(el);
    await waitUntil(() => part(el, 'lock-button'), 'no lock button for the owner');
    const lock = part<HTMLButtonElement>(el, 'lock-button')!;
    expect(lock.textContent!.trim()).to.equal('Lock comments');
    lock.click();
    await waitUntil(() => part(el, 'comments-locked'), 'not locked');
    expect(part(el, 'comments-locked')!.textContent).to.equal('Comments are locked.');
    expect(part(el, 'comment-form')).to.be.null;
    expect(part(el, 'lock-button')!.textContent!.trim()).to.equal('Unlock comments');
    await expect(el).to.be.accessible();
    // A reader's page loaded now: no field, no Reply.
    const reader = await feed(thread, 'demo-mentor');
    await openComments(reader);
    expect(part(reader, 'comments-locked')).to.exist;
    await waitUntil(() => all(reader, '[data-action="report"]').length, 'the reader’s buttons not shown');
    expect(all(reader, '[data-action="reply"]')).to.have.length(0);
    expect(part(reader, 'lock-button')).to.be.null;
    part<HTMLButtonElement>(el, 'lock-button')!.click();
    await waitUntil(() => part(el, 'comment-form'), 'not unlocked');
  });

  it('after a reload, a comment the reader reported reads "Reported" (from the API) and pressing it says so', async () => {
    const { thread, comment } = await conversation();
    await (await clientOf('demo-mentor')).posts.comments.report(comment.id, { reason: 'spam' });
    const el = await feed(thread, 'demo-mentor');
    await openComments(el);
    await waitUntil(() => commentWith(el, comment.body) && action(commentWith(el, comment.body)!, 'report'), 'no Report');
    const report = action(commentWith(el, comment.body)!, 'report')!;
    expect(report.textContent!.trim()).to.equal('Reported');
    report.click();
    await waitUntil(() => part(el, 'comment-notice'), 'no notice');
    expect(part(el, 'comment-notice')!.textContent).to.contain('You already reported this comment.');
    expect(part(el, 'report-form')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('a reader with the page open sees the owner’s lock live (no comment field, no Reply) and the unlock (the field again)', async () => {
    const { owner, thread, post, comment } = await conversation();
    const reader = await feed(thread, 'demo-mentor');
    await openComments(reader);
    await waitUntil(() => part(reader, 'comment-form'), 'no comment field for the reader');
    await waitUntil(() => commentWith(reader, comment.body) && action(commentWith(reader, comment.body)!, 'reply'), 'no Reply');
    await liveFor(thread.id);
    await owner.posts.update(post.id, { commentsLocked: true });
    await waitUntil(() => part(reader, 'comments-locked'), 'the lock did not reach the open page', { timeout: 10_000 });
    expect(part(reader, 'comment-form')).to.be.null;
    expect(action(commentWith(reader, comment.body)!, 'reply')).to.be.null;
    await expect(reader).to.be.accessible();
    await owner.posts.update(post.id, { commentsLocked: false });
    await waitUntil(() => part(reader, 'comment-form'), 'the unlock did not reach the open page', { timeout: 10_000 });
    expect(part(reader, 'comments-locked')).to.be.null;
  });

  it('lets the owner block a comment’s author after a confirmation; the blocked reader is told why and keeps their text', async () => {
    const { thread, comment } = await conversation('demo-mentor');
    const el = await feed(thread, 'demo-mentee');
    await openComments(el);
    await waitUntil(() => commentWith(el, comment.body) && action(commentWith(el, comment.body)!, 'block'), 'no Block');
    await press(el, action(commentWith(el, comment.body)!, 'block')!);
    await waitUntil(() => part(el, 'confirm') && focused(el)?.textContent === 'Block', 'focus not on the confirmation');
    expect(part(el, 'confirm')!.textContent).to.contain(`Block ${comment.author.name} from this thread?`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'comment-notice'), 'no notice');
    expect(part(el, 'comment-notice')!.textContent).to.contain(`${comment.author.name} is blocked from this thread.`);

    const reader = await feed(thread, 'demo-mentor');
    await openComments(reader);
    const input = part<HTMLTextAreaElement>(reader, 'comment-input')!;
    input.focus();
    await sendKeys({ type: 'Why was I blocked?' });
    part<HTMLButtonElement>(reader, 'comment-button')!.click();
    await waitUntil(() => part(reader, 'comment-form')!.querySelector('[role="alert"]'), 'no refusal');
    expect(part(reader, 'comment-form')!.textContent).to.contain('The thread’s owner has blocked you from commenting here.');
    expect(input.value).to.equal('Why was I blocked?');
    await expect(reader).to.be.accessible();
    // Undone from the notice: the reader may comment again.
    [...part(el, 'comment-notice')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Unblock')!.click();
    await waitUntil(() => !part(el, 'comment-notice'), 'block not undone');
    part<HTMLButtonElement>(reader, 'comment-button')!.click();
    await waitUntil(() => commentWith(reader, 'Why was I blocked?'), 'comment refused after unblock');
  });

  it('in Spanish, right to left: the section’s words, and replies indented from the start side', async () => {
    const { author, post, thread, comment } = await conversation();
    await author.posts.comments.create(post.id, { body: unique('Una respuesta'), parentId: comment.id });
    const el = await feed(thread, 'demo-mentor', { lang: 'es', dir: 'rtl' });
    await openComments(el);
    await waitUntil(() => commentWith(el, comment.body)?.querySelector('[part~="replies"]') && action(commentWith(el, comment.body)!, 'reply'), 'no replies');
    const top = commentWith(el, comment.body)!;
    expect(getComputedStyle(top.querySelector('.comment-body')!).direction, 'a comment in English keeps its own direction').to.equal('ltr');
    expect(action(top, 'reply')!.textContent).to.equal('Responder');
    expect(action(top, 'report')!.textContent).to.equal('Denunciar');
    const replies = top.querySelector<HTMLElement>(':scope > [part~="replies"]')!;
    expect(replies.getAttribute('aria-label')).to.equal(`Respuestas a ${comment.author.name}`);
    const style = getComputedStyle(replies);
    expect(parseFloat(style.paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(style.paddingLeft)).to.equal(0);
    expect(style.borderRightWidth).to.equal('2px');
    await press(el, action(top, 'report')!);
    await waitUntil(() => part(el, 'report-form'), 'no report form');
    expect(part(el, 'report-form')!.textContent).to.contain('Denunciar este comentario');
    await expect(el).to.be.accessible();
  });
});
