import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { participantRoom, participants, touchRoom } from './access.js';
import { presentMessage, presentRoom } from './present.js';
import { markRead } from './reads.js';
import type { MessageRow, RoomRow } from './rows.js';
import { openRoomStatuses } from './state-machine.js';

/** Writes a message (and moves the room's `updatedAt`); the caller emits the event. */
export function insertMessage(
  db: Db,
  room: Pick<RoomRow, 'id'>,
  authorId: string,
  body: string,
  now: Date,
  id = newId('msg'),
): components['schemas']['Message'] {
  const at = now.toISOString();
  prepared(db, 'INSERT INTO messages (id, room_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)').run(id, room.id, authorId, body, at);
  touchRoom(db, room.id, now);
  const row = prepared(db, 'SELECT * FROM messages WHERE id = ?').get(id) as MessageRow;
  return presentMessage(db, row);
}

/** The conversation of a room: list newest first, send, mark read. */
export const messageHandlers = {
  listRoomMessages: (ctx) => {
    const { room } = participantRoom(ctx, ctx.params.roomId);
    const { limit = 20, cursor } = ctx.query;
    const after = cursor ? decodeCursor(`room-messages:${room.id}`, cursor, 2) : [null, null];
    const rows = prepared(
      ctx.db,
      `SELECT * FROM messages
       WHERE room_id = :room AND (:afterAt IS NULL OR (created_at, seq) < (:afterAt, :afterSeq))
       ORDER BY created_at DESC, seq DESC
       LIMIT :take`,
    ).all({ room: room.id, afterAt: after[0] ?? null, afterSeq: after[1] ?? null, take: limit + 1 }) as MessageRow[];
    const page = pageOf(rows, limit, `room-messages:${room.id}`, (m) => [m.created_at, m.seq]);
    return { status: 200, body: { data: page.items.map((m) => presentMessage(ctx.db, m)), nextCursor: page.nextCursor } };
  },

  sendRoomMessage: (ctx) => {
    const { room, caller } = participantRoom(ctx, ctx.params.roomId);
    if (!openRoomStatuses.includes(room.status)) {
      throw problem.conflict(`Messages can be sent only while a room is requested, active or paused; this room is ${room.status}.`);
    }
    const message = insertMessage(ctx.db, room, caller.userId, ctx.body.body, ctx.now);
    ctx.emit('room.message.created', message, participants(room));
    return { status: 201, body: message };
  },

  markRoomRead: (ctx) => {
    const { room, caller } = participantRoom(ctx, ctx.params.roomId);
    const target = prepared(ctx.db, 'SELECT seq FROM messages WHERE id = ? AND room_id = ?').get(ctx.body.messageId, room.id) as { seq: number } | undefined;
    if (!target) throw problem.invalidField('/messageId', `is not a message of room ${room.id}`);
    markRead(ctx.db, room.id, caller.userId, target.seq, ctx.now);
    return { status: 200, body: presentRoom(ctx.db, room, caller.userId, ctx.now) };
  },
} satisfies Partial<HandlerMap<'listRoomMessages' | 'sendRoomMessage' | 'markRoomRead'>>;
