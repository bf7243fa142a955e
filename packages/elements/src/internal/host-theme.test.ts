import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { demoMentor, part, sandbox, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import type { MenteoProvider } from '../provider/menteo-provider.js';

const root = document.documentElement;
const dark = '#1f1f24';
const light = '#ffffff';

/** The surface color the element's theme gives it ('' when it follows its surroundings). */
const surface = (el: Element): string => getComputedStyle(el).getPropertyValue('--menteo-color-surface').trim();

const until = (el: Element, value: string, what: string) => waitUntil(() => surface(el) === value, `${what}: surface is '${surface(el)}', not '${value}'`);

function addMeta(name: string, content: string): HTMLMetaElement {
  const meta = Object.assign(document.createElement('meta'), { name, content });
  document.head.append(meta);
  return meta;
}

describe('theme follows the host page', () => {
  beforeEach(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => {
    root.removeAttribute('class');
    root.removeAttribute('data-theme');
    root.removeAttribute('style');
    for (const meta of document.head.querySelectorAll('meta[name^="menteo:theme"]')) meta.remove();
  });

  it("flips theme='auto' live when the host toggles .dark, data-theme or color-scheme on <html>", async () => {
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="auto"></menteo-mentor-card>`);
    await until(el, light, 'the host says nothing, the system is light');
    root.classList.add('dark');
    await until(el, dark, 'html.dark');
    expect(el.getAttribute('data-resolved-theme')).to.equal('dark');
    root.classList.remove('dark');
    await until(el, light, 'html without .dark');
    root.dataset.theme = 'dark';
    await until(el, dark, 'data-theme=dark');
    root.removeAttribute('data-theme');
    root.style.colorScheme = 'dark';
    await until(el, dark, 'color-scheme: dark');
    root.style.colorScheme = 'light dark';
    await until(el, light, "color-scheme: 'light dark' leaves it to the (light) system");
    // The host's light mode wins over a dark system.
    await emulateMedia({ colorScheme: 'dark' });
    await until(el, dark, 'dark system, host silent');
    root.classList.add('light');
    await until(el, light, 'html.light on a dark system');
  });

  it('draws the background itself from the resolved theme', async () => {
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="auto"></menteo-mentor-card>`);
    const base = await waitForPart(el, 'base');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    root.dataset.theme = 'dark';
    await waitUntil(() => getComputedStyle(base).backgroundColor === 'rgb(31, 31, 36)', 'the base did not turn dark');
  });

  it("explicit theme='light' or 'dark' wins over the host", async () => {
    root.classList.add('dark');
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="light"></menteo-mentor-card>`);
    await until(el, light, 'light on a dark host');
    el.theme = 'dark';
    root.classList.replace('dark', 'light');
    await until(el, dark, 'dark on a light host');
  });

  it('follows the system when the host says nothing (live), and stays untouched without a theme', async () => {
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="auto"></menteo-mentor-card>`);
    const plain = await fixture<MenteoMentorCard>(html`<menteo-mentor-card></menteo-mentor-card>`);
    await until(el, light, 'light system');
    await emulateMedia({ colorScheme: 'dark' });
    await until(el, dark, 'dark system');
    expect(surface(plain)).to.equal('');
    expect(plain.hasAttribute('data-resolved-theme')).to.equal(false);
    await emulateMedia({ colorScheme: 'light' });
    await until(el, light, 'light system again');
  });

  it("takes the page default from <meta name='menteo:theme'>, not inside a themed provider", async () => {
    addMeta('menteo:theme', 'auto');
    root.classList.add('dark');
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card></menteo-mentor-card>`);
    await until(el, dark, 'meta auto on a dark host');
    const provider = await fixture<MenteoProvider>(html`<menteo-provider theme="light"><menteo-mentor-card></menteo-mentor-card></menteo-provider>`);
    const inner = provider.querySelector('menteo-mentor-card')!;
    await until(provider, light, 'the provider says light');
    expect(inner.hasAttribute('data-resolved-theme')).to.equal(false);
    await until(inner, light, 'the card inherits its provider');
  });

  it("honours a configured dark selector (<meta name='menteo:theme-dark-selector'>)", async () => {
    addMeta('menteo:theme-dark-selector', 'html.night');
    root.classList.add('dark'); // not this page's convention: the selector decides
    const el = await fixture<MenteoMentorCard>(html`<menteo-mentor-card theme="auto"></menteo-mentor-card>`);
    await until(el, light, 'html.dark without .night');
    root.classList.add('night');
    await until(el, dark, 'html.night');
  });

  it('a provider with theme="auto" follows the host, and its elements with it; axe clean in dark', async () => {
    const provider = await fixture<MenteoProvider>(html`<menteo-provider theme="auto" publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    const card = provider.querySelector('menteo-mentor-card')!;
    await waitForPart(card, 'name');
    await until(card, light, 'light host');
    root.classList.add('dark');
    await until(card, dark, 'dark host');
    expect(getComputedStyle(part(card, 'base')!).backgroundColor).to.equal('rgb(31, 31, 36)');
    await expect(card).to.be.accessible();
  });
});
