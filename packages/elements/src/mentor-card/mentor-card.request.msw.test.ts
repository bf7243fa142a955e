// The request dialog on an API 422 naming its fields, and on the 409 of a mentor who takes no one
// now. The client checks what it can (the goal's length, the term); the API's other rules reach
// the person through the 422's pointers. msw asks the sandbox a question its checks would not send
// (a 2,001-character goal, an empty agreement; a mentor who is not accepting) and replays the
// sandbox's own answer: nothing is invented, nothing is created.
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bypass, http } from 'msw';
import { startMsw, use } from '../../test/msw.js';
import { demoMentor, part, sandbox, tokenFor, waitForPart } from '../../test/support.js';
import type { MenteoRequestDialog } from '../internal/request-dialog/request-dialog.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoMentorCard } from './mentor-card.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');

const dialogRoot = (el: MenteoMentorCard) => el.shadowRoot!.querySelector<MenteoRequestDialog>('menteo-request-dialog')?.shadowRoot ?? null;

describe('<menteo-mentor-card> request dialog with msw', () => {
  startMsw();

  it('shows each field the API’s 422 names next to that field, focuses the first, and creates nothing', async () => {
    const mentee = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
    const open = (await mentee.rooms.list({ role: 'mentee', status: ['requested', 'active', 'paused'], limit: 100 })).data;
    const mentor = (await mentee.mentors.search({ limit: 50 })).data.find(
      (m) => m.acceptingRequests && m.capacity.open > 0 && m.id !== demoMentor.id && !open.some((room) => room.mentor.id === m.id),
    )!;
    let answered = 0;
    use(
      http.post(`${sandbox.url}/v1/rooms`, async ({ request }) => {
        const body = { ...((await request.clone().json()) as Record<string, unknown>), goal: 'g'.repeat(2001), agreement: '' };
        const asked = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) });
        answered++;
        return fetch(bypass(asked));
      }),
    );
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-mentor-card mentor-id=${mentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    const el = root.querySelector('menteo-mentor-card')!;
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogRoot(el)?.activeElement?.id === 'goal', 'the dialog did not open on the goal');
    await sendKeys({ type: 'Lead my first team with confidence' });
    dialogRoot(el)!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogRoot(el)!.querySelector('#goal-error'), 'no goal error');
    expect(answered).to.equal(1);
    const shadow = dialogRoot(el)!;
    for (const field of ['goal', 'agreement']) {
      const control = shadow.querySelector(`#${field}`)!;
      expect(control.getAttribute('aria-invalid'), field).to.equal('true');
      expect(control.getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
      expect(shadow.querySelector(`#${field}-error`)!.textContent!.trim(), field).not.to.equal('');
    }
    expect(shadow.querySelector('#termWeeks')!.getAttribute('aria-invalid')).to.equal('false');
    const problem = shadow.querySelector('[part~="request-error"]')!;
    expect(problem.textContent).to.contain('Please correct the fields marked below.');
    expect(problem.textContent).to.match(/Request ID: req_/);
    await waitUntil(() => shadow.activeElement?.id === 'goal', 'the first field to fix is not focused');
    await expect(el.shadowRoot!.querySelector('menteo-request-dialog')!).to.be.accessible();
    expect(part(el, 'request-button'), 'no room, no state').to.exist;
    const after = (await mentee.rooms.list({ role: 'mentee', status: ['requested'], limit: 100 })).data;
    expect(after.some((room) => room.mentor.id === mentor.id)).to.equal(false);
  });
  for (const [lang, says] of [
    ['en', (name: string) => `${name} isn’t taking new mentees right now.`],
    ['es', (name: string) => `${name} no acepta nuevas solicitudes de mentoría por ahora.`],
  ] as const) {
    it(`says "<name> isn’t taking new mentees right now" on the API’s 409 mentor_unavailable, not "already" (${lang})`, async () => {
      // The mentor was full by the time the request arrived: msw asks the sandbox for a mentor
      // who takes no one now and replays its real answer (409 mentor_unavailable).
      const mentee = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
      const open = (await mentee.rooms.list({ role: 'mentee', status: ['requested', 'active', 'paused'], limit: 100 })).data;
      const found = (await mentee.mentors.search({ limit: 50 })).data.filter((m) => m.id !== demoMentor.id && !open.some((room) => room.mentor.id === m.id));
      const mentor = found.find((m) => m.acceptingRequests && m.capacity.open > 0)!;
      const closed = found.find((m) => !m.acceptingRequests || m.capacity.open <= 0);
      expect(closed, 'a mentor who takes no one now in the search').to.exist;
      let answered = 0;
      use(
        http.post(`${sandbox.url}/v1/rooms`, async ({ request }) => {
          const body = { ...((await request.clone().json()) as Record<string, unknown>), mentorId: closed!.id };
          answered++;
          return fetch(bypass(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) })));
        }),
      );
      const root = await fixture<HTMLElement>(html`<div lang=${lang}>
        <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
          <menteo-mentor-card mentor-id=${mentor.id}></menteo-mentor-card>
        </menteo-provider>
      </div>`);
      const el = root.querySelector('menteo-mentor-card')!;
      const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogRoot(el)?.activeElement?.id === 'goal', 'the dialog did not open on the goal');
      await sendKeys({ type: 'Lead my first team with confidence' });
      dialogRoot(el)!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogRoot(el)!.querySelector('[part~="request-error"]'), 'no error shown', { timeout: 10_000 });
      expect(answered).to.equal(1);
      const problem = dialogRoot(el)!.querySelector('[part~="request-error"]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain(says(mentor.name));
      expect(problem.textContent).not.to.match(/already have a request|Ya tienes una solicitud/);
      expect(problem.textContent).to.match(/req_/);
      await expect(el.shadowRoot!.querySelector('menteo-request-dialog')!).to.be.accessible();
      expect(part(el, 'request-button'), 'no room, no state').to.exist;
    });
  }
});
