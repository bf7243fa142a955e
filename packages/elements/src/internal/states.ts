// Apart from menteo-element.ts: an element without internal state properties (a card) does not
// carry it.
import type { PropertyDeclarations } from 'lit';

/**
 * Internal reactive state, by name: `{ state: true }` for each (a change renders again; no
 * attribute, not public). Spread into an element's `static properties`.
 *
 * @example
 * ```ts
 * static override properties = { roomId: { attribute: 'room-id', reflect: true }, ...states('optimistic', 'confirming') };
 * ```
 */
export const states = (...names: string[]): PropertyDeclarations => Object.fromEntries(names.map((name) => [name, { state: true }]));
