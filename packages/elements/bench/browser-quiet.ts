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
 * tenth of a core for two quarter-seconds in a row (at most 20 s). Most of it was the address
 * bar's popup, which Chromium 156 builds as a WebUI page in a renderer of its own for every window
 * (1.2-1.5 s of CPU): on two cores it preempted the feed's main thread during its load and first
 * frames of scroll (`perf sched`: on a core for 25 of an 87 ms long task). launchChromium now turns
 * that popup off (test/support/chromium-flags.mjs); this wait (0.8 s, was 1.3-1.8) keeps whatever
 * else the browser does as it starts out of the measurement. A reader's browser opened its window
 * long before. Returns the time waited (ms).
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
