import { demoBaseUrl, demoIds, demoPublishableKey } from '../capture.js';
import type { Demo } from '../demos.js';

/** `<menteo-provider>`: the dark theme and its connection around a compact card. */
export const demo: Demo = {
  html: `<menteo-provider publishable-key="${demoPublishableKey}" base-url="${demoBaseUrl}" theme="dark">\n  <menteo-mentor-card mentor-id="${demoIds.mentor}" variant="compact"></menteo-mentor-card>\n</menteo-provider>`,
  note: 'A provider in the dark theme around a compact card: the card takes the provider’s connection and tokens.',
  async capture({ client }) {
    // The card's one batched retrieve.
    await client.mentors.retrieve(demoIds.mentor);
  },
};
