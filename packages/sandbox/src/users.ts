import { prepared, type Db } from './db/database.js';
import type { components } from '@menteo/api';

type UserSummary = components['schemas']['UserSummary'];

/** Inserts a person (seeders and `POST /v1/auth/tokens` both create people through here). */
export function insertUser(
  db: Db,
  user: {
    id: string;
    orgId: string | null;
    externalId?: string | null;
    email?: string | null;
    name: string;
    avatarUrl?: string | null;
    headline?: string | null;
    createdAt: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO users (id, org_id, external_id, email, name, avatar_url, headline, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.id, user.orgId, user.externalId ?? null, user.email ?? null, user.name, user.avatarUrl ?? null, user.headline ?? null, user.createdAt);
}

/** The public face of a person, as embedded in rooms, threads, posts and comments. */
export function userSummary(db: Db, id: string): UserSummary {
  const row = prepared(db, 'SELECT id, name, avatar_url, headline FROM users WHERE id = ?').get(id) as
    | { id: string; name: string; avatar_url: string | null; headline: string | null }
    | undefined;
  if (!row) throw new Error(`user ${id} does not exist`);
  return { id: row.id, name: row.name, avatarUrl: row.avatar_url, headline: row.headline };
}
