import type { Demo } from '../demos.js';

/** The diagnostic's answers whose growth plan the demo replays for any answers. */
const recommendationRequest = {
  placement: { leadership: 0.8, mentorship: 0.3 },
  goals: 'Ship the migration on time with a team I just started leading',
  skills: ['people-management'],
  language: 'en',
  limit: 5,
} as const;

/** `<menteo-need-finder>`: one recorded growth plan, whatever the reader answers. */
export const demo: Demo = {
  html: '<menteo-need-finder></menteo-need-finder>',
  note: `Whatever you answer, the replay returns the growth plan the sandbox gave for a mostly-leadership placement, goals “${recommendationRequest.goals}”, skills ${recommendationRequest.skills.join(', ')}, language ${recommendationRequest.language}. Starting a thread needs a signed-in reader, which the demo has not.`,
  async capture({ client }) {
    await client.recommendations.create({
      ...recommendationRequest,
      placement: { ...recommendationRequest.placement },
      skills: [...recommendationRequest.skills],
    });
  },
};
