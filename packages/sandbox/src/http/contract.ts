import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OperationId } from './handler.js';

/** The parts of an OpenAPI document the sandbox reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject | unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  style?: string;
  explode?: boolean;
}

export interface OperationObject {
  operationId: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { $ref: string } | { required?: boolean; content: Record<string, { schema?: unknown }> };
  responses: Record<string, unknown>;
  'x-menteo-auth'?: CredentialKind[];
  /** A larger body limit for this operation (the bulk upsert's 1,000 rows), in bytes. */
  'x-menteo-max-body-bytes'?: number;
  /** `false`: answers are never stored for an Idempotency-Key replay (they hold a secret shown once). */
  'x-menteo-idempotent'?: boolean;
}

export type CredentialKind = 'publishable' | 'secret' | 'user';

/** One operation of the contract, resolved for routing and validation. */
export interface Operation {
  id: OperationId;
  method: string;
  /** The contract's path template, e.g. `/v1/rooms/{roomId}`. */
  path: string;
  /** The same path in hono's syntax, e.g. `/v1/rooms/:roomId`. */
  routePath: string;
  parameters: ParameterObject[];
  /** JSON pointer (within the document) to the request body schema, when the operation takes one. */
  bodySchemaPointer?: string;
  bodyRequired: boolean;
  auth: CredentialKind[];
  /** JSON pointer to each response's JSON schema, by status code and media type. */
  responseSchemaPointers: Map<string, string>;
  /** The operation's own body limit (`x-menteo-max-body-bytes`), when it has one. */
  maxBodyBytes?: number;
  /** `x-menteo-idempotent: false`: its answers are never kept for an Idempotency-Key replay. */
  neverReplayed?: boolean;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Loads the one contract document from `@menteo/api`. */
export function loadContract(): OpenApiDocument {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('@menteo/api/openapi.json'), 'utf8')) as OpenApiDocument;
}

/** Every operation of the document, with `$ref`s of parameters, bodies and responses resolved. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const opPointer = `#/paths/${escapePointer(path)}/${method}`;
      // Path-item parameters apply to every operation of the path; an operation's own override them.
      const shared = ((item.parameters ?? []) as (ParameterObject | { $ref: string })[]).map((p) => resolve<ParameterObject>(doc, p));
      const own = (op.parameters ?? []).map((p) => resolve<ParameterObject>(doc, p));
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      let bodySchemaPointer: string | undefined;
      let bodyRequired = false;
      if (op.requestBody) {
        const [body, bodyPointer] = resolveWithPointer<{ required?: boolean; content: Record<string, { schema?: unknown }> }>(
          doc,
          op.requestBody,
          `${opPointer}/requestBody`,
        );
        bodyRequired = body.required === true;
        if (body.content['application/json']?.schema) bodySchemaPointer = `${bodyPointer}/content/application~1json/schema`;
      }
      const responseSchemaPointers = new Map<string, string>();
      for (const [status, response] of Object.entries(op.responses)) {
        const [resolved, pointer] = resolveWithPointer<{ content?: Record<string, { schema?: unknown }> }>(
          doc,
          response as object,
          `${opPointer}/responses/${status}`,
        );
        for (const [mediaType, media] of Object.entries(resolved.content ?? {})) {
          if (media.schema) responseSchemaPointers.set(`${status} ${mediaType}`, `${pointer}/content/${escapePointer(mediaType)}/schema`);
        }
      }
      operations.push({
        id: op.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        parameters,
        ...(bodySchemaPointer ? { bodySchemaPointer } : {}),
        bodyRequired,
        auth: op['x-menteo-auth'] ?? [],
        responseSchemaPointers,
        ...(op['x-menteo-max-body-bytes'] ? { maxBodyBytes: op['x-menteo-max-body-bytes'] } : {}),
        ...(op['x-menteo-idempotent'] === false ? { neverReplayed: true } : {}),
      });
    }
  }
  return operations;
}

function resolve<T>(doc: OpenApiDocument, value: unknown): T {
  return resolveWithPointer<T>(doc, value as object, '')[0];
}

function resolveWithPointer<T>(doc: OpenApiDocument, value: object, pointer: string): [T, string] {
  let current: unknown = value;
  let at = pointer;
  while (current && typeof current === 'object' && '$ref' in current && typeof current.$ref === 'string') {
    at = current.$ref;
    current = getPointer(doc, current.$ref);
  }
  return [current as T, at];
}

/** Reads `#/a/b` from the document. */
export function getPointer(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#/')) throw new Error(`only local refs are supported: ${pointer}`);
  let current: unknown = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!current || typeof current !== 'object' || !(key in current)) throw new Error(`unresolvable ref ${pointer}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
