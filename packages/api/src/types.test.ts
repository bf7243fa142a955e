// The helpers of types.d.ts, the ones the SDK and the sandbox share, read the right part of an
// operation. The type checker checks the shapes (`pnpm run typecheck` compiles this file: an
// `Equal` that is not `true` fails it); at run time, values typed with the helpers validate
// against the schemas the merged document gives those parts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { BodyOf, components, ItemOf, JsonBodyOf, OperationId, operations, PathOf, QueryOf, ResponseOf, ResultOf, Schema } from './index.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const doc = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'contract');
const validate = (pointer: string, value: unknown): void => {
  const check = ajv.compile({ $ref: `contract#${pointer}` });
  assert.ok(check(value), `${pointer}: ${ajv.errorsText(check.errors)}`);
};
const schemas = '/components/schemas';

/** `true` only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(equal: Equal<A, B>): boolean => equal;

describe('the shared type helpers', () => {
  it('read schemas, operation ids and the parts of an operation', () => {
    assert.ok(same<Schema<'Mentor'>, components['schemas']['Mentor']>(true));
    assert.ok(same<Extract<OperationId, 'listMentors' | 'notAnOperation'>, 'listMentors'>(true));
    assert.ok(same<PathOf<'retrieveRoom'>, { roomId: Schema<'RoomId'> }>(true));
    assert.ok(same<PathOf<'listRooms'>, never>(true), 'no path parameters');
    assert.ok(same<QueryOf<'listRooms'>, NonNullable<operations['listRooms']['parameters']['query']>>(true));
    assert.ok(same<QueryOf<'retrieveRoom'>, never>(true), 'no query parameters');
    assert.ok(same<BodyOf<'createThreadPost'>, Schema<'CreatePostRequest'>>(true));
    assert.ok(same<BodyOf<'retrieveRoom'>, unknown>(true), 'no body');
    assert.ok(same<ResultOf<'retrieveRoom'>, Schema<'Room'>>(true), '200');
    assert.ok(same<ResultOf<'createRoom'>, Schema<'Room'>>(true), '201');
    assert.ok(same<ResultOf<'deletePost'>, void>(true), '204');
    assert.ok(same<ResponseOf<'createRoom', 201>, Schema<'Room'>>(true));
    assert.ok(same<ResponseOf<'deletePost', 204>, undefined>(true));
    assert.ok(same<JsonBodyOf<operations['listRooms']['responses'][200]>, Schema<'RoomList'>>(true));
    assert.ok(same<ItemOf<'listRooms'>, Schema<'Room'>>(true));
    // @ts-expect-error the check itself tells types apart
    assert.ok(same<ResultOf<'listRooms'>, Schema<'Room'>>(true));
  });

  it('type values the contract accepts', () => {
    const draft: BodyOf<'createThreadPost'> = { kind: 'update', body: 'Week 3: the first skip-level is done.' };
    validate(`${schemas}/CreatePostRequest`, draft);
    const path: PathOf<'retrieveRoom'> = { roomId: 'room_demoroom' };
    validate(`${schemas}/RoomId`, path.roomId);
    const query: QueryOf<'listRooms'> = { status: ['active', 'requested'], limit: 20 };
    for (const status of query.status ?? []) validate(`${schemas}/RoomStatus`, status);
  });
});
