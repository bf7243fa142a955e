// The owner's tools on each post: who can see it, inline edit (Save / Cancel; a refusal keeps
// the words), delete behind a keyboard-friendly confirmation; a post's link to a roadmap step.
// Readers get none of it.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articleOf, articles, clientOf, feedFor, focused, inPost, refuseWrites, squash, threadWithPosts } from '../../test/feed-harness.js';

describe('<menteo-thread-feed> owner tools', () => {
  it('shows the owner who can see each post, and edits a post inline with Save', async () => {
    const { client, thread, posts } = await threadWithPosts('demo-mentee', ['Words with a typo, teh end.']);
    const postId = posts[0]!.id;
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentee' });
    expect(squash(inPost(el, postId, 'visibility'))).to.equal('Visible to everyone');
    const edit = inPost<HTMLButtonElement>(el, postId, 'post-edit-button')!;
    expect(squash(edit)).to.equal('Edit');
    edit.click();
    // The form loads on first use, then takes the body's place with the focus in its field.
    const field = () => inPost(el, postId, 'post-edit')?.querySelector('textarea');
    await waitUntil(() => field() && focused(el) === field(), 'no edit field focused');
    expect(field()!.value).to.equal('Words with a typo, teh end.');
    expect(inPost(el, postId, 'body')).to.be.null;
    await expect(el).to.be.accessible();
    field()!.select();
    await sendKeys({ type: 'Words without a typo, the end.' });
    inPost<HTMLButtonElement>(el, postId, 'post-edit-send')!.click();
    await waitUntil(() => inPost(el, postId, 'post-edit') === null, 'the form stayed');
    expect(squash(inPost(el, postId, 'body'))).to.equal('Words without a typo, the end.');
    await waitUntil(() => squash(articleOf(el, postId)).includes('(edited)'), 'not marked edited');
    await waitUntil(() => focused(el) === inPost(el, postId, 'post-edit-button'), 'focus did not go back to Edit');
    const stored = await client.posts.retrieve(postId);
    expect(stored.body).to.equal('Words without a typo, the end.');
  });

  it('keeps the words and shows the request id when an edit is refused; Escape cancels', async () => {
    const { client, thread, posts } = await threadWithPosts('demo-mentee', ['Original words.']);
    const postId = posts[0]!.id;
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentee' });
    inPost<HTMLButtonElement>(el, postId, 'post-edit-button')!.click();
    const field = () => inPost(el, postId, 'post-edit')?.querySelector('textarea');
    await waitUntil(() => field() && focused(el) === field(), 'no edit field focused');
    field()!.select();
    await sendKeys({ type: 'Words the API will refuse.' });
    const refusing = refuseWrites();
    try {
      inPost<HTMLButtonElement>(el, postId, 'post-edit-send')!.click();
      await waitUntil(() => inPost(el, postId, 'post-error'), 'no error shown');
    } finally {
      refusing.restore();
    }
    expect(squash(inPost(el, postId, 'post-error'))).to.match(/^We couldn’t save your edit; your words are still here\. Request ID: \S+$/);
    expect(field()!.value).to.equal('Words the API will refuse.');
    await expect(el).to.be.accessible();
    field()!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => inPost(el, postId, 'post-edit') === null, 'Escape did not close the form');
    expect(squash(inPost(el, postId, 'body'))).to.equal('Original words.');
    expect(focused(el)).to.equal(inPost(el, postId, 'post-edit-button'));
    expect((await client.posts.retrieve(postId)).body).to.equal('Original words.');
  });

  it('deletes a post behind a confirmation that starts on "Keep it" and closes with Escape', async () => {
    const { client, thread, posts } = await threadWithPosts('demo-mentee', ['Older post.', 'A post to delete.']);
    const [older, doomed] = [posts[0]!.id, posts[1]!.id];
    const { el } = await feedFor({ id: thread.id, person: 'demo-mentee' });
    const remove = () => inPost<HTMLButtonElement>(el, doomed, 'post-delete-button')!;
    remove().click();
    await waitUntil(() => inPost(el, doomed, 'post-delete'), `no confirmation: ${squash(articleOf(el, doomed))}`);
    await waitUntil(() => focused(el) === inPost(el, doomed, 'post-delete-cancel'), 'the confirmation did not take focus');
    expect(squash(inPost(el, doomed, 'post-delete')!.querySelector('p'))).to.equal('Delete this post? Its comments and reactions go with it.');
    expect(inPost(el, doomed, 'post-delete')!.getAttribute('role')).to.equal('group');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => inPost(el, doomed, 'post-delete') === null, 'Escape did not close it');
    expect(focused(el)).to.equal(remove());
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inPost(el, doomed, 'post-delete-send'), 'no confirmation');
    inPost<HTMLButtonElement>(el, doomed, 'post-delete-send')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => articles(el).length === 1, 'the post is still there');
    expect(articles(el)[0]!.dataset.postId).to.equal(older);
    await waitUntil(() => focused(el) === articleOf(el, older), 'focus did not move to the next post');
    const { data } = await client.threads.posts.list(thread.id);
    expect(data.map((p) => p.id)).to.deep.equal([older]);
  });

  it('gives readers no owner tools: a signed-in reader gets Report, a signed-out one nothing', async () => {
    const { thread, posts } = await threadWithPosts('demo-mentee');
    const postId = posts[0]!.id;
    const reader = await feedFor({ id: thread.id, person: 'demo-mentor' });
    expect(inPost(reader.el, postId, 'post-edit-button')).to.be.null;
    expect(inPost(reader.el, postId, 'post-delete-button')).to.be.null;
    expect(inPost(reader.el, postId, 'visibility')).to.be.null;
    expect(squash(inPost(reader.el, postId, 'post-report-button'))).to.equal('Report');
    const anonymous = await feedFor({ id: thread.id });
    expect(inPost(anonymous.el, postId, 'post-edit-button')).to.be.null;
    expect(inPost(anonymous.el, postId, 'post-report-button')).to.be.null;
  });

  it('renders a post’s link to a roadmap step: "Step N of <roadmap>"', async () => {
    const { client, thread } = await threadWithPosts('demo-mentee', []);
    // The seeded mentee has progress on this roadmap, so may link its steps.
    const roadmap = await client.roadmaps.retrieve('senior-engineer-to-engineering-manager');
    const step = roadmap.steps[2]!;
    const post = await client.threads.posts.create(thread.id, {
      kind: 'milestone',
      body: 'Ran my first 1:1s.',
      link: { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: step.id },
    });
    const { el } = await feedFor({ id: thread.id });
    expect(squash(inPost(el, post.id, 'post-link'))).to.equal(`⇢ Step 3 of ${roadmap.title}`);
    await expect(el).to.be.accessible();
    const reader = await clientOf('demo-mentor');
    expect((await reader.posts.retrieve(post.id)).link).to.deep.include({ stepIndex: 3, roadmapTitle: roadmap.title });
  });
});
