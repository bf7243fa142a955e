import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** `one` or `other` by count (English needs no more forms here). */
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** The English strings of <menteo-thread-feed>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  feedLoading: 'Loading thread…',
  feedLoadingMore: 'Loading more posts…',
  feedLoadError: 'We couldn’t load this thread.',
  feedNotFound: 'This thread isn’t available.',
  feedPrivateHint: 'If it is private, sign in to see it.',
  feedEmpty: 'No posts yet.',
  feedEmptyOwner: 'No posts yet: write the first one above.',
  feedBy: (p: { name: string }) => `By ${p.name}`,
  feedPosts: (p: { count: number; formatted: string }) => `${p.formatted} ${plural(p.count, 'post', 'posts')}`,
  feedFollowers: (p: { count: number; formatted: string }) => `${p.formatted} ${plural(p.count, 'follower', 'followers')}`,
  feedNew: (p: { count: number }) => (p.count === 1 ? 'Show 1 new post' : `Show ${p.count} new posts`),
  feedNewAnnounce: (p: { count: number }) => (p.count === 1 ? '1 new post' : `${p.count} new posts`),
  feedKind_update: 'Update',
  feedKind_challenge: 'Challenge',
  feedKind_breakthrough: 'Breakthrough',
  feedKind_milestone: 'Milestone',
  feedKind_question: 'Question',
  feedReactions: 'Reactions',
  feedReaction_cheer: 'Cheer',
  feedReaction_insightful: 'Insightful',
  feedReaction_support: 'Support',
  feedReaction_bookmark: 'Bookmark',
  feedReactionError: 'We couldn’t save your reaction; it was undone.',
  feedSignInToReact: 'Sign in to react to posts.',
  feedComments: (p: { count: number; formatted: string }) => `${p.formatted} ${plural(p.count, 'comment', 'comments')}`,
  feedLoadingComments: 'Loading comments…',
  feedCommentError: 'We couldn’t post your comment.',
  feedCommentsError: 'We couldn’t load the comments.',
  feedShowMore: 'Show more',
  feedShowLess: 'Show less',
  feedViewThread: 'View the whole thread',
  feedEdited: 'edited',
  feedSending: 'Sending…',
  feedQueued: 'Queued: will send when you’re back online',
  // comments: replies, edit and delete, reports and the owner's moderation (feed-comments.ts, comment-*.ts)
  commentsLocked: 'Comments are locked.',
  commentRateLimited: (p: { minutes: number }) => `You’re commenting fast — try again in ${plural(p.minutes, '1 minute', `${p.minutes} minutes`)}.`,
  commentBlockedYou: 'The thread’s owner has blocked you from commenting here.',
  // feed: follow, labelled reactions and Save, owner tools, post links, found by page (FEED, #12)
  feedFollow: 'Follow',
  feedFollowing: 'Following',
  feedSignInToFollow: 'Sign in to follow this thread.',
  feedFollowError: 'We couldn’t change your follow; it was undone.',
  feedSave: 'Save',
  feedSaved: 'Saved',
  feedReactionTip_cheer: 'Cheer',
  feedReactionTip_insightful: 'Insightful',
  feedReactionTip_support: 'Support',
  feedReactionTip_bookmark: 'Save for later (only you see it)',
  feedVisibility_public: 'Visible to everyone',
  feedVisibility_unlisted: 'Visible to anyone with the link',
  feedVisibility_organization: 'Visible to your organization',
  feedVisibility_private: 'Only you',
  feedEdit: 'Edit',
  feedDelete: 'Delete',
  feedReport: 'Report',
  feedLinkStep: (p: { index: string }) => `Step ${p.index} of`,
  feedLinkGoal: 'Goal:',
  feedNoThread: 'There is no thread for this page yet.',
  // gaps: a post the signed-in reader reported (the API's viewerReported, or sent from this page) (GAPS, #12)
  feedReported: 'Reported',
};

/** The strings of <menteo-thread-feed>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./thread-feed.strings.es.js') });
