import { latestSeq } from '../../events/event-log.js';
import { prepared } from '../../db/database.js';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { toFieldErrors } from '../../http/validation.js';
import { eventDataValidator, eventSample } from './event-samples.js';

/**
 * `POST /v1/sandbox/events` (sandbox only): fires one event of any type — the payload given,
 * or the contract's example — to people of the caller's organization, over their event streams
 * and the organization's webhook endpoint. Writes nothing but the event.
 *
 * @example
 * ```ts
 * // POST /v1/sandbox/events {"type":"room.requested"} with sk_test_… → 201 {"id":"1043","type":"room.requested",…}
 * ```
 */
export function triggerSandboxEvent(ctx: HandlerContext<'triggerSandboxEvent'>): Reply<'triggerSandboxEvent'> {
  // An app built without the sandbox's test tools (no test clock) has none of them, as production.
  if (!ctx.clock) throw problem.notFound('There is no event trigger here: only the sandbox fires events on request.');
  const { type } = ctx.body;
  const data = ctx.body.data ?? eventSample(type);
  const validate = eventDataValidator(type);
  if (!validate(data)) {
    const errors = toFieldErrors(validate.errors ?? [], 'body').map((error) => ({ ...error, pointer: `/data${error.pointer === '/' ? '' : error.pointer}` }));
    throw new Problem(422, 'validation_failed', `The data is not a ${type} payload: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}`, errors);
  }
  const members = new Set(
    (prepared(ctx.db, 'SELECT id FROM users WHERE org_id = ? ORDER BY id').all(ctx.principal.orgId) as { id: string }[]).map((row) => row.id),
  );
  const userIds = ctx.body.userIds ?? [...members];
  userIds.forEach((userId, i) => {
    if (!members.has(userId)) throw problem.invalidField(`/userIds/${i}`, `is not a person of your organization (${ctx.principal.orgId})`);
  });
  // The payload was validated against the event type's schema above.
  ctx.emit(type, data as never, { userIds });
  return { status: 201, body: { id: String(latestSeq(ctx.db)), type, createdAt: ctx.now.toISOString(), data } as never };
}
