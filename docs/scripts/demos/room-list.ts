import { demoToken } from '../capture.js';
import type { Demo } from '../demos.js';

/** The demo mentor: the sandbox's seeded mentor, with rooms in every status. */
const demoMentorPerson = { externalUserId: 'demo-mentor', name: 'Daniel Okafor' };

/**
 * `<menteo-room-list>` in a provider with a user token: the seeded demo mentor's inbox, with
 * the requests waiting for him first. His token is minted, and used, at build time only.
 */
export const demo: Demo = {
  html: '<menteo-provider>\n  <menteo-room-list viewer-role="mentor"></menteo-room-list>\n</menteo-provider>',
  note: `A recorded inbox: ${demoMentorPerson.name}’s mentorship rooms (the sandbox’s seeded mentor, with rooms in every status) as he saw them when these docs were built — the requests waiting for his answer first, then every room, newest activity first, with its status, unread messages, last message and next session.`,
  more: `<p>Rooms are private to their two participants, so the list needs a signed-in person. Here the demo script sets the provider’s <code>token</code> property to a made-up <code>${demoToken}</code> that only this replay accepts; a real page gives the provider a <code>getToken</code> function that asks <em>your</em> backend — see <a href="../guides/auth.html#the-token-minting-backend">the token-minting backend</a>. The replay saves nothing: Accept and Decline are refused with a <code>403</code> <code>demo_read_only</code> problem, which the list shows with its request id. Set <code>room-href="/rooms/{roomId}"</code> to make each room a link, or listen for <code>menteo-room-select</code>.</p>`,
  token: demoToken,
  script: `<script type="module">\n  // The signed-in person's user token, minted by your backend (see the auth guide).\n  document.querySelector('menteo-provider').getToken = () => fetch('/menteo/token').then((r) => r.text());\n  document.querySelector('menteo-room-list').addEventListener('menteo-room-select', (event) => {\n    location.href = \`/rooms/\${event.detail.roomId}\`;\n  });\n</script>`,
  async capture({ signIn }) {
    // What the list asks with its stores (packages/sdk/src/stores/rooms.ts): the requests waiting
    // for the mentor, and his rooms as mentor (the first page of each).
    const { client: person } = await signIn(demoMentorPerson);
    await person.rooms.list({ status: ['requested'], role: 'mentor' });
    await person.rooms.list({ role: 'mentor' });
  },
};
