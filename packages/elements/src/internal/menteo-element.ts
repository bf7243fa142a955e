import { LitElement } from 'lit';
// Re-exported so that every element's declaration file brings the typed `menteo-*` events into
// `HTMLElementEventMap` (an `import type {}` is dropped from .d.ts output, and with it the types).
export type * from '../events/index.js';

/** The detail type of an event in `HTMLElementEventMap`, `undefined` for plain events. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : undefined;

/** `emit`'s detail argument: required only when the event type has a detail. */
type DetailArgs<K extends keyof HTMLElementEventMap> = undefined extends DetailOf<K> ? [detail?: DetailOf<K>] : [detail: DetailOf<K>];

/**
 * The base class of every Menteo element: typed events and idempotent registration.
 *
 * @example
 * ```ts
 * export class MenteoThing extends MenteoElement {
 *   #pick(id: string) { this.emit('menteo-request-mentorship', { mentorId: id }); }
 * }
 * MenteoThing.define('menteo-thing');
 * ```
 */
export abstract class MenteoElement extends LitElement {
  /**
   * Dispatches a custom event that bubbles and crosses shadow roots, so the page can listen
   * on any ancestor. Returns the event (check `defaultPrevented` for cancelable ones).
   */
  emit<K extends keyof HTMLElementEventMap>(name: K, ...[detail]: DetailArgs<K>): CustomEvent<DetailOf<K>> {
    const event = new CustomEvent<DetailOf<K>>(name, { bubbles: true, composed: true, detail: detail as DetailOf<K> });
    this.dispatchEvent(event);
    return event;
  }

  /** What an update waits for first (see `holdUpdatesFor`). */
  readonly #gates: (() => Promise<unknown> | undefined)[] = [];

  /**
   * Holds every update until `gate()`'s promise settles, whenever it returns one. The localize
   * controller uses it: an element in Spanish first renders once its Spanish strings have
   * loaded, never in English for a moment. Gates must settle (never reject, never hang).
   */
  holdUpdatesFor(gate: () => Promise<unknown> | undefined): void {
    this.#gates.push(gate);
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature (ReactiveElement.scheduleUpdate); a promise only when an update must wait.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#gates.map((gate) => gate()).filter(Boolean);
    // Checked again once they settle: the language may have changed meanwhile.
    return pending.length ? Promise.all(pending).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Registers the element under `tag`. Loading the same build twice (two bundles on one page)
   * is harmless; a different class already holding the tag is left in place with a warning,
   * since a registry cannot be changed.
   */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the element class define() is called on (MenteoMentorCard…), not this base class.
    const element = this as unknown as CustomElementConstructor;
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, element);
    } else if (existing !== element) {
      console.warn(`<${tag}> is already defined by another class (another copy of @menteo/elements?); keeping the first one.`);
    }
  }
}
