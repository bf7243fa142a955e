import { Menteo } from '@menteo/sdk';
import type { Demo } from '../demos.js';

/**
 * `<menteo-program-insights>` with the figures of the seeded demo organization, fetched at build
 * time with the sandbox's secret key — as your backend would — and handed to the element in a
 * `data:` URL (the element fetches `src` with `fetch`, so any URL that answers the insights JSON
 * will do). No key and no API request reach the page.
 */
export const demo: Demo = {
  html: ({ insights }) => `<menteo-program-insights src="data:application/json,${encodeURIComponent(insights ?? '{}')}"></menteo-program-insights>`,
  note: 'The program’s figures for the sandbox’s seeded demo organization, the twelve weeks before these docs were built: requests and acceptance, sessions, the need mix, goal outcomes and mentor load, each chart with its table and a sentence. The demo organization is small, so weeks with fewer than five people behind a figure show “fewer than 5”, never 0: no figure can point at a person.',
  more: '<p>Insights need the organization’s secret key, so the element never asks the API: your backend does, and hands the element the JSON — as its <code>insights</code> property, or from your own endpoint named in <code>src</code>. Here <code>src</code> is a <code>data:</code> URL holding what the sandbox answered at build time. See <a href="../guides/program-insights.html">program insights</a>.</p>',
  script: `<script type="module">\n  // Your backend calls GET /v1/org/insights with the secret key and answers the page.\n  document.querySelector('menteo-program-insights').src = '/admin/insights';\n</script>`,
  async capture({ client, found }) {
    // As the company's backend: the secret key, on the build's sandbox (not recorded: no page asks the API for it).
    const backend = new Menteo({ secretKey: 'sk_test_demo', baseUrl: client.baseUrl, maxRetries: 0 });
    found.insights = JSON.stringify(await backend.admin.insights.retrieve());
  },
};
