/** What `menteo-request-mentorship` carries: the mentor the person wants to work with. */
export interface MenteoRequestMentorshipDetail {
  mentorId: string;
}

/**
 * Fired by `<menteo-mentor-card>` when the person asks for mentorship. The page decides what
 * follows (open a request form, sign the person in, …).
 *
 * @example
 * ```ts
 * card.addEventListener('menteo-request-mentorship', (event) => openRequestForm(event.detail.mentorId));
 * ```
 */
export type MenteoRequestMentorshipEvent = CustomEvent<MenteoRequestMentorshipDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-request-mentorship': MenteoRequestMentorshipEvent;
  }
}
