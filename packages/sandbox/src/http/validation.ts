import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { OpenApiDocument, Operation, ParameterObject } from './contract.js';
import { Problem, type FieldError } from './problem.js';

// ajv-formats is CommonJS with a default export; under NodeNext the callable is the module itself.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const contractId = 'menteo-contract';

const dateTimeFormat = fullFormats['date-time'];
const rfc3339DateTime = typeof dateTimeFormat === 'function' ? dateTimeFormat : (dateTimeFormat as { validate: (value: string) => boolean }).validate;

/**
 * Request validation compiled from the contract: path, query and header parameters
 * and JSON bodies, each operation's validators compiled once, on its first request.
 */
export class ContractValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, CompiledOperation>();

  constructor(doc: OpenApiDocument) {
    // `strict: false` because the document carries OpenAPI keywords (example, discriminator, x-*)
    // that are not JSON Schema; `useDefaults` fills parameter defaults such as limit=20.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, useDefaults: true, coerceTypes: false, validateFormats: true });
    addFormats(this.ajv);
    // RFC 3339 allows a leap second (23:59:60), and ajv-formats with it; a JavaScript Date
    // cannot hold one, so it would fail later as a 500. Refuse it here, naming the field.
    this.ajv.addFormat('date-time', { type: 'string', validate: (value: string) => rfc3339DateTime(value) && !Number.isNaN(Date.parse(value)) });
    this.ajv.addSchema(doc as object, contractId);
  }

  /** A validator for any schema inside the document, by JSON pointer (responses in tests use it). */
  schemaAt(pointer: string): ValidateFunction {
    return this.ajv.compile({ $ref: `${contractId}${pointer}` });
  }

  compile(operation: Operation): CompiledOperation {
    let compiled = this.compiled.get(operation.id);
    if (!compiled) {
      compiled = {
        path: this.parameterValidator(
          operation.parameters.filter((p) => p.in === 'path'),
          false,
        ),
        query: this.parameterValidator(
          operation.parameters.filter((p) => p.in === 'query'),
          true,
        ),
        header: this.parameterValidator(
          operation.parameters.filter((p) => p.in === 'header'),
          false,
        ),
        body: operation.bodySchemaPointer ? this.schemaAt(operation.bodySchemaPointer) : undefined,
      };
      this.compiled.set(operation.id, compiled);
    }
    return compiled;
  }

  private parameterValidator(parameters: ParameterObject[], closed: boolean): ParameterValidator {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
      additionalProperties: !closed,
    };
    // Parameter schemas hold `#/components/...` refs, which would resolve against this wrapper: point them into the contract.
    const validate = this.ajv.compile(rebase(schema));
    return { parameters, validate };
  }
}

export interface ParameterValidator {
  parameters: ParameterObject[];
  validate: ValidateFunction;
}

export interface CompiledOperation {
  path: ParameterValidator;
  query: ParameterValidator;
  header: ParameterValidator;
  body: ValidateFunction | undefined;
}

/** Rewrites local `#/...` refs of a standalone schema to point into the contract document. */
function rebase(schema: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${contractId}${value}` : value,
  ) as Record<string, unknown>;
}

/**
 * Coerces raw strings to the types the parameter schemas declare (query strings are
 * all text), then validates. Arrays are comma-separated (`style: form, explode: false`).
 * Returns the coerced values; throws a 400 problem naming each bad parameter.
 */
export function validateParameters(validator: ParameterValidator, raw: Record<string, string | undefined>, where: FieldError['in']): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const declared = new Map(validator.parameters.map((p) => [where === 'header' ? p.name.toLowerCase() : p.name, p]));
  for (const [name, text] of Object.entries(raw)) {
    if (text === undefined) continue;
    const parameter = declared.get(where === 'header' ? name.toLowerCase() : name);
    if (!parameter) {
      if (where === 'query') values[name] = text; // rejected below: queries are closed
      continue;
    }
    values[parameter.name] = coerce(text, parameter.schema ?? {});
  }
  if (!validator.validate(values)) {
    const errors = toFieldErrors(validator.validate.errors ?? [], where);
    throw new Problem(400, 'invalid_parameter', summarize(errors, `${where} parameter`), errors);
  }
  return values;
}

function coerce(text: string, schema: Record<string, unknown>): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    return text === '' ? [] : text.split(',').map((part) => coerce(part, items));
  }
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Validates a parsed JSON body; throws a 422 problem naming each bad field. */
export function validateBody(validate: ValidateFunction, body: unknown): void {
  if (!validate(body)) {
    const errors = toFieldErrors(validate.errors ?? [], 'body');
    throw new Problem(422, 'validation_failed', summarize(errors, 'field'), errors);
  }
}

/** ajv errors → RFC 9457 `errors[]`, one per field, with the JSON pointer of the field itself. */
export function toFieldErrors(errors: ErrorObject[], where: FieldError['in']): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // oneOf/anyOf report their own summary next to each branch's errors; the branch errors say more.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    let pointer = error.instancePath || '';
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      pointer += `/${escapePointer(String(error.params.missingProperty))}`;
      detail = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
      detail = where === 'body' ? 'is not a known field' : 'is not a known parameter';
    } else if (error.keyword === 'enum') {
      detail = `must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
    }
    const key = `${pointer} ${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ in: where, pointer: pointer || '/', detail });
  }
  return out.length ? out : [{ in: where, pointer: '/', detail: 'is invalid' }];
}

function summarize(errors: FieldError[], noun: string): string {
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const name = first.pointer === '/' ? (noun === 'field' ? 'The body' : `The ${noun}s`) : `${noun[0]!.toUpperCase()}${noun.slice(1)} ${first.pointer.slice(1)}`;
  return `${name} ${first.detail}${more}.`;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
