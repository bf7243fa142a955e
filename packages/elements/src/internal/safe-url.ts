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
  if (!raw || !/^\s*https?:/i.test(raw)) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
