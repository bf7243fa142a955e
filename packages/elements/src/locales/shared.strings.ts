/**
 * Strings every element uses (errors, retry, the two kinds of need). Elements spread them
 * into their own catalog, so each bundle carries only what it shows.
 */
export const sharedEn = {
  connectionError: 'Check your connection and try again.',
  requestId: (p: { id: string }) => `Request ID: ${p.id}`,
  retry: 'Try again',
  notConfigured: 'Menteo is not configured: add a publishable key.',
  need_leadership: 'Leadership',
  need_mentorship: 'Mentorship',
};
