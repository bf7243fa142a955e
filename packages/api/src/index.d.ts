/**
 * The Menteo v1 API contract as TypeScript types, generated from the one
 * OpenAPI document (`@menteo/api/openapi.json`). Every package takes its API
 * shapes from here, never from a hand-written copy.
 *
 * @example
 * ```ts
 * import type { Schema } from '@menteo/api';
 * const mentor: Schema<'Mentor'> = await (await fetch(url)).json();
 * ```
 * @packageDocumentation
 */
export type { components, operations, paths, webhooks } from '../generated/schema.js';
export type { Schema, OperationId, JsonBodyOf, PathOf, QueryOf, BodyOf, ResponseOf, ResultOf, ItemOf } from './types.js';
