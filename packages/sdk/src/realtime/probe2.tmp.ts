import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
let ctl: ReadableStreamDefaultController | undefined;
const server = setupServer(
  http.get('https://x.test/s', ({ request }) => {
    request.signal.addEventListener('abort', () => console.log('req signal aborted'));
    return new HttpResponse(new ReadableStream({ start(c) { ctl = c; c.enqueue(new TextEncoder().encode('data: 1\n\n')); }, pull() { console.log('pull'); }, cancel(r) { console.log('source cancelled', r); } }), { headers: { 'content-type': 'text/event-stream' } });
  }));
server.listen();
const keep = setTimeout(() => console.log('keepalive'), 1000);
const ac = new AbortController();
const r = await fetch('https://x.test/s', { signal: ac.signal });
const rd = r.body!.getReader();
console.log(await rd.read());
const p = rd.read().then((x) => console.log('read', x), (e) => console.log('read rejected', e.name));
ac.abort();
void rd.cancel().then(() => console.log('cancel resolved'));
await p;
await new Promise((r) => setTimeout(r, 100));
try { ctl!.enqueue(new Uint8Array([1])); console.log('enqueue ok'); } catch (e) { console.log('enqueue threw', (e as Error).message); }
clearTimeout(keep);
server.close();
