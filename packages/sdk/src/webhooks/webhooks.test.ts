// Webhook verification: what Menteo signs (and what the reference Standard Webhooks
// library signs) verifies; anything altered, stale, unsigned or mis-keyed is rejected
// with a reason code, and no error ever leaks the secret.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { MenteoError } from '../core/errors.js';
import { timingSafeEqual } from './crypto.js';
import {
  sign,
  unwrap,
  verify,
  webhooks,
  WebhookVerificationError,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookVerificationErrorReason,
} from './index.js';

const keyText = Buffer.from('test-secret-0123456789abcdef-!!').toString('base64');
const secret = `whsec_${keyText}`;
const otherSecret = `whsec_${Buffer.from('another-secret-entirely').toString('base64')}`;
const T = 1_700_000_000;
const at = (seconds: number) => () => seconds * 1000;
const options = { now: at(T) };
const body = JSON.stringify({
  id: '17',
  type: 'room.updated',
  createdAt: '2023-11-14T22:13:20.000Z',
  data: { id: 'room_1', status: 'active', goal: 'Café ☕ and 🎉 — UTF-8 must survive' },
});

/** The signature computed independently with node:crypto. */
function hmac(secretValue: string, id: string, timestamp: number | string, payload: string): string {
  return createHmac('sha256', Buffer.from(secretValue.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${payload}`)
    .digest('base64');
}

function headersFor(id = 'msg_1', timestamp: number | string = T, signature = `v1,${hmac(secret, id, timestamp, body)}`) {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
}

/** The part of `standardwebhooks`' API used here. */
type ReferenceWebhook = new (
  secret: string,
) => {
  sign(id: string, timestamp: Date, payload: string): string;
  verify(payload: string, headers: Record<string, string>): unknown;
};

/** Asserts a rejection with the reason, and that nothing secret leaks into the error. */
async function rejects(promise: Promise<unknown>, reason: WebhookVerificationErrorReason, leaks: string[] = []): Promise<WebhookVerificationError> {
  let caught: unknown;
  await assert.rejects(promise, (err) => {
    caught = err;
    return true;
  });
  assert.ok(caught instanceof WebhookVerificationError, `expected a WebhookVerificationError, got ${String(caught)}`);
  assert.ok(caught instanceof MenteoError);
  assert.equal(caught.name, 'WebhookVerificationError');
  assert.equal(caught.reason, reason, caught.message);
  for (const text of [secret, keyText, otherSecret, ...leaks]) {
    assert.ok(!caught.message.includes(text) && !String(caught.stack).includes(text), `error leaks ${text}`);
  }
  return caught;
}

describe('webhooks: sign and verify', () => {
  it('round-trips sign → verify and unwrap', async () => {
    const headers = await sign(body, secret, { id: 'msg_round', timestamp: T });
    assert.deepEqual(headers, headersFor('msg_round'));
    await verify(body, headers, secret, options);
    const event = await unwrap(body, headers, secret, options);
    assert.deepEqual(event, JSON.parse(body));
    assert.equal(webhooks.verify, verify);
    assert.equal(webhooks.unwrap, unwrap);
    assert.equal(webhooks.sign, sign);
  });

  it('signs with a random msg_ id and the current time by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const a = await sign(body, secret);
    const b = await sign(body, secret);
    const after = Math.floor(Date.now() / 1000);
    assert.match(a['webhook-id'], /^msg_[0-9a-f]{24}$/);
    assert.notEqual(a['webhook-id'], b['webhook-id']);
    assert.ok(Number(a['webhook-timestamp']) >= before && Number(a['webhook-timestamp']) <= after);
    assert.equal(a['webhook-signature'], `v1,${hmac(secret, a['webhook-id'], a['webhook-timestamp'], body)}`);
    await verify(body, a, secret);
  });

  it('matches the Standard Webhooks specification vector', async () => {
    const spec = {
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      payload: '{"test": 2432232314}',
    };
    const signed = await sign(spec.payload, spec.secret, { id: spec.id, timestamp: spec.timestamp });
    assert.equal(signed['webhook-signature'], 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    await verify(spec.payload, signed, spec.secret, { now: at(spec.timestamp) });
  });

  it('agrees with the reference standardwebhooks library both ways', async (t) => {
    // The reference library is a devDependency of packages/sandbox, not of the SDK: resolve it from there.
    let Webhook: ReferenceWebhook;
    try {
      ({ Webhook } = createRequire(new URL('../../../sandbox/package.json', import.meta.url))('standardwebhooks') as { Webhook: ReferenceWebhook });
    } catch {
      t.skip('standardwebhooks is not installed in packages/sandbox');
      return;
    }
    const reference = new Webhook(secret);
    // Theirs → ours.
    const signature = reference.sign('msg_ref', new Date(T * 1000), body);
    await verify(body, { 'webhook-id': 'msg_ref', 'webhook-timestamp': String(T), 'webhook-signature': signature }, secret, options);
    // Ours → theirs (the reference library checks against the real clock).
    const ours = await sign(body, secret, { id: 'msg_ours' });
    assert.deepEqual(reference.verify(body, ours), JSON.parse(body));
  });

  it('accepts a secret without the whsec_ prefix', async () => {
    await verify(body, headersFor(), keyText, options);
  });
});

describe('webhooks: rejections', () => {
  it('rejects a tampered body, timestamp or id', async () => {
    const headers = headersFor();
    const signatureText = headers['webhook-signature'].slice(3);
    await rejects(verify(body.replace('active', 'closed'), headers, secret, options), 'no_matching_signature', [signatureText]);
    await rejects(verify(body, { ...headers, 'webhook-timestamp': String(T + 1) }, secret, options), 'no_matching_signature', [signatureText]);
    await rejects(verify(body, { ...headers, 'webhook-id': 'msg_2' }, secret, options), 'no_matching_signature', [signatureText]);
    await rejects(verify(`${body} `, headers, secret, options), 'no_matching_signature');
  });

  it('rejects the wrong secret, with a hint about raw bodies', async () => {
    const err = await rejects(verify(body, headersFor(), otherSecret, options), 'no_matching_signature');
    assert.match(err.message, /raw body/);
  });

  it('supports rotation: several secrets, several signatures', async () => {
    const id = 'msg_rot';
    const oldSig = `v1,${hmac(otherSecret, id, T, body)}`;
    const newSig = `v1,${hmac(secret, id, T, body)}`;
    // Two secrets on our side, the delivery signed with the second.
    await verify(body, headersFor(id, T, newSig), [otherSecret, secret], options);
    await verify(body, headersFor(id, T, newSig), [secret, otherSecret], options);
    // Two signatures in the header, only the second valid for our secret.
    const bogus = `v1,${hmac(`whsec_${Buffer.from('nobody').toString('base64')}`, id, T, body)}`;
    await verify(body, headersFor(id, T, `${bogus} ${newSig}`), secret, options);
    await verify(body, headersFor(id, T, `${oldSig} ${newSig}`), otherSecret, options);
    await rejects(verify(body, headersFor(id, T, `${bogus} ${oldSig}`), secret, options), 'no_matching_signature');
    // Unknown versions and undecodable values are skipped, not fatal.
    await verify(body, headersFor(id, T, `v2,${hmac(otherSecret, id, T, body)} v1,@@not-base64@@ ${newSig}`), secret, options);
    await rejects(verify(body, headersFor(id, T, newSig.replace('v1,', 'v2,')), secret, options), 'no_matching_signature');
    await rejects(verify(body, headersFor(id, T, newSig.slice(3)), secret, options), 'no_matching_signature');
    await rejects(verify(body, headersFor(id, T, 'garbage'), secret, options), 'no_matching_signature');
  });

  it('enforces the tolerance at its exact edges', async () => {
    const headers = headersFor();
    await verify(body, headers, secret, { now: at(T + 300) });
    await verify(body, headers, secret, { now: () => (T + 300) * 1000 + 999 });
    await rejects(verify(body, headers, secret, { now: at(T + 301) }), 'timestamp_too_old');
    await verify(body, headers, secret, { now: at(T - 300) });
    await rejects(verify(body, headers, secret, { now: at(T - 301) }), 'timestamp_in_future');
    await verify(body, headers, secret, { now: at(T + 10), tolerance: 10 });
    await rejects(verify(body, headers, secret, { now: at(T + 11), tolerance: 10 }), 'timestamp_too_old');
    await rejects(verify(body, headers, secret, { now: at(T - 11), tolerance: 10 }), 'timestamp_in_future');
    // The default is 5 minutes around the real clock.
    await rejects(verify(body, headers, secret), 'timestamp_too_old');
  });

  it('refuses a tolerance that would switch replay protection off (NaN, Infinity) or make no sense (negative)', async () => {
    // A delivery a year old: whatever the tolerance, it must never be accepted through a bad one.
    const headers = headersFor();
    const yearLater = at(T + 365 * 24 * 3600);
    for (const tolerance of [Number.NaN, Number.POSITIVE_INFINITY, -1, Number.NEGATIVE_INFINITY]) {
      await assert.rejects(verify(body, headers, secret, { now: yearLater, tolerance }), (err: unknown) => {
        assert.ok(err instanceof RangeError, `tolerance ${tolerance}: expected a RangeError, got ${String(err)}`);
        assert.match(err.message, /tolerance/);
        return true;
      });
      await assert.rejects(unwrap(body, headers, secret, { now: yearLater, tolerance }), RangeError);
    }
    // A clock that answers NaN fails closed too, rather than accepting any age.
    await rejects(verify(body, headers, secret, { now: () => Number.NaN }), 'timestamp_too_old');
    await verify(body, headers, secret, { now: at(T), tolerance: 0 });
  });

  it('rejects missing and garbage headers', async () => {
    const headers = headersFor();
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _, ...rest } = headers;
      const err = await rejects(verify(body, rest, secret, options), 'missing_header');
      assert.match(err.message, new RegExp(name));
      await rejects(verify(body, { ...headers, [name]: '' }, secret, options), 'missing_header');
      await rejects(verify(body, { ...headers, [name]: undefined }, secret, options), 'missing_header');
      await rejects(verify(body, { ...headers, [name]: [] }, secret, options), 'missing_header');
      const fetchHeaders = new Headers(headers);
      fetchHeaders.delete(name);
      await rejects(verify(body, fetchHeaders, secret, options), 'missing_header');
    }
    await rejects(verify(body, {}, secret, options), 'missing_header');
    for (const timestamp of ['abc', '-5', '1.7e9', '1700000000.5', ' 1700000000', '0x6553f100', '99999999999999999999']) {
      await rejects(verify(body, { ...headers, 'webhook-timestamp': timestamp }, secret, options), 'invalid_timestamp');
    }
  });

  it('rejects invalid secrets without echoing them', async () => {
    for (const bad of ['', 'whsec_', 'whsec_%%%not base64%%%', 'whsec_a']) {
      await rejects(verify(body, headersFor(), bad, options), 'invalid_secret', bad.length > 6 ? [bad] : []);
    }
    await rejects(verify(body, headersFor(), [], options), 'invalid_secret');
    await rejects(verify(body, headersFor(), [secret, 'whsec_%%%'], options), 'invalid_secret');
    await rejects(verify(body, headersFor(), undefined as unknown as string, options), 'invalid_secret');
    await rejects(sign(body, 'whsec_%%%'), 'invalid_secret');
  });
});

describe('webhooks: inputs', () => {
  it('accepts Buffer, Uint8Array, ArrayBuffer and offset views as the body', async () => {
    const headers = headersFor();
    const bytes = new TextEncoder().encode(body);
    await verify(Buffer.from(body), headers, secret, options);
    await verify(bytes, headers, secret, options);
    await verify(bytes.buffer, headers, secret, options);
    // A view into a larger buffer (as Node's pooled Buffers are): only its bytes count.
    const padded = Buffer.concat([Buffer.from('xxxx'), Buffer.from(body), Buffer.from('yyyy')]).subarray(4, 4 + bytes.length);
    await verify(padded, headers, secret, options);
    await verify(new DataView(padded.buffer, padded.byteOffset, padded.byteLength) as unknown as Uint8Array, headers, secret, options);
    const fromBuffer = await unwrap(padded, headers, secret, options);
    assert.deepEqual(fromBuffer, JSON.parse(body));
    assert.deepEqual(await unwrap(bytes.buffer, headers, secret, options), JSON.parse(body));
  });

  it('explains what to do when given a parsed body', async () => {
    const err = await rejects(verify(JSON.parse(body) as string, headersFor(), secret, options), 'parsed_body');
    assert.match(err.message, /raw request body/);
    assert.match(err.message, /express\.raw\(\{ type: 'application\/json' \}\)/);
    assert.match(err.message, /await request\.text\(\)/);
    assert.match(err.message, /re-serialized JSON does not match/);
    await rejects(unwrap(JSON.parse(body) as string, headersFor(), secret, options), 'parsed_body');
    for (const value of [null, undefined, 42, [1, 2]]) {
      await rejects(verify(value as unknown as string, headersFor(), secret, options), 'parsed_body');
    }
  });

  it('reads headers case-insensitively, from Headers or plain objects, taking the first of an array', async () => {
    const headers = headersFor();
    await verify(body, new Headers(headers), secret, options);
    await verify(
      body,
      { 'Webhook-Id': headers['webhook-id'], 'WEBHOOK-TIMESTAMP': headers['webhook-timestamp'], 'Webhook-Signature': headers['webhook-signature'] },
      secret,
      options,
    );
    await verify(
      body,
      {
        'Webhook-Id': [headers['webhook-id'], 'msg_other'],
        'webhook-timestamp': [headers['webhook-timestamp']],
        'webhook-signature': [headers['webhook-signature'], 'v1,xyz'],
        'content-type': 'application/json',
      },
      secret,
      options,
    );
    await rejects(verify(body, { ...headers, 'webhook-id': ['msg_other', headers['webhook-id']] }, secret, options), 'no_matching_signature');
  });

  it('narrows the event type for switch statements', async () => {
    const event: WebhookEvent = await unwrap(body, headersFor(), secret, options);
    const type: WebhookEventType = event.type;
    assert.equal(type, 'room.updated');
    switch (event.type) {
      case 'room.updated':
        // Compile-time check: `data` is a Room here.
        assert.equal(event.data.status satisfies string, 'active');
        break;
      case 'thread.post.created':
        assert.fail(`unexpected post ${event.data.id}`);
        break;
      default:
        assert.fail(`unexpected ${event.type}`);
    }
  });
});

describe('timingSafeEqual', () => {
  it('compares bytes correctly', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    assert.equal(timingSafeEqual(a, new Uint8Array([1, 2, 3, 4])), true);
    assert.equal(timingSafeEqual(new Uint8Array(), new Uint8Array()), true);
    assert.equal(timingSafeEqual(a, new Uint8Array([0, 2, 3, 4])), false);
    assert.equal(timingSafeEqual(a, new Uint8Array([1, 2, 3, 5])), false);
    assert.equal(timingSafeEqual(a, new Uint8Array([1, 2, 3])), false);
    assert.equal(timingSafeEqual(a, new Uint8Array([1, 2, 3, 4, 0])), false);
    assert.equal(timingSafeEqual(new Uint8Array([1, 2, 3]), a), false);
    assert.equal(timingSafeEqual(new Uint8Array([0]), new Uint8Array()), false);
    assert.equal(timingSafeEqual(new Uint8Array(), new Uint8Array([0])), false);
    // Bit patterns that cancel out under addition or XOR-only folding still differ.
    assert.equal(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([2, 1])), false);
    assert.equal(timingSafeEqual(new Uint8Array([0xff, 0x00]), new Uint8Array([0x00, 0xff])), false);
  });

  it('reads every byte even when the first one differs (no early exit)', () => {
    const reads: number[] = [];
    const counting = (bytes: Uint8Array) =>
      new Proxy(bytes, {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(Number(key));
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const expected = counting(new Uint8Array(32).fill(7));
    const received = counting(new Uint8Array(32).fill(9));
    assert.equal(timingSafeEqual(expected, received), false);
    assert.deepEqual(
      [...new Set(reads)].sort((x, y) => x - y),
      Array.from({ length: 32 }, (_, i) => i),
    );
    assert.equal(reads.length, 64);
  });
});
