// @menteo/elements/ssr in Node: the thread feed, roadmap stepper and mentor card rendered to
// Declarative Shadow DOM from an in-process sandbox's data (fetched with the SDK), their text in
// the HTML, and the state the browser seeds its stores with carried beside it, unbreakable by
// the data's own text. The browser side (hydration, no second fetch, live) is test/e2e/ssr-blog.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSandbox, type Sandbox } from '@menteo/sandbox';
import { testClock } from '@menteo/sandbox/testing';
import { MenteoCore, Roadmaps, Threads, type Post } from '@menteo/sdk';
import {
  attributesHtml,
  fetchMentorCardState,
  fetchRoadmapStepperState,
  fetchThreadFeedState,
  renderMentorCard,
  renderRoadmapStepper,
  renderThreadFeed,
  stateScript,
  type PageState,
} from '../src/ssr/index.js';

const baseUrl = 'https://api.menteo.test';
const publishableKey = 'pk_test_demo';
const threadId = 'thr_learningtolead';
const roadmapId = 'senior-engineer-to-engineering-manager';
let sandbox: Sandbox;
let core: MenteoCore;

before(() => {
  sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: testClock() });
  core = new MenteoCore({ publishableKey, baseUrl, fetch: async (input, init) => sandbox.app.fetch(new Request(input as RequestInfo, init)) });
});
after(() => sandbox.close());

/** The text a reader sees in the markup: no comments (Lit's part markers), no tags, no styles or scripts. */
const textOf = (markup: string): string =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

/** A run of a post's plain words (its Markdown up to the first markup character). */
const plainStart = (post: Post): string =>
  post.body
    .split(/[*_`[\]#>\n]/)
    .find((part) => part.trim().length >= 12)!
    .trim();

/** The state carried in the markup, as the browser reads it. */
const carried = (markup: string): PageState => JSON.parse(/<script type="application\/json" data-menteo-state>([\s\S]*?)<\/script>/.exec(markup)![1]!);

describe('@menteo/elements/ssr', () => {
  it('renders a thread feed with its title and every post of its first page in a declarative shadow root', async () => {
    const threads = new Threads(core);
    const [thread, page] = await Promise.all([threads.retrieve(threadId), threads.posts.list(threadId)]);
    assert.ok(page.data.length > 8, 'more posts than a first screenful');
    const markup = await renderThreadFeed(await fetchThreadFeedState(core, { threadId }), { threadId, publishableKey, baseUrl });
    assert.match(
      markup,
      /^<!--lit-part [^>]*--><menteo-thread-feed [^>]*thread-id="thr_learningtolead"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    const text = textOf(markup);
    assert.ok(text.includes(thread.title), 'the title');
    assert.ok(text.includes(thread.owner.name), 'the owner');
    for (const post of page.data) {
      assert.ok(markup.includes(`data-post-id="${post.id}"`), `post ${post.id} rendered`);
      assert.ok(text.includes(plainStart(post)), `the text of ${post.id}: ${plainStart(post)}`);
    }
    assert.doesNotMatch(markup, /part="skeleton"/, 'no placeholder: the data was there');
  });

  it('carries the thread and its first page for the browser’s stores, keyed as the stores key them', async () => {
    const state = await fetchThreadFeedState(core, { threadId });
    const markup = await renderThreadFeed(state, { threadId, publishableKey, baseUrl, compact: true, limit: 5 });
    assert.match(
      markup,
      /<menteo-thread-feed +thread-id="thr_learningtolead" publishable-key="pk_test_demo" base-url="https:\/\/api\.menteo\.test" compact limit="5">/,
    );
    const read = carried(markup);
    assert.deepEqual(
      read.entries.map((entry) => entry.key),
      [
        ['thread', threadId],
        ['threadPosts', threadId],
      ],
    );
    assert.deepEqual(read, JSON.parse(JSON.stringify(state)));
    assert.equal((markup.match(/data-post-id=/g) ?? []).length, 5, 'limit: 5 posts');
  });

  it('renders the roadmap’s steps and the mentor’s card', async () => {
    const roadmap = await new Roadmaps(core).retrieve(roadmapId);
    const stepper = await renderRoadmapStepper(await fetchRoadmapStepperState(core, { roadmapId }), { roadmapId, publishableKey, baseUrl });
    assert.match(stepper, /<template shadowroot="open" shadowrootmode="open">/);
    const steps = textOf(stepper);
    assert.ok(steps.includes(roadmap.title));
    for (const step of roadmap.steps) assert.ok(steps.includes(step.title), step.title);

    const mentorState = await fetchMentorCardState(core, { mentorId: 'men_demomentor' });
    const card = await renderMentorCard(mentorState, { mentorId: 'men_demomentor', publishableKey, baseUrl, variant: 'compact' });
    assert.match(card, /<menteo-mentor-card [^>]*variant="compact"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    const mentor = mentorState.entries[0]!.data as { name: string; title: string };
    assert.ok(textOf(card).includes(mentor.name));
  });

  it('keeps the data’s own text from ending the state script or an attribute', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const script = stateScript({ entries: [{ key: ['thread', 'thr_x'], data: { title: hostile } }] });
    assert.equal(script.match(/<\/script>/g)?.length, 1, 'only the closing tag');
    const json = script.slice('<script type="application/json" data-menteo-state>'.length, -'</script>'.length);
    assert.ok(!json.includes('<'), 'no "<" inside: neither </script> nor <!-- can end or bend the script');
    assert.deepEqual(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, '')).entries[0].data.title, hostile);
    assert.equal(
      attributesHtml({ threadId: '"><img src=x onerror=alert(1)>', compact: true, limit: undefined, theme: undefined }),
      'thread-id="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" compact',
    );
  });
});
