import { css } from 'lit';
import { button, filled } from '../../styles/controls.js';
import { field } from '../../styles/field.js';
import { surfacePaint } from '../../styles/surface.js';
import { token } from '../../styles/tokens.js';

/** The request dialog: it inherits the card's private tokens (`--_bg`, `--_primary`, …) through the card's shadow root. */
export const styles = css`
  :host {
    --_danger: ${token('color-danger')};
    --_gap: ${token('space-3')};
  }
  dialog {
    ${surfacePaint}
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    box-sizing: border-box;
    line-height: 1.4;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  form,
  fieldset {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: ${token('font-size-large')};
  }
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
    align-content: start;
  }
  /* Cadence and term side by side where there is room. */
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_gap);
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint,
  .count {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
  }
  input,
  textarea,
  select {
    ${field}
    padding: ${token('space-2')};
    box-sizing: border-box;
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error,
  [part~='request-error'] {
    color: var(--_danger);
    font-size: ${token('font-size-small')};
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .scale label {
    font-weight: 400;
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-block-size: 40px;
  }
  .scale input {
    inline-size: auto;
    min-block-size: 0;
  }
  .actions {
    display: flex;
    gap: ${token('space-2')};
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .actions button {
    ${button}
  }
  .actions [type='submit'] {
    ${filled}
  }
`;
