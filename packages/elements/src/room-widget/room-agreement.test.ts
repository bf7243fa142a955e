import type { Menteo, Room } from '@menteo/sdk';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, textOf, waitForPart } from '../../test/support.js';
import { clientFor, focused, keepSeededUnread, roomWidget } from '../../test/room-widget-fixture.js';

keepSeededUnread();

const widget = (person: Person, roomId: string, lang?: string, dir?: string) => roomWidget(person, roomId, 'agreement', lang, dir);

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const signoffs = (el: Element) => parts(el, 'signoff').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const medium = (iso: string, lang = 'en') => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

describe('<menteo-room-widget> agreement', () => {
  let mentee: Menteo;
  let mentor: Menteo;
  let flagship: Room;
  let requested: Room;

  before(async () => {
    mentee = await clientFor('demo-mentee');
    mentor = await clientFor('demo-mentor');
    const mine = (await mentee.rooms.list({ role: 'mentee', limit: 50 })).data;
    flagship = mine.find((r) => r.status === 'active' && r.mentor.id === 'men_demomentor')!;
    requested = mine.find((r) => r.status === 'requested')!;
    expect(flagship.agreement, 'the seeded agreement').to.be.a('string');
  });

  it('shows the agreement as Markdown with both sign-offs and their dates', async () => {
    const room = await mentee.rooms.retrieve(flagship.id);
    const { el } = await widget('demo-mentee', room.id);
    const text = part(el, 'agreement-text')!;
    // Rendered, not shown as source: the seed's "- …" lines are list items.
    expect(text.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(text.textContent).not.to.contain('- ');
    expect(signoffs(el)).to.deep.equal([
      `✓ Signed by ${room.mentee.name} on ${medium(room.agreementSignedAt.mentee!)}`,
      `✓ Signed by ${room.mentor.name} on ${medium(room.agreementSignedAt.mentor!)}`,
    ]);
    expect(part(el, 'agreement-accept')).to.be.null;
    expect(part(el, 'agreement-propose')!.textContent!.trim()).to.equal('Propose a change');
    expect(part(el, 'request-expiry')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('lets one side propose a change by keyboard and the other accept it, firing both events', async () => {
    const before = await mentee.rooms.retrieve(flagship.id);
    const original = before.agreement!;
    try {
      const { el, root } = await widget('demo-mentee', flagship.id);
      part(el, 'agreement-propose')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForPart(el, 'agreement-form');
      await waitUntil(() => focused(el)?.id === 'agreement-draft', 'focus not in the textarea');
      const draft = focused(el) as HTMLTextAreaElement;
      expect(draft.value).to.equal(original);
      await expect(el).to.be.accessible();
      draft.value = '';
      await sendKeys({ type: '- We meet **weekly** until the launch.' });
      const proposed = oneEvent(el, 'menteo-agreement-proposed');
      await sendKeys({ press: 'Tab' }); // Cancel
      await sendKeys({ press: 'Tab' }); // Propose
      expect(focused(el)?.getAttribute('part')).to.equal('agreement-submit');
      await sendKeys({ press: 'Enter' });
      expect((await proposed).detail).to.deep.equal({ roomId: flagship.id, agreement: '- We meet **weekly** until the launch.' });
      await waitUntil(() => !part(el, 'agreement-form'), 'the form stays open');
      expect(part(el, 'agreement-text')!.querySelector('strong')!.textContent).to.equal('weekly');
      const signed = await mentee.rooms.retrieve(flagship.id);
      expect(signed.agreementSignedAt.mentor).to.be.null;
      expect(signoffs(el)).to.deep.equal([
        `✓ Signed by ${signed.mentee.name} on ${medium(signed.agreementSignedAt.mentee!)}`,
        `◔ Awaiting ${signed.mentor.name}`,
      ]);
      // The proposer does not accept their own proposal.
      expect(part(el, 'agreement-accept')).to.be.null;
      await waitUntil(() => focused(el)?.getAttribute('part') === 'agreement-propose', 'focus lost with the form');
      await expect(el).to.be.accessible();
      root.remove();

      // The mentor's widget: Accept, by keyboard.
      const other = await widget('demo-mentor', flagship.id);
      const accept = await waitForPart(other.el, 'agreement-accept');
      expect(signoffs(other.el)[1]).to.equal(`◔ Awaiting ${signed.mentor.name}`);
      await expect(other.el).to.be.accessible();
      const accepted = oneEvent(other.el, 'menteo-agreement-accepted');
      accept.focus();
      await sendKeys({ press: 'Enter' });
      expect((await accepted).detail).to.deep.equal({ roomId: flagship.id });
      await waitUntil(() => !part(other.el, 'agreement-accept'), 'accept stays');
      const both = await mentor.rooms.retrieve(flagship.id);
      expect(both.agreementSignedAt.mentor).to.be.a('string');
      expect(signoffs(other.el)[1]).to.equal(`✓ Signed by ${both.mentor.name} on ${medium(both.agreementSignedAt.mentor!)}`);
      expect(focused(other.el)?.getAttribute('part')).to.equal('agreement-propose');
      await expect(other.el).to.be.accessible();
    } finally {
      // The element tests share one sandbox: the seeded text goes back, signed by both.
      await mentor.rooms.agreement.propose(flagship.id, { agreement: original });
      await mentee.rooms.agreement.accept(flagship.id);
    }
  });

  it('says whom a request waits for and when it expires (14 days after it was made), in Spanish too', async () => {
    const expires = new Date(Date.parse(requested.createdAt) + 14 * 86_400_000).toISOString();
    const { el, root } = await widget('demo-mentee', requested.id);
    expect(part(el, 'request-expiry')!.textContent!.trim()).to.equal(`Awaiting ${requested.mentor.name}, expires ${medium(expires)}`);
    await expect(el).to.be.accessible();
    root.remove();
    const es = await widget('demo-mentee', requested.id, 'es', 'rtl');
    await waitUntil(() => textOf(es.el).includes('Acuerdo'), 'not in Spanish');
    expect(part(es.el, 'request-expiry')!.textContent!.trim()).to.equal(`Pendiente de ${requested.mentor.name}; caduca el ${medium(expires, 'es')}`);
    await expect(es.el).to.be.accessible();
    es.root.remove();
    // The mentor it waits for reads that it waits for their answer.
    const asked = (await mentor.rooms.list({ role: 'mentor', status: ['requested'], limit: 100 })).data.find((r) => r.status === 'requested')!;
    const theirs = await widget('demo-mentor', asked.id);
    const until = new Date(Date.parse(asked.createdAt) + 14 * 86_400_000).toISOString();
    expect(part(theirs.el, 'request-expiry')!.textContent!.trim()).to.equal(`Awaiting your answer, expires ${medium(until)}`);
  });

  it('keeps an ended room’s agreement to read, with nothing to sign or change @no-dates', async () => {
    const ended = (await mentor.rooms.list({ role: 'mentor', status: ['completed'], limit: 100 })).data.find((r) => r.status === 'completed' && r.agreement)!;
    expect(ended, 'a completed seeded room with an agreement').to.exist;
    const { el } = await widget('demo-mentor', ended.id);
    expect(part(el, 'agreement-text')).to.exist;
    expect(part(el, 'agreement-propose')).to.be.null;
    expect(part(el, 'agreement-accept')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a refused proposal with its request id and keeps the draft @no-dates', async () => {
    const realFetch = window.fetch;
    // The API answers a real 409: the proposal reaches it as an accept by the side that signed already.
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !request.url.endsWith('/agreement')) return realFetch(request);
      return realFetch(new Request(`${request.url}/accept`, { method: 'POST', headers: request.headers, body: '{}' }));
    };
    try {
      const { el } = await widget('demo-mentee', flagship.id);
      part(el, 'agreement-propose')!.click();
      const form = await waitForPart(el, 'agreement-form');
      form.querySelector('textarea')!.value = 'Monthly check-ins';
      part(el, 'agreement-submit')!.click();
      const alertOf = () => el.shadowRoot!.querySelector('[part~="agreement"] [role="alert"]');
      await waitUntil(alertOf, 'no error shown');
      const alert = alertOf()!;
      expect(alert.textContent).to.contain('We couldn’t save the agreement');
      expect(alert.textContent).to.match(/Request ID: \S+/);
      expect(part(el, 'agreement-form')!.querySelector('textarea')!.value).to.equal('Monthly check-ins');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
    expect((await mentee.rooms.retrieve(flagship.id)).agreementSignedAt.mentor).to.be.a('string');
  });
});
