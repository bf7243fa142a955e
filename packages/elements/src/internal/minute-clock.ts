import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

/** Every connected host renders again: the minute has (about) turned. */
function tick(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Renders its host again every minute while it is connected (a local time shown), from one
 * interval for the whole page: a search of 1,000 cards keeps one timer, not 1,000. The timer
 * stops when the last host disconnects.
 *
 * @example
 * ```ts
 * protected readonly clock = new MinuteClock(this); // render() shows `new Date()` in the mentor's zone
 * ```
 */
export class MinuteClock implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(tick, 60_000);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
