// The page half of `pnpm bench`'s feed run (bench/feed.ts): <menteo-thread-feed> on a
// 10,000-post thread in a 900 px scrolling box, scrolled to the end one screenful per frame
// (pages load as it goes) and back, while a PerformanceObserver records the long tasks (over 50 ms).
import { MenteoThreadFeed } from '../src/thread-feed/thread-feed.js';

MenteoThreadFeed.define('menteo-thread-feed');

/** What one run measured. */
export interface FeedBenchResult {
  /** From adding the feed to its first post on screen. */
  firstPostMs: number;
  /** From adding the feed to the load settled (the feed not busy, the browser idle): where scrolling starts. */
  settledMs: number;
  /** From the first scroll to the last post (the 10,000th) on screen. */
  toEndMs: number;
  /** From the end back to the first post on screen. */
  backMs: number;
  /** Frames scrolled down and up. */
  frames: { down: number; up: number };
  /** Nodes in the feed's shadow root (elements, text, comments): the most seen at any frame, and at the end. */
  nodes: { max: number; end: number; atFirstPost: number };
  /** Posts in the DOM: the most seen at any frame. */
  postsMax: number;
  /**
   * Every long task (start relative to the feed's creation, and duration), by phase, with what
   * its frame spent the time on when Chromium reported it as a long animation frame. `at`: the
   * task's start on the page's clock (`performance.now()`), to find it in a trace.
   */
  longTasks: { phase: 'load' | 'down' | 'up'; start: number; at: number; duration: number; work?: string; postsAdded: number }[];
  /** Where scrolling started and where it was back at the top, on the page's clock (`performance.now()`): the trace's tasks are read between them. */
  clock: { settled: number; back: number };
  /** Each frame's time (from one scroll step's frame to the next), scrolling down and up, in order. */
  frameMs: { down: number[]; up: number[] };
  /** How many posts each of those frames added to the DOM. */
  postsPerFrame: { down: number[]; up: number[] };
  /** Chromium's main-thread counters (CDP Performance.getMetrics: TaskDuration, LayoutDuration… in seconds) at the first post, at the end and back at the top. */
  metrics: Record<'first' | 'end' | 'back', Record<string, number>>;
}

/** Exposed by bench/feed.ts: the page's main-thread counters now (empty when run without it). */
const counters = async (): Promise<Record<string, number>> =>
  (await (window as unknown as { feedBenchMetrics?: () => Promise<Record<string, number>> }).feedBenchMetrics?.()) ?? {};

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** A long animation frame (not yet in TypeScript's DOM types). */
interface LongAnimationFrame extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { invoker: string; sourceFunctionName: string; duration: number; forcedStyleAndLayoutDuration: number }[];
}

/** Where a long frame's time went: its scripts (longest first, with their forced style and layout), then rendering. */
function workOf(frame: LongAnimationFrame | undefined): string | undefined {
  if (!frame) return undefined;
  const end = frame.startTime + frame.duration;
  const ms = (n: number) => `${Math.round(n)}`;
  const scripts = [...frame.scripts]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 4)
    .map(
      (s) =>
        `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${ms(s.duration)}${s.forcedStyleAndLayoutDuration >= 1 ? ` (forced layout ${ms(s.forcedStyleAndLayoutDuration)})` : ''}`,
    );
  const render = frame.renderStart ? `rendering ${ms(end - frame.renderStart)} (style and layout ${ms(end - frame.styleAndLayoutStart)})` : 'no rendering';
  return [...scripts, render].join('; ');
}

