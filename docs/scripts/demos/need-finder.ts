import type { Demo } from '../demos.js';

/** The questionnaire whose ranking the demo replays for any answers. */
const matchRequest = {
  need: 'leadership',
  goals: 'Ship the migration on time with a team I just started leading',
  skills: ['people-management'],
  language: 'en',
  limit: 5,
} as const;

/** `<menteo-need-finder>`: one recorded ranking, whatever the reader answers. */
export const demo: Demo = {
  html: '<menteo-need-finder></menteo-need-finder>',
  note: `Whatever you answer, the replay returns the ranking the sandbox gave for: need “${matchRequest.need}”, goals “${matchRequest.goals}”, skills ${matchRequest.skills.join(', ')}, language ${matchRequest.language}.`,
  async capture({ client }) {
    await client.matches.create({ ...matchRequest, skills: [...matchRequest.skills] });
  },
};
