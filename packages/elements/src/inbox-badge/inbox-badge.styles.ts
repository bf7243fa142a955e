import { css } from 'lit';
import { button, filled } from '../styles/controls.js';
import { token } from '../styles/tokens.js';
import { wrapRow } from '../styles/layout.js';

/** Component tokens (`--menteo-inbox-badge-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    --_primary: var(--menteo-inbox-badge-background, ${token('color-primary')});
    --_on-primary: var(--menteo-inbox-badge-color, ${token('color-on-primary')});
    --_focus: ${token('color-focus')};
    --_muted: ${token('color-on-surface-muted')};
    display: inline-block;
    vertical-align: middle;
  }
  [part~='base'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  p {
    margin: 0;
  }
  [part~='sign-in'] {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  [part~='badge'],
  [part~='retry-button'] {
    ${button}
  }
  [part~='badge'] {
    ${filled}
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    text-decoration: none;
    padding-inline: ${token('space-3')};
  }
  [part~='count'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='error'] {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
    font-size: ${token('font-size-small')};
  }
  .bone {
    inline-size: 3.5rem;
    block-size: 40px;
    border-radius: ${token('radius-pill')};
    background: ${token('color-surface-muted')};
  }
`;
