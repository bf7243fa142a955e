// Apart from controls.ts: only elements with a form carry it (a card has none).
import { unsafeCSS } from 'lit';

/**
 * A text field's declarations (inputs, text areas, selects): the element's text and surface,
 * its border, rounded corners, at least 40px tall. Each element sets the padding that fits it.
 *
 * @example css`textarea { ${field} padding: ${token('space-2')}; }`
 */
export const field = /* @__PURE__ */ unsafeCSS(
  'font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_border);border-radius:8px;min-block-size:40px;',
);
