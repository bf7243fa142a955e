import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, html, LitElement } from 'lit';
import { MenteoNeedFinder } from '../need-finder/need-finder.js';
import { button, controlStyles, filled } from './controls.js';
import { toggleStyles } from './toggle.js';
import { baseStyles } from './tokens.js';

/**
 * An element styled the way the Menteo elements are: the shared rules, then its own with the
 * shared declarations; with toggle chips as the elements draw them (a pressed button, a label
 * around a checkbox).
 */
class ControlsProbe extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    toggleStyles,
    css`
      :host {
        --_primary: rgb(1, 2, 3);
        --_on-primary: rgb(255, 255, 255);
        --_focus: rgb(4, 5, 6);
        --_border: rgb(7, 8, 9);
        --_chip-bg: rgb(10, 11, 12);
      }
      .plain,
      .primary {
        ${button}
      }
      .primary {
        ${filled}
        margin-inline-start: 7px;
      }
    `,
  ];

  protected override render() {
    return html`<button class="plain" type="button">Plain</button><button class="primary" type="button">Primary</button>
      <button class="toggle off" type="button" aria-pressed="false">Cheer</button>
      <button class="toggle on" type="button" aria-pressed="true">Support</button>
      <label class="toggle box"><input type="checkbox" /> Leadership</label>`;
  }
}
customElements.define('controls-probe', ControlsProbe);
MenteoNeedFinder.define('menteo-need-finder');

const style = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('styles/controls', () => {
  it('gives every button the same accessible size and shape, and fills primary ones', async () => {
    const el = await fixture<ControlsProbe>(testHtml`<controls-probe></controls-probe>`);
    const plain = getComputedStyle(el.shadowRoot!.querySelector('.plain')!);
    const primary = getComputedStyle(el.shadowRoot!.querySelector('.primary')!);
    expect(plain.minHeight).to.equal('40px');
    expect(plain.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(plain.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(primary.minHeight).to.equal('40px');
    expect(primary.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(primary.color).to.equal('rgb(255, 255, 255)');
    expect(primary.fontWeight).to.equal('600');
    // A declaration written after a shared one still applies (each list ends with its `;`).
    expect(primary.marginLeft).to.equal('7px');
  });

  it('draws every toggle chip alike: 40px tall, outlined, filled with the primary color when on', async () => {
    const el = await fixture<ControlsProbe>(testHtml`<controls-probe></controls-probe>`);
    const off = style(el, '.off');
    expect(off.minHeight).to.equal('40px');
    expect(off.borderTopColor).to.equal('rgb(7, 8, 9)');
    expect(off.backgroundColor).to.equal('rgb(10, 11, 12)');
    const on = style(el, '.on');
    expect(on.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(on.color).to.equal('rgb(255, 255, 255)');
    expect(on.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(style(el, '.box').backgroundColor).to.equal('rgb(10, 11, 12)');
    el.shadowRoot!.querySelector('input')!.click();
    expect(style(el, '.box').backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('puts the focus ring on the chip when the keyboard reaches its input', async () => {
    const el = await fixture<ControlsProbe>(testHtml`<controls-probe></controls-probe>`);
    el.shadowRoot!.querySelector<HTMLElement>('.on')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('input');
    expect(style(el, '.box').outlineStyle).to.equal('solid');
    expect(style(el, '.box').outlineColor).to.equal('rgb(4, 5, 6)');
    expect(style(el, '.box input').outlineStyle).to.equal('none');
  });

  it('gives the need finder’s skill chips 40px targets', async () => {
    const el = await fixture<MenteoNeedFinder>(testHtml`<menteo-need-finder></menteo-need-finder>`);
    for (const answer of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="leader"]')) answer.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]')!.click();
    await el.updateComplete;
    const skills = [...el.shadowRoot!.querySelectorAll('[part~="skill"]')];
    expect(skills.length).to.be.greaterThan(3);
    for (const skill of skills) expect(skill.getBoundingClientRect().height).to.be.at.least(40);
  });
});
