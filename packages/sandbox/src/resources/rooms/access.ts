import { prepared, type Db } from '../../db/database.js';
import type { HandlerContext, OperationId, Principal } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { presentRoom } from './present.js';
import type { RoomRow } from './rows.js';
import { requestLifetimeMs, type RoomRole } from './state-machine.js';

/** What the room handlers use of a request's context, whatever the operation. */
export type RoomContext = Pick<HandlerContext<OperationId>, 'principal' | 'db' | 'now' | 'emit'>;

/** The signed-in person. */
export interface Caller {
  userId: string;
  orgId: string;
}

/** The person behind a user token; `[user]` operations always have one (the app enforces it). */
export function requireCaller(principal: Principal): Caller {
  if (principal.kind !== 'user') throw new Problem(403, 'forbidden', 'This operation needs a user token.');
  return { userId: principal.userId, orgId: principal.orgId };
}

/** The caller's part in a room, or undefined when they are not one of its two participants. */
export function roleIn(room: Pick<RoomRow, 'mentee_id' | 'mentor_user_id'>, userId: string): RoomRole | undefined {
  if (room.mentor_user_id === userId) return 'mentor';
  if (room.mentee_id === userId) return 'mentee';
  return undefined;
}

/** Both participants: the audience of every room event. */
export function participants(room: Pick<RoomRow, 'mentee_id' | 'mentor_user_id'>): { userIds: string[] } {
  return { userIds: [room.mentee_id, room.mentor_user_id] };
}

/**
 * Expires the caller's requests that nobody answered for 14 days. Expiry has no
 * request of its own, so it is applied lazily, before any read or write of the
 * caller's rooms, and persisted (with an event) like any other transition. The
 * room expired at creation + 14 days, which is what `closedAt` says.
 */
export function expireDueRooms(ctx: RoomContext, caller: Caller): void {
  const cutoff = new Date(ctx.now.getTime() - requestLifetimeMs).toISOString();
  const due = prepared(
    ctx.db,
    `SELECT * FROM rooms
     WHERE status = 'requested' AND created_at <= ? AND (mentee_id = ? OR mentor_user_id = ?)`,
  ).all(cutoff, caller.userId, caller.userId) as RoomRow[];
  for (const room of due) {
    const expiredAt = new Date(Date.parse(room.created_at) + requestLifetimeMs).toISOString();
    prepared(ctx.db, `UPDATE rooms SET status = 'expired', status_reason = ?, closed_at = ?, updated_at = ? WHERE id = ? AND status = 'requested'`).run(
      'The mentor did not answer within 14 days.',
      expiredAt,
      expiredAt,
      room.id,
    );
    const expired = findRoom(ctx.db, room.id)!;
    ctx.emit('room.updated', presentRoom(ctx.db, expired, caller.userId, ctx.now), participants(expired));
  }
}

/** The room row, whoever takes part in it. */
export function findRoom(db: Db, roomId: string): RoomRow | undefined {
  return prepared(db, 'SELECT * FROM rooms WHERE id = ?').get(roomId) as RoomRow | undefined;
}

/**
 * The room if the caller takes part in it (after lazy expiry), with their role.
 * Anyone else gets 404: a room's existence is nobody else's business.
 */
export function participantRoom(ctx: RoomContext, roomId: string): { room: RoomRow; role: RoomRole; caller: Caller } {
  const caller = requireCaller(ctx.principal);
  const found = findRoom(ctx.db, roomId);
  const role = found ? roleIn(found, caller.userId) : undefined;
  if (!found || !role) throw problem.notFound(`No room ${roomId} is visible to this credential.`);
  expireDueRooms(ctx, caller);
  return { room: found.status === 'requested' ? findRoom(ctx.db, roomId)! : found, role, caller };
}

/** Moves the room's `updatedAt`: anything that changes inside a room makes it the newest in the inbox. */
export function touchRoom(db: Db, roomId: string, now: Date): void {
  prepared(db, 'UPDATE rooms SET updated_at = ? WHERE id = ?').run(now.toISOString(), roomId);
}

/** Whether an error is SQLite refusing a row that breaks a unique index over `columns` (a lost race). */
export function violatesUnique(error: unknown, columns: string): boolean {
  return error instanceof Error && (error as Error & { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes(columns);
}
