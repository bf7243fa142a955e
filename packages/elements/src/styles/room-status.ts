import { css, unsafeCSS } from 'lit';
import { chip } from './controls.js';
import { token } from './tokens.js';

// A room's status as the room list and the room widget both show it: a chip with its icon and
// name, so a reader who learns it in the list knows it again in the room. Each element keeps its
// own highlight for an active room (its own accent tokens).

/**
 * A room status chip's declarations: a small outlined pill on the chip surface, the icon a small
 * gap from the name, never wrapping.
 *
 * @example css`[part~='status'] { ${statusChip} }`
 */
export const statusChip = /* @__PURE__ */ unsafeCSS(
  `${chip}display:inline-flex;gap:${token('space-1')};border:1px solid var(--_border);background:var(--_chip-bg);font-weight:600;white-space:nowrap;`,
);

/**
 * The statuses of a room that ended short of completing (declined, withdrawn, expired, closed
 * early), muted beside the rooms that run or ran to the end. Rules, for the chips' `status-<status>` classes.
 *
 * @example `static styles = [baseStyles, controlStyles, endedStatusStyles, styles];`
 */
export const endedStatusStyles = css`
  .status-declined,
  .status-withdrawn,
  .status-expired,
  .status-closed_early {
    color: var(--_muted);
  }
`;
