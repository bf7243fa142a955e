// Browser only. What the element tests of several packages (the elements' own, the React
// wrappers') read the same way: where the test run's sandbox is, the seeded demo mentor, and
// what an element's shadow root shows.

declare global {
  interface Window {
    /** Set by the test page (test/support/wtr-sandbox.mjs): the sandbox's URL, one where nothing listens, and whether this is a date lane of `pnpm run test:dates`. */
    __MENTEO__: { url: string; closedUrl: string; dateLane: boolean };
  }
}

/**
 * The sandbox's URL, and one where nothing listens.
 *
 * @example new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url })
 */
export const sandbox = window.__MENTEO__;

/** The seeded demo mentor. */
export const demoMentor = { id: 'men_demomentor', name: 'Daniel Okafor' } as const;

/**
 * The text an element's shadow root shows, whitespace collapsed.
 *
 * @example textOf(card).includes(demoMentor.name)
 */
export const textOf = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * One part of an element's shadow root.
 *
 * @example part<HTMLButtonElement>(card, 'action')?.click()
 */
export const part = <T extends Element = HTMLElement>(element: Element, name: string): T | null =>
  element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/**
 * Waits until a part is rendered (checked every 50 ms, as @open-wc/testing's `waitUntil` does).
 *
 * @example const name = await waitForPart(card, 'name');
 */
export async function waitForPart<T extends Element = HTMLElement>(element: Element, name: string, timeout = 10_000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (let found = part<T>(element, name); !found; found = part<T>(element, name)) {
    if (performance.now() > deadline) throw new Error(`no [part~="${name}"] in <${element.localName}>: "${textOf(element)}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return part<T>(element, name) as T;
}
