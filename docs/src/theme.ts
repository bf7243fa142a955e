// The site's theme before the first paint (a classic script in <head>): `data-theme` on <html>,
// which the site's CSS keys on and the demos' elements follow (`<meta name="menteo:theme"
// content="auto">` honours the host page's `data-theme`).
import { initialTheme } from './theme-choice.js';

document.documentElement.dataset.theme = initialTheme();
