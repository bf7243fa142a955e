import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoMentor, part, type Person, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoInboxBadge } from './inbox-badge.js';

MenteoProvider.define('menteo-provider');
MenteoInboxBadge.define('menteo-inbox-badge');

const keyOf = (person: Person) => (person === 'acme-employee' ? 'pk_test_acme' : 'pk_test_demo');
const clientFor = async (person: Person) => new Menteo({ publishableKey: keyOf(person), baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });

interface Options {
  person?: Person;
  href?: string;
  viewerRole?: string;
  lang?: string;
  dir?: string;
}

async function badge({ person, href, viewerRole, lang = 'en', dir = 'ltr' }: Options = {}): Promise<MenteoInboxBadge> {
  const getToken = person ? () => tokenFor(person) : undefined;
  const root = await fixture<HTMLElement>(html`<header lang=${lang} dir=${dir}>
    <button type="button">Menu</button>
    <menteo-provider publishable-key=${keyOf(person ?? 'demo-mentee')} base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-inbox-badge></menteo-inbox-badge>
    </menteo-provider>
  </header>`);
  const el = root.querySelector('menteo-inbox-badge')!;
  if (href) el.href = href;
  if (viewerRole) el.setAttribute('viewer-role', viewerRole);
  return el;
}

/** What the badge must count: unread messages, and requests waiting for the viewer's answer. */
const expected = (rooms: Room[]) => rooms.reduce((n, r) => n + r.unreadCount + (r.status === 'requested' && r.viewerRole === 'mentor' ? 1 : 0), 0);
const label = (el: Element) => part(el, 'badge')?.getAttribute('aria-label');

describe('<menteo-inbox-badge>', () => {
  let mentor: Menteo;
  let acme: Menteo;
  before(async () => {
    mentor = await clientFor('demo-mentor');
    acme = await clientFor('acme-employee');
  });

  it('counts unread messages and the requests waiting for the viewer, as a link', async () => {
    const rooms = (await mentor.rooms.list({ limit: 100 })).data;
    const count = expected(rooms);
    // The seed: Aisha's and Tomás's requests, each with an unread first message.
    expect(count).to.be.at.least(4);
    const el = await badge({ person: 'demo-mentor', href: '/inbox' });
    const link = await waitForPart(el, 'badge');
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/inbox');
    expect(label(el)).to.equal(`${count} unread in your mentorship rooms`);
    expect(part(el, 'count')!.textContent).to.equal(String(count));
    expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is a button without href: Tab reaches it, Enter fires menteo-inbox-open', async () => {
    const el = await badge({ person: 'demo-mentor' });
    const button = await waitForPart(el, 'badge');
    expect(button.localName).to.equal('button');
    (el.parentElement!.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const opened = oneEvent(el, 'menteo-inbox-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows nothing at zero, but still says "No unread"', async () => {
    // The demo mentor mentors only: as a mentee there is nothing.
    const el = await badge({ person: 'demo-mentor', viewerRole: 'mentee', href: '/inbox' });
    const none = await waitForPart(el, 'none');
    expect(none.textContent).to.equal('No unread');
    expect(none.classList.contains('visually-hidden')).to.equal(true);
    expect(part(el, 'badge')).to.be.null;
    expect(part(el, 'base')!.getBoundingClientRect().width, 'nothing to see').to.be.lessThan(2);
    await expect(el).to.be.accessible();
  });

  it('follows new requests and messages live', async () => {
    const el = await badge({ person: 'demo-mentor', href: '/inbox' });
    await waitForPart(el, 'badge');
    const before = expected((await mentor.rooms.list({ limit: 100 })).data);
    expect(label(el)).to.equal(`${before} unread in your mentorship rooms`);
    const room = await acme.rooms.create({ mentorId: demoMentor.id, goal: 'Coach my first direct report', cadence: 'monthly', termWeeks: 8 });
    try {
      // A request waiting for an answer counts once.
      await waitUntil(() => label(el) === `${before + 1} unread in your mentorship rooms`, 'the request did not count', { timeout: 10_000 });
      // A message of the mentee's counts too.
      await acme.rooms.messages.send(room.id, { body: 'Thanks for considering it!' });
      await waitUntil(() => label(el) === `${before + 2} unread in your mentorship rooms`, 'the message did not count', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    } finally {
      await acme.rooms.withdraw(room.id, {});
    }
    // Withdrawn: no longer waiting for an answer (its message stays unread).
    await waitUntil(() => label(el) === `${before + 1} unread in your mentorship rooms`, 'the withdrawn request still counts', { timeout: 10_000 });
  });

  it('speaks Spanish', async () => {
    const el = await badge({ person: 'demo-mentor', lang: 'es', dir: 'rtl' });
    await waitForPart(el, 'badge');
    const count = expected((await mentor.rooms.list({ limit: 100 })).data);
    expect(label(el)).to.equal(`${count} sin leer en tus salas de mentoría`);
    await expect(el).to.be.accessible();
    const none = await badge({ person: 'demo-mentor', viewerRole: 'mentee', lang: 'es' });
    expect((await waitForPart(none, 'none')).textContent).to.equal('Nada sin leer');
  });

  it('asks a signed-out visitor to sign in, and says when nothing is configured', async () => {
    const el = await badge();
    expect((await waitForPart(el, 'sign-in')).textContent).to.equal('Sign in to see your inbox');
    await expect(el).to.be.accessible();
    const bare = await fixture<MenteoInboxBadge>(html`<menteo-inbox-badge></menteo-inbox-badge>`);
    expect(textOf(bare)).to.equal('Menteo is not configured: add a publishable key.');
    await expect(bare).to.be.accessible();
  });
});
