import { css } from 'lit';
import { avatar, avatarPhoto } from '../styles/avatar.js';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip, filled } from '../styles/controls.js';
import { chipList } from '../styles/chip-list.js';
import { bareList, dividedSection } from '../styles/layout.js';
import { spacingTokens } from '../styles/spacing-tokens.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-profile-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('profile', 'space-5')}
    ${spacingTokens}
    --_accent-bg: ${token('color-accent-surface')};
    --_accent-fg: ${token('color-on-accent-surface')};
  }

  [part~='base'] {
    ${surfaceBox}
    gap: ${token('space-4')};
    box-shadow: ${token('shadow')};
    line-height: 1.45;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .strong {
    font-weight: 600;
  }
  a {
    color: var(--_primary);
  }

  .header {
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: var(--_s3);
  }
  [part~='avatar'] {
    ${avatar('88px')}
    flex: none;
    font-size: 2rem;
    background: var(--_accent-bg);
    color: var(--_accent-fg);
  }
  [part~='avatar'] img {
    ${avatarPhoto}
  }
  .who {
    display: grid;
    gap: var(--_s1);
    min-inline-size: 0;
  }
  [part~='name'] {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='title'] {
    color: var(--_muted);
  }
  [part~='flags'],
  [part~='skills'] {
    ${chipList}
  }
  [part~='flag'],
  [part~='skill'] {
    ${chip}
  }
  [part~='flag'] {
    background: var(--_accent-bg);
    color: var(--_accent-fg);
    font-weight: 550;
  }
  [part~='skill'] {
    background: var(--_chip-bg);
  }

  .summary {
    display: grid;
    gap: var(--_s3);
  }
  [part~='facts'],
  [part~='offerings'],
  [part~='reviews'],
  .plain {
    ${bareList}
    display: grid;
    gap: var(--_s1);
  }
  /* A line of the lists takes its own direction (dir="auto"), and the page's side. */
  [dir='rtl'] li[dir='auto'] {
    text-align: right;
  }
  [dir='rtl'] .review-head {
    justify-content: flex-end;
  }
  [part~='facts'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .star {
    color: ${token('color-star')};
  }

  [part~='section'] {
    ${dividedSection}
  }
  [part~='section-title'] {
    font-size: ${token('font-size-large')};
    font-weight: 650;
  }
  .markdown p + p {
    margin-block-start: 0.6em;
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
  .markdown pre {
    overflow-x: auto;
  }

  [part~='reviews'] {
    gap: var(--_s3);
  }
  [part~='review'] {
    display: grid;
    gap: var(--_s1);
    padding-block-end: var(--_s3);
    border-block-end: 1px solid var(--_border);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    align-items: baseline;
  }

  button {
    ${button}
  }
  [part~='request-button'] {
    ${filled}
  }
  [part~='request-button'],
  [part~='more-reviews'],
  [part~='retry-button'] {
    justify-self: start;
  }
  button:disabled {
    cursor: not-allowed;
    background: var(--_chip-bg);
    color: var(--_muted);
    border-color: var(--_border);
  }
  [part~='error'],
  [part~='reviews-error'] {
    display: grid;
    gap: var(--_s2);
  }

  .bones {
    display: grid;
    gap: 8px;
    flex: 1;
    inline-size: 100%;
  }
  [part~='skeleton'] {
    display: grid;
    gap: var(--_s3);
  }
  [part~='skeleton'] [part~='avatar'] {
    background: var(--_chip-bg);
    animation: menteo-pulse 1.4s ease-in-out infinite;
  }

  /* From 480px the photo sits beside the name, and the facts beside the button. */
  @container (min-width: 480px) {
    .header {
      flex-direction: row;
      align-items: flex-start;
      text-align: start;
      gap: var(--_s3) ${token('space-4')};
    }
    .summary {
      grid-template-columns: 1fr auto;
      align-items: start;
    }
    [dir='rtl'] .who > [dir='auto'] {
      text-align: right;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='skeleton'] [part~='avatar'] {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
  }
`;
