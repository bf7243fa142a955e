import { prepared, type Db } from '../../db/database.js';

/**
 * Moves a participant's read marker forward to `seq` (never back). Shared by `markRoomRead`
 * and the seed, which marks what the seeded people have read.
 *
 * @example
 * ```ts
 * markRead(db, room.id, caller.userId, message.seq, now);
 * ```
 */
export function markRead(db: Db, roomId: string, userId: string, seq: number, now: Date): void {
  prepared(
    db,
    `INSERT INTO room_reads (room_id, user_id, last_read_seq, read_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room_id, user_id) DO UPDATE SET
       read_at = CASE WHEN excluded.last_read_seq > last_read_seq THEN excluded.read_at ELSE read_at END,
       last_read_seq = MAX(last_read_seq, excluded.last_read_seq)`,
  ).run(roomId, userId, seq, now.toISOString());
}
