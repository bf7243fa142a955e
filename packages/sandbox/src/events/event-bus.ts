/**
 * Wakes subscribers after a transaction that appended events commits. It carries
 * no payload on purpose: subscribers re-read the log from their own position, so a
 * wake-up that races a reconnect can neither lose nor repeat an event.
 */
export class EventBus {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  get size(): number {
    return this.listeners.size;
  }
}
