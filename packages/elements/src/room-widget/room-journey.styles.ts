import { css } from 'lit';
import { dividedSection, innerPanel, wrapRow } from '../styles/layout.js';

/** The journey's sections (agreement, and later goals' editing, session details, reviews): read through the room's private tokens. */
export const journeyStyles = css`
  [part~='agreement'] {
    display: grid;
    gap: var(--_s2);
  }
  .markdown > :first-child {
    margin-block-start: 0;
  }
  .markdown > :last-child {
    margin-block-end: 0;
  }
  .markdown ul,
  .markdown ol {
    list-style: revert;
    padding-inline-start: 1.25em;
  }
  .signoffs {
    ${wrapRow}
    gap: var(--_s1) var(--_s3);
    font-size: var(--_small);
    color: var(--_muted);
  }
  [part~='signoff-signed'] > span {
    color: var(--_primary);
  }
  .goal-actions {
    flex-wrap: wrap;
    align-items: center;
  }
  .stepper {
    display: inline-flex;
    gap: var(--_s1);
    align-items: center;
  }
  .progress-input {
    inline-size: 4.5em;
    font-size: var(--_small);
    padding: 2px var(--_s1);
  }
  .goal-form input,
  .goal-form textarea {
    inline-size: 100%;
  }
  .when-row {
    ${wrapRow}
    gap: var(--_s2);
    align-items: baseline;
  }
  .agenda.markdown {
    white-space: normal;
  }
  .hat-chip {
    justify-self: start;
  }
  /* A row of choice chips (a session's hat, a review's stars and outcomes); the room's
     fieldset rule has already taken off the border, margin and padding. */
  .hats,
  .choices {
    ${wrapRow}
    gap: var(--_s1) var(--_s2);
  }
  .hats legend,
  .choices legend {
    font-weight: 600;
    padding: 0;
  }
  .hats p {
    flex-basis: 100%;
  }
  .notes {
    display: grid;
    gap: 2px;
    padding-inline-start: var(--_s2);
    border-inline-start: 2px solid var(--_border);
  }
  [part~='review'] {
    ${innerPanel}
    gap: var(--_s2);
    padding: var(--_s3);
  }
  .choices legend {
    margin-block-end: var(--_s1);
  }
  .reviews {
    display: grid;
    gap: var(--_s3);
  }
  [part~='stars'] {
    color: var(--_primary);
    letter-spacing: 2px;
  }
  [part~='past-sessions'] {
    ${dividedSection}
  }
  [part~='past-session'] {
    ${innerPanel}
    gap: var(--_s1);
    padding: var(--_s2) var(--_s3);
    border-style: dashed;
  }
  [part~='help-fit'] p,
  [part~='past-session'] [role='group'] p {
    flex-basis: 100%;
  }
  .stack {
    display: grid;
    gap: var(--_s1);
  }
`;
