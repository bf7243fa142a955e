import type { Menteo, Room } from '@menteo/sdk';
import type { Goal } from '@menteo/sdk/stores';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, textOf } from '../../test/support.js';
import { clientFor, focused, keepSeededUnread, roomWidget } from '../../test/room-widget-fixture.js';

keepSeededUnread();

async function widget(person: Person, roomId: string, lang?: string, dir?: string) {
  const made = await roomWidget(person, roomId, 'goals', lang, dir);
  const { el } = made;
  await waitUntil(() => el.shadowRoot!.querySelector('.goal-list, [part~="goals"] p.muted'), 'goals not loaded');
  return made;
}

const goalItem = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-goal-id="${id}"]`);
const control = (el: Element, id: string, action: string) => goalItem(el, id)?.querySelector<HTMLElement>(`[data-goal-action="${action}"]`) ?? null;
const progressOf = (el: Element, id: string) => goalItem(el, id)!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow');
/** Presses Enter on a control, as a keyboard user who tabbed to it. */
const press = async (el: Element, id: string, action: string) => {
  await waitUntil(() => control(el, id, action), `no ${action} control`);
  control(el, id, action)!.focus();
  await sendKeys({ press: 'Enter' });
};

describe('<menteo-room-widget> goals', () => {
  let mentee: Menteo;
  let flagship: Room;
  let goal: Goal;
  const saved = async () => (await mentee.rooms.goals.list(flagship.id, { limit: 100 })).data.find((g) => g.id === goal.id);

  before(async () => {
    mentee = await clientFor('demo-mentee');
    flagship = (await mentee.rooms.list({ role: 'mentee', status: ['active'], limit: 100 })).data.find(
      (r) => r.status === 'active' && r.mentor.id === 'men_demomentor',
    )!;
  });
  // Each test has a goal of its own, gone after it: the element tests share one sandbox.
  beforeEach(async () => {
    goal = await mentee.rooms.goals.create(flagship.id, { title: 'Coach two engineers to lead a review', progress: 30 });
  });
  afterEach(async () => {
    if (await saved()) await mentee.rooms.goals.delete(flagship.id, goal.id);
  });

  it('edits title, success criteria and target date by keyboard, and fires menteo-goal-changed', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await press(el, goal.id, 'edit');
    await waitUntil(() => focused(el)?.id === `goal-title-${goal.id}`, 'focus not in the title');
    await expect(el).to.be.accessible();
    const form = part<HTMLFormElement>(el, 'goal-form')!;
    (focused(el) as HTMLInputElement).select();
    await sendKeys({ type: 'Coach two engineers to lead reviews' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Both lead a review without me' });
    // A date field takes its date from the keyboard in the page's order; set it as a picker would.
    form.querySelector<HTMLInputElement>('input[type="date"]')!.value = '2027-03-01';
    const changed = oneEvent(el, 'menteo-goal-changed');
    form.querySelector<HTMLElement>('[data-goal-action="save"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.roomId).to.equal(flagship.id);
    expect(detail.goal).to.include({
      id: goal.id,
      title: 'Coach two engineers to lead reviews',
      successCriteria: 'Both lead a review without me',
      targetDate: '2027-03-01',
    });
    await waitUntil(() => !part(el, 'goal-form'), 'form stays open');
    const item = goalItem(el, goal.id)!;
    expect(item.querySelector('[part~="goal-criteria"]')!.textContent).to.equal('Done when: Both lead a review without me');
    expect(item.textContent).to.contain('Target Mar 1, 2027');
    await waitUntil(() => focused(el) === control(el, goal.id, 'edit'), 'focus lost with the form');
    expect(await saved()).to.include({ title: 'Coach two engineers to lead reviews', targetDate: '2027-03-01' });
    await expect(el).to.be.accessible();

    // Clearing the optional fields clears them.
    await press(el, goal.id, 'edit');
    const again = part<HTMLFormElement>(el, 'goal-form')!;
    again.querySelector('textarea')!.value = '';
    again.querySelector<HTMLInputElement>('input[type="date"]')!.value = '';
    again.querySelector<HTMLButtonElement>('[data-goal-action="save"]')!.click();
    await waitUntil(async () => (await saved())?.successCriteria === null, 'criteria not cleared');
    expect((await saved())?.targetDate).to.be.null;
  });

  it('moves progress down and up in any step, by buttons and by a typed number @no-dates', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await press(el, goal.id, 'subtract');
    await waitUntil(() => progressOf(el, goal.id) === '20', 'not shown at once');
    await waitUntil(async () => (await saved())?.progress === 20, 'not saved');
    await press(el, goal.id, 'add');
    await waitUntil(async () => (await saved())?.progress === 30, '+10% not saved');
    const input = control(el, goal.id, 'set') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).to.equal('Progress of “Coach two engineers to lead a review”, in percent');
    input.focus();
    input.select();
    await sendKeys({ type: '37' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => progressOf(el, goal.id) === '37', 'typed value not shown');
    await waitUntil(async () => (await saved())?.progress === 37, 'typed value not saved');
    // Out of range is not sent: the field shows the saved value again.
    input.focus();
    input.select();
    await sendKeys({ type: '140' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => input.value === '37', 'out-of-range value kept');
    expect((await saved())?.progress).to.equal(37);
    await expect(el).to.be.accessible();
  });

  it('marks a goal achieved at 100 %, reopens it, drops it @no-dates', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    const changes: Goal[] = [];
    el.addEventListener('menteo-goal-changed', (e) => changes.push(e.detail.goal));
    await press(el, goal.id, 'achieve');
    await waitUntil(() => goalItem(el, goal.id)?.textContent?.includes('Achieved') && control(el, goal.id, 'reopen'), 'not achieved');
    expect(progressOf(el, goal.id)).to.equal('100');
    await waitUntil(() => changes.length === 1);
    await expect(el).to.be.accessible();
    await press(el, goal.id, 'reopen');
    await waitUntil(() => control(el, goal.id, 'drop'), 'not reopened');
    await press(el, goal.id, 'drop');
    await waitUntil(() => goalItem(el, goal.id)!.classList.contains('goal-dropped'), 'not dropped');
    await waitUntil(() => changes.length === 3);
    expect(changes.map((g) => g.status)).to.deep.equal(['achieved', 'open', 'dropped']);
    expect((await saved())?.status).to.equal('dropped');
    await expect(el).to.be.accessible();
  });

  it('deletes a goal only after an inline question (Keep first), and fires menteo-goal-deleted @no-dates', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await press(el, goal.id, 'delete');
    await waitUntil(() => focused(el) === control(el, goal.id, 'keep'), 'focus not on Keep');
    expect(goalItem(el, goal.id)!.textContent).to.contain('Delete “Coach two engineers to lead a review”? This can’t be undone.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === control(el, goal.id, 'delete'), 'focus not back on Delete');
    expect(await saved()).to.exist;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => control(el, goal.id, 'confirm-delete'));
    const deleted = oneEvent(el, 'menteo-goal-deleted');
    await press(el, goal.id, 'confirm-delete');
    expect((await deleted).detail).to.deep.equal({ roomId: flagship.id, goalId: goal.id });
    await waitUntil(() => !goalItem(el, goal.id), 'still listed');
    expect(await saved()).to.be.undefined;
    expect(focused(el)?.id).to.equal('new-goal');
    await expect(el).to.be.accessible();
  });

  it('puts a refused delete back and shows the request id @no-dates', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    const realFetch = window.fetch;
    // A real 404 from the API: the delete reaches it for a goal that does not exist.
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'DELETE') return realFetch(request);
      return realFetch(new Request(request.url.replace(goal.id, 'goal_doesnotexist0000'), { method: 'DELETE', headers: request.headers }));
    };
    try {
      control(el, goal.id, 'delete')!.click();
      await waitUntil(() => control(el, goal.id, 'confirm-delete'));
      control(el, goal.id, 'confirm-delete')!.click();
      const alertOf = () => el.shadowRoot!.querySelector('[part~="goals"] [role="alert"]');
      await waitUntil(alertOf, 'no error shown');
      expect(alertOf()!.textContent).to.contain('We couldn’t save the goal');
      expect(alertOf()!.textContent).to.match(/Request ID: \S+/);
      await waitUntil(() => goalItem(el, goal.id), 'the goal did not come back');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('lets the mentor change the mentee’s goal too, in Spanish @no-dates', async () => {
    const { el } = await widget('demo-mentor', flagship.id, 'es', 'rtl');
    await waitUntil(() => textOf(el).includes('Objetivos'), 'not in Spanish');
    expect(control(el, goal.id, 'edit')!.getAttribute('aria-label')).to.equal('Editar «Coach two engineers to lead a review»');
    expect(control(el, goal.id, 'subtract')!.getAttribute('aria-label')).to.equal('Restar un 10 % a «Coach two engineers to lead a review»');
    await press(el, goal.id, 'add');
    await waitUntil(async () => (await saved())?.progress === 40, 'the mentor’s change not saved');
    await expect(el).to.be.accessible();
  });

  it('offers no changes once the room has ended @no-dates', async () => {
    const mentor = await clientFor('demo-mentor');
    const ended = (await mentor.rooms.list({ role: 'mentor', status: ['completed'], limit: 100 })).data.find((r) => r.status === 'completed')!;
    const { el } = await widget('demo-mentor', ended.id);
    expect(el.shadowRoot!.querySelector('[data-goal-action]')).to.be.null;
    expect(el.shadowRoot!.querySelector('#new-goal')).to.be.null;
    await expect(el).to.be.accessible();
  });
});
