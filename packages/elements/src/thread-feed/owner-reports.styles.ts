import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, chip } from '../styles/controls.js';
import { bareList, wrapRow } from '../styles/layout.js';
import { token } from '../styles/tokens.js';

/** The reports panel, in the feed's header: it draws on the feed's component tokens, so a page that themes the feed themes it too. */
export const styles = css`
  :host {
    ${controlTokens}
    --_primary: var(--menteo-feed-accent-color, ${token('color-primary')});
    --_border: var(--menteo-feed-border-color, ${token('color-outline')});
    --_muted: var(--menteo-feed-muted-color, ${token('color-on-surface-muted')});
    display: block;
    font-size: ${token('font-size-small')};
  }
  p,
  h3,
  blockquote {
    margin: 0;
  }
  h3 {
    font-size: 1rem;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: ${token('font-size-small')};
  }
  button {
    ${button}
    min-block-size: 32px;
    padding-block: ${token('space-1')};
    padding-inline: ${token('space-3')};
  }
  [part~='reports-panel'] {
    display: grid;
    gap: ${token('space-2')};
    margin-block-start: ${token('space-2')};
    padding: ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: ${token('radius')};
  }
  [part~='reports-panel'][hidden] {
    display: none;
  }
  ol {
    ${bareList}
    display: grid;
  }
  [part~='report'] {
    display: grid;
    gap: ${token('space-2')};
    padding-block: ${token('space-3')};
    border-block-start: 1px solid var(--_border);
  }
  .what,
  [part~='report-actions'] {
    ${wrapRow}
    align-items: center;
    gap: ${token('space-2')};
  }
  .chip {
    ${chip}
    background: var(--_chip-bg);
    font-weight: 600;
  }
  blockquote {
    padding-inline-start: ${token('space-3')};
    border-inline-start: 3px solid var(--_border);
    overflow-wrap: anywhere;
  }
  [part~='report-outcome']:empty {
    display: none;
  }
`;
