// Helpers of the browser tests: where the sandbox is, how to sign a seeded person in, how to
// read what an element shows, and how to put shared sandbox state back.
import type { Menteo, RoadmapProgress } from '@menteo/sdk';
import { waitUntil } from '@open-wc/testing';

declare global {
  interface Window {
    /** Set by web-test-runner.config.mjs. */
    __MENTEO__: { url: string; closedUrl: string };
  }
}

/** The sandbox's URL, and one where nothing listens. */
export const sandbox = window.__MENTEO__;

/** The seeded demo mentor. */
export const demoMentor = { id: 'men_demomentor', name: 'Daniel Okafor' } as const;

/** The text an element's shadow root shows, whitespace collapsed. */
export const textOf = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One part of an element's shadow root. */
export const part = <T extends Element = HTMLElement>(element: Element, name: string): T | null =>
  element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** Waits until a part is rendered. */
export async function waitForPart<T extends Element = HTMLElement>(element: Element, name: string, timeout = 10_000): Promise<T> {
  await waitUntil(() => part(element, name), `no [part~="${name}"] in <${element.localName}>: "${textOf(element)}"`, { timeout });
  return part<T>(element, name)!;
}

/** The batched mentor requests the page sent since the last `clearRequests()` (seen by Resource Timing). */
export const mentorBatchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/v1\/mentors\?/.test(url) && /[?&]ids=/.test(url));

export const clearRequests = (): void => performance.clearResourceTimings();

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
