import type { QueryOf } from '@menteo/sdk';
import { demoPerson, demoToken } from '../capture.js';
import type { Demo } from '../demos.js';

const hourMs = 3_600_000;
/**
 * What `<menteo-room-widget>` asks of a room's plan at `now`, as room-widget.ts computes it:
 * upcoming sessions listed `from` the hour before the current one (`#sessionsFrom`), and the
 * mentor's open times from the next full hour for 14 days, in the viewer's zone (`#openBooking`).
 * Those values change with the clock; the replay matches them by name only (`momentParams`).
 *
 * @example `roomWidgetQueries(Date.parse('2026-11-28T00:31:00Z'), 'UTC').sessions.from // '2026-11-27T23:00:00.000Z'`
 */
export function roomWidgetQueries(now = Date.now(), timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone) {
  const start = new Date(Math.ceil(now / hourMs) * hourMs);
  return {
    sessions: {
      status: ['pending', 'accepted'],
      from: new Date(Math.floor(now / hourMs) * hourMs - hourMs).toISOString(),
    } satisfies QueryOf<'listRoomSessions'>,
    /** The past sessions' list (confirmed, completed, no-show; those that ended are shown as past). */
    past: { status: ['accepted', 'completed', 'no_show'] } satisfies QueryOf<'listRoomSessions'>,
    slots: { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone } satisfies QueryOf<'listMentorSlots'>,
  };
}

/** Asks `page` from the first cursor to the last. */
async function everyPage(page: (cursor: string | undefined) => PromiseLike<{ nextCursor: string | null }>): Promise<void> {
  for (let cursor: string | undefined, n = 0; n < 50; n++) {
    cursor = (await page(cursor)).nextCursor ?? undefined;
    if (!cursor) return;
  }
  throw new Error('the room widget demo: more than 50 pages of one list');
}

/**
 * `<menteo-room-widget>` in a provider with a user token: the sandbox's seeded mentee's active
 * room (with the demo mentor), as she sees it. Her token is minted, and used, at build time only.
 */
export const demo: Demo = {
  html: ({ roomId }) => `<menteo-provider>\n  <menteo-room-widget room-id="${roomId}"></menteo-room-widget>\n</menteo-provider>`,
  note: `A recorded room: ${demoPerson.name}’s active mentorship room (the sandbox’s seeded mentee), as she saw it when these docs were built — the room, its goals, upcoming sessions, every page of messages and her mentor’s open times for the two weeks after the build.`,
  more: `<p>A room is private to its mentee and mentor, so the widget needs a signed-in person. Here the demo script sets the provider’s <code>token</code> property to a made-up <code>${demoToken}</code> that only this replay accepts. A real page never writes a token into its markup: it gives the provider a <code>getToken</code> function that asks <em>your</em> backend, which checks its own session and mints a short-lived user token with the secret key — see <a href="../guides/auth.html#the-token-minting-backend">the token-minting backend</a>. The replay saves nothing: sending a message, booking a session, or changing a goal or the room’s status is refused with a <code>403</code> <code>demo_read_only</code> problem, which the widget shows as its own error state, with the request id.</p>`,
  token: demoToken,
  script: `<script type="module">\n  // The signed-in person's user token, minted by your backend (see the auth guide).\n  document.querySelector('menteo-provider').getToken = () => fetch('/menteo/token').then((r) => r.text());\n</script>`,
  async capture({ signIn, found }) {
    // Finding the room is not recorded (the widget is given its id).
    const { client: person, lookup } = await signIn(demoPerson);
    const rooms = await lookup.rooms.list({ status: ['active'], role: 'mentee' });
    const room = rooms.data[0];
    if (!room) throw new Error(`the sandbox has no active room for ${demoPerson.externalUserId} to demo <menteo-room-widget>`);
    // What the widget then asks, with the queries of its stores (packages/sdk/src/stores/rooms.ts,
    // room-plans.ts): the room; every page of its goals (25 a page), upcoming and past sessions and
    // messages (newest first: "Show earlier messages" pages back); and the mentor's open times
    // when "Book a session" opens.
    const queries = roomWidgetQueries();
    await person.rooms.retrieve(room.id);
    // Who the token is (the SDK asks once per token: drafts and unsent messages are per person).
    await person.me.retrieve();
    type GoalQuery = QueryOf<'listRoomGoals'>;
    type SessionQuery = Omit<QueryOf<'listRoomSessions'>, 'cursor'>;
    type MessageQuery = Omit<QueryOf<'listRoomMessages'>, 'cursor'>;
    await everyPage((cursor) => person.rooms.goals.list(room.id, (cursor ? { cursor, limit: 25 } : { limit: 25 }) as GoalQuery));
    await everyPage((cursor) => person.rooms.sessions.list(room.id, (cursor ? { ...queries.sessions, cursor } : queries.sessions) as SessionQuery));
    await everyPage((cursor) => person.rooms.sessions.list(room.id, (cursor ? { ...queries.past, cursor } : queries.past) as SessionQuery));
    await everyPage((cursor) => person.rooms.messages.list(room.id, (cursor ? { cursor } : {}) as MessageQuery));
    await person.mentors.slots(room.mentor.id, queries.slots);
    found.roomId = room.id;
  },
};
