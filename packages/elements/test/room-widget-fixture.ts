// What the room widget's journey tests share (room-agreement, -goals, -meet, -past, -review): the
// elements defined, an SDK client and a signed-in widget for a seeded person, and a page that keeps
// the flagship's seeded unread messages unread for room-widget.test.ts, which runs later on the
// same sandbox (a read marker never moves back).
import { Menteo } from '@menteo/sdk';
import { fixture, html } from '@open-wc/testing';
import { MenteoProvider } from '../src/provider/menteo-provider.js';
import { MenteoRoomWidget } from '../src/room-widget/room-widget.js';
import { type Person, sandbox, tokenFor, waitForPart } from './support.js';

MenteoProvider.define('menteo-provider');
MenteoRoomWidget.define('menteo-room-widget');

/** The publishable key of a person's organization. */
const keyOf = (person: Person) => (person === 'acme-employee' ? 'pk_test_acme' : 'pk_test_demo');

/** An SDK client signed in as `person`, for what a test sets up through the API. */
export const clientFor = async (person: Person) => new Menteo({ publishableKey: keyOf(person), baseUrl: sandbox.url, token: await tokenFor(person) });

/** For the file's tests, answers the widget's "mark as read" with the room as it is (registers mocha hooks). */
export function keepSeededUnread(): void {
  const pageFetch = window.fetch;
  before(() => {
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      const read = request.method === 'POST' && new URL(request.url).pathname.endsWith('/read');
      return pageFetch(read ? new Request(request.url.replace(/\/read$/, ''), { headers: request.headers }) : request);
    };
  });
  after(() => {
    window.fetch = pageFetch;
  });
}

/** A room widget signed in as `person`, in a host of the given language and direction, once its `ready` part shows. */
export async function roomWidget(person: Person, roomId: string, ready: string, lang = 'en', dir = 'ltr') {
  const root = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} class="host">
    <menteo-provider publishable-key=${keyOf(person)} base-url=${sandbox.url} .getToken=${() => tokenFor(person)}>
      <menteo-room-widget room-id=${roomId}></menteo-room-widget>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-room-widget')!;
  await waitForPart(el, ready);
  return { root, el };
}

/** The element focused inside `el`'s shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
