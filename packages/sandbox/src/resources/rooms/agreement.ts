import { prepared } from '../../db/database.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { findRoom, participantRoom, participants, touchRoom, type RoomContext } from './access.js';
import { presentRoom } from './present.js';
import type { RoomRow } from './rows.js';
import { agreementWritableStatuses, type RoomRole } from './state-machine.js';

const signedColumn = (role: RoomRole) => (role === 'mentor' ? 'agreement_mentor_signed_at' : 'agreement_mentee_signed_at');
const other = (role: RoomRole): RoomRole => (role === 'mentor' ? 'mentee' : 'mentor');

/** The room, if the caller takes part in it and it has not ended (`409` otherwise). */
function openRoom(ctx: RoomContext, roomId: string): { room: RoomRow; role: RoomRole; userId: string } {
  const { room, role, caller } = participantRoom(ctx, roomId);
  if (!agreementWritableStatuses.includes(room.status)) {
    throw problem.conflict(`The agreement can change only while a room is requested, active or paused; this room is ${room.status}.`);
  }
  return { room, role, userId: caller.userId };
}

function roomChanged(ctx: RoomContext, room: RoomRow, userId: string) {
  touchRoom(ctx.db, room.id, ctx.now);
  const view = presentRoom(ctx.db, findRoom(ctx.db, room.id)!, userId, ctx.now);
  ctx.emit('room.updated', view, participants(room));
  return view;
}

/** The agreement: proposed (and so signed) by one side, accepted by the other; both sign-offs kept with their times. */
export const agreementHandlers = {
  proposeRoomAgreement: (ctx) => {
    const { room, role, userId } = openRoom(ctx, ctx.params.roomId);
    prepared(ctx.db, `UPDATE rooms SET agreement = ?, ${signedColumn(role)} = ?, ${signedColumn(other(role))} = NULL WHERE id = ?`).run(
      ctx.body.agreement,
      ctx.now.toISOString(),
      room.id,
    );
    return { status: 200, body: roomChanged(ctx, room, userId) };
  },

  acceptRoomAgreement: (ctx) => {
    const { room, role, userId } = openRoom(ctx, ctx.params.roomId);
    if (room.agreement === null) throw problem.conflict(`Room ${room.id} has no agreement to accept yet; propose one.`);
    if (room[signedColumn(role)] !== null) throw problem.conflict(`You signed the agreement of room ${room.id} already; it waits for the ${other(role)}.`);
    prepared(ctx.db, `UPDATE rooms SET ${signedColumn(role)} = ? WHERE id = ?`).run(ctx.now.toISOString(), room.id);
    return { status: 200, body: roomChanged(ctx, room, userId) };
  },
} satisfies Partial<HandlerMap<'proposeRoomAgreement' | 'acceptRoomAgreement'>>;
