// A module of its own, apart from layout.ts's other layouts: rollup places code by module, and
// the mentor card, which uses only this one, would otherwise load the rest in the CDN build.
import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

/**
 * A list of chips (skills, badges, facts): a bare list whose items wrap in rows, a small gap
 * apart. Declarations, for the list's rule.
 *
 * @example css`[part~='meta'] { ${chipList} }`
 */
export const chipList = /* @__PURE__ */ unsafeCSS(`list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:${token('space-1')};`);
