import type { HelpFitAnswer } from '@menteo/sdk/stores';

/** What `menteo-help-fit-answered` carries: the session and the viewer's answer. */
export interface MenteoHelpFitAnsweredDetail {
  roomId: string;
  sessionId: string;
  /** "Did you get the kind of help you needed?": `yes`, `partly` or `no`. */
  answer: HelpFitAnswer;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer answered, once, whether a completed session
 * gave them the kind of help they needed.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-help-fit-answered', (event) => analytics.track('help-fit', event.detail.answer));
 * ```
 */
export type MenteoHelpFitAnsweredEvent = CustomEvent<MenteoHelpFitAnsweredDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-help-fit-answered': MenteoHelpFitAnsweredEvent;
  }
}
