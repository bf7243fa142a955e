import { createSandbox } from '@menteo/sandbox';
import { Menteo } from '@menteo/sdk';
import type { Demo } from '../demos.js';

/**
 * `<menteo-program-insights>` with the figures of the demo organization's program (the sandbox's
 * `--demo-program`), fetched at build time with the sandbox's secret key — as your backend would —
 * and handed to the element in a `data:` URL (the element fetches `src` with `fetch`, so any URL
 * that answers the insights JSON will do). No key and no API request reach the page.
 */
export const demo: Demo = {
  html: ({ insights }) => `<menteo-program-insights src="data:application/json,${encodeURIComponent(insights ?? '{}')}"></menteo-program-insights>`,
  note: 'The program’s figures for the sandbox’s demo organization with its demo program (the sandbox’s --demo-program: 25 internal mentors and their mentees), the twelve weeks before these docs were built: requests and acceptance, sessions, the need mix, goal outcomes and mentor load, each chart with its table and a sentence. A figure with fewer than five people behind it — in the week the range cuts short, say — shows “fewer than 5”, never 0: no figure can point at a person.',
  more: '<p>Insights need the organization’s secret key, so the element never asks the API: your backend does, and hands the element the JSON — as its <code>insights</code> property, or from your own endpoint named in <code>src</code>. Here <code>src</code> is a <code>data:</code> URL holding what the sandbox answered at build time. See <a href="../guides/program-insights.html">program insights</a>.</p>',
  script: `<script type="module">\n  // Your backend calls GET /v1/org/insights with the secret key and answers the page.\n  document.querySelector('menteo-program-insights').src = '/admin/insights';\n</script>`,
  async capture({ found }) {
    // As the company's backend: the secret key (not recorded: no page asks the API for it), on a
    // sandbox of its own with the demo program, which the build's sandbox has not: the other demos
    // show the seeded world as the guides describe it.
    const sandbox = createSandbox({ db: ':memory:', demoProgram: true, log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 } });
    try {
      const { url } = await sandbox.listen({ port: 0, host: '127.0.0.1' });
      const backend = new Menteo({ secretKey: 'sk_test_demo', baseUrl: url, maxRetries: 0 });
      found.insights = JSON.stringify(await backend.admin.insights.retrieve());
    } finally {
      await sandbox.close();
    }
  },
};
