import type { ValidateFunction } from 'ajv/dist/2020.js';
import { getPointer, loadContract, type OpenApiDocument } from '../../http/contract.js';
import type { EventType } from '../../http/handler.js';
import { ContractValidator } from '../../http/validation.js';

// What `POST /v1/sandbox/events` fires when it is given no payload: the contract's own example
// of the operation that causes each event, so the samples are documented, validated by the
// contract tests, and name the seeded demo people — never a second set of made-up records.

/** The operation (and its example answer) whose result each event carries. */
const causes: Record<Exclude<EventType, 'session.reminder'>, { operationId: string; example?: string }> = {
  'room.updated': { operationId: 'retrieveRoom', example: 'active' },
  'room.requested': { operationId: 'createRoom', example: 'requested' },
  'room.reviewed': { operationId: 'reviewRoom' },
  'room.message.created': { operationId: 'sendRoomMessage' },
  'session.updated': { operationId: 'bookRoomSession' },
  'thread.post.created': { operationId: 'createThreadPost' },
  'thread.updated': { operationId: 'updateThread' },
  'post.updated': { operationId: 'updatePost' },
  'post.comment.created': { operationId: 'createPostComment' },
  'post.comment.updated': { operationId: 'updateComment' },
  'post.comment.deleted': { operationId: 'deleteComment' },
  'post.comment.hidden': { operationId: 'hideComment' },
  'post.reaction.updated': { operationId: 'addPostReaction' },
  'roadmap.progress.updated': { operationId: 'updateRoadmapProgress' },
  'intro_call.booked': { operationId: 'bookIntroCall', example: 'booked' },
  'intro_call.cancelled': { operationId: 'cancelIntroCall', example: 'cancelled' },
  'intro_call.updated': { operationId: 'updateIntroCall', example: 'updated' },
};

interface MediaType {
  example?: unknown;
  examples?: Record<string, { value: unknown } | { $ref: string }>;
}

/** The example answer (200 or 201, JSON) of one operation, by example name or the first one. */
function exampleOf(doc: OpenApiDocument, operationId: string, name?: string): unknown {
  for (const methods of Object.values(doc.paths)) {
    for (const operation of Object.values(methods as Record<string, { operationId?: string; responses?: Record<string, unknown> }>)) {
      if (operation?.operationId !== operationId) continue;
      const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, MediaType> } | undefined>;
      const media = (responses['201'] ?? responses['200'])?.content?.['application/json'];
      if (media?.example !== undefined) return media.example;
      const examples = media?.examples ?? {};
      const chosen = name ? examples[name] : Object.values(examples)[0];
      // Shared examples live in components/examples and are referenced.
      if (chosen) return ('$ref' in chosen ? (getPointer(doc, chosen.$ref) as { value: unknown }) : chosen).value;
    }
  }
  throw new Error(`The contract has no example answer for ${operationId}${name ? ` (${name})` : ''}`);
}

let loaded: { doc: OpenApiDocument; validator: ContractValidator; data: Map<EventType, ValidateFunction> } | undefined;

/** The contract and a validator of its events' payloads, made on first use (the trigger is rare). */
function contract() {
  if (!loaded) {
    const doc = loadContract();
    loaded = { doc, validator: new ContractValidator(doc), data: new Map() };
  }
  return loaded;
}

/**
 * The sample payload of an event type: the contract's example of what causes it.
 *
 * @example
 * ```ts
 * eventSample('room.message.created'); // the Message example of sendRoomMessage
 * ```
 */
export function eventSample(type: EventType): unknown {
  const { doc } = contract();
  if (type === 'session.reminder') return { before: '24h', session: structuredClone(exampleOf(doc, causes['session.updated'].operationId)) };
  const cause = causes[type];
  const sample = structuredClone(exampleOf(doc, cause.operationId, cause.example));
  // The answer to a comment does not carry its post's count; the event does (the post's list example counts 4).
  if (type === 'post.comment.created') return { ...(sample as object), commentCount: 4 };
  return sample;
}

/**
 * A validator of an event type's payload (`data`), from the contract's `Event` discriminator.
 *
 * @example
 * ```ts
 * if (!eventDataValidator('room.updated')(data)) console.log(eventDataValidator('room.updated').errors);
 * ```
 */
export function eventDataValidator(type: EventType): ValidateFunction {
  const { doc, validator, data } = contract();
  let validate = data.get(type);
  if (!validate) {
    const mapping = getPointer(doc, '#/components/schemas/Event/discriminator/mapping') as Record<string, string>;
    validate = validator.schemaAt(`${mapping[type]}/properties/data`);
    data.set(type, validate);
  }
  return validate;
}
