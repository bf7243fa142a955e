import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { defineStrings } from '../locales/strings.js';
import { LocalizeController } from './localize-controller.js';
import { MenteoElement } from './menteo-element.js';

const strings = defineStrings({ hello: 'Hello' }, { es: async () => ({ default: { hello: 'Hola' } }) });
const when = new Date(Date.UTC(2027, 2, 28, 9, 30));

/** An element that renders a string and the four kinds of formats, as a card does. */
class LocalizeProbe extends MenteoElement {
  readonly l10n = new LocalizeController(this, strings);

  override render() {
    const l = this.l10n;
    return html`${l.msg('hello')} · ${l.number(1234.5)} · ${l.date(when, { month: 'long', timeZone: 'UTC' })} · ${l.list(['a', 'b'])} · ${l.language('fr')}`;
  }
}
LocalizeProbe.define('menteo-localize-probe');

/** Counts the Intl formatters made while `run` runs. */
async function countFormatters(run: () => Promise<void>): Promise<number> {
  const kinds = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames'] as const;
  const originals = kinds.map((kind) => Intl[kind]);
  let made = 0;
  kinds.forEach((kind, i) => {
    const original = originals[i] as unknown as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(original, {
      construct(target, args) {
        made += 1;
        return Reflect.construct(target, args);
      },
    });
  });
  try {
    await run();
  } finally {
    kinds.forEach((kind, i) => {
      (Intl as unknown as Record<string, unknown>)[kind] = originals[i];
    });
  }
  return made;
}

describe('LocalizeController', () => {
  it('formats in the nearest lang and follows it when it changes', async () => {
    const root = await fixture(fixtureHtml`<div lang="en"><menteo-localize-probe></menteo-localize-probe></div>`);
    const probe = root.querySelector('menteo-localize-probe') as LocalizeProbe;
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Hello'), 'no English render', { timeout: 10_000 });
    expect(probe.shadowRoot!.textContent).to.contain('1,234.5').and.contain('March').and.contain('a and b').and.contain('French');
    root.setAttribute('lang', 'es');
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Hola'), 'did not follow lang="es"', { timeout: 10_000 });
    // es formats 1234.5 without grouping (four digits), with a decimal comma.
    expect(probe.shadowRoot!.textContent).to.contain('1234,5').and.contain('marzo').and.contain('a y b').and.contain('francés');
    expect(probe.l10n.lang).to.equal('es');
  });

  it('makes each formatter once per language and options for the whole page, not per element or render', async () => {
    // Another language than the other tests', so none of its formatters exists yet.
    const made = await countFormatters(async () => {
      const root = await fixture(
        fixtureHtml`<div lang="en-GB">${Array.from({ length: 20 }, () => fixtureHtml`<menteo-localize-probe></menteo-localize-probe>`)}</div>`,
      );
      const probes = [...root.querySelectorAll('menteo-localize-probe')] as LocalizeProbe[];
      await waitUntil(() => probes.every((p) => p.shadowRoot?.textContent?.includes('Hello')), 'not rendered', { timeout: 10_000 });
      for (const probe of probes) probe.requestUpdate();
      await Promise.all(probes.map((p) => p.updateComplete));
    });
    // One NumberFormat, one DateTimeFormat, one ListFormat, one DisplayNames: 4, whatever the count of elements.
    expect(made).to.equal(4);
  });

  it('follows a dir change on an ancestor (the direction is remembered between renders)', async () => {
    const root = await fixture(fixtureHtml`<div dir="rtl"><menteo-localize-probe></menteo-localize-probe></div>`);
    const probe = root.querySelector('menteo-localize-probe') as LocalizeProbe;
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Hello'), 'no render', { timeout: 10_000 });
    expect(probe.l10n.dir).to.equal('rtl');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.l10n.dir).to.equal('rtl');
    root.setAttribute('dir', 'ltr');
    await waitUntil(() => probe.l10n.dir === 'ltr', 'did not follow dir="ltr"', { timeout: 10_000 });
    root.removeAttribute('dir');
    document.documentElement.setAttribute('dir', 'rtl');
    try {
      await waitUntil(() => probe.l10n.dir === 'rtl', 'did not follow dir on <html>', { timeout: 10_000 });
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('keeps a well-formed tag when lang is not one', async () => {
    const root = await fixture(fixtureHtml`<div lang="not a language!"><menteo-localize-probe></menteo-localize-probe></div>`);
    const probe = root.querySelector('menteo-localize-probe') as LocalizeProbe;
    await waitUntil(() => probe.shadowRoot?.textContent?.includes('Hello'), 'no render', { timeout: 10_000 });
    expect(probe.l10n.lang).to.equal('en');
  });
});