async function runFeedBench({ threadId, baseUrl, total }: { threadId: string; baseUrl: string; total: number }): Promise<FeedBenchResult> {
  const box = document.createElement('div');
  box.style.setProperty('block-size', '900px');
  box.style.setProperty('overflow-y', 'auto');
  box.style.setProperty('inline-size', '720px');
  const feed = document.createElement('menteo-thread-feed');
  feed.setAttribute('thread-id', threadId);
  feed.setAttribute('publishable-key', 'pk_test_demo');
  feed.setAttribute('base-url', baseUrl);
  box.append(feed);

  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  // The Long Animation Frames API says where a long frame's time went, at a cost the run can bear
  // (a trace or a CPU profile slows it enough to change what is measured).
  const frames: LongAnimationFrame[] = [];
  new PerformanceObserver((list) => frames.push(...(list.getEntries() as LongAnimationFrame[]))).observe({ type: 'long-animation-frame', buffered: false });
  const t0 = performance.now();
  document.body.append(box);

  const root = () => feed.shadowRoot!;
  // Counted after every frame, in a task of its own: every node, text and comments too (a marker
  // Lit left behind per post passed was once the feed's only growth: lit/lit#5298).
  const nodes = () => {
    let count = 0;
    for (const walker = document.createTreeWalker(root()); walker.nextNode(); ) count++;
    return count;
  };
  const posts = () => {
    let count = 0;
    for (const child of root().children) count += child.getElementsByTagName('article').length;
    return count;
  };
  const shows = (posinset: number) => root().querySelector(`article[aria-posinset="${posinset}"]`) !== null;
  const deadline = (ms: number, what: string) => {
    if (performance.now() - t0 > ms) throw new Error(`${what}: not done after ${ms / 1000} s (${posts()} posts in the DOM)`);
  };
  /** Where the run is (printed by bench/feed.ts with FEED_BENCH_VERBOSE=1): a 10,000-post run takes minutes on a loaded machine. */
  const progress = (phase: string, frames: number, since: number) => {
    const shown = root().querySelector('article:last-of-type')?.getAttribute('aria-posinset');
    console.log(`${phase} ${frames} frames, ${Math.round(performance.now() - since)} ms: post ${shown} of ${total} in view`);
  };
  let maxNodes = 0;
  let maxPosts = 0;
  const measure = () => {
    maxNodes = Math.max(maxNodes, nodes());
    maxPosts = Math.max(maxPosts, posts());
  };
  // In a task of its own after the frame: the bench's counting (a few milliseconds a frame on a
  // loaded machine) is not the feed's work, and must not make the frame's task a long one.
  const sample = () => void setTimeout(measure);

  // When posts enter the DOM (their articles, counted as each mutation is delivered, in the task
  // that made it): a long task says how many it rendered.
  const added: number[] = [];
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) for (const node of record.addedNodes) if ((node as Element).localName === 'article') added.push(now);
  }).observe(root(), { childList: true, subtree: true });
  const addedIn = (task: PerformanceEntry) => added.filter((at) => at >= task.startTime && at <= task.startTime + task.duration).length;

  while (!shows(1)) {
    deadline(30_000, 'the first post');
    await frame();
  }
  const atFirstPost = nodes();
  const tFirst = performance.now();
  // A reader starts scrolling once they see the first post, not in the same frame: the load's
  // tail (the first page's overscan, the first Intl object, a response in flight) is the load's
  // work, not a scroll's. The run waits until the feed is not busy and the browser has a whole
  // idle period to give (50 ms, the most it gives), so the load's work is not counted as scrolling.
  const feedBusy = () => root().querySelector('[part~="feed"]')?.getAttribute('aria-busy') === 'true';
  for (;;) {
    deadline(60_000, 'the load to settle');
    const spare = await new Promise<number>((resolve) => requestIdleCallback((idle) => resolve(idle.timeRemaining())));
    if (spare >= 49 && !feedBusy()) break;
  }
  const tSettled = performance.now();
  const metrics = { first: await counters() } as FeedBenchResult['metrics'];

  const frameMs: FeedBenchResult['frameMs'] = { down: [], up: [] };
  const postsPerFrame: FeedBenchResult['postsPerFrame'] = { down: [], up: [] };
  let addedBefore = added.length;
  /** Notes how many posts entered the DOM since the last frame counted. */
  const countAdded = (into: number[]) => {
    into.push(added.length - addedBefore);
    addedBefore = added.length;
  };
  let down = 0;
  let last = await frame();
  while (!shows(total)) {
    deadline(1_500_000, 'scrolling to the end');
    box.scrollTop += box.clientHeight;
    down++;
    const now = await frame();
    frameMs.down.push(now - last);
    countAdded(postsPerFrame.down);
    last = now;
    sample();
    if (down % 500 === 0) progress('down', down, tSettled);
  }
  const tEnd = performance.now();
  metrics.end = await counters();

  let up = 0;
  while (box.scrollTop > 0 || !shows(1)) {
    deadline(2_400_000, 'scrolling back');
    box.scrollTop -= box.clientHeight;
    up++;
    const now = await frame();
    frameMs.up.push(now - last);
    countAdded(postsPerFrame.up);
    last = now;
    sample();
    if (up % 500 === 0) progress('up', up, tEnd);
  }
  const tBack = performance.now();
  measure();
  metrics.back = await counters();
  // The observer reports a task after it ended: give it a frame.
  await frame();
  const phase = (start: number) => (start < tSettled ? 'load' : start < tEnd ? 'down' : 'up');
  return {
    firstPostMs: tFirst - t0,
    settledMs: tSettled - t0,
    toEndMs: tEnd - tSettled,
    backMs: tBack - tEnd,
    frames: { down, up },
    clock: { settled: tSettled, back: tBack },
    nodes: { max: maxNodes, end: nodes(), atFirstPost },
    postsMax: maxPosts,
    longTasks: tasks.map((task) => ({
      phase: phase(task.startTime),
      start: task.startTime - t0,
      at: task.startTime,
      duration: task.duration,
      // Without a long animation frame around it (one run of 2026-12-07's 18 had such a task, at
      // the start of scrolling), at least whose task it was, as the Long Tasks API names it.
      work:
        workOf(frames.find((f) => f.startTime <= task.startTime + 1 && task.startTime < f.startTime + f.duration)) ??
        `no long animation frame overlaps it (task: ${task.name})`,
      postsAdded: addedIn(task),
    })),
    frameMs,
    postsPerFrame,
    metrics,
  };
}

(window as unknown as { runFeedBench: typeof runFeedBench }).runFeedBench = runFeedBench;
