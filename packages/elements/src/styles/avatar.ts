import { type CSSResult, unsafeCSS } from 'lit';

// A person's round avatar, `[part~='avatar']`: their photo (an `img` inside), or their initials
// in bold while there is none. Its colours and place are the element's own. The mentor card
// writes its avatar out instead (its `--menteo-card-avatar-size`, its lighter initials): a
// shared fragment costs it bytes it does not have under its size budget.

/**
 * An avatar's declarations: a circle of `size` that clips its photo and centres the initials, in bold.
 *
 * @example css`[part~='avatar'] { ${avatar('40px')} background: var(--_accent-bg); }`
 */
export const avatar = (size: string): CSSResult =>
  unsafeCSS(`inline-size:${size};block-size:${size};border-radius:50%;overflow:hidden;display:grid;place-items:center;font-weight:700;`);

/**
 * An avatar photo's declarations: it fills the circle, cropped rather than squeezed.
 *
 * @example css`[part~='avatar'] img { ${avatarPhoto} }`
 */
export const avatarPhoto = /* @__PURE__ */ unsafeCSS('inline-size:100%;block-size:100%;object-fit:cover;');
