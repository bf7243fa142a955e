// Apart from connected-element.ts: an element that shows only its load's states (a card) does not
// carry it.
import { html, type TemplateResult } from 'lit';

/**
 * A status block with a title and a hint (`sign-in`, `empty` parts): a signed-out or empty state.
 *
 * @example `notice('empty', l.msg('roomNone'), l.msg('roomNoneHint'))`
 */
export const notice = (part: string, title: string, hint: string): TemplateResult =>
  html`<div part=${part} role="status"><p class="strong">${title}</p><p class="muted small">${hint}</p></div>`;
