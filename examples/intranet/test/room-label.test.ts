// The room chooser's words: a pending request must never read as a mentorship.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startIntranet } from '../server.js';

interface RoomLike {
  status: string;
  viewerRole: 'mentee' | 'mentor';
  mentor: { name: string };
  mentee: { name: string };
}

// The page's own script module, as the browser loads it (plain JavaScript, no types of its own).
const { roomLabel } = (await import(new URL('../public/room-label.js', import.meta.url).href)) as { roomLabel: (r: RoomLike) => string };

const room = (status: string, viewerRole: RoomLike['viewerRole']): RoomLike => ({
  status,
  viewerRole,
  mentor: { name: 'Daniel Okafor' },
  mentee: { name: 'Priya Raman' },
});

describe('intranet room chooser', () => {
  it('says a requested room is requested, an active one who mentors whom', () => {
    assert.equal(roomLabel(room('requested', 'mentee')), 'Daniel Okafor (requested)');
    assert.equal(roomLabel(room('requested', 'mentor')), 'Priya Raman (requested)');
    assert.equal(roomLabel(room('active', 'mentee')), 'Daniel Okafor (your mentor)');
    assert.equal(roomLabel(room('active', 'mentor')), 'Priya Raman (you mentor)');
  });

  describe('served', () => {
    let intranet: { origin: string; server: Server };
    before(async () => {
      intranet = await startIntranet({ port: 0, apiUrl: 'http://127.0.0.1:9', secretKey: 'sk_test_unused', bundle: '/nonexistent/menteo.js' });
    });
    after(() => intranet.server.close());

    it('the page labels its chooser with it', async () => {
      const app = await (await fetch(`${intranet.origin}/app.js`)).text();
      assert.match(app, /import \{ roomLabel \} from '\.\/room-label\.js';/);
      assert.match(app, /button\.textContent = roomLabel\(r\);/);
      assert.doesNotMatch(app, /\(your mentor\)/);
      const module = await fetch(`${intranet.origin}/room-label.js`);
      assert.equal(module.status, 200);
      assert.match(module.headers.get('content-type') ?? '', /javascript/);
    });
  });
});
