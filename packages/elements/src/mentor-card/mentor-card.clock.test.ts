// The card's local time stays current from one page-wide minute clock: 1,000 cards in a search
// keep one timer, not 1,000, and each card still renders again when it ticks.
import { Menteo, type Mentor } from '@menteo/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { demoMentor, sandbox } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from './mentor-card.js';

/** Records the minute timers set while `run` runs, and lets them tick by hand. */
async function minuteTimers(run: (ticks: (() => void)[]) => Promise<void>): Promise<number> {
  const original = window.setInterval;
  const ticks: (() => void)[] = [];
  window.setInterval = ((handler: () => void, timeout?: number) => {
    if (timeout === 60_000) ticks.push(handler);
    return original(handler, timeout);
  }) as typeof window.setInterval;
  try {
    await run(ticks);
  } finally {
    window.setInterval = original;
  }
  return ticks.length;
}

describe('<menteo-mentor-card> local time', () => {
  let mentor: Mentor;
  before(async () => {
    mentor = await new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url }).mentors.retrieve(demoMentor.id);
  });

  it('keeps one minute timer for all the cards of a page, and each card renders again at its tick', async () => {
    let renders: number[] = [];
    const timers = await minuteTimers(async (ticks) => {
      const root = await fixture(html`<div>${[1, 2, 3].map(() => html`<menteo-mentor-card .mentor=${mentor}></menteo-mentor-card>`)}</div>`);
      const cards = [...root.querySelectorAll<MenteoMentorCard>('menteo-mentor-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(ticks).to.have.length(1);
      // Each card's updates, counted from here: one tick renders every card once more.
      renders = cards.map(() => 0);
      for (const [i, card] of cards.entries()) {
        card.addController({
          hostUpdated: () => {
            renders[i]! += 1;
          },
        });
      }
      ticks[0]!();
      await Promise.all(cards.map((card) => card.updateComplete));
    });
    expect(timers).to.equal(1);
    expect(renders).to.deep.equal([1, 1, 1]);
  });
});
