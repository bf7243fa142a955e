import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, field, filled } from '../styles/controls.js';
import { bareList, wrapRow } from '../styles/layout.js';
import { surfaceBox, surfaceTokens, token } from '../styles/tokens.js';

/** Component tokens (`--menteo-need-finder-*`) over system tokens, read through private `--_*` ones. */
export const styles = css`
  :host {
    ${controlTokens}
    ${surfaceTokens('need-finder', 'space-5')}
    --_selected: var(--menteo-need-finder-selected-background, ${token('color-accent-surface')});
    --_on-selected: ${token('color-on-accent-surface')};
  }

  [part~='base'] {
    ${surfaceBox}
    gap: ${token('space-4')};
    line-height: 1.45;
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  [part~='title'] {
    font-size: ${token('font-size-large')};
    font-weight: 650;
  }
  [part~='step'],
  .hint {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }

  form {
    display: grid;
    gap: ${token('space-4')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: ${token('space-2')};
    min-inline-size: 0;
  }
  legend,
  .field > label {
    font-weight: 600;
    padding: 0;
    margin-block-end: ${token('space-2')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
  }
  .field > label {
    margin: 0;
  }

  /* A need: the radio, its name, and its description under the name. */
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('space-2')};
    row-gap: 2px;
    align-items: center;
    padding: ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
  }
  .option.selected {
    background: var(--_selected);
    border-color: var(--_primary);
  }
  .option label {
    font-weight: 600;
    cursor: pointer;
  }
  .option .hint {
    grid-column: 2;
  }
  .option.selected .hint {
    color: var(--_on-selected);
  }

  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_primary);
    margin: 0;
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  textarea,
  select {
    ${field}
    padding: ${token('space-2')};
    inline-size: 100%;
  }
  select {
    inline-size: auto;
    justify-self: start;
  }
  textarea {
    resize: vertical;
    min-block-size: 6em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .chips {
    ${wrapRow}
    gap: ${token('space-2')};
  }

  [part~='field-error'] {
    color: var(--_danger);
    font-size: ${token('font-size-small')};
    font-weight: 550;
  }
  [part~='field-error']::before {
    content: '⚠ ';
  }

  .actions {
    ${wrapRow}
    gap: ${token('space-2')};
    justify-content: flex-end;
  }
  button {
    ${button}
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  button.primary {
    ${filled}
  }
  button[aria-disabled='true'] {
    cursor: progress;
    filter: saturate(0.6);
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  [part~='error'] {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')};
    border: 1px solid var(--_danger);
    border-radius: 8px;
  }
  [part~='error'] button {
    justify-self: start;
  }

  [part~='results'] {
    display: grid;
    gap: ${token('space-3')};
  }
  [part~='results'] h3 {
    font-size: ${token('font-size-large')};
  }
  .matches {
    ${bareList}
    display: grid;
    gap: ${token('space-3')};
  }
  [part~='match'] {
    display: grid;
    gap: ${token('space-2')};
    align-content: start;
  }
  [part~='score'] {
    font-weight: 650;
    color: var(--_primary);
  }
  .reasons-title {
    font-weight: 600;
    font-size: ${token('font-size-small')};
  }
  [part~='reasons'] {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: ${token('font-size-small')};
    display: grid;
    gap: 2px;
  }

  /* Side by side when there is room: the needs, then two cards per row. */
  @container (min-width: 560px) {
    [part~='needs'] {
      grid-template-columns: 1fr 1fr;
    }
    [part~='needs'] legend {
      grid-column: 1 / -1;
    }
    [part~='needs'] [part~='field-error'] {
      grid-column: 1 / -1;
    }
    .option {
      align-items: start;
    }
    .matches {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    .option.selected {
      border-color: Highlight;
    }
  }
`;
