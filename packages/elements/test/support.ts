// Helpers of the browser tests: where the sandbox is, and how to read what a card shows.
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
export const part = <T extends Element = HTMLElement>(element: Element, name: string): T | null => element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

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
