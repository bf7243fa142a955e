import { type BaseCore, Threads } from '@menteo/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { ThreadStart } from './growth-plan.js';

/** The element a thread starter works for: it renders the state and fires the events. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Start a growth thread": creates the thread and its first post in one request
 * (`createThread` with `firstPost`), once per plan, and keeps where that stands. A click while
 * one is on its way does nothing; a plan replaced meanwhile (start over) keeps the thread made
 * but does not show it.
 *
 * @example
 * ```ts
 * #thread = new ThreadStarter(this);
 * await this.#thread.start(client, plan, { title: 'My growth plan: the leader hat', firstPost: { body: goals } });
 * ```
 */
export class ThreadStarter {
  state: ThreadStart = { status: 'idle' };
  /** Which start the state belongs to: a reset makes the one on its way stale. */
  #run = 0;

  // No lifecycle of its own: a write that has started is left to finish (the thread is made).
  constructor(private readonly host: Host) {}

  /** Back to idle (a new plan). */
  reset(): void {
    this.#run++;
    this.#set({ status: 'idle' });
  }

  /** Signed out: says so (the element asks the reader to sign in). */
  signInRequired(): void {
    this.#set({ status: 'signed-out' });
  }

  /** Creates the thread with its first post; fires `menteo-thread-started` with its id. */
  async start(client: BaseCore, body: { title: string; firstPost: { body: string } }): Promise<void> {
    if (this.state.status === 'starting') return;
    const run = ++this.#run;
    this.#set({ status: 'starting' });
    try {
      const thread = await new Threads(client).create(body);
      if (run !== this.#run) return;
      this.#set({ status: 'started', threadId: thread.id });
      this.host.dispatchEvent(new CustomEvent('menteo-thread-started', { bubbles: true, composed: true, detail: { threadId: thread.id } }));
    } catch (error) {
      if (run === this.#run) this.#set({ status: 'failed', error });
    }
  }

  #set(state: ThreadStart): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
