// The live demos' API: a Mock Service Worker that replays answers the real sandbox gave when
// the site was built (demo-data.json), so element pages work as static files with no server.
// Loaded as a module by every page with a demo; it starts the worker, then the elements bundle,
// so no element asks for data before the worker is ready to answer. Writes nobody recorded are
// refused with a `403 demo_read_only` problem: the elements show their own error state.
// A demo marked `data-demo-token` (the room widget, which needs a signed-in person) gets that
// made-up token on its `<menteo-provider>`s: only this replay accepts it, since it checks none.
import { replay } from '@menteo/test-support';
import { setupWorker } from 'msw/browser';
import { notRecorded, readOnly, type DemoData } from './replay.js';

declare global {
  interface Window {
    /** Requests the replay had no answer for (the docs' browser test reads this). */
    menteoDemoMisses?: string[];
    /** Writes the replay refused as read-only (`403 demo_read_only`): expected, not misses. */
    menteoDemoRefused?: string[];
    /** Resolves when the worker answers and the elements are defined. */
    menteoDemoReady?: Promise<void>;
  }
}

const root = new URL('../', import.meta.url);

async function start(): Promise<void> {
  const data = (await (await fetch(new URL('demo-data.json', root))).json()) as DemoData;
  const misses: string[] = [];
  const refused: string[] = [];
  window.menteoDemoMisses = misses;
  window.menteoDemoRefused = refused;
  const missing = (key: string, request: Request) => {
    // Live updates are not replayed: a 4xx ends the subscription quietly (the feed stays as loaded).
    if (new URL(request.url).pathname === '/v1/events') return notRecorded(key);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // Sending, booking, editing: the replay saves nothing, and says so in the API's own shape.
      refused.push(key);
      return readOnly(key);
    }
    misses.push(key);
    console.warn(`[menteo docs demo] no recorded answer for ${key}`);
    return notRecorded(key);
  };
  const worker = setupWorker(replay('ALL', `${data.baseUrl}/*`, data, { missing }).handler);
  await worker.start({ serviceWorker: { url: new URL('mockServiceWorker.js', root).pathname }, onUnhandledRequest: 'bypass', quiet: true });
  // Before the bundle upgrades them: the provider takes the property on its first update.
  for (const demo of document.querySelectorAll<HTMLElement>('.demo[data-demo-token]')) {
    for (const provider of demo.querySelectorAll<HTMLElement & { token?: string }>('menteo-provider')) provider.token = demo.dataset.demoToken;
  }
  await import(new URL('assets/menteo.js', root).href);
}

window.menteoDemoReady = start().catch((error: unknown) => {
  // Opened from file:// (no service workers) or a browser without them: say so where the demos are.
  for (const demo of document.querySelectorAll('.demo')) {
    const note = document.createElement('p');
    note.className = 'demo-note';
    note.textContent = `The live demo needs a service worker: serve this folder over http(s) (for example \`npx serve docs/site\`). ${String(error)}`;
    demo.prepend(note);
  }
  throw error;
});
