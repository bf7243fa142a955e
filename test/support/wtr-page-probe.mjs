// What a stalled test page is doing, for the watchdog's report (wtr-watchdog.mjs). A page that
// stops starting and ending tests is either waiting (a test waits on something that never comes,
// or the runner's end of a file hangs) or busy (its main thread in a loop): these lines say which,
// so that a stall seen once in CI can be read afterwards.

const settleWithin = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

/**
 * What the page shows, and where its end of the file is: whether mocha has run every test (its
 * runner and stats, internals of @web/test-runner-mocha and mocha read defensively), and whether
 * the web socket that reports the file's results to the runner is still open. A stall after the
 * last test of a file ended (2026-12-07, once) is mocha not ending, or its results sent into a
 * closed socket (the dev server's `send` drops them silently), or the runner not taking them.
 * Runs in the page: it must not refer to anything outside itself.
 */
function pageState() {
  const page =
    /** @type {{ __WTR_MOCHA_RUNNER__?: { state?: string, total?: number, stats?: { tests?: number, failures?: number, end?: unknown } }, __WDS_WEB_SOCKET__?: { webSocket?: WebSocket } }} */ (
      /** @type {unknown} */ (window)
    );
  const runner = page.__WTR_MOCHA_RUNNER__;
  const stats = runner?.stats;
  const mocha = runner
    ? `mocha ${stats?.end ? 'ended' : (runner.state ?? 'running')}: ${stats?.tests ?? '?'} of ${runner.total ?? '?'} tests run, ${stats?.failures ?? '?'} failed`
    : 'mocha not started';
  const socket = page.__WDS_WEB_SOCKET__?.webSocket;
  const socketState = socket ? ['connecting', 'open', 'closing', 'closed'][socket.readyState] : 'absent';
  return `${document.readyState}, ${document.querySelectorAll('*').length} elements, ${document.body?.textContent?.length ?? 0} characters of text; ${mocha}; the runner's web socket ${socketState}`;
}

/**
 * One line per page web-test-runner has open (its Chrome launchers' active pages, an internal
 * of @web/test-runner-chrome read defensively): its URL, and whether its main thread answers a
 * script within 5 s, with what it then shows.
 *
 * @param {readonly unknown[]} launchers the Chrome launchers this process made (chromium.mjs)
 * @returns {Promise<string[]>}
 */
export async function probePages(launchers) {
  const lines = [];
  for (const launcher of launchers) {
    const pages = /** @type {{ activePages?: Map<string, { puppeteerPage?: import('puppeteer-core').Page }> }} */ (launcher).activePages;
    for (const { puppeteerPage: page } of pages?.values() ?? []) {
      if (!page || page.isClosed()) continue;
      // web-test-runner's test page names only its session; the stall report names the test.
      const file = page.url();
      try {
        const state = await settleWithin(page.evaluate(pageState), 5_000);
        // A busy page cannot be paused to say where: the DevTools protocol's Debugger.enable waits
        // for the main thread too (tried: no pause within 5 s of a loop in script).
        lines.push(
          state
            ? `page ${file}: answers a script (${state}): waiting, not busy`
            : `page ${file}: its main thread does not answer a script within 5 s: busy (a loop in script, style or layout) or hung`,
        );
      } catch (error) {
        lines.push(`page ${file}: could not be probed (${error instanceof Error ? error.message : error})`);
      }
    }
  }
  return lines;
}
