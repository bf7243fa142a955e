// A signed-in reader reports a post: a reason from the contract's list and an optional note, the
// owner sees it, and a second try says it was reported already.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientOf, feedFor, focused, inPost, squash, threadWithPosts } from '../../test/feed-harness.js';

describe('<menteo-thread-feed> report a post', () => {
  it('reports with a reason and a note, by keyboard; the owner sees it; a second try says "already reported"', async () => {
    const { client: owner, thread, posts } = await threadWithPosts('demo-mentee', ['Buy my course at example.com!']);
    const postId = posts[0]!.id;
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentor' });
    const open = inPost<HTMLButtonElement>(el, postId, 'post-report-button')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    const form = () => inPost<HTMLFormElement>(el, postId, 'post-report');
    await waitUntil(() => form() && focused(el) === form()!.querySelector('input'), 'the form did not take focus');
    expect(form()!.getAttribute('aria-label')).to.equal('Report this post');
    expect([...form()!.querySelectorAll('fieldset label')].map((l) => squash(l))).to.deep.equal([
      'Spam or advertising',
      'Harassment',
      'Off topic',
      'Misinformation',
      'Something else',
    ]);
    await expect(el).to.be.accessible();
    // Arrow keys move through the reasons (a radio group), Tab reaches the note.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((form()!.querySelector('input:checked') as HTMLInputElement).value).to.equal('off_topic');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'An ad, not a post.' });
    inPost<HTMLButtonElement>(el, postId, 'post-report-send')!.click();
    await waitUntil(() => inPost(el, postId, 'post-report-sent'), 'no thanks');
    expect(squash(inPost(el, postId, 'post-report-sent'))).to.equal('Thanks: the thread’s owner will see your report.');
    await waitUntil(() => focused(el) === inPost(el, postId, 'post-report-button'), 'focus did not go back to Report');
    expect(squash(inPost(el, postId, 'post-report-button'))).to.equal('Reported');
    const { data: reports } = await owner.threads.reports(thread.id);
    expect(reports.map((r) => ({ postId: r.postId, reason: r.reason, note: r.note, reporter: r.reporter.name }))).to.deep.equal([
      { postId, reason: 'off_topic', note: 'An ad, not a post.', reporter: reports[0]!.reporter.name },
    ]);

    inPost<HTMLButtonElement>(el, postId, 'post-report-button')!.click();
    await waitUntil(() => form(), 'no form the second time');
    expect(squash(form()!.querySelector('.hint'))).to.equal('You already reported this post. Sending again replaces your reason.');
    await expect(el).to.be.accessible();
  });

  it('after a reload, a post the reader reported reads "Reported" (from the API); its form says so, in Spanish too', async () => {
    const { thread, posts } = await threadWithPosts('demo-mentee', ['Buy my course at example.com!', 'Week two: fewer meetings.']);
    const [reported, other] = [posts[0]!.id, posts[1]!.id];
    await (await clientOf('demo-mentor')).posts.report(reported, { reason: 'spam' });
    // A fresh page: nothing of the report is in it but what the API answers.
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentor' });
    await waitUntil(() => inPost(el, reported, 'post-report-button'), 'no Report button');
    expect(squash(inPost(el, reported, 'post-report-button'))).to.equal('Reported');
    expect(squash(inPost(el, other, 'post-report-button'))).to.equal('Report');
    inPost<HTMLButtonElement>(el, reported, 'post-report-button')!.click();
    await waitUntil(() => inPost(el, reported, 'post-report'), 'no form');
    expect(squash(inPost(el, reported, 'post-report')!.querySelector('.hint'))).to.equal('You already reported this post. Sending again replaces your reason.');
    await expect(el).to.be.accessible();
    const { el: es } = await feedFor({ id: thread.id, person: 'demo-mentor', lang: 'es' });
    await waitUntil(() => squash(inPost(es, reported, 'post-report-button')) === 'Denunciado', 'not "Denunciado" in Spanish');
  });
});
