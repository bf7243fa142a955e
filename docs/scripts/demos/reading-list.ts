import { demoToken } from '../capture.js';
import type { Demo } from '../demos.js';

/** The demo mentee: a seeded reader with saved posts. */
const reader = { externalUserId: 'demo-mentee', name: 'Priya Raman' };

/**
 * `<menteo-reading-list>` in a provider with a user token: the seeded demo mentee's saved posts.
 * Her token is minted, and used, at build time only.
 */
export const demo: Demo = {
  html: '<menteo-provider>\n  <menteo-reading-list></menteo-reading-list>\n</menteo-provider>',
  note: `A recorded reading list: the posts ${reader.name} (a seeded reader of the sandbox) saved when these docs were built, newest saved first, each with its thread and an excerpt. Saving a post in a thread feed on the same page adds it here at once.`,
  more: `<p>The list is private to the reader, so it needs a signed-in person: here the demo script sets the provider’s <code>token</code> property to a made-up <code>${demoToken}</code> that only this replay accepts. A blog signs its readers in with the hosted popup (<code>&lt;meta name="menteo:sign-in" content="popup"&gt;</code>, see <a href="../guides/reader-sign-in.html">reader sign-in</a>); an intranet gives the provider a <code>getToken</code> function that asks its backend.</p>`,
  token: demoToken,
  script: `<script type="module">\n  // The signed-in reader's user token, minted by your backend (see the auth guide).\n  document.querySelector('menteo-provider').getToken = () => fetch('/menteo/token').then((r) => r.text());\n</script>`,
  async capture({ signIn }) {
    // What the list asks with its stores (packages/sdk/src/stores/bookmarks.ts): the first page of
    // the reader's bookmarks, then each thread on it (its title and permalink).
    const { client: person } = await signIn(reader);
    const page = await person.posts.bookmarks();
    for (const threadId of new Set(page.data.map((entry) => entry.post.threadId))) await person.threads.retrieve(threadId);
  },
};
