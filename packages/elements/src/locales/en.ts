/**
 * English: the source strings, and the shape every other locale follows. A value is either
 * a string or a function of its parameters (for plurals and interpolation).
 */
export const en = {
  loadingMentor: 'Loading mentor…',
  loadError: 'We couldn’t load this mentor.',
  connectionError: 'Check your connection and try again.',
  requestId: (p: { id: string }) => `Request ID: ${p.id}`,
  retry: 'Try again',
  notFound: 'This mentor isn’t available.',
  notConfigured: 'Menteo is not configured: add a publishable key.',
  titleAtCompany: (p: { title: string; company: string }) => `${p.title} at ${p.company}`,
  avatarOf: (p: { name: string }) => `Photo of ${p.name}`,
  skills: 'Skills',
  languages: 'Languages',
  speaks: (p: { list: string }) => `Speaks ${p.list}`,
  localTime: (p: { time: string }) => `${p.time} local time`,
  rating: (p: { rating: string; count: number }) => `Rated ${p.rating} out of 5 from ${p.count} ${p.count === 1 ? 'review' : 'reviews'}`,
  noReviews: 'No reviews yet',
  sessions: (p: { count: number; formatted: string }) => `${p.formatted} ${p.count === 1 ? 'session' : 'sessions'}`,
  nextAvailable: (p: { when: string }) => `Next available ${p.when}`,
  noAvailability: 'No open slots in the next 30 days',
  helpsWith: 'Helps with',
  need_leadership: 'Leadership',
  need_mentorship: 'Mentorship',
  style_directive: 'Directive style',
  style_facilitative: 'Facilitative style',
  requestMentorship: 'Request mentorship',
  requestMentorshipWith: (p: { name: string }) => `Request mentorship with ${p.name}`,
  notAccepting: 'Not taking requests',
};

/** The strings of one locale. */
export type Translation = { [K in keyof typeof en]: (typeof en)[K] };
