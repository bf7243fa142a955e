/**
 * An image address from the API (avatars) only if it is an absolute `http:`/`https:` URL as
 * the browser parses it; anything else (`javascript:`, `data:`, relative paths, garbage) is
 * dropped, and the element shows its fallback (initials) instead. Avatars come from user
 * profiles and company backends: a profile must not be able to smuggle a script URL in.
 *
 * @example
 * ```ts
 * html`${safeImageUrl(mentor.avatarUrl) ? html`<img src=${safeImageUrl(mentor.avatarUrl)} alt="">` : initials}`;
 * ```
 */
export function safeImageUrl(raw: string | null | undefined): string | undefined {
  return raw ? safeUrl(raw, ['http', 'https']) : undefined;
}

/**
 * `raw` as the browser parses it, if it is absolute and of one of `schemes`; else `undefined`.
 *
 * @example `safeUrl(' JaVa\tScript:alert(1)', ['http', 'https']); // undefined`
 */
export function safeUrl(raw: string, schemes: readonly string[]): string | undefined {
  // The text itself must start with the scheme: literal backslashes and entities stay as typed,
  // never decoded into another scheme.
  const scheme = /^\s*([a-z]+):/i.exec(raw)?.[1]?.toLowerCase();
  if (!scheme || !schemes.includes(scheme)) return undefined;
  try {
    const url = new URL(raw.trim());
    return schemes.includes(url.protocol.slice(0, -1)) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
