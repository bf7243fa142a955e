// A test page's clock, moved to the sandbox's: the sandbox runs at `MENTEO_NOW` (or the suites'
// fixed instant), and an element that asks "what time is it?" — the room widget's upcoming
// sessions, a card's local time — must get the same answer as the API it talks to. The page
// keeps real time passing (timers, animations, performance.now() are untouched); only the
// date it reads is shifted, by the offset between the two clocks.

/**
 * The script that shifts `Date` (no arguments, and `Date.now()`) in a page by `offsetMs`.
 * Inline it before any other script (web-test-runner's test page) or pass it to Playwright's
 * `addInitScript`.
 *
 * @param {number} offsetMs The sandbox's clock minus this machine's, in milliseconds.
 * @returns {string}
 */
export function pageClockScript(offsetMs) {
  if (!Number.isFinite(offsetMs)) throw new RangeError(`pageClockScript needs a finite offset (got ${offsetMs})`);
  return `(() => {
  const offset = ${Math.round(offsetMs)};
  if (offset === 0) return;
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  class SandboxDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + offset);
      else super(...args);
    }
    static now() {
      return realNow() + offset;
    }
  }
  globalThis.Date = SandboxDate;
})();`;
}
