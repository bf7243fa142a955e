// `POST /v1/sandbox/events` (sandbox only; `menteo-sandbox trigger` calls it): fires any event
// type — the contract's example, or a payload of the caller's — to people of the caller's
// organization, over their streams and the organization's webhooks, and writes nothing else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { counts, person, type Person } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { connectSse } from './support/sse.js';

type Event = components['schemas']['Event'];
type EventType = components['schemas']['EventType'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let mentee: Person;

before(async () => {
  s = await startSandbox({ mentors: 50 });
  mentee = await person(s);
});
after(() => s.close());

const trigger = (body: unknown, auth: string = demo.keys.demoSecret) => s.request<Event & Problem>('POST', '/v1/sandbox/events', { auth, body });

/** Every event type the contract lists, read from the contract itself so a new type is covered. */
async function eventTypes(): Promise<EventType[]> {
  const doc = (await import('@menteo/api/openapi.json', { with: { type: 'json' } })).default as {
    components: { schemas: { EventType: { enum: EventType[] } } };
  };
  return doc.components.schemas.EventType.enum;
}

describe('POST /v1/sandbox/events', () => {
  test('fires every event type from the contract’s example, to the organization’s people, writing nothing else', async () => {
    const types = await eventTypes();
    assert.ok(types.length >= 13);
    const stream = await connectSse(`${s.url}/v1/events`, { Authorization: `Bearer ${mentee.token}` });
    try {
      assert.equal(stream.status, 200);
      const before = counts(s);
      for (const type of types) {
        const res = await trigger({ type });
        assert.equal(res.status, 201, `${type}: ${res.text}`);
        assert.equal(res.body.type, type);
        const live = await stream.next();
        assert.deepEqual([live.event, live.id], [type, res.body.id], `${type} did not reach a person of the organization live`);
        assert.deepEqual((JSON.parse(live.data) as Event).data, res.body.data);
        const orgs = s.db.prepare('SELECT org_id FROM event_orgs WHERE event_seq = ?').pluck().all(Number(res.body.id));
        assert.deepEqual(orgs, ['org_demo'], `${type} goes to the caller's organization's webhook only`);
      }
      assert.deepEqual(counts(s), { ...before, events: (before.events ?? 0) + types.length }, 'nothing but the events was written');
    } finally {
      stream.close();
    }
  });

  test('a comment’s sample carries its post’s count, as the events of a real comment do', async () => {
    const res = await trigger({ type: 'post.comment.created' });
    assert.equal(res.status, 201, res.text);
    assert.equal((res.body.data as { commentCount?: number }).commentCount, 4);
  });

  test('sends the payload given, to the people named', async () => {
    const sample = await trigger({ type: 'room.message.created' });
    const message = { ...(sample.body.data as Record<string, unknown>), body: 'Triggered by a test' };
    const token = await s.tokenFor({ externalUserId: demo.users.mentor.externalId, org: 'demo' });
    const stream = await connectSse(`${s.url}/v1/events`, { Authorization: `Bearer ${token}` });
    try {
      assert.equal(stream.status, 200);
      const res = await trigger({ type: 'room.message.created', data: message, userIds: [demo.users.mentor.id] });
      assert.equal(res.status, 201, res.text);
      const audience = JSON.parse(s.db.prepare('SELECT audience FROM events WHERE seq = ?').pluck().get(Number(res.body.id)) as string);
      assert.deepEqual(audience, [demo.users.mentor.id]);
      const live = await stream.next();
      assert.equal(live.id, res.body.id);
      assert.equal((JSON.parse(live.data) as { data: { body: string } }).data.body, 'Triggered by a test');
    } finally {
      stream.close();
    }
  });

  test('refuses a payload that is not the type’s, naming the field under /data', async () => {
    const res = await trigger({ type: 'room.message.created', data: { body: 42 } });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.code, 'validation_failed');
    const pointers = res.body.errors?.map((e) => e.pointer) ?? [];
    assert.ok(pointers.includes('/data/body'), pointers.join());
    assert.ok(pointers.includes('/data/roomId'), pointers.join());
  });

  test('is for a secret key, and only for the people of its own organization', async () => {
    const before = counts(s);
    const publishable = await trigger({ type: 'room.updated' }, demo.keys.demoPublishable);
    assert.equal(publishable.status, 403, publishable.text);
    const token = await trigger({ type: 'room.updated' }, mentee.token);
    assert.equal(token.status, 403, token.text);
    const other = await trigger({ type: 'room.updated', userIds: [demo.users.acmeEmployee.id] });
    assert.equal(other.status, 422, other.text);
    assert.deepEqual(
      other.body.errors?.map((e) => e.pointer),
      ['/userIds/0'],
    );
    const unknown = await trigger({ type: 'room.opened' });
    assert.equal(unknown.status, 422, unknown.text);
    assert.deepEqual(counts(s), before, 'a refused trigger writes nothing');
  });
});
