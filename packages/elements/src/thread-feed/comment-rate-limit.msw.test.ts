// The comment rate limit of new accounts (429 with a Retry-After in minutes), which the seeded
// sandbox people are too old to meet: the sandbox's answer to the comment, turned into a 429 by msw.
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { replay, startMsw, use } from '../../test/msw.js';
import { part, sandbox, tokenFor } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

async function feed(threadId: string, lang: string) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
      <menteo-thread-feed thread-id=${threadId}></menteo-thread-feed>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-thread-feed')!;
  await waitUntil(() => el.shadowRoot!.querySelector('article'), 'no post', { timeout: 10_000 });
  part<HTMLButtonElement>(el, 'comments-button')!.click();
  await waitUntil(() => part(el, 'comment-input'), 'no comment field');
  return { el, input: part<HTMLTextAreaElement>(el, 'comment-input')! };
}

describe('<menteo-thread-feed> comments with msw', () => {
  startMsw();
  afterEach(() => localStorage.clear());

  for (const [lang, says] of [
    ['en', 'You’re commenting fast — try again in 10 minutes.'],
    ['es', 'Estás comentando muy rápido: inténtalo de nuevo en 10 minutos.'],
  ] as const) {
    it(`says a 429 on a comment in the reader's words (${lang}: "${says}") and keeps the text`, async () => {
      const owner = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
      const thread = await owner.threads.create({ title: `Rate limit ${lang} ${Date.now()}`, visibility: 'public' });
      await owner.threads.posts.create(thread.id, { kind: 'update', body: 'Week 1.' });
      const limited = replay('POST', '/v1/posts/:postId/comments', { status: 429, retryAfter: 600 });
      use(limited.handler);
      const { el, input } = await feed(thread.id, lang);
      input.focus();
      await sendKeys({ type: 'My sixth comment this hour' });
      part<HTMLButtonElement>(el, 'comment-button')!.click();
      await waitUntil(() => part(el, 'comment-form')!.querySelector('[role="alert"]'), 'no refusal shown');
      expect(limited.count).to.equal(1);
      const alert = part(el, 'comment-form')!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('p')!.textContent).to.equal(says);
      expect(input.value).to.equal('My sixth comment this hour');
      await expect(el).to.be.accessible();
    });
  }
});
