// A page that only searches mentors must not carry the rest of the SDK: bundlers drop
// what is not imported (ESM, `sideEffects: false`, no top-level work).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundle } from './support/bundle.js';

describe('tree-shaking', () => {
  it('leaves rooms, threads, roadmaps, realtime, webhooks and batching out of a search-only page', async () => {
    const code = await bundle(`import { MenteoCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q });`);
    assert.ok(code.includes('/v1/mentors'), 'the search itself is missing');
    for (const absent of ['/v1/rooms', '/v1/threads', '/v1/roadmaps', '/v1/events', 'text/event-stream', 'webhook-signature', 'ids:']) {
      assert.ok(!code.includes(absent), `a search-only bundle carries ${absent}`);
    }
  });

  it('keeps the full client whole', async () => {
    const code = await bundle(`import { Menteo } from './index.ts'; export const client = new Menteo({ publishableKey: 'pk_test_demo' });`);
    for (const present of ['/v1/rooms', '/v1/threads', '/v1/roadmaps', '/v1/events', 'webhook-signature']) {
      assert.ok(code.includes(present), `the full client lost ${present}`);
    }
  });

  it("a search-only page carries the SDK's fetch loop, not ky's (no progress streams, prefix URLs or option merging)", async () => {
    const code = await bundle(`import { MenteoCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q });`);
    assert.ok(code.includes('Request timed out'), 'the transport is missing');
    for (const absent of ['onDownloadProgress', 'onUploadProgress', 'prefixUrl', 'TransformStream', 'ForceRetryError']) {
      assert.ok(!code.includes(absent), `a search-only bundle carries ${absent}`);
    }
  });

  it("a BaseCore page (the elements') leaves out what only MenteoCore takes: the secret key's guard, the logger, the ETag cache", async () => {
    const onlyMenteoCore = ['secret key in a browser', 'retry ${', 'failed: ${', 'if-none-match'];
    const base = await bundle(`import { BaseCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new BaseCore({ publishableKey: 'pk_test_demo' }), { q });`);
    assert.ok(base.includes('/v1/mentors') && base.includes('Request timed out'), 'the search or the transport is missing');
    for (const absent of onlyMenteoCore) assert.ok(!base.toLowerCase().includes(absent), `a BaseCore bundle carries ${absent}`);
    const full = await bundle(`import { Menteo } from './index.ts'; export const client = new Menteo({ publishableKey: 'pk_test_demo' });`);
    for (const present of onlyMenteoCore) assert.ok(full.toLowerCase().includes(present), `the full client lost ${present}`);
  });
});
