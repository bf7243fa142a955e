import { css } from 'lit';
import { filled, focusRing } from './controls.js';
import { token } from './tokens.js';

/**
 * The chips a person presses or ticks (skills to pick, reactions, open times), as rules for the
 * class `toggle` on a `<button aria-pressed>` or on a `<label>` around a checkbox or radio. One
 * look: a pill as tall as a button (40px), outlined, filled with the primary color when on, and
 * the focus ring on the chip when the keyboard is on its input. Elements with toggles add it
 * after `controlStyles` (a file of its own, so that elements without toggles do not carry it);
 * the element sets `--_border` and the control tokens.
 *
 * @example
 * ```ts
 * static styles = [baseStyles, controlStyles, toggleStyles, styles];
 * html`<label part="skill" class="toggle"><input type="checkbox" /> Leadership</label>`;
 * ```
 */
export const toggleStyles = css`
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-block-size: 40px;
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid var(--_border);
    border-radius: ${token('radius-pill')};
    background: var(--_chip-bg);
    color: inherit;
    font: inherit;
    font-size: ${token('font-size-small')};
    cursor: pointer;
  }
  .toggle[aria-pressed='true'],
  .toggle:has(:checked) {
    ${filled}
    border-color: var(--_primary);
  }
  .toggle input {
    margin: 0;
    accent-color: var(--_primary);
  }
  .toggle:has(:checked) input {
    accent-color: var(--_on-primary);
  }
  .toggle:has(:focus-visible) {
    ${focusRing}
  }
  .toggle input:focus-visible {
    outline: none;
  }
  @media (forced-colors: active) {
    .toggle[aria-pressed='true'],
    .toggle:has(:checked) {
      border-width: 2px;
    }
  }
`;
