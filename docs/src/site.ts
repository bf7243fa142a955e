// Every page's header: the dark-theme toggle (saved in localStorage) and the Pagefind search box.
import { initialTheme, themeKey } from './theme-choice.js';

declare global {
  interface Window {
    /** Pagefind's default UI (site/pagefind/pagefind-ui.js, a classic script loaded before this module). */
    PagefindUI?: new (options: {
      element: string;
      bundlePath: string;
      showSubResults?: boolean;
      resetStyles?: boolean;
    }) => unknown;
  }
}

const html = document.documentElement;
const toggle = document.getElementById('theme-toggle');

/** Draws `theme` and shows it on the toggle. */
function show(theme: 'light' | 'dark'): void {
  html.dataset.theme = theme;
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
}

show(initialTheme());
toggle?.addEventListener('click', () => {
  const next = html.dataset.theme === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem(themeKey, next);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
  show(next);
});
// Without a saved choice the site follows the system, live.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => show(initialTheme()));

// The search box: Pagefind's index sits at the site's root, whatever folder this page is in.
const search = document.getElementById('search');
if (window.PagefindUI && search) {
  new window.PagefindUI({ element: '#search', bundlePath: new URL('../pagefind/', import.meta.url).pathname, showSubResults: true, resetStyles: false });
  // Pagefind's input has only a title and a placeholder: give it a name (axe: label-title-only).
  const label = () => search.querySelector('input')?.setAttribute('aria-label', 'Search the docs');
  label();
  new MutationObserver(label).observe(search, { childList: true, subtree: true });
}
