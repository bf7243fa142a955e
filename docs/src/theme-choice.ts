// The reader's theme: the choice the header's toggle saved (src/site.ts), else the system's.

/** Where the toggle keeps the reader's choice. */
export const themeKey = 'menteo-docs-theme';

/**
 * The theme to draw: the saved choice, else the system's preference.
 *
 * @example `document.documentElement.dataset.theme = initialTheme();`
 */
export function initialTheme(): 'light' | 'dark' {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(themeKey);
  } catch {
    // Storage blocked (privacy settings): the system's preference still applies.
  }
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
