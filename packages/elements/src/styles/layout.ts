import { unsafeCSS } from 'lit';

/**
 * A list without its bullets, numbers and indents (a list of steps, of matches, of chips):
 * declarations, to put in the list's rule before its own layout.
 *
 * @example css`[part~='steps'] { ${bareList} display: grid; gap: ${token('space-2')}; }`
 */
export const bareList = /* @__PURE__ */ unsafeCSS('list-style:none;margin:0;padding:0;');

/**
 * A panel inside an element's surface (a booking form, a review, a session): a grid, outlined, its corners
 * a quarter tighter than the surface's so the two read as nested. Declarations; the panel's
 * rule sets its own gap and padding.
 *
 * @example css`[part~='booking'] { ${innerPanel} gap: var(--_s2); padding: var(--_s3); }`
 */
export const innerPanel = /* @__PURE__ */ unsafeCSS('display:grid;border:1px solid var(--_border);border-radius:calc(var(--_radius) * 0.75);');

/**
 * A row that wraps onto more lines when its space runs out (actions, facts, a header, a day's
 * times): flex, wrapping. Declarations; the rule sets its own gap and alignment, since rows align
 * differently (centred controls, baseline text, end-aligned fields).
 *
 * @example css`[part~='actions'] { ${wrapRow} gap: var(--_s2); }`
 */
export const wrapRow = /* @__PURE__ */ unsafeCSS('display:flex;flex-wrap:wrap;');

/**
 * A section of an element after the first (a room's goals, sessions, chat, past sessions, intro
 * call): a grid set off from what precedes it by a rule and a little space. Declarations; the
 * section's rule may change its gap.
 *
 * @example css`[part~='goals'] { ${dividedSection} }`
 */
export const dividedSection = /* @__PURE__ */ unsafeCSS(
  'display:grid;gap:var(--_s2);min-inline-size:0;padding-block-start:var(--_s3);border-block-start:1px solid var(--_border);',
);
