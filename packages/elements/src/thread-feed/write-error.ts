import { html, type TemplateResult } from 'lit';
import { requestIdLine } from '../internal/load-error.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './thread-feed.strings.js';

/**
 * A post or comment the API refused (`post-error` part): what failed, and the request id — or,
 * with no answer at all, a connection hint.
 *
 * @example `${error ? writeError(l, l.msg('feedFollowError'), error) : nothing}`
 */
export const writeError = (l: LocalizeController<typeof en>, message: string, error: unknown): TemplateResult =>
  html`<div part="post-error" role="alert">
    <p>${message}</p>
    ${requestIdLine(l, error) ?? html`<p>${l.msg('connectionError')}</p>`}
  </div>`;
