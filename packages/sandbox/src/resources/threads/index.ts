import type { Handlers } from '../../http/handler.js';
import { listMyBookmarks } from './bookmarks.js';
import { listMyPostLinkTargets } from './link-targets.js';
import { deleteComment, updateComment } from './comment-edits.js';
import { createPostComment, listPostComments } from './comments.js';
import { blockThreadUser, hideComment, listThreadReports, reportComment, reportPost, unblockThreadUser, unhideComment } from './moderation.js';
import { createThreadPost, deletePost, listThreadPosts, retrievePost, updatePost } from './posts.js';
import { addPostReaction, removePostReaction } from './reactions.js';
import { createThread, followThread, listThreads, retrieveThread, unfollowThread, updateThread } from './threads.js';

/** Handlers of the threads operations (tags Threads and Posts). */
export const threadsHandlers = {
  listThreads,
  createThread,
  retrieveThread,
  updateThread,
  followThread,
  unfollowThread,
  listThreadPosts,
  createThreadPost,
  retrievePost,
  updatePost,
  deletePost,
  addPostReaction,
  removePostReaction,
  listPostComments,
  createPostComment,
  updateComment,
  deleteComment,
  reportPost,
  reportComment,
  listThreadReports,
  hideComment,
  unhideComment,
  blockThreadUser,
  unblockThreadUser,
  listMyBookmarks,
  listMyPostLinkTargets,
} satisfies Partial<Handlers>;
