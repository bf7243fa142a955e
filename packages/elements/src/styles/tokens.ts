import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * System tokens and their light values. Pages override any of them as `--menteo-<name>` on
 * an element, a provider or any ancestor; component tokens (`--menteo-card-…`) build on them.
 */
const light = {
  'color-primary': '#4338ca',
  'color-on-primary': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-muted': '#f4f4f6',
  'color-on-surface': '#1b1b1f',
  'color-on-surface-muted': '#55555f',
  'color-outline': '#d9d9e0',
  'color-accent-surface': '#eef0ff',
  'color-on-accent-surface': '#3730a3',
  'color-danger': '#b3261e',
  'color-focus': '#4338ca',
  'color-star': '#b45309',
  radius: '12px',
  'radius-pill': '999px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  font: 'inherit',
  'font-size': '0.9375rem',
  'font-size-small': '0.8125rem',
  'font-size-large': '1.125rem',
  shadow: '0 1px 2px rgb(0 0 0 / 0.06), 0 1px 3px rgb(0 0 0 / 0.1)',
} as const;

/** The colors that change in the dark theme. */
const dark: Partial<Record<TokenName, string>> = {
  'color-primary': '#a5b4fc',
  'color-on-primary': '#1e1b4b',
  'color-surface': '#1f1f24',
  'color-surface-muted': '#2b2b32',
  'color-on-surface': '#ececf1',
  'color-on-surface-muted': '#b4b4c0',
  'color-outline': '#3d3d47',
  'color-accent-surface': '#312e81',
  'color-on-accent-surface': '#e0e7ff',
  'color-danger': '#f2b8b5',
  'color-focus': '#a5b4fc',
  'color-star': '#fbbf24',
  shadow: 'none',
};

/** A system token's name, without `--menteo-`. */
export type TokenName = keyof typeof light;

/**
 * A system token with its light value as fallback, for component styles.
 *
 * @example css`:host { --_bg: var(--menteo-card-background, ${token('color-surface')}); }`
 */
export const token = (name: TokenName): CSSResult => unsafeCSS(`var(--menteo-${name}, ${light[name]})`);

/** The themed subset of the light values: sizes and fonts are never reset by `theme`. */
const lightColors = Object.fromEntries(Object.entries(light).filter(([name]) => name in dark));

const declare = (values: Partial<Record<TokenName, string>>): CSSResult =>
  unsafeCSS(
    Object.entries(values)
      .map(([name, value]) => `--menteo-${name}: ${value};`)
      .join(' '),
  );

/**
 * `theme="light|dark|auto"` on any element or provider (or `<meta name="menteo:theme">` for the
 * page): sets the system tokens for itself and everything inside it (custom properties inherit
 * through shadow roots). `ThemeController` (internal/host-theme.ts) resolves the theme into
 * `data-resolved-theme` before the first render: `auto` follows the host page's own dark mode,
 * else the system's. Without a theme, an element follows its ancestors' tokens, else the light
 * values.
 *
 * @example `static styles = [themeStyles, css\`…\`];`
 */
export const themeStyles = css`
  :host([data-resolved-theme='light']) {
    ${declare(lightColors)}
    color-scheme: light;
  }
  :host([data-resolved-theme='dark']) {
    ${declare(dark)}
    color-scheme: dark;
  }
`;

/**
 * What every element's shadow root starts with: the theme, the font, `[hidden]` that works,
 * and the utilities every element shows (the request id of an error: each element defines
 * its own `--_muted`).
 *
 * @example `static styles = [baseStyles, styles];`
 */
export const baseStyles = css`
  ${themeStyles}
  :host {
    font-family: ${token('font')};
    font-size: ${token('font-size')};
    color: ${token('color-on-surface')};
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .request-id {
    color: var(--_muted);
    font-size: ${token('font-size-small')};
    font-family: ui-monospace, monospace;
    user-select: all;
  }
`;
