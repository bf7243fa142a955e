// Helpers of the browser tests: where the sandbox is, how to sign a seeded person in, how to
// read what an element shows, and how to put shared sandbox state back.
import { expect, waitUntil } from '@open-wc/testing';
import type { Menteo, RoadmapProgress } from '@menteo/sdk';
import { part } from '@menteo/test-support/elements';
import type { MenteoMentorCard } from '../src/mentor-card/mentor-card.js';

/** Where the sandbox is, the demo mentor, reading a shadow root: shared with the React wrappers' tests. */
export { demoMentor, part, sandbox, textOf, waitForPart } from '@menteo/test-support/elements';

/** The batched mentor requests the page sent since the last `clearRequests()` (seen by Resource Timing). */
export const mentorBatchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/v1\/mentors\?/.test(url) && /[?&]ids=/.test(url));

export const clearRequests = (): void => performance.clearResourceTimings();

/**
 * The event streams the page opened (the SDK subscribes with `fetch`), recorded from the moment
 * this module loads: a stream counts once the API answered its request, and stays open until its
 * request is aborted (how the SDK closes one).
 */
const streams: { url: string; open: boolean }[] = [];
const pageFetch = window.fetch;
window.fetch = async (input, init) => {
  const response = await pageFetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('/v1/events') && response.ok) {
    const stream = { url, open: true };
    streams.push(stream);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.addEventListener('abort', () => (stream.open = false), { once: true });
  }
  return response;
};

/**
 * Waits until the page has a live subscription naming `id` (a thread's): a test that needs
 * another person's write to arrive live writes only after that, not after a guessed pause.
 *
 * @example `await liveFor(thread.id); await client.threads.posts.create(thread.id, post);`
 */
export const liveFor = (id: string): Promise<void> =>
  waitUntil(() => streams.some((stream) => stream.url.includes(id)), `no live subscription for ${id}`, { timeout: 10_000 });

/** How many event streams the page has opened so far: the mark {@link liveSince} counts from. */
export const streamMark = (): number => streams.length;

/**
 * Waits until a stream opened after `mark` is answered and still open. A room's events come on
 * the signed-in person's own stream, whose URL names no room, and an earlier test's stream for
 * the same person may still be open: what counts is one the element under test opened.
 *
 * @example `const mark = streamMark(); const el = await fixture(…); await liveSince(mark);`
 */
export const liveSince = (mark: number): Promise<void> =>
  waitUntil(() => streams.slice(mark).some((stream) => stream.open), 'no live subscription opened', { timeout: 10_000 });

/**
 * Where `text` inside `container` starts on screen (its left edge), its first occurrence or its
 * last: how a test checks the order words are shown in, e.g. an English line on a right-to-left page.
 */
export function leftOfText(container: Element, text: string, occurrence: 'first' | 'last' = 'first'): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  if (occurrence === 'last') nodes.reverse();
  for (const node of nodes) {
    const at = occurrence === 'first' ? node.textContent!.indexOf(text) : node.textContent!.lastIndexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no "${text}" in ${container.textContent}`);
}

/**
 * Each card's mentor id and its name (`name-link`: a link with `profile-href`, else a button),
 * once every card has rendered: how a search or a need finder is checked to pass the pattern on.
 */
export async function cardNameLinks(cards: readonly MenteoMentorCard[]): Promise<{ id: string; link: HTMLElement }[]> {
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards.map((card) => ({ id: card.mentor!.id, link: part<HTMLElement>(card, 'name-link')! }));
}

/**
 * Checks that there are cards, and that each one's name is a link to `/people/<its mentor's id>`
 * (the tests' `profile-href="/people/{id}"`).
 */
export function expectPeopleLinks(linked: readonly { id: string; link: HTMLElement }[]): void {
  expect(linked).to.not.be.empty;
  for (const { id, link } of linked) {
    expect(link.localName, id).to.equal('a');
    expect((link as HTMLAnchorElement).href).to.match(new RegExp(`/people/${encodeURIComponent(id)}$`));
  }
}

/** A seeded person the page's "backend" (the wtr config) can sign in. */
export type Person = 'demo-mentee' | 'demo-mentor' | 'acme-employee';

/** A fresh user token for a seeded person, minted by the wtr config (the page's "backend"). */
export const tokenFor = async (person: Person = 'demo-mentee'): Promise<string> => (await fetch(`/__menteo/token?person=${person}`)).text();

/**
 * Puts a person's progress on a roadmap back, step by step, as it was in `seeded`: the element
 * tests share one sandbox, so a test that changes progress restores it for the next test and file.
 */
export async function restoreProgress(client: Menteo, roadmap: string, seeded: RoadmapProgress): Promise<void> {
  const now = await client.roadmaps.progress.retrieve(roadmap);
  for (const step of seeded.steps) {
    const was = now.steps.find((s) => s.stepId === step.stepId)!;
    if (was.state !== step.state || was.note !== step.note) await client.roadmaps.progress.update(roadmap, step.stepId, { state: step.state, note: step.note });
  }
}
