import { css } from 'lit';
import { dividedSection, innerPanel } from '../styles/layout.js';

/** A requested room's intro call (room-intro-call.ts): a section of the room like the goals, the booked call a panel like a session. */
export const introCallStyles = css`
  [part~='intro-call'] {
    ${dividedSection}
  }
  [part~='intro-call-button'] {
    justify-self: start;
  }
  [part~='intro-call-booked'] {
    ${innerPanel}
    gap: var(--_s1);
    padding: var(--_s2) var(--_s3);
  }
  [part~='intro-call-booked'] blockquote {
    margin: 0;
    padding-inline-start: var(--_s2);
    border-inline-start: 2px solid var(--_border);
    color: var(--_muted);
  }
`;
