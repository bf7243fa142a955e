// The catalogs' loading rules, with loaders we control: English always, a shipped translation
// once its module has loaded (once for everyone), a page's own strings first, English when a
// translation cannot be loaded — and never a wait that does not end.
import { expect } from '@open-wc/testing';
import { defineStrings, loadLocale, msg, registerTranslation, type LocaleLoader } from './strings.js';

const en = { hello: 'Hello', items: (p: { count: number }) => `${p.count} items` };

/** A loader whose module arrives when the test says, counting its calls. */
function controlledLoader(fails = false) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const loader = Object.assign(
    (async () => {
      loader.calls++;
      await arrived;
      if (fails) throw new Error('chunk not found');
      return { default: { hello: 'Hola', items: (p: { count: number }) => `${p.count} elementos` } };
    }) as LocaleLoader<typeof en> & { calls: number },
    { calls: 0 },
  );
  return { loader, arrive };
}

describe('string catalogs', () => {
  it('speaks English at once and Spanish once its module has loaded, loading it once', async () => {
    const { loader, arrive } = controlledLoader();
    const strings = defineStrings(en, { es: loader });
    expect(loadLocale(strings, 'en')).to.equal(undefined);
    expect(msg(strings, 'es', 'hello'), 'before the module is here').to.equal('Hello');
    const first = loadLocale(strings, 'es-MX');
    const second = loadLocale(strings, 'es');
    expect(first).to.be.an.instanceOf(Promise);
    expect(second, 'one load for every element and region').to.equal(first);
    arrive();
    await first;
    expect(loader.calls).to.equal(1);
    expect(loadLocale(strings, 'es'), 'nothing left to wait for').to.equal(undefined);
    expect(msg(strings, 'es-MX', 'hello')).to.equal('Hola');
    expect(msg(strings, 'es', 'items', { count: 3 })).to.equal('3 elementos');
    expect(msg(strings, 'fr', 'hello'), 'not shipped').to.equal('Hello');
  });

  it('falls back to English, without waiting again, when a translation cannot be loaded', async () => {
    const { loader, arrive } = controlledLoader(true);
    const strings = defineStrings(en, { es: loader });
    const loading = loadLocale(strings, 'es')!;
    arrive();
    await loading; // settles: an element holding its update on it renders
    expect(loadLocale(strings, 'es')).to.equal(undefined);
    expect(msg(strings, 'es', 'hello')).to.equal('Hello');
    expect(loader.calls).to.equal(1);
  });

  it('prefers a page’s own translation, for its region first', async () => {
    const { loader, arrive } = controlledLoader();
    const strings = defineStrings({ ...en, onlyHere: 'Only here' }, { es: loader as never });
    registerTranslation('es-AR', { onlyHere: 'Solo acá' });
    expect(msg(strings, 'es-AR', 'onlyHere'), 'before the shipped Spanish loads').to.equal('Solo acá');
    arrive();
    await loadLocale(strings, 'es-AR');
    expect(msg(strings, 'es-AR', 'onlyHere')).to.equal('Solo acá');
    expect(msg(strings, 'es-AR', 'hello')).to.equal('Hola');
    expect(msg(strings, 'es', 'onlyHere'), 'not registered for plain es').to.equal('Only here');
  });
});
