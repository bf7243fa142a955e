import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

// Its own module: the fragment is built with calls a bundler cannot drop, so only the elements
// that read these names carry it (not the mentor card).

/**
 * Short private names for the spacing steps and the small type (`--_s1`, `--_s2`, `--_s3`,
 * `--_small`), for elements whose many sections (and their section modules' styles) read them
 * everywhere. Declarations, to put in a `:host` rule.
 *
 * @example css`:host { ${surfaceTokens('room')} ${spacingTokens} }`
 */
export const spacingTokens = /* @__PURE__ */ unsafeCSS(
  `--_s1:${token('space-1')};--_s2:${token('space-2')};--_s3:${token('space-3')};--_small:${token('font-size-small')};`,
);
