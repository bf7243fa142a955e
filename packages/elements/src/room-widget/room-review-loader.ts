import type { Room } from '@menteo/sdk';
import { roomStatusesAllowing } from '@menteo/sdk/stores/rooms';
import { nothing, type TemplateResult } from 'lit';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { ReviewSources, RoomReviewSection } from './room-review.js';

/**
 * Loads the review section (room-review.ts) the first time a room that has ended is shown, and
 * renders it from then on: rooms that are running never fetch it.
 *
 * @example
 * ```ts
 * #review = new ReviewLoader(this, { l10n: () => this.l10n, … });
 * render() { return html`${this.#review.render(room, status)}`; }
 * ```
 */
export class ReviewLoader {
  #section: RoomReviewSection | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: MenteoElement,
    private readonly from: ReviewSources,
  ) {}

  /** The review section once loaded, nothing before or while the room runs. */
  render(room: Room, status: Room['status']): TemplateResult | typeof nothing {
    if (!roomStatusesAllowing.reviews.includes(status)) return nothing;
    if (this.#section) return this.#section.render(room);
    this.#loading ??= import('./room-review.js').then(({ RoomReviewSection }) => {
      this.#section = new RoomReviewSection(this.host, this.from);
      this.host.requestUpdate();
    });
    return nothing;
  }
}
