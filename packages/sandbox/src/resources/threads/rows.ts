import type { components } from '@menteo/api';

/** A row of `threads`. */
export interface ThreadRow {
  id: string;
  owner_id: string;
  owner_org_id: string | null;
  title: string;
  summary: string | null;
  tags: string;
  visibility: components['schemas']['ThreadVisibility'];
  canonical_url: string | null;
  post_count: number;
  follower_count: number;
  reaction_count: number;
  comment_count: number;
  created_at: string;
  updated_at: string;
  last_post_at: string | null;
  activity_at: string;
}

/** A row of `posts`. */
export interface PostRow {
  id: string;
  thread_id: string;
  author_id: string;
  kind: components['schemas']['PostKind'];
  body: string;
  link_kind: components['schemas']['PostLink']['kind'] | null;
  link_roadmap_id: string | null;
  link_step_id: string | null;
  link_room_id: string | null;
  link_goal_id: string | null;
  cheer_count: number;
  insightful_count: number;
  support_count: number;
  bookmark_count: number;
  comment_count: number;
  created_at: string;
  edited_at: string | null;
}

/** A row of `comments`, with its `comment_state` (see comment-rows.ts). */
export interface CommentRow {
  id: string;
  post_id: string;
  author_id: string;
  body: string;
  created_at: string;
  parent_id: string | null;
  edited_at: string | null;
  hidden_at: string | null;
}

/** The link columns of a post, from the contract's `PostLink` (all null when there is none). */
export function linkColumns(
  link: components['schemas']['PostLink'] | null | undefined,
): Pick<PostRow, 'link_kind' | 'link_roadmap_id' | 'link_step_id' | 'link_room_id' | 'link_goal_id'> {
  if (!link) return { link_kind: null, link_roadmap_id: null, link_step_id: null, link_room_id: null, link_goal_id: null };
  if (link.kind === 'roadmap_step') {
    return { link_kind: 'roadmap_step', link_roadmap_id: link.roadmapId, link_step_id: link.stepId, link_room_id: null, link_goal_id: null };
  }
  return { link_kind: 'room_goal', link_roadmap_id: null, link_step_id: null, link_room_id: link.roomId, link_goal_id: link.goalId };
}
