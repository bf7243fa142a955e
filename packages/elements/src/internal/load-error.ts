import { APIError } from '@menteo/sdk/internal';
import { html, type TemplateResult } from 'lit';
import { errorShown } from './analytics.js';

/** What the block needs of an element's localizer: the shared strings every catalog has. */
export interface SharedMessages {
  msg(key: 'requestId', params: { id: string }): string;
  msg(key: 'connectionError' | 'retry'): string;
}

/**
 * The load-error block every element shows (`error` and `retry-button` parts): what failed, the
 * request id to quote to support — or, when no answer came at all, a connection hint — and a
 * button to try again. Showing it fires `menteo-error` from the element.
 *
 * @example
 * ```ts
 * return loadError(this.#l10n, l.msg('loadError'), error, () => this.#retry());
 * ```
 */
export function loadError(l: SharedMessages, message: string, error: unknown, retry: () => void): TemplateResult {
  return html`<div part="error" role="alert" ${errorShown(error)}>
    <p>${message}</p>
    ${requestIdLine(l, error) ?? html`<p>${l.msg('connectionError')}</p>`}
    <button part="retry-button" type="button" @click=${retry}>${l.msg('retry')}</button>
  </div>`;
}

/** An API error's request id (`null` for anything else: no answer came). */
export const requestIdOf = (error: unknown): string | null => (error instanceof APIError ? error.requestId : null);

/**
 * The "Request ID: …" line of an API error, to quote to support; nothing when no answer came.
 *
 * @example
 * ```ts
 * html`<div part="update-error" role="alert"><p>${l.msg('roadmapUpdateError')}</p>${requestIdLine(l, error)}</div>`;
 * ```
 */
export function requestIdLine(l: SharedMessages, error: unknown): TemplateResult | undefined {
  const id = requestIdOf(error);
  return id ? html`<p class="request-id">${l.msg('requestId', { id })}</p>` : undefined;
}
