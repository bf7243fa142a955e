import { defineStrings } from '../locales/strings.js';

// Loaded with feed-comments.ts on the first "N comments": a reader who never opens the comments
// does not download them (the count, "Loading comments…" and the errors are in thread-feed.strings.ts).

/** The English strings of the feed's comment list and field: the source, whose keys and parameters every locale repeats. */
export const en = {
  feedNoComments: 'No comments yet.',
  feedAddComment: 'Add a comment',
  feedComment: 'Comment',
  feedSignIn: 'Sign in',
  feedSignInToComment: 'Sign in to comment.',
  feedMoreComments: 'More comments',
  commentHidden: 'Hidden',
  commentReplies: (p: { name: string }) => `Replies to ${p.name}`,
};

/** The strings of the comment list: English, and complete Spanish loaded when the feed is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./feed-comments.strings.es.js') });
