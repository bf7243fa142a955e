import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

// A module of its own, apart from controls.ts: the token() calls inside a declaration list run
// when the module loads (a bundler cannot drop them as unused), and the card, which writes its
// few tokens out, would carry them for nothing.

/**
 * The private tokens the controls read, over the system tokens: `--_primary`, `--_on-primary`,
 * `--_focus`, `--_chip-bg`, `--_danger`. Declarations, first in an element's `:host` rule (an
 * element that lets pages set its accent declares its own `--_primary` after them).
 *
 * @example css`:host { ${controlTokens} --_primary: var(--menteo-room-accent-color, ${token('color-primary')}); }`
 */
export const controlTokens = /* @__PURE__ */ unsafeCSS(
  `--_primary:${token('color-primary')};--_on-primary:${token('color-on-primary')};--_focus:${token('color-focus')};` +
    `--_chip-bg:${token('color-surface-muted')};--_danger:${token('color-danger')};`,
);
