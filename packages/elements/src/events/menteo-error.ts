/** What `menteo-error` carries: why the element shows an error. */
export interface MenteoErrorDetail {
  /**
   * The API problem's code (`not_found`, `rate_limited`…; `http_<status>` for an answer without
   * one), or `network` when no answer came, `timeout` when none came in time.
   */
  code: string;
  /** The request id to quote to support (the problem's); `null` when no answer came. */
  requestId: string | null;
}

/**
 * Fired by a connected element each time it shows an error state: a failed load (with its retry
 * button) or "not found".
 *
 * @example
 * ```ts
 * document.addEventListener('menteo-error', (event) => analytics.track('widget_error', event.detail));
 * ```
 */
export type MenteoErrorEvent = CustomEvent<MenteoErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-error': MenteoErrorEvent;
  }
}
