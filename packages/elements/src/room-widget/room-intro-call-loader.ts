import type { Room } from '@menteo/sdk';
import { nothing, type TemplateResult } from 'lit';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { IntroCallSources, RoomIntroCall } from './room-intro-call.js';

/**
 * Loads the intro call section (room-intro-call.ts) the first time a requested room is shown,
 * and renders it from then on: active and ended rooms never fetch it.
 *
 * @example
 * ```ts
 * #intro = new IntroCallLoader(this, { l10n: () => this.l10n, stores: () => this.#stores(), … });
 * render() { return html`${this.#intro.render(room, status)}`; }
 * ```
 */
export class IntroCallLoader {
  #section: RoomIntroCall | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: IntroCallSources,
  ) {}

  /** Closes its panel and questions (another room-id). */
  reset(): void {
    this.#section?.reset();
  }

  /** The intro call section once loaded, nothing before or for a room that is not requested. */
  render(room: Room, status: Room['status']): TemplateResult | typeof nothing {
    if (status !== 'requested') return nothing;
    if (this.#section) return this.#section.render(room);
    this.#loading ??= import('./room-intro-call.js').then(({ RoomIntroCall }) => {
      this.#section = new RoomIntroCall(this.host, this.from);
      this.host.requestUpdate();
    });
    return nothing;
  }
}
