import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { problem } from '../../http/problem.js';

/** Throws the 404 for a mentor the caller may not see (or that does not exist). */
export function assertMentorVisible(db: Db, mentorId: string, orgId: string): void {
  const found = prepared(db, 'SELECT 1 FROM mentors m WHERE m.id = @id AND (m.org_id IS NULL OR m.org_id = @org)').get({ id: mentorId, org: orgId });
  if (!found) throw problem.notFound(`No mentor ${mentorId} is visible to this credential.`);
}

interface ReviewRow {
  id: string;
  rating: number;
  body: string;
  created_at: string;
  author_id: string;
  author_name: string;
  author_avatar_url: string | null;
  author_headline: string | null;
}

/** `GET /v1/mentors/{mentorId}/reviews`: newest first, keyset over (created_at, id), authors joined in (no N+1). */
export function listMentorReviews(ctx: HandlerContext<'listMentorReviews'>): Reply<'listMentorReviews'> {
  const { db } = ctx;
  const mentorId = ctx.params.mentorId;
  assertMentorVisible(db, mentorId, ctx.principal.orgId);
  const limit = ctx.query.limit ?? 20;
  const list = `mentor-reviews:${mentorId}`;
  let rows: ReviewRow[];
  const select = `SELECT r.id, r.rating, r.body, r.created_at, u.id AS author_id, u.name AS author_name,
      u.avatar_url AS author_avatar_url, u.headline AS author_headline
    FROM mentor_reviews r JOIN users u ON u.id = r.author_id WHERE r.mentor_id = @mentorId`;
  if (ctx.query.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(list, ctx.query.cursor, 2);
    rows = prepared(db, `${select} AND (r.created_at, r.id) < (@createdAt, @id) ORDER BY r.created_at DESC, r.id DESC LIMIT @limit`).all({
      mentorId,
      createdAt,
      id,
      limit: limit + 1,
    }) as ReviewRow[];
  } else {
    rows = prepared(db, `${select} ORDER BY r.created_at DESC, r.id DESC LIMIT @limit`).all({ mentorId, limit: limit + 1 }) as ReviewRow[];
  }
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return {
    status: 200,
    body: {
      data: page.items.map((r) => ({
        id: r.id,
        rating: r.rating,
        body: r.body,
        author: { id: r.author_id, name: r.author_name, avatarUrl: r.author_avatar_url, headline: r.author_headline },
        createdAt: r.created_at,
      })),
      nextCursor: page.nextCursor,
    },
  };
}
