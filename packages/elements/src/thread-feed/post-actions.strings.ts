// Loaded with post-actions.ts, on the first Edit, Delete or Report: a reader who never uses
// them does not download them (the feed's own strings are in thread-feed.strings.ts). No
// runtime import (see post-actions.ts): the feed makes the catalog with `defineStrings`.

/** The English strings of the feed's post actions: the source, whose keys and parameters every locale repeats. */
export const en = {
  postEditLabel: 'Edit your post (Markdown)',
  postEditSave: 'Save',
  postEditCancel: 'Cancel',
  postEditError: 'We couldn’t save your edit; your words are still here.',
  postDeleteAsk: 'Delete this post? Its comments and reactions go with it.',
  postDeleteConfirm: 'Delete post',
  postDeleteCancel: 'Keep it',
  postDeleteError: 'We couldn’t delete this post.',
  postReportTitle: 'Report this post',
  postReportReason: 'Why?',
  postReason_spam: 'Spam or advertising',
  postReason_harassment: 'Harassment',
  postReason_off_topic: 'Off topic',
  postReason_misinformation: 'Misinformation',
  postReason_other: 'Something else',
  postReportNote: 'Anything to add? (optional)',
  postReportSend: 'Send report',
  postReportCancel: 'Cancel',
  postReportSent: 'Thanks: the thread’s owner will see your report.',
  postReportAlready: 'You already reported this post. Sending again replaces your reason.',
  postReportError: 'We couldn’t send your report.',
};

/** The Spanish strings, loaded when the feed is in Spanish. */
export const es = () => import('./post-actions.strings.es.js');
