import type { Message } from '@menteo/sdk/stores';

/** What `menteo-message-sent` carries: the room and the message as the API stored it. */
export interface MenteoMessageSentDetail {
  roomId: string;
  message: Message;
}

/**
 * Fired by `<menteo-room-widget>` once the API confirmed a message the person sent (after a
 * queued one is delivered, too); never for one that failed.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-message-sent', (event) => console.log(event.detail.message.id));
 * ```
 */
export type MenteoMessageSentEvent = CustomEvent<MenteoMessageSentDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-message-sent': MenteoMessageSentEvent;
  }
}
