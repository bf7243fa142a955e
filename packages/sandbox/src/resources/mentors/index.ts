import type { Handlers } from '../../http/handler.js';
import { createMatch } from './matches.js';
import { createRecommendation } from './recommendations.js';
import { retrieveMentor } from './retrieve.js';
import { listMentorReviews } from './reviews.js';
import { listMentors } from './search.js';
import { listMentorSlots } from './slots.js';

/** Handlers of the mentors operations. */
export const mentorsHandlers = {
  listMentors,
  retrieveMentor,
  listMentorReviews,
  listMentorSlots,
  createMatch,
  createRecommendation,
} satisfies Partial<Handlers>;
