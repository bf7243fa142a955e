import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-inbox-badge>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  inboxLoading: 'Loading your inbox…',
  inboxLoadError: 'We couldn’t load your inbox.',
  inboxNotFound: 'Your inbox isn’t available.',
  inboxSignIn: 'Sign in to see your inbox',
  inboxUnread: (p: { count: number }) => `${p.count} unread in your mentorship rooms`,
  inboxUnreadAtLeast: (p: { count: number }) => `At least ${p.count} unread in your mentorship rooms`,
  inboxNone: 'No unread',
};

/** The strings of <menteo-inbox-badge>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./inbox-badge.strings.es.js') });
