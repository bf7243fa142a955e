import { demoIds } from '../capture.js';
import type { Demo } from '../demos.js';

/** `<menteo-thread-feed>`: a seeded thread and its first page of posts. */
export const demo: Demo = {
  html: `<menteo-thread-feed thread-id="${demoIds.thread}" limit="5"></menteo-thread-feed>`,
  note: 'The thread and its first page of posts. Comments and live updates are not replayed.',
  async capture({ client }) {
    await client.threads.retrieve(demoIds.thread);
    await client.threads.posts.list(demoIds.thread);
  },
};
