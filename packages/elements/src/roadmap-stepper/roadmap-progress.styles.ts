import { css } from 'lit';
import { button, filled } from '../styles/controls.js';
import { field } from '../styles/field.js';
import { wrapRow } from '../styles/layout.js';
import { token } from '../styles/tokens.js';

/**
 * The signed-in reader's progress bar and step controls, on top of the stepper's rules (whose
 * private tokens they read): they load with roadmap-progress.ts, so a reader who is not signed
 * in never downloads them.
 *
 * @example `addLateStyles(stepper.renderRoot, progressStyles); // done by ProgressControls`
 */
export const progressStyles = css`
  .progress {
    display: grid;
    gap: ${token('space-1')};
  }
  [part~='progress'] {
    block-size: 10px;
    border-radius: ${token('radius-pill')};
    background: var(--_chip-bg);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  [part~='progress-fill'] {
    block-size: 100%;
    background: var(--_bar);
    transition: inline-size 200ms ease;
  }
  [part~='progress-label'] {
    font-size: ${token('font-size-small')};
    color: var(--_muted);
  }
  [part~='progress-label'] strong {
    color: var(--_fg);
  }

  [part~='actions'] {
    ${wrapRow}
    gap: ${token('space-2')};
  }
  [part~='action'],
  [part~='note-button'] {
    ${button}
  }
  [part~='action'][aria-pressed='true'] {
    ${filled}
  }
  [part~='action'][aria-pressed='true']::before {
    content: '✓ ';
  }

  .note {
    display: grid;
    gap: ${token('space-1')};
  }
  label {
    font-size: ${token('font-size-small')};
    font-weight: 600;
  }
  textarea {
    ${field}
    padding: ${token('space-2')};
    resize: vertical;
    inline-size: 100%;
  }
  .note-row {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }

  [part~='update-error'] {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: ${token('space-2')};
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='progress-fill'] {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    [part~='progress-fill'] {
      background: Highlight;
    }
    [part~='action'][aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
