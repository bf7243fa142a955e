import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM only. Lit's `styleMap` writes a `style` attribute on
 * its first render, which a strict Content-Security-Policy (`style-src` without
 * `'unsafe-inline'`) refuses; `element.style.setProperty` is always allowed.
 *
 * @example html`<div part="progress-fill" ${styleProps({ 'inline-size': `${percent}%` })}></div>`
 */
class StyleProps extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the message shows the binding as the developer writes it.
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({…})}>');
  }

  render(_props: Record<string, string | undefined>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.#set) if (props[name] === undefined) style.removeProperty(name);
    this.#set.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

/** Style properties set through the CSSOM (strict-CSP safe); see {@link StyleProps}. */
export const styleProps = directive(StyleProps);
