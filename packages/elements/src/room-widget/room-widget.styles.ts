import { css } from 'lit';
import { avatar, avatarPhoto } from '../styles/avatar.js';
import { controlTokens } from '../styles/control-tokens.js';
import { button, filled } from '../styles/controls.js';
import { field } from '../styles/field.js';
import { bareList, dividedSection, innerPanel, wrapRow } from '../styles/layout.js';
import { statusChip } from '../styles/room-status.js';
import { spacingTokens } from '../styles/spacing-tokens.js';
import { surfaceBox, surfacePaint, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-room-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('room')}
    --_primary: var(--menteo-room-accent-color, ${token('color-primary')});
    --_own-bg: var(--menteo-room-own-background, ${token('color-accent-surface')});
    --_theirs-bg: var(--menteo-room-theirs-background, ${token('color-surface-muted')});
    --_log-h: var(--menteo-room-log-height, 22rem);
    --_on-own: ${token('color-on-accent-surface')};
    ${spacingTokens}
  }

  [part~='base'] {
    ${surfaceBox}
    gap: var(--_s3);
    box-shadow: ${token('shadow')};
    line-height: 1.45;
    min-inline-size: 0;
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd {
    margin: 0;
  }
  h3,
  h4 {
    font-size: inherit;
    font-weight: 650;
  }
  ul {
    ${bareList}
  }
  .muted {
    color: var(--_muted);
  }
  .small,
  .label,
  dt {
    font-size: var(--_small);
  }
  .label,
  dt {
    color: var(--_muted);
    font-weight: 600;
  }
  .row {
    ${wrapRow}
    gap: var(--_s2);
    align-items: center;
  }

  [part~='header'] {
    ${wrapRow}
    align-items: center;
    gap: var(--_s3);
  }
  [part~='avatar'] {
    ${avatar('48px')}
    flex: none;
    background: var(--_own-bg);
    color: var(--_on-own);
  }
  [part~='avatar'] img {
    ${avatarPhoto}
  }
  .who {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .role {
    font-size: var(--_small);
    color: var(--_muted);
  }
  [part~='name'] {
    font-size: ${token('font-size-large')};
    line-height: 1.25;
  }
  /* A goal's chip looks like the room's status chip. */
  [part~='status'],
  .chip {
    ${statusChip}
    align-items: center;
    inline-size: fit-content;
  }
  .status-active,
  .chip-accepted,
  .chip-achieved {
    background: var(--_own-bg);
    color: var(--_on-own);
    border-color: transparent;
  }
  .chip-dropped {
    color: var(--_muted);
  }

  [part~='facts'] {
    ${wrapRow}
    gap: var(--_s2) var(--_s5, 24px);
  }
  [part~='facts'] > div {
    display: grid;
    gap: 2px;
  }
  .term-fact {
    flex: 1 1 12rem;
  }
  .term-fact dd {
    display: flex;
    align-items: center;
    gap: var(--_s2);
  }
  [part~='term'],
  .track {
    flex: 1;
    min-inline-size: 4rem;
    block-size: 8px;
    border-radius: ${token('radius-pill')};
    background: var(--_chip-bg);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    inline-size: var(--_p, 0%);
    background: var(--_primary);
    transition: inline-size 200ms ease;
  }
  .goal-statement {
    display: grid;
    gap: 2px;
  }
  [part~='goal'] {
    white-space: pre-line;
  }
  .reason,
  .ended {
    font-size: var(--_small);
  }

  button {
    ${button}
    ${filled}
    padding: var(--_s1) var(--_s3);
  }
  button.quiet {
    background: transparent;
    color: var(--_primary);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  button.small {
    font-size: var(--_small);
    padding: 2px var(--_s2);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  [part~='actions'] {
    ${wrapRow}
    gap: var(--_s2);
  }

  .columns {
    display: grid;
    gap: var(--_s4, 16px);
    align-items: start;
  }
  [part~='plan'] {
    display: grid;
    gap: var(--_s4, 16px);
    min-inline-size: 0;
  }
  [part~='goals'],
  [part~='sessions'],
  [part~='chat'] {
    ${dividedSection}
  }
  .section-head {
    ${wrapRow}
    justify-content: space-between;
    gap: var(--_s2);
    align-items: baseline;
  }
  .goal-list,
  .session-list,
  .bones {
    display: grid;
    gap: var(--_s3);
  }
  [part~='goal-item'] {
    display: grid;
    gap: var(--_s1);
  }
  .goal-head {
    ${wrapRow}
    gap: var(--_s2);
    align-items: center;
    justify-content: space-between;
  }
  .goal-title {
    font-weight: 600;
    min-inline-size: 0;
  }
  .goal-dropped .goal-title {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .bar-row {
    display: flex;
    align-items: center;
    gap: var(--_s2);
    font-size: var(--_small);
  }
  .goal-actions {
    display: flex;
    gap: var(--_s2);
  }
  .add-goal {
    display: flex;
    gap: var(--_s2);
  }
  input,
  textarea {
    ${field}
    padding: var(--_s1) var(--_s2);
    min-inline-size: 0;
  }
  .add-goal input {
    flex: 1;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }

  [part~='session'] {
    ${innerPanel}
    gap: var(--_s1);
    padding: var(--_s2) var(--_s3);
  }
  .session-when {
    font-weight: 600;
  }
  .agenda {
    white-space: pre-line;
    font-size: var(--_small);
  }
  [part~='book-button'] {
    justify-self: start;
  }
  [part~='booking'] {
    ${innerPanel}
    gap: var(--_s2);
    padding: var(--_s3);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  [part~='slots'] {
    display: grid;
    gap: var(--_s2);
    max-block-size: 16rem;
    overflow: auto;
  }
  .day legend {
    font-size: var(--_small);
    font-weight: 600;
    padding: 0 0 var(--_s1);
  }
  .day-slots {
    ${wrapRow}
    gap: var(--_s1);
  }
  /* An open time is a toggle chip whose radio is the whole chip, unseen. */
  .slot {
    position: relative;
    justify-content: center;
    min-inline-size: 5.5em;
  }
  .slot input {
    position: absolute;
    opacity: 0;
    inset: 0;
    cursor: pointer;
  }
  label {
    font-size: var(--_small);
    font-weight: 600;
  }
  .ok {
    font-size: var(--_small);
  }
  h4:focus-visible,
  .ok:focus-visible,
  [part~='status']:focus-visible {
    outline: none;
  }
  .strong {
    font-weight: 600;
  }
  .confirm-inline p {
    flex-basis: 100%;
  }
  .inline-error,
  [part~='action-error'] {
    display: grid;
    gap: var(--_s1);
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: var(--_s2);
    font-size: var(--_small);
  }

  dialog {
    ${surfacePaint}
    max-inline-size: min(28rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form {
    display: grid;
    gap: var(--_s2);
  }
  dialog .row {
    justify-content: flex-end;
  }

  [part~='sign-in'],
  [part~='empty'],
  [part~='error'] {
    display: grid;
    gap: var(--_s2);
    justify-items: start;
  }
  .bone-row {
    display: flex;
    align-items: center;
    gap: var(--_s3);
  }
  .bone {
    background: var(--_chip-bg);
    border-radius: 6px;
    block-size: 0.9em;
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.circle {
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
  }
  .w60 {
    inline-size: 60%;
  }
  .w80 {
    inline-size: 80%;
  }
  .bone.bar {
    block-size: 8px;
  }
  .bone.block {
    block-size: 6rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  /* Wide: the plan beside the conversation. */
  @container (min-width: 760px) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
    }
  }
  /* Narrow sidebars: everything stacks, the composer's button goes under the text. */
  @container (max-width: 360px) {
    [part~='base'] {
      --_pad: var(--menteo-room-padding, ${token('space-3')});
    }
    .add-goal {
      flex-wrap: wrap;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part~='base'],
    [part~='session'] {
      border: 1px solid CanvasText;
    }
    .fill {
      background: Highlight;
    }
  }
`;
