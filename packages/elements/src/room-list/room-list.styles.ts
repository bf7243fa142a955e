import { css } from 'lit';
import { avatar, avatarPhoto } from '../styles/avatar.js';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip, filled } from '../styles/controls.js';
import { bareList, wrapRow } from '../styles/layout.js';
import { statusChip } from '../styles/room-status.js';
import { spacingTokens } from '../styles/spacing-tokens.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-room-list-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('room-list')}
    --_primary: var(--menteo-room-list-accent-color, ${token('color-primary')});
    --_accent-bg: ${token('color-accent-surface')};
    --_on-accent: ${token('color-on-accent-surface')};
    ${spacingTokens}
  }
  [part~='base'] {
    ${surfaceBox}
    gap: var(--_s3);
    line-height: 1.4;
    min-inline-size: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: ${token('font-size-large')};
  }
  h3 {
    font-size: var(--_small);
    color: var(--_muted);
    font-weight: 650;
    margin-block-end: var(--_s2);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: var(--_small);
  }
  .strong {
    font-weight: 650;
  }
  .top,
  [part~='filters'],
  [part~='actions'] {
    ${wrapRow}
    align-items: center;
    gap: var(--_s2);
  }
  .top {
    justify-content: space-between;
  }
  ul {
    ${bareList}
    display: grid;
  }
  [part~='room'] {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: var(--_s1) var(--_s3);
    align-items: start;
    padding-block: var(--_s3);
    border-block-start: 1px solid var(--_border);
  }
  [part~='avatar'] {
    ${avatar('40px')}
    position: relative;
    background: var(--_accent-bg);
    color: var(--_on-accent);
    font-size: var(--_small);
  }
  [part~='avatar'] img {
    ${avatarPhoto}
    position: absolute;
    inset: 0;
  }
  .main {
    min-inline-size: 0;
  }
  [part~='open'] {
    font: inherit;
    font-weight: 650;
    color: inherit;
    text-decoration: none;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  /* The whole row picks the room; the request's buttons stay above it. */
  [part~='open']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  [part~='open']:hover {
    text-decoration: underline;
  }
  [part~='room']:has([part~='open']:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  [part~='open']:focus-visible {
    outline: none;
  }
  .goal {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .meta {
    display: grid;
    justify-items: end;
    gap: var(--_s1);
    text-align: end;
  }
  [part~='status'] {
    ${statusChip}
  }
  .status-active {
    background: var(--_accent-bg);
    color: var(--_on-accent);
    border-color: transparent;
  }
  [part~='unread'] {
    ${chip}
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    min-inline-size: 1.75em;
    text-align: center;
  }
  [part~='room-unread'] [part~='open'] {
    font-weight: 800;
  }
  [part~='actions'],
  [part~='action-error'] {
    grid-column: 2 / -1;
    position: relative;
  }
  [part~='action-error'] {
    color: var(--_danger);
  }
  button:not([part~='open']) {
    ${button}
  }
  button[part~='accept-button'] {
    ${filled}
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  [part~='confirm'] p {
    flex-basis: 100%;
    font-weight: 600;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  [part~='load-more'] {
    justify-self: center;
  }
  .bones {
    display: grid;
    gap: var(--_s3);
  }
  .bone-row {
    display: flex;
    gap: var(--_s3);
    align-items: center;
  }
  .bone.circle {
    inline-size: 40px;
    block-size: 40px;
    border-radius: 50%;
  }
  @container (max-width: 420px) {
    [part~='room'] {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .meta {
      grid-column: 2;
      justify-items: start;
      text-align: start;
    }
  }
`;
