// House rules of the contract, checked on the merged document: what redocly's
// generic rules cannot know about this API (credentials, idempotency, pagination,
// error responses) and that every example really is an instance of its schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
// biome-ignore lint/suspicious/noExplicitAny: the test walks the OpenAPI document freely; ajv and the assertions check its shape.
type Json = Record<string, any>;

const doc = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8')) as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'contract');

function deref(value: Json): Json {
  let current = value;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((node: Json, key: string) => node[key], doc);
  }
  return current;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'];
const everyOperation = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json)
    .filter(([method]) => methods.includes(method))
    // Path-item parameters belong to each operation of the path.
    .map(([method, op]) => ({
      path,
      method,
      op: { ...(op as Json), parameters: [...((item as Json).parameters ?? []), ...((op as Json).parameters ?? [])] } as Json,
    })),
);
// The OAuth endpoints follow the RFCs instead of the house rules (resources/oauth.yaml says why): checked on their own below.
const operations = everyOperation.filter((o) => !o.op['x-menteo-oauth']);
const oauthOperations = everyOperation.filter((o) => o.op['x-menteo-oauth']);

function validatorFor(pointer: string) {
  return ajv.compile({ $ref: `contract${pointer}` });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

describe('contract house rules', () => {
  it('has operations', () => {
    assert.ok(operations.length >= 50, `only ${operations.length} operations`);
  });

  it('gives every operation a unique camelCase operationId, a summary, a description and tags', () => {
    const seen = new Set<string>();
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.match(op.operationId ?? '', /^[a-z][a-zA-Z]+$/, `${where}: operationId`);
      assert.ok(!seen.has(op.operationId), `${where}: duplicate operationId ${op.operationId}`);
      seen.add(op.operationId);
      assert.ok(op.summary, `${where}: summary`);
      assert.ok(op.description, `${where}: description`);
      assert.ok(op.tags?.length, `${where}: tags`);
    }
  });

  it('names the credentials every operation accepts', () => {
    for (const { path, method, op } of operations) {
      const auth = op['x-menteo-auth'];
      assert.ok(Array.isArray(auth) && auth.length > 0, `${method} ${path}: x-menteo-auth`);
      for (const kind of auth) assert.ok(['publishable', 'secret', 'user'].includes(kind), `${method} ${path}: unknown credential ${kind}`);
      // A POST that computes without writing (matching) says so with x-menteo-safe and may serve anonymous pages.
      if (method !== 'get' && !op['x-menteo-safe']) assert.ok(!auth.includes('publishable'), `${method} ${path}: a write accepts publishable keys`);
    }
  });

  it('declares the error responses each operation can give', () => {
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path} (${op.operationId})`;
      const statuses = Object.keys(op.responses);
      const parameters = (op.parameters ?? []).map(deref);
      assert.ok(
        statuses.some((s) => /^2\d\d$/.test(s)),
        `${where}: no success response`,
      );
      for (const s of ['401', '429', '503']) assert.ok(statuses.includes(s), `${where}: no ${s}`);
      if (parameters.length) assert.ok(statuses.includes('400'), `${where}: has parameters but no 400`);
      if (parameters.some((p: Json) => p.in === 'path')) assert.ok(statuses.includes('404'), `${where}: addresses a resource but has no 404`);
      if (op.requestBody) for (const s of ['413', '415', '422']) assert.ok(statuses.includes(s), `${where}: has a body but no ${s}`);
      if (op['x-menteo-auth'].length < 3) assert.ok(statuses.includes('403'), `${where}: refuses some credentials but has no 403`);
      for (const status of statuses.filter((s) => /^[45]/.test(s))) {
        const content = deref(op.responses[status]).content;
        assert.ok(content?.['application/problem+json'], `${where}: ${status} is not a problem document`);
      }
    }
  });

  it('makes every POST retryable with an Idempotency-Key', () => {
    for (const { path, op } of operations.filter((o) => o.method === 'post')) {
      // The exception: an answer holding a secret shown once (createPersonalAccessToken), which a replay would have to keep.
      if (op['x-menteo-idempotent'] === false) {
        assert.match(op.description ?? '', /Not idempotent/, `POST ${path}: x-menteo-idempotent: false, but its description does not say so`);
        continue;
      }
      const names = (op.parameters ?? []).map(deref).map((p: Json) => p.name);
      assert.ok(names.includes('Idempotency-Key'), `POST ${path}: no Idempotency-Key parameter`);
    }
  });

  it('paginates every list with limit and cursor and answers {data, nextCursor}', () => {
    for (const { path, op } of operations.filter((o) => o.method === 'get')) {
      const schema = deref(deref(op.responses['200'] ?? {}).content?.['application/json']?.schema ?? {});
      if (!schema.properties?.nextCursor) continue;
      const names = (op.parameters ?? []).map(deref).map((p: Json) => p.name);
      assert.ok(names.includes('limit') && names.includes('cursor'), `GET ${path}: a list without limit/cursor`);
      assert.deepEqual([...schema.required].filter((r: string) => r === 'data' || r === 'nextCursor').sort(), ['data', 'nextCursor'], `GET ${path}`);
    }
  });

  it('closes every request body: unknown fields are errors', () => {
    for (const { path, method, op } of operations.filter((o) => o.op.requestBody)) {
      const schema = deref(deref(op.requestBody).content['application/json'].schema);
      assert.equal(schema.additionalProperties, false, `${method.toUpperCase()} ${path}: request body is open`);
    }
  });

  it('has at least one example per operation, and every example is valid against its schema', () => {
    let checked = 0;
    for (const { path, method, op } of everyOperation) {
      const where = `${method.toUpperCase()} ${path}`;
      const base = `#/paths/${escapePointer(path)}/${method}`;
      let examples = 0;
      const check = (pointer: string, media: Json) => {
        const values = [
          ...(media.example !== undefined ? [media.example] : []),
          ...Object.values((media.examples ?? {}) as Json).map((e: Json) => deref(e).value),
        ];
        if (!media.schema) return;
        for (const value of values) {
          if (typeof value === 'string' && pointer.includes('event-stream')) {
            examples++;
            continue;
          }
          const validate = validatorFor(`${pointer}/schema`);
          assert.ok(validate(value), `${where}: example at ${pointer} is invalid: ${ajv.errorsText(validate.errors)}`);
          examples++;
          checked++;
        }
      };
      if (op.requestBody) {
        const body = deref(op.requestBody);
        const pointer = op.requestBody.$ref ? op.requestBody.$ref : `${base}/requestBody`;
        for (const [type, media] of Object.entries(body.content as Json)) check(`${pointer}/content/${escapePointer(type)}`, media as Json);
      }
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const resolved = deref(response as Json);
        const pointer = (response as Json).$ref ?? `${base}/responses/${status}`;
        for (const [type, media] of Object.entries((resolved.content ?? {}) as Json)) {
          if (/^2/.test(status)) check(`${pointer}/content/${escapePointer(type)}`, media as Json);
          else if ((media as Json).example) check(`${pointer}/content/${escapePointer(type)}`, media as Json);
        }
      }
      assert.ok(examples > 0, `${where}: no example`);
    }
    assert.ok(checked > 50, `only ${checked} examples were checked`);
  });

  it('writes the room and session lifecycles (x-menteo-lifecycle) in the names the contract defines', () => {
    const roles: string[] = doc.components.schemas.RoomViewerRole.enum;
    const byOperationId = new Map(operations.map((o) => [o.op.operationId as string, o]));
    for (const [schema, prefix] of [
      ['RoomStatus', '/v1/rooms/{roomId}/'],
      ['SessionStatus', '/v1/rooms/{roomId}/sessions/{sessionId}/'],
    ] as const) {
      const statuses: string[] = doc.components.schemas[schema].enum;
      const lifecycle = doc.components.schemas[schema]['x-menteo-lifecycle'] as Json;
      assert.ok(lifecycle?.actions, `${schema}: no x-menteo-lifecycle.actions`);
      const isStatus = (where: string) => (s: unknown) => assert.ok(statuses.includes(s as string), `${schema} ${where}: "${s}" is not a ${schema}`);
      for (const [action, move] of Object.entries(lifecycle.actions as Json) as [string, Json][]) {
        const where = `${schema} action ${action}`;
        const known = ['operationId', 'from', 'to', 'by', schema === 'RoomStatus' ? 'reasonRequired' : 'started'];
        for (const key of Object.keys(move)) assert.ok(known.includes(key), `${where}: unknown field ${key}`);
        assert.ok(Array.isArray(move.from) && move.from.length > 0, `${where}: from`);
        move.from.forEach(isStatus(`${action}.from`));
        // A status, or (sessions) one per role that may ask.
        if (typeof move.to === 'object') {
          assert.equal(schema, 'SessionStatus', `${where}: only a session move may end by role`);
          assert.deepEqual(Object.keys(move.to).sort(), [...move.by].sort(), `${where}: to names every role in by`);
          Object.values(move.to).forEach(isStatus(`${action}.to`));
        } else isStatus(`${action}.to`)(move.to);
        assert.ok(Array.isArray(move.by) && move.by.length > 0, `${where}: by`);
        for (const role of move.by) assert.ok(roles.includes(role), `${where}: "${role}" is not a RoomViewerRole`);
        for (const flag of ['reasonRequired', 'started']) if (flag in move) assert.equal(typeof move[flag], 'boolean', `${where}: ${flag}`);
        // The action is a POST of its own, named for it, with the 409 the table implies.
        const operation = byOperationId.get(move.operationId);
        assert.ok(operation, `${where}: operationId ${move.operationId} does not exist`);
        assert.equal(operation.method, 'post', `${where}: ${move.operationId} is not a POST`);
        assert.equal(operation.path, prefix + action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), `${where}: ${move.operationId} path`);
        assert.ok(Object.keys(operation.op.responses).includes('409'), `${where}: ${move.operationId} has no 409`);
      }
      const operationIds = Object.values(lifecycle.actions as Json).map((m: Json) => m.operationId);
      assert.equal(new Set(operationIds).size, operationIds.length, `${schema}: two actions share an operation`);
    }
    const room = doc.components.schemas.RoomStatus['x-menteo-lifecycle'] as Json;
    for (const s of [room.expiry.from, room.expiry.to, ...(Object.values(room.allows) as string[][]).flat()]) {
      assert.ok(doc.components.schemas.RoomStatus.enum.includes(s), `RoomStatus expiry/allows: "${s}" is not a RoomStatus`);
    }
    assert.ok(Number.isInteger(room.expiry.afterDays) && room.expiry.afterDays > 0, 'RoomStatus expiry.afterDays');
    // A room action added the way the others are (the shared body and answer) is in the table too.
    const transitionOps = operations.filter(
      ({ op }) =>
        op.requestBody?.$ref === '#/components/requestBodies/RoomTransition' || op.responses['200']?.$ref === '#/components/responses/RoomTransitioned',
    );
    assert.ok(transitionOps.length >= 6, `only ${transitionOps.length} operations use RoomTransition`);
    for (const { op } of transitionOps) {
      assert.ok(
        Object.values(room.actions as Json).some((m: Json) => m.operationId === op.operationId),
        `${op.operationId} is not in the room lifecycle`,
      );
    }
  });

  it('gives every schema property a type or a reference', () => {
    for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
      for (const [prop, value] of Object.entries(((schema as Json).properties ?? {}) as Json)) {
        const v = value as Json;
        assert.ok(v.type || v.$ref || v.oneOf || v.anyOf || v.allOf || v.const !== undefined || v.enum, `${name}.${prop} has no type`);
      }
    }
  });

  it('keeps the OAuth endpoints to the RFCs: no bearer, form bodies, OAuth errors or error pages', () => {
    assert.deepEqual(oauthOperations.map((o) => o.op.operationId).sort(), [
      'consentOAuthAuthorization',
      'exchangeOAuthToken',
      'revokeOAuthToken',
      'showOAuthAuthorization',
      'showOAuthPopupCallback',
    ]);
    for (const { path, method, op } of oauthOperations) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.deepEqual(op.security, [], `${where}: OAuth endpoints take no Authorization header`);
      assert.ok(path.startsWith('/oauth/'), `${where}: outside /oauth/`);
      if (op.requestBody) {
        const content = deref(op.requestBody).content;
        assert.deepEqual(Object.keys(content), ['application/x-www-form-urlencoded'], `${where}: a form body (RFC 6749 §4.1.3, RFC 7009 §2.1)`);
      }
      for (const [status, response] of Object.entries(op.responses as Json).filter(([s]) => /^[45]/.test(s))) {
        const types = Object.keys(deref(response as Json).content ?? {});
        const expected = method === 'get' || path === '/oauth/authorize' ? ['text/html'] : ['application/json'];
        assert.deepEqual(types, expected, `${where}: ${status} must be ${expected[0]}`);
      }
    }
  });
});
