// The React example's static host under requests a browser would never send: a malformed
// percent-encoding must get a 400, and the server must go on serving.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { staticHost } from '../static-host.js';

let dir: string;
let server: Server;
let port: number;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'menteo-static-host-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'assets', 'app-1a2b.js'), 'export {};');
  server = createServer(staticHost(dir, "default-src 'self'"));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** Sends `GET <target>` byte for byte (no client library cleans it up) and reads the status. */
function statusOf(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    // A handler that threw never answers: give up rather than hang the run.
    socket.setTimeout(10_000, () => socket.destroy());
    let head = '';
    socket.on('data', (chunk) => (head += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)?.[1];
      if (status) resolve(Number(status));
      else reject(new Error(`no answer to GET ${target}`));
    });
  });
}

describe('static host', () => {
  it('answers 400 to a malformed URL and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', '/assets/%E0%A4%A.js', '/%', 'http://[/']) {
      assert.equal(await statusOf(target), 400, target);
      assert.equal(await statusOf('/'), 200, `after ${target}`);
    }
    assert.equal(await statusOf('/assets/app-1a2b.js'), 200);
  });

  it('serves assets as they are and the app for any other path', async () => {
    const asset = await fetch(`http://127.0.0.1:${port}/assets/app-1a2b.js`);
    assert.equal(asset.headers.get('content-type'), 'text/javascript');
    assert.equal(await asset.text(), 'export {};');
    const page = await fetch(`http://127.0.0.1:${port}/mentors/men_1?q=%C3%A9`);
    assert.equal(await page.text(), '<!doctype html><title>app</title>');
    assert.equal(page.headers.get('content-security-policy'), "default-src 'self'");
    assert.equal((await fetch(`http://127.0.0.1:${port}/assets/missing.js`)).status, 404);
    assert.equal(await statusOf('/assets/../../../etc/passwd'), 200); // normalized to /etc/passwd: the app, not the file
  });
});
