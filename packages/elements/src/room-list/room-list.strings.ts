import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-room-list>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  roomListTitle: 'Your mentorship rooms',
  roomListLoading: 'Loading your rooms…',
  roomListLoadError: 'We couldn’t load your rooms.',
  roomListNotFound: 'Your rooms aren’t available.',
  roomListSignIn: 'Sign in to see your rooms',
  roomListPersonal: 'Mentorship rooms are private to their mentee and mentor.',
  roomListFilter: 'Show',
  roomListGroup_all: 'All',
  roomListGroup_active: 'Active',
  roomListGroup_requests: 'Requests',
  roomListGroup_ended: 'Ended',
  roomListRequests: 'Requests for you',
  roomListRooms: 'Rooms',
  roomListNone: 'No rooms here yet.',
  roomListNoneHint: 'A room starts when a mentee asks a mentor for a mentorship.',
  roomListYourMentor: 'Your mentor',
  roomListYourMentee: 'Your mentee',
  roomListAvatarOf: (p: { name: string }) => `Photo of ${p.name}`,
  roomListStatus: 'Status',
  roomListStatus_requested: 'Requested',
  roomListStatus_active: 'Active',
  roomListStatus_paused: 'Paused',
  roomListStatus_declined: 'Declined',
  roomListStatus_withdrawn: 'Withdrawn',
  roomListStatus_expired: 'Expired',
  roomListStatus_completed: 'Completed',
  roomListStatus_closed_early: 'Closed early',
  roomListUnread: (p: { count: number }) => `${p.count} unread ${p.count === 1 ? 'message' : 'messages'}`,
  roomListLastMessage: 'Last message',
  roomListNextSession: 'Next session',
  roomListAccept: 'Accept',
  roomListDecline: 'Decline',
  roomListDeclineConfirm: (p: { name: string }) => `Decline ${p.name}’s request?`,
  roomListKeep: 'Keep',
  roomListActionsFor: (p: { name: string }) => `Request from ${p.name}`,
  roomListActionError: 'We couldn’t answer this request.',
  roomListLoadMore: 'Load more',
};

/** The strings of <menteo-room-list>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./room-list.strings.es.js') });
