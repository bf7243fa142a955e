import { defineStrings } from '../locales/strings.js';

// Loaded with comment-actions.ts when a signed-in reader first opens a post's comments: an
// anonymous reader does not download them (the comment list's own strings are in
// thread-feed.strings.ts).

/** The English strings of the feed's comment actions (buttons, forms, confirmations): the source, whose keys and parameters every locale repeats. */
export const en = {
  commentReply: 'Reply',
  commentEdit: 'Edit',
  commentDelete: 'Delete',
  commentReport: 'Report',
  commentHide: 'Hide',
  commentUnhide: 'Show again',
  commentBlock: 'Block author',
  commentModerateError: 'That didn’t work.',
  commentLock: 'Lock comments',
  commentUnlock: 'Unlock comments',
  commentActions: (p: { name: string }) => `${p.name}’s comment`,
  commentReplyTo: (p: { name: string }) => `Reply to ${p.name}`,
  commentSendReply: 'Post reply',
  commentCancel: 'Cancel',
  commentEditLabel: 'Edit your comment',
  commentSave: 'Save',
  commentEditError: 'We couldn’t save your edit.',
  commentDeleteConfirm: 'Delete this comment? Its replies go with it.',
  commentDeleteError: 'We couldn’t delete the comment.',
  commentReportTitle: 'Report this comment',
  commentReason: 'Reason',
  commentReason_spam: 'Spam or advertising',
  commentReason_harassment: 'Harassment',
  commentReason_off_topic: 'Off topic',
  commentReason_misinformation: 'Misinformation',
  commentReason_other: 'Something else',
  commentNote: 'Note (optional)',
  commentSendReport: 'Send report',
  commentReportError: 'We couldn’t send your report.',
  commentReported: 'Thanks: the thread’s owner will see your report.',
  commentAlreadyReported: 'You already reported this comment.',
  // gaps: Report once reported (the API's viewerReported, or sent from this page) (GAPS, #12)
  commentReportedButton: 'Reported',
  commentClose: 'Close',
  commentBlockConfirm: (p: { name: string }) => `Block ${p.name} from this thread? They will no longer be able to comment, react or report here.`,
  commentBlockYes: 'Block',
  commentBlocked: (p: { name: string }) => `${p.name} is blocked from this thread.`,
  commentUnblock: 'Unblock',
};

/** The strings of the comment actions: English, and complete Spanish loaded when the feed is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./comment-actions.strings.es.js') });
