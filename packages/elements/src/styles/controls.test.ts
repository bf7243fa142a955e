import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { button, controlStyles, filled } from './controls.js';
import { baseStyles } from './tokens.js';

/** An element styled the way the Menteo elements are: the shared rules, then its own with the shared declarations. */
class ControlsProbe extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      :host {
        --_primary: rgb(1, 2, 3);
        --_on-primary: rgb(255, 255, 255);
        --_focus: rgb(4, 5, 6);
      }
      button {
        ${button}
      }
      .primary {
        ${filled}
        margin-inline-start: 7px;
      }
    `,
  ];

  protected override render() {
    return html`<button class="plain" type="button">Plain</button><button class="primary" type="button">Primary</button>`;
  }
}
customElements.define('controls-probe', ControlsProbe);

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
});
