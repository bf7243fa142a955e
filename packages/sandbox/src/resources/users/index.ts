import { randomBytes } from 'node:crypto';
import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { HandlerContext, HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { insertUser } from '../../users.js';
import { isDeactivated } from '../admin/members.js';

/** How long a minted user token lives. */
export const userTokenTtlMs = 15 * 60 * 1000;

type Me = components['schemas']['Me'];

interface UserRow {
  id: string;
  org_id: string | null;
  external_id: string | null;
  email: string | null;
  name: string;
  avatar_url: string | null;
  headline: string | null;
  created_at: string;
  mentor_id: string | null;
}

function findUser(db: Db, id: string): UserRow | undefined {
  return prepared(db, `SELECT u.*, (SELECT m.id FROM mentors m WHERE m.user_id = u.id) AS mentor_id FROM users u WHERE u.id = ?`).get(id) as
    | UserRow
    | undefined;
}

function toMe(row: UserRow): Me {
  return {
    id: row.id,
    name: row.name,
    avatarUrl: row.avatar_url,
    headline: row.headline,
    email: row.email,
    organizationId: row.org_id,
    externalUserId: row.external_id,
    mentorId: row.mentor_id,
    createdAt: row.created_at,
  };
}

function userIdOf(ctx: HandlerContext<'getMe'>): string {
  if (ctx.principal.kind !== 'user') throw problem.forbidden('This operation needs a user token.');
  return ctx.principal.userId;
}

/** Handlers of me, users and auth tokens. */
export const usersHandlers: HandlerMap<'getMe' | 'retrieveUser' | 'createUserToken'> = {
  getMe(ctx) {
    const row = findUser(ctx.db, userIdOf(ctx));
    if (!row) throw problem.notFound('The signed-in person no longer exists.');
    return { status: 200, body: toMe(row) };
  },

  retrieveUser(ctx) {
    const row = findUser(ctx.db, ctx.params.userId);
    if (!row) throw problem.notFound(`No person ${ctx.params.userId} exists.`);
    return {
      status: 200,
      body: { id: row.id, name: row.name, avatarUrl: row.avatar_url, headline: row.headline, mentorId: row.mentor_id, createdAt: row.created_at },
    };
  },

  createUserToken(ctx) {
    const orgId = ctx.principal.orgId;
    const { externalUserId, email, name, avatarUrl, headline } = ctx.body;
    const existing = prepared(ctx.db, 'SELECT id FROM users WHERE org_id = ? AND external_id = ?').get(orgId, externalUserId) as { id: string } | undefined;
    let userId: string;
    if (existing) {
      userId = existing.id;
      if (isDeactivated(ctx.db, userId))
        throw problem.forbidden(`The member ${externalUserId} is deactivated in your organization; reactivate them to sign them in.`);
      // The company's directory is the source of truth for its people: refresh what it sent.
      prepared(
        ctx.db,
        `UPDATE users SET name = ?, email = COALESCE(?, email), avatar_url = COALESCE(?, avatar_url), headline = COALESCE(?, headline) WHERE id = ?`,
      ).run(name, email ?? null, avatarUrl ?? null, headline ?? null, userId);
    } else {
      userId = newId('usr');
      insertUser(ctx.db, {
        id: userId,
        orgId,
        externalId: externalUserId,
        email: email ?? null,
        name,
        avatarUrl: avatarUrl ?? null,
        headline: headline ?? null,
        createdAt: ctx.now.toISOString(),
      });
    }
    const token = `ut_${randomBytes(24).toString('base64url')}`;
    const expiresAt = new Date(ctx.now.getTime() + userTokenTtlMs).toISOString();
    prepared(ctx.db, 'INSERT INTO user_tokens (token, user_id, org_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)').run(
      token,
      userId,
      orgId,
      expiresAt,
      ctx.now.toISOString(),
    );
    return { status: 201, body: { token, expiresAt, user: toMe(findUser(ctx.db, userId)!) } };
  },
};
