import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-reading-list>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  readingTitle: 'Your reading list',
  readingLoading: 'Loading your reading list…',
  readingLoadError: 'We couldn’t load your reading list.',
  readingNotFound: 'Your reading list isn’t available.',
  readingSignIn: 'Sign in to see your reading list',
  readingPrivate: 'The posts you save are private to you.',
  readingSignInButton: 'Sign in',
  readingEmpty: 'Your reading list is empty',
  readingEmptyHint: 'Save a post with its Save button to read it later.',
  readingKind_update: 'Update',
  readingKind_challenge: 'Challenge',
  readingKind_breakthrough: 'Breakthrough',
  readingKind_milestone: 'Milestone',
  readingKind_question: 'Question',
  readingSaved: (p: { date: string }) => `Saved ${p.date}`,
  readingRemove: 'Remove',
  readingRemoveLabel: (p: { title: string }) => `Remove the post from “${p.title}” from your reading list`,
  readingRemoved: (p: { title: string }) => `Removed the post from “${p.title}”.`,
  readingRemoveError: 'We couldn’t remove this post; it is still on your list.',
  readingLoadMore: 'Load more',
};

/** The strings of <menteo-reading-list>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./reading-list.strings.es.js') });
