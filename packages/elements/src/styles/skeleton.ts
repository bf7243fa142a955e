import { css } from 'lit';
import { token } from './tokens.js';

/**
 * The loading placeholders every element shows: `.bone` bars that pulse (still under
 * `prefers-reduced-motion`), with width classes instead of `style` attributes, which a
 * strict Content-Security-Policy (`style-src` without `'unsafe-inline'`) refuses.
 *
 * @example `html\`<div class="bone w-60"></div>\``
 */
export const skeletonStyles = css`
  .bone {
    background: ${token('color-surface-muted')};
    border-radius: 6px;
    block-size: 0.9em;
    animation: menteo-pulse 1.4s ease-in-out infinite;
  }
  .w-45 {
    inline-size: 45%;
  }
  .w-50 {
    inline-size: 50%;
  }
  .w-60 {
    inline-size: 60%;
  }
  .w-70 {
    inline-size: 70%;
  }
  .w-80 {
    inline-size: 80%;
  }
  @keyframes menteo-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
