import { css } from 'lit';
import { controlTokens } from '../styles/control-tokens.js';
import { button, filled } from '../styles/controls.js';
import { field } from '../styles/field.js';
import { bareList, dividedSection, wrapRow } from '../styles/layout.js';
import { surfaceBox, surfaceTokens } from '../styles/surface.js';
import { token } from '../styles/tokens.js';

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

  /* A scenario question: its wording, then its answers as chips. */
  [part~='question'] legend {
    font-weight: 600;
  }
  [part~='question'].missing legend {
    color: var(--_danger);
  }
  [part~='question'].missing legend::before {
    content: '⚠ ';
  }

  /* Why: what the answers say, set off as the headline of what follows. */
  [part~='why'] {
    padding: ${token('space-3')};
    border-inline-start: 4px solid var(--_primary);
    background: var(--_selected);
    color: var(--_on-selected);
    border-radius: 4px;
    font-weight: 550;
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
  [part~='results'] h4 {
    margin: 0;
    font-size: ${token('font-size')};
  }
  [part~='mentors'] {
    display: grid;
    gap: ${token('space-2')};
  }
  [part~='roadmap'],
  [part~='thread'] {
    ${dividedSection}
    justify-items: start;
  }
  [part~='roadmap-name'] {
    font-weight: 650;
  }
  [part~='roadmap-reasons'] {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: ${token('font-size-small')};
  }
  a {
    color: var(--_primary);
    font-weight: 600;
  }
  [part~='thread-started'] {
    font-weight: 600;
  }
  /* Focus is moved to these so screen readers read on from there; they are not controls, so no ring. */
  #results-title:focus,
  [part~='thread-started']:focus {
    outline: none;
  }
  [part~='thread-error'] {
    display: grid;
    gap: ${token('space-1')};
    color: var(--_danger);
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

  /* Two cards per row when there is room. */
  @container (min-width: 560px) {
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
    [part~='why'] {
      border-color: Highlight;
    }
  }
`;
