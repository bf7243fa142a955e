import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Ties a form control to its field in one binding: its `id` and `name` (the field's name, so
 * the field's `<label for>` and the form's data both find it), `aria-invalid` (whether the API
 * refused the value) and `aria-describedby` (its hints and error; none: no attribute). Every
 * control of a form is tied the same way, so no control can forget one of the four.
 *
 * @example html`<input ${fieldControl('termWeeks', false, 'termWeeks-hint')} type="number" />`
 */
class FieldControl extends Directive {
  constructor(part: PartInfo) {
    super(part);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows the binding as the developer writes it.
    if (part.type !== PartType.ELEMENT) throw new Error('fieldControl() goes on an element: <input ${fieldControl(…)}>');
  }

  render(_name: string, _invalid: boolean, _describedBy?: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [name, invalid, describedBy]: [string, boolean, string?]): unknown {
    const control = part.element;
    control.id = name;
    control.setAttribute('name', name);
    control.setAttribute('aria-invalid', String(invalid));
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
    return noChange;
  }
}

/** A form control's id, name, `aria-invalid` and `aria-describedby` in one binding; see {@link FieldControl}. */
export const fieldControl = directive(FieldControl);
