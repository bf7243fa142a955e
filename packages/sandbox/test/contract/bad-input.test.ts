// Bad input, for every operation of the contract: a table of malformed requests and
// a property test of arbitrary bodies. Each must get a 4xx problem (never a 5xx),
// and a refused request must leave the database exactly as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { getPointer, listOperations, loadContract, type Operation } from '../../src/http/contract.js';
import { startSandbox, type TestSandbox } from '../support/harness.js';

const doc = loadContract();
// The OAuth endpoints answer bad input in RFC 6749's shapes, not problems: test/oauth-refusals.test.ts covers them.
const operations = listOperations(doc).filter((op) => op.id !== 'streamEvents' && !op.path.startsWith('/oauth/'));

type Json = Record<string, unknown>;

/** A syntactically valid id for a path parameter: the request reaches the handler's own checks. */
function sampleFor(schema: Json | undefined): string {
  const resolved = schema?.$ref ? (getPointer(doc, schema.$ref as string) as Json) : schema;
  const pattern = String(resolved?.pattern ?? '');
  const prefix = pattern.match(/^\^\(?([a-z]+)_/)?.[1];
  if (prefix) return `${prefix}_doesnotexist000`;
  if (Array.isArray(resolved?.enum)) return String(resolved.enum[0]);
  return 'does-not-exist';
}

function pathFor(op: Operation, override: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => override[name] ?? sampleFor(op.parameters.find((p) => p.name === name)?.schema));
}

function bodySchema(op: Operation): Json | undefined {
  if (!op.bodySchemaPointer) return undefined;
  let schema = getPointer(doc, op.bodySchemaPointer) as Json;
  while (schema.$ref) schema = getPointer(doc, schema.$ref as string) as Json;
  return schema;
}

/** Malformed bodies derived from the operation's own schema. */
function malformedBodies(op: Operation): { name: string; body: string; contentType?: string }[] {
  const schema = bodySchema(op);
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const cases = [
    { name: 'not JSON', body: '{"unterminated": ' },
    { name: 'a JSON array', body: '[]' },
    { name: 'a JSON string', body: '"text"' },
    { name: 'null', body: 'null' },
    { name: 'an unknown field', body: JSON.stringify({ definitelyNotAField: true }) },
    { name: 'deep nesting', body: `${'{"a":'.repeat(500)}1${'}'.repeat(500)}` },
    { name: 'form encoding', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { name: 'over 64 KB', body: JSON.stringify({ padding: 'x'.repeat(66_000) }) },
  ];
  for (const [name, property] of Object.entries(properties)) {
    const resolved = property.$ref ? (getPointer(doc, property.$ref as string) as Json) : property;
    const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
    const wrong = type === 'string' ? 12345 : type === 'array' ? 'not-an-array' : type === 'object' ? ['not', 'an', 'object'] : 'not-a-number';
    cases.push({ name: `${name} of the wrong type`, body: JSON.stringify({ [name]: wrong }) });
    if (typeof resolved.maxLength === 'number') cases.push({ name: `${name} too long`, body: JSON.stringify({ [name]: 'x'.repeat(resolved.maxLength + 1) }) });
  }
  return cases;
}

function credentialFor(op: Operation, tokens: { user: string }): string {
  if (op.auth.includes('user')) return tokens.user;
  if (op.auth.includes('secret')) return 'sk_test_demo';
  return 'pk_test_demo';
}

/** Row counts of every table: "nothing was written". */
function fingerprint(s: TestSandbox): string {
  const tables = s.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
    .all() as { name: string }[];
  return tables.map(({ name }) => `${name}=${(s.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n}`).join(' ');
}

describe('bad input never gets a 5xx and never writes', () => {
  let s: TestSandbox;
  let tokens: { user: string };
  before(async () => {
    s = await startSandbox({ mentors: 60 });
    tokens = { user: await s.tokenFor('demo-mentee') };
  });
  after(() => s.close());

  async function expectRefused(op: Operation, label: string, request: Parameters<TestSandbox['request']>[2] & { path?: string }): Promise<void> {
    const before = fingerprint(s);
    const res = await s.request<{ code?: string; requestId?: string }>(op.method, request.path ?? pathFor(op), { unchecked: true, ...request });
    assert.ok(res.status >= 400 && res.status < 500, `${op.id} with ${label}: expected 4xx, got ${res.status} ${res.text.slice(0, 300)}`);
    assert.equal(res.headers.get('Content-Type'), 'application/problem+json', `${op.id} with ${label}: not a problem document`);
    assert.ok(res.body.code && res.body.requestId, `${op.id} with ${label}: problem without code or requestId`);
    assert.equal(fingerprint(s), before, `${op.id} with ${label} wrote to the database`);
  }

  for (const op of operations) {
    const cases = malformedBodies(op);
    if (cases.length) {
      it(`${op.id}: malformed bodies`, async () => {
        for (const c of cases) {
          await expectRefused(op, c.name, {
            auth: credentialFor(op, tokens),
            body: c.body,
            headers: { 'Content-Type': c.contentType ?? 'application/json' },
          });
        }
      });
    }

    const pathParams = op.parameters.filter((p) => p.in === 'path');
    if (pathParams.length) {
      it(`${op.id}: bad and unknown ids`, async () => {
        for (const bad of ['nope', 'x'.repeat(300), '..%2F..%2Fetc%2Fpasswd', '%00', "1'%20OR%201=1"]) {
          const override = Object.fromEntries(pathParams.map((p) => [p.name, bad]));
          await expectRefused(op, `id ${bad.slice(0, 20)}`, {
            auth: credentialFor(op, tokens),
            path: pathFor(op, override),
            ...(op.bodySchemaPointer ? { body: {} } : {}),
          });
        }
      });
    }

    const queryParams = op.parameters.filter((p) => p.in === 'query');
    if (queryParams.length || op.method === 'GET') {
      it(`${op.id}: bad query parameters`, async () => {
        const auth = credentialFor(op, tokens);
        await expectRefused(op, 'an unknown parameter', { auth, query: { unknownParameter: 'x' } });
        if (queryParams.some((p) => p.name === 'limit')) {
          for (const limit of ['0', '101', 'ten', '-5', '1.5']) await expectRefused(op, `limit=${limit}`, { auth, query: { limit } });
        }
        if (queryParams.some((p) => p.name === 'cursor')) {
          for (const cursor of ['garbage', 'eyJmYWtlIjp0cnVlfQ.AAAAAAAAAAAAAAAA', 'a.b.c'])
            await expectRefused(op, `cursor=${cursor}`, { auth, query: { cursor } });
        }
      });
    }
  }

  it('property: arbitrary JSON bodies never get a 5xx, and refused ones write nothing', async () => {
    const writable = operations.filter((op) => op.bodySchemaPointer);
    assert.ok(writable.length > 10);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writable), fc.jsonValue({ maxDepth: 3 }), async (op, value) => {
        const before = fingerprint(s);
        const res = await s.request(op.method, pathFor(op), { unchecked: true, auth: credentialFor(op, tokens), body: JSON.stringify(value) });
        assert.ok(res.status < 500, `${op.id} answered ${res.status} to ${JSON.stringify(value).slice(0, 200)}: ${res.text.slice(0, 300)}`);
        if (res.status >= 400) assert.equal(fingerprint(s), before, `${op.id} refused a body but wrote`);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });
});
