/** What `menteo-request-mentorship` carries: the mentor the person wants to work with. */
export interface MenteoRequestMentorshipDetail {
  mentorId: string;
}

/**
 * Fired by `<menteo-mentor-card>` when the person asks for mentorship. Cancelable: unless the
 * page calls `preventDefault()`, a signed-in provider opens the built-in request dialog, and a
 * signed-out card fires `menteo-sign-in-required`. A page with its own form prevents it.
 *
 * @example
 * ```ts
 * card.addEventListener('menteo-request-mentorship', (event) => {
 *   event.preventDefault(); // our own form instead of the built-in dialog
 *   openRequestForm(event.detail.mentorId);
 * });
 * ```
 */
export type MenteoRequestMentorshipEvent = CustomEvent<MenteoRequestMentorshipDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-request-mentorship': MenteoRequestMentorshipEvent;
  }
}
