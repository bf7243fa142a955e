import { css, unsafeCSS } from 'lit';
import { token } from './tokens.js';

// The controls every element draws, written once. Each element keeps its own selectors (its
// parts) and its private tokens (`--_primary`, `--_on-primary`, `--_focus`): these are the
// declarations, so a button is the same size and shape in every element. The declaration
// lists are plain strings, written minified (the build's literal minifier takes only whole
// stylesheets), each ending in `;` so that declarations can follow it.

/**
 * A button's declarations: a pill outlined in the primary color, at least 40px tall (a target
 * comfortable for touch and for people with tremors). Dense controls (chips, toggles) set a
 * smaller `min-block-size` on top.
 *
 * @example css`[part~='retry-button'] { ${button} }`
 */
export const button = /* @__PURE__ */ unsafeCSS(
  `font:inherit;cursor:pointer;border-radius:${token('radius-pill')};padding:${token('space-2')} ${token('space-4')};` +
    'min-block-size:40px;border:1px solid var(--_primary);background:transparent;color:var(--_primary);transition:filter 120ms ease;',
);

/**
 * A primary button's fill, on top of `button`.
 *
 * @example css`[part~='request-button'] { ${filled} }`
 */
export const filled = /* @__PURE__ */ unsafeCSS('background:var(--_primary);color:var(--_on-primary);font-weight:600;');

/**
 * A chip's declarations (skills, tags, small badges).
 *
 * @example css`[part~='skill'] { ${chip} background: var(--_chip-bg); }`
 */
export const chip = /* @__PURE__ */ unsafeCSS(`padding:2px ${token('space-2')};border-radius:${token('radius-pill')};font-size:${token('font-size-small')};`);

/**
 * The focus ring's declarations: on whatever the keyboard reaches, and on a chip whose input it reaches.
 *
 * @example css`.slot:has(:focus-visible) { ${focusRing} }`
 */
export const focusRing = /* @__PURE__ */ unsafeCSS('outline:3px solid var(--_focus);outline-offset:2px;');

/**
 * What every element's controls share as rules: the focus ring on whatever the keyboard
 * reaches, the hover of enabled buttons, and no button transitions under reduced motion.
 *
 * @example `static styles = [baseStyles, controlStyles, styles];`
 */
export const controlStyles = css`
  :focus-visible {
    ${focusRing}
  }
  button:hover:not(:disabled, [aria-disabled='true']) {
    filter: brightness(1.1);
  }
  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }
`;
