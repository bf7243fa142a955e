import { demoToken } from '../capture.js';
import type { Demo } from '../demos.js';

/** The demo mentor: the sandbox's seeded mentor, with requests waiting for him. */
const demoMentorPerson = { externalUserId: 'demo-mentor', name: 'Daniel Okafor' };

/**
 * `<menteo-inbox-badge>` in a provider with a user token: the seeded demo mentor's unread
 * messages and waiting requests. His token is minted, and used, at build time only.
 */
export const demo: Demo = {
  html: '<menteo-provider>\n  <menteo-inbox-badge href="#demo"></menteo-inbox-badge>\n</menteo-provider>',
  note: `A recorded badge: the unread messages and the requests waiting for an answer in ${demoMentorPerson.name}’s mentorship rooms (the sandbox’s seeded mentor) when these docs were built. At zero it shows nothing, and screen readers hear “No unread”.`,
  more: `<p>The badge needs a signed-in person: here the demo script sets the provider’s <code>token</code> property to a made-up <code>${demoToken}</code> that only this replay accepts; a real page gives the provider a <code>getToken</code> function that asks <em>your</em> backend — see <a href="../guides/auth.html#the-token-minting-backend">the token-minting backend</a>. With <code>href</code> the badge is a link; without it, a button that fires <code>menteo-inbox-open</code>.</p>`,
  token: demoToken,
  script: `<script type="module">\n  // The signed-in person's user token, minted by your backend (see the auth guide).\n  document.querySelector('menteo-provider').getToken = () => fetch('/menteo/token').then((r) => r.text());\n</script>`,
  async capture({ signIn }) {
    // What the badge asks with its store (packages/sdk/src/stores/rooms.ts): one page of every room.
    const { client: person } = await signIn(demoMentorPerson);
    await person.rooms.list({ limit: 100 });
  },
};
