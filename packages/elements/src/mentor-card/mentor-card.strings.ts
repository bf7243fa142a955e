import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-mentor-card>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  loadingMentor: 'Loading mentor…',
  loadError: 'We couldn’t load this mentor.',
  notFound: 'This mentor isn’t available.',
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
  style_directive: 'Directive style',
  style_facilitative: 'Facilitative style',
  requestMentorship: 'Request mentorship',
  requestMentorshipWith: (p: { name: string }) => `Request mentorship with ${p.name}`,
  notAccepting: 'Not taking requests',
  requested: 'Requested',
  view: 'view',
  viewRequestTo: (p: { name: string }) => `View your request to ${p.name}`,
  yourMentor: 'Your mentor',
  openRoom: 'open',
  openRoomWith: (p: { name: string }) => `Open your mentorship room with ${p.name}`,
  free: 'Free',
  internal: (p: { organization: string }) => `${p.organization} internal`,
};

/** The strings of <menteo-mentor-card>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./mentor-card.strings.es.js') });
