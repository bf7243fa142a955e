import type { Thread } from '@menteo/sdk';
import type { QueryState, QueryStore } from '@menteo/sdk/stores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the links follow: the thread store of each id (`threadStores(stores).thread`), and the ids shown now. */
export interface ThreadLinkSource {
  thread(threadId: string): QueryStore<QueryState<Thread>>;
  ids: readonly string[];
}

/**
 * The hosted page (`htmlUrl`) of each thread a list shows: a bookmark carries its thread's
 * title but not its link, so the thread stores are followed for the threads on screen (a few,
 * shared with any feed on the page), and dropped when they leave it or the element disconnects.
 *
 * @example
 * ```ts
 * #links = new ThreadLinks(this, () => ({ thread: threadStores(stores).thread, ids: items.map((b) => b.post.threadId) }));
 * html`<a href=${this.#links.url(threadId) ?? nothing}>…</a>`;
 * ```
 */
export class ThreadLinks implements ReactiveController {
  readonly #followed = new Map<string, () => void>();
  readonly #urls = new Map<string, string>();
  #source: ThreadLinkSource['thread'] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => ThreadLinkSource | undefined,
  ) {
    host.addController(this);
  }

  /** The thread's `htmlUrl` once its store has it. */
  url(threadId: string): string | undefined {
    return this.#urls.get(threadId);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stopAll();
  }

  #sync(): void {
    const source = this.select();
    // Another provider (or signed out): nothing followed belongs to it.
    if (source?.thread !== this.#source) this.#stopAll();
    this.#source = source?.thread;
    if (!source) return;
    const wanted = new Set(source.ids);
    for (const [id, stop] of this.#followed) {
      if (wanted.has(id)) continue;
      stop();
      this.#followed.delete(id);
    }
    for (const id of wanted) {
      if (this.#followed.has(id)) continue;
      const stop = source.thread(id).subscribe((state) => {
        const url = state.data?.htmlUrl;
        if (!url || this.#urls.get(id) === url) return;
        this.#urls.set(id, url);
        this.host.requestUpdate();
      });
      this.#followed.set(id, stop);
    }
  }

  #stopAll(): void {
    for (const stop of this.#followed.values()) stop();
    this.#followed.clear();
  }
}
