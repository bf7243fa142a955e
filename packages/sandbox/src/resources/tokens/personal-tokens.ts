import { randomBytes } from 'node:crypto';
import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { hashSecret } from '../oauth/secrets.js';

type Schemas = components['schemas'];
export type PersonalAccessToken = Schemas['PersonalAccessToken'];
export type PersonalTokenScope = Schemas['PersonalAccessTokenScope'];

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

function present(row: TokenRow): PersonalAccessToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as PersonalTokenScope[],
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}

/**
 * A new token value: `mt_pat_` and 32 letters and digits (190 random bits; a byte's remainder by
 * 62 is a negligible bias at this length).
 *
 * @example
 * ```ts
 * newPersonalToken(); // 'mt_pat_Zk4qW8nT2xLm9Pb3Vc7Rd5Hs1Jy6Ka0E'
 * ```
 */
export function newPersonalToken(): string {
  let out = '';
  for (const byte of randomBytes(32)) out += alphabet[byte % alphabet.length];
  return `mt_pat_${out}`;
}

/** Creates a token for the person; the answer is the only place its value appears. */
export function createPersonalToken(
  db: Db,
  owner: { userId: string; orgId: string },
  body: Schemas['CreatePersonalAccessTokenRequest'],
  now: Date,
): Schemas['CreatedPersonalAccessToken'] {
  const token = newPersonalToken();
  const id = newId('pat');
  const expiresAt = body.expiresInDays === undefined ? null : new Date(now.getTime() + body.expiresInDays * 86_400_000).toISOString();
  prepared(
    db,
    `INSERT INTO personal_tokens (id, user_id, org_id, name, prefix, token_hash, scopes, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, owner.userId, owner.orgId, body.name, token.slice(0, 11), hashSecret(token), JSON.stringify(body.scopes), now.toISOString(), expiresAt);
  const row = prepared(db, 'SELECT * FROM personal_tokens WHERE id = ?').get(id) as TokenRow;
  return { ...present(row), lastUsedAt: null, token };
}

/** A page of the person's tokens that are not revoked, newest first. */
export function listPersonalTokens(
  db: Db,
  userId: string,
  query: { limit?: number; cursor?: string },
): { data: PersonalAccessToken[]; nextCursor: string | null } {
  const list = 'personal-tokens';
  const limit = query.limit ?? 20;
  const [createdAt, id] = query.cursor ? decodeCursor(list, query.cursor, 2) : [null, null];
  const rows = prepared(
    db,
    `SELECT * FROM personal_tokens WHERE user_id = :user AND revoked_at IS NULL AND (:created IS NULL OR (created_at, id) < (:created, :id))
     ORDER BY created_at DESC, id DESC LIMIT :take`,
  ).all({ user: userId, created: createdAt ?? null, id: id ?? null, take: limit + 1 }) as TokenRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { data: page.items.map(present), nextCursor: page.nextCursor };
}

/** Revokes one of the person's tokens; someone else's, or one already revoked, is a 404. */
export function revokePersonalToken(db: Db, userId: string, tokenId: string, now: Date): void {
  const revoked = prepared(db, 'UPDATE personal_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL').run(
    now.toISOString(),
    tokenId,
    userId,
  );
  if (revoked.changes === 0) throw problem.notFound(`No personal access token ${tokenId} of yours.`);
}

/**
 * The person and scopes a `mt_pat_…` value stands for, or `undefined` (unknown, revoked,
 * expired, or its person deactivated). Records the use.
 *
 * @example
 * ```ts
 * const found = personalTokenPrincipal(db, 'mt_pat_Zk4q…', now); // { userId, orgId, scopes: ['threads:write'] }
 * ```
 */
export function personalTokenPrincipal(db: Db, token: string, now: Date): { userId: string; orgId: string; scopes: PersonalTokenScope[] } | undefined {
  const at = now.toISOString();
  const row = prepared(
    db,
    `SELECT t.id, t.user_id, t.org_id, t.scopes FROM personal_tokens t
     WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
       AND NOT EXISTS (SELECT 1 FROM org_members m WHERE m.user_id = t.user_id AND m.active = 0)`,
  ).get(hashSecret(token), at) as { id: string; user_id: string; org_id: string; scopes: string } | undefined;
  if (!row) return undefined;
  prepared(db, 'UPDATE personal_tokens SET last_used_at = ? WHERE id = ?').run(at, row.id);
  return { userId: row.user_id, orgId: row.org_id, scopes: JSON.parse(row.scopes) as PersonalTokenScope[] };
}
