import type { Session } from '@menteo/sdk/stores';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './room-widget.strings.js';

// The hat a session needs (the seed's situational guidance): asked when booking and when editing.
type Hat = NonNullable<Session['hat']>;
const hats: Hat[] = ['leader', 'mentor'];

/**
 * The hat question of a form, as a radio group: not said, the leader hat or the mentor hat,
 * each with what it stands for. Arrow keys move the choice.
 *
 * @example
 * ```ts
 * html`<form>${renderHatChoice(l, `hat-${session.id}`, session.hat)}</form>`;
 * ```
 */
export function renderHatChoice(l: LocalizeController<typeof en>, id: string, current: Session['hat']): TemplateResult {
  const option = (value: Hat | '', label: string) =>
    html`<label class="toggle hat-option"><input type="radio" name="hat" .value=${value} .checked=${(current ?? '') === value} /> <span>${label}</span></label>`;
  return html`<fieldset class="hats" aria-describedby="${id}-hint">
    <legend>${l.msg('roomHatQuestion')}</legend>
    <p id="${id}-hint" class="muted small">${l.msg('roomHatHint')}</p>
    ${option('', l.msg('roomHatNone'))} ${hats.map((hat) => option(hat, l.msg(`roomHat_${hat}`)))}
  </fieldset>`;
}

/** The hat a form's radio group says, `null` for "not said". */
export const hatOf = (data: FormData): Session['hat'] => (data.get('hat') as Hat | '' | null) || null;
