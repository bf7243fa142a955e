// The browser suites' watchdog. A file whose page stops making progress — a page stuck, or every
// test waiting on the network until its timeout — is reported by web-test-runner only when the
// whole file times out (180 s), with neither its tests' names nor their errors nor the page's
// logs. The pages say when each test starts and ends (elements/test/open-wc.ts, with its stream
// checks); this prints at once, in the runner's output, which test it was and what the sandbox
// still has to answer: the network, or the page? test/support/failure-digest.ts repeats these
// lines at the end of a failed phase.

/** How long a page may go without starting or ending a test before it is reported (again after as long). */
export const stallMs = 60_000;

/**
 * What the sandbox has not answered: its open event streams, and each other request with its age.
 *
 * @param {Pick<import('@menteo/test-support/sandbox-host').SandboxHost, 'inFlight'>} host
 */
function unanswered(host) {
  const pending = host.inFlight();
  const requests = pending.filter((request) => !request.stream);
  return `The sandbox has ${pending.length - requests.length} event stream(s) open and ${requests.length} request(s) unanswered${requests
    .map((request) => `\n    ${request.method} ${request.url.slice(0, 120)} waiting ${Math.round(request.ms / 1000)} s`)
    .join('')}`;
}

/**
 * The report of a page that has not started or ended a test for `silentMs`.
 *
 * @param {{ test: string, at: string }} last - The last test heard of, and whether it was `before` (starting) or `after` (ended).
 * @param {number} silentMs
 * @param {Pick<import('@menteo/test-support/sandbox-host').SandboxHost, 'inFlight'>} host
 */
export function stallReport(last, silentMs, host) {
  return `menteo watchdog: no test has started or ended for ${Math.round(silentMs / 1000)} s; the last one ${last.at === 'before' ? 'started' : 'ended'}: "${last.test}". ${unanswered(host)}`;
}

/**
 * The report of a page whose tests fail one after another (`failures`, oldest first): a
 * cascade that can outlast the file's timeout, whose errors would then never be printed.
 *
 * @param {string[]} failures - Each as `"<test>" after <n> s: <error's first line>`.
 * @param {Pick<import('@menteo/test-support/sandbox-host').SandboxHost, 'inFlight'>} host
 */
export function cascadeReport(failures, host) {
  return `menteo watchdog: ${failures.length} tests in a row failed (the last: ${failures.at(-1)}). ${unanswered(host)}`;
}

/**
 * Listens to a run's pages (`heard`) and reports stalls and cascades through `print`.
 *
 * @example
 * ```js
 * const watchdog = new Watchdog(host, (line) => console.log(line));
 * watchdog.heard({ at: 'after', test: 'card > shows', state: 'failed', error: 'expected 1 to equal 2', ms: '20012' });
 * ```
 */
export class Watchdog {
  /** The last test heard of, when, and how many stall reports followed. */
  #last = { test: '', at: '', since: 0, reports: 0 };
  /** The failures since the last test that passed. */
  #failures = /** @type {string[]} */ ([]);
  #timer;

  /**
   * @param {Pick<import('@menteo/test-support/sandbox-host').SandboxHost, 'inFlight'>} host
   * @param {(line: string) => void} print
   * @param {() => number} [now]
   * @param {() => Promise<string[]>} [probe] what the pages are doing (wtr-page-probe.mjs), printed after a stall's report
   */
  constructor(host, print, now = Date.now, probe = async () => []) {
    this.host = host;
    this.print = print;
    this.now = now;
    this.probe = probe;
    this.#timer = setInterval(() => this.check(), 5_000);
    this.#timer.unref();
  }

  /**
   * A page's word about a test: `at` `before` (starting) or `after` (ended; the first word after
   * it carries its `state`, with `error` and `ms` when it failed; later ones, none).
   *
   * @param {Record<string, string | undefined>} said
   */
  heard({ at = '', test = '', state, error = '', ms = '0' }) {
    this.#last = { test, at, since: this.now(), reports: 0 };
    if (at !== 'after' || state === undefined) return;
    if (state !== 'failed') {
      this.#failures = [];
      return;
    }
    this.#failures.push(`"${test}" after ${Math.round(Number(ms) / 1000)} s: ${error}`);
    if (this.#failures.length >= 2) this.print(cascadeReport(this.#failures, this.host));
  }

  /** Reports a page silent for another `stallMs` (the timer calls it). */
  check() {
    const silent = this.now() - this.#last.since;
    if (!this.#last.since || silent < stallMs * (this.#last.reports + 1)) return;
    this.#last.reports++;
    this.print(stallReport(this.#last, silent, this.host));
    this.probe().then(
      (lines) => {
        for (const line of lines) this.print(`menteo watchdog: ${line.trim()}`);
      },
      (error) => this.print(`menteo watchdog: the pages could not be probed: ${error}`),
    );
  }

  stop() {
    clearInterval(this.#timer);
  }
}
