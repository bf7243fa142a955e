// Apart from safe-url.ts: only elements that render links carry it (a card shows an image).
import { safeUrl } from './safe-url.js';

/**
 * Accepts a link target only if it is an absolute `http:`, `https:` or `mailto:` URL, as the
 * browser itself would parse it (so whitespace, control characters, case and encodings cannot
 * smuggle another scheme past the check); returns the normalized URL, else `undefined`.
 *
 * @example
 * ```ts
 * safeHref('https://menteo.dev/a b'); // 'https://menteo.dev/a%20b'
 * safeHref(' JaVa\tScript:alert(1)'); // undefined
 * ```
 */
export function safeHref(raw: string): string | undefined {
  return safeUrl(raw, ['http', 'https', 'mailto']);
}
