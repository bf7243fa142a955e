import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SandboxData } from '../../test/support/sandbox-data.js';
const data = new SandboxData();
const t = await data.tokenFor('demo-mentee');
const head = await (await data.fetch('GET', '/v1/events', { headers: { Accept: 'application/json' } })).json();
console.log('head', head);
for (let i = 0; i < 3; i++) {
  const r = await data.fetch('POST', '/v1/threads/thr_learningtolead/posts', { auth: t, body: { kind: 'milestone', body: `Post ${i} ☕` } });
  console.log(r.status);
}
const page = await (await data.fetch('GET', `/v1/events?after=${head.lastEventId}&threadIds=thr_learningtolead`, { headers: { Accept: 'application/json' } })).json();
console.log(page.data.map((e: any) => [e.id, e.type]), page.lastEventId);
const res = await data.fetch('GET', `/v1/events?threadIds=thr_learningtolead`, { headers: { Accept: 'text/event-stream', 'Last-Event-ID': head.lastEventId } });
const reader = res.body!.getReader(); let text = '';
while ((text.match(/\n\n/g) ?? []).length < 4) { const { value } = await reader.read(); text += new TextDecoder().decode(value); }
await reader.cancel();
console.log(JSON.stringify(text.slice(0, 300)));
// msw streaming + abort
const server = setupServer(http.get('https://x.test/s', () => new HttpResponse(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('data: 1\n\n')); }, cancel() { console.log('cancelled'); } }), { headers: { 'content-type': 'text/event-stream' } })),
  http.get('https://x.test/slow', async ({ request }) => { console.log('slow handler'); request.signal.addEventListener('abort', () => console.log('req signal aborted')); await new Promise((r) => setTimeout(r, 500)); return HttpResponse.json({}); }));
server.listen();
const ac = new AbortController();
const r2 = await fetch('https://x.test/s', { signal: ac.signal });
const rd = r2.body!.getReader();
console.log(await rd.read());
const p = rd.read().then((x) => console.log('read after abort', x), (e) => console.log('read rejected', e.name));
ac.abort(); await rd.cancel(); await p;
console.log('before slow'); const ac2 = new AbortController(); const t0 = Date.now();
setTimeout(() => ac2.abort(), 50);
await fetch('https://x.test/slow', { signal: ac2.signal }).then(() => console.log('slow resolved', Date.now() - t0), (e) => console.log('slow rejected', e.name, Date.now() - t0));
server.close(); await data.close();
