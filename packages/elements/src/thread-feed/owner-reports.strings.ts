import { sharedEn } from '../locales/shared.strings.js';
import { defineStrings } from '../locales/strings.js';

// Loaded with owner-reports.ts, the first time the thread's owner sees their feed: a reader's
// page never downloads the panel's strings (the feed's own are in thread-feed.strings.ts).

/** The English strings of the owner's reports panel: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  reportsToggle: (p: { count: number; more: boolean }) => `Reports (${p.count}${p.more ? '+' : ''})`,
  reportsTitle: 'Reports from readers',
  reportsLoading: 'Loading reports…',
  reportsLoadError: 'We couldn’t load the reports.',
  reportsNone: 'No reports. Readers’ reports of posts and comments show here.',
  reportsReopenHint: 'New reports show when you open this list again.',
  reportsOnComment: 'Comment',
  reportsOnPost: 'Post',
  reportsReason: 'Reason',
  reportsReason_spam: 'Spam or advertising',
  reportsReason_harassment: 'Harassment',
  reportsReason_off_topic: 'Off topic',
  reportsReason_misinformation: 'Misinformation',
  reportsReason_other: 'Something else',
  reportsNote: 'Note',
  reportsBy: (p: { name: string; date: string }) => `Reported by ${p.name}, ${p.date}`,
  reportsActions: (p: { name: string }) => `What to do about ${p.name}’s report`,
  reportsHide: 'Hide the comment',
  reportsHidden: 'The comment is hidden from readers.',
  reportsLock: 'Lock comments on the post',
  reportsLocked: 'Comments on the post are locked.',
  reportsBlock: 'Block the comment’s author',
  reportsBlocked: (p: { name: string }) => `${p.name} is blocked from this thread.`,
  reportsNoAuthor: 'That comment is gone: there is no one to block.',
  reportsActionError: 'That didn’t work; nothing changed.',
  reportsMore: 'More reports',
};

/** The strings of the reports panel: English, and complete Spanish loaded when the panel is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./owner-reports.strings.es.js') });
