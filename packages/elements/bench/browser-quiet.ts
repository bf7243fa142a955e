// What both benches need from the machine: the CPU time of the browser they launched, and a wait
// until its own start-up work is over before they measure anything.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms, user + system) of this process's descendants — the browser's processes — from /proc: on a machine other
 * agents load, wall times stretch with the load, CPU time much less. Empty outside Linux.
 */
export function browserCpuMs(): number {
  const stats: { pid: number; ppid: number; ticks: number }[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.push({ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const ours = new Set([process.pid]);
  let ticks = 0;
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) {
      if (ours.has(stat.pid) || !ours.has(stat.ppid)) continue;
      ours.add(stat.pid);
      ticks += stat.ticks;
      grew = true;
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * Waits until the browser's own start-up work is over: Chromium's processes together use under a
 * tenth of a core for two quarter-seconds in a row (at most 20 s). When a window opens, Chromium
 * 156 loads its address bar's popup as a WebUI page (chrome://omnibox-popup.top-chrome/) in a
 * renderer of its own (`--top-chrome-webui`): 1.2-1.5 s of CPU. On a two-core machine it ran during
 * the feed's load and first frames of scroll: the long tasks at the start of scrolling had the
 * feed's main thread on a core for 25 of their 87 ms (`perf sched`), preempted by that renderer's
 * threads. A reader's browser opened its window long before. Returns the time waited (ms).
 */
export async function browserQuiet(): Promise<number> {
  const started = performance.now();
  let quiet = 0;
  let before = browserCpuMs();
  while (quiet < 2 && performance.now() - started < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = browserCpuMs();
    quiet = now - before < 25 ? quiet + 1 : 0;
    before = now;
  }
  return performance.now() - started;
}
