import { css } from 'lit';
import { button, chip, filled } from '../styles/controls.js';
import { wrapRow } from '../styles/layout.js';
import { token } from '../styles/tokens.js';

/**
 * The comment section's own rules, on top of the feed's (which draw the list, the field and
 * the "Comment" button): replies indented under their comment, each comment's actions, the
 * inline forms and confirmations, the owner's "Hidden" mark. Logical properties only, so a
 * right-to-left page indents from the right.
 *
 * @example `addLateStyles(feed.renderRoot, commentStyles); // done by the comments controller, when its module loads`
 */
export const commentStyles = css`
  [part~='comment'] {
    display: grid;
    gap: ${token('space-1')};
  }
  /* Past the feed's own list rule (no padding), so replies are indented from the start side. */
  [part~='comments'] [part~='replies'] {
    padding-inline-start: ${token('space-4')};
    border-inline-start: 2px solid var(--_border);
  }
  [part~='comment-hidden'] {
    padding-inline-start: ${token('space-2')};
    border-inline-start: 2px dashed var(--_muted);
  }
  .hidden-mark {
    ${chip}
    border: 1px solid var(--_muted);
    font-weight: 600;
  }
  [part~='comment-actions'] {
    ${wrapRow}
    gap: ${token('space-3')};
  }
  .comment-panel {
    display: grid;
    gap: ${token('space-1')};
    padding: ${token('space-2')};
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .panel-buttons {
    ${wrapRow}
    justify-content: flex-end;
    gap: ${token('space-2')};
  }
  .panel-buttons button {
    ${button}
    padding: ${token('space-1')} ${token('space-3')};
    font-size: var(--_small);
  }
  .panel-buttons .primary {
    ${filled}
  }
  [part~='comments-locked'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
`;
