import { css } from 'lit';
import { button, chip, filled } from '../styles/controls.js';
import { chipList } from '../styles/chip-list.js';
import { token } from '../styles/tokens.js';

/** Component tokens (`--menteo-card-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    /* surfaceTokens('card') written out: the literal compresses better, and the card has no bytes to spare. */
    --_bg: var(--menteo-card-background, ${token('color-surface')});
    --_fg: var(--menteo-card-color, ${token('color-on-surface')});
    --_muted: var(--menteo-card-muted-color, ${token('color-on-surface-muted')});
    --_border: var(--menteo-card-border-color, ${token('color-outline')});
    --_radius: var(--menteo-card-radius, ${token('radius')});
    --_pad: var(--menteo-card-padding, ${token('space-4')});
    --_gap: ${token('space-3')};
    --_avatar: var(--menteo-card-avatar-size, 56px);
    --_primary: ${token('color-primary')};
    --_on-primary: ${token('color-on-primary')};
    --_chip-bg: ${token('color-surface-muted')};
    --_badge-bg: ${token('color-accent-surface')};
    --_badge-fg: ${token('color-on-accent-surface')};
    --_focus: ${token('color-focus')};
    display: block;
    container-type: inline-size;
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_pad);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: ${token('shadow')};
    line-height: 1.4;
    height: 100%;
  }

  .header {
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: ${token('space-2')};
  }

  [part~='avatar'] {
    flex: none;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    overflow: hidden;
    display: grid;
    place-items: center;
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font-weight: 600;
    font-size: calc(var(--_avatar) * 0.38);
  }
  [part~='avatar'] img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .who {
    min-inline-size: 0;
  }
  [part~='name'] {
    margin: 0;
    font-size: ${token('font-size-large')};
    font-weight: 650;
    line-height: 1.25;
  }
  [part~='name-link'] {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 0;
    text-align: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  [part~='name-link']:hover {
    text-decoration: underline;
  }
  [part~='flags'] {
    margin-block-start: ${token('space-1')};
  }
  [part~='title'] {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  [part~='headline'] {
    margin: 0;
  }

  ul {
    ${chipList}
  }
  [part~='skill'],
  [part~='badge'],
  [part~='flag'] {
    ${chip}
  }
  [part~='skill'] {
    background: var(--_chip-bg);
  }
  [part~='badge'],
  [part~='flag'] {
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font-weight: 550;
  }

  [part~='meta'] {
    margin: 0;
    display: grid;
    gap: 2px;
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  [part~='meta'] > div {
    display: flex;
    gap: ${token('space-1')};
  }
  .star {
    color: ${token('color-star')};
  }

  button {
    ${button}
  }
  [part~='request-button'] {
    ${filled}
    margin-block-start: auto;
  }
  [part~='retry-button'] {
    justify-self: start;
  }
  button:disabled {
    cursor: not-allowed;
    background: var(--_chip-bg);
    color: var(--_muted);
    border-color: var(--_border);
  }
  [part~='error'] {
    display: grid;
    gap: ${token('space-2')};
  }
  [part~='error'] p {
    margin: 0;
  }

  .bones {
    display: grid;
    gap: 8px;
    margin-block-start: 12px;
  }
  [part~='skeleton'] [part~='avatar'] {
    background: var(--_chip-bg);
    animation: menteo-pulse 1.4s ease-in-out infinite;
  }

  /* From 280px the avatar sits beside the name, and text aligns to the start. */
  @container (min-width: 280px) {
    .header {
      flex-direction: row;
      align-items: center;
      text-align: start;
      gap: var(--_gap);
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
