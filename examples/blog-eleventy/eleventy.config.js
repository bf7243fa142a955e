// The Eleventy build of the blog: each post's growth thread (and roadmap) is rendered at build
// time by @menteo/elements/ssr from the API's data — their text is in the HTML, for readers
// without JavaScript and for crawlers — and hydrated in the browser by menteo-ssr.js without a
// second request. Reads the API from the environment (MENTEO_BASE_URL, MENTEO_PUBLISHABLE_KEY);
// builds offline against a local sandbox. The pages keep the static blog's strict CSP: no inline
// script, and inline styles (the shadow roots' own, rendered by the server) only by their hash.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  fetchMentorCardState,
  fetchRoadmapStepperState,
  fetchThreadFeedState,
  renderMentorCard,
  renderRoadmapStepper,
  renderThreadFeed,
} from '@menteo/elements/ssr';
import { MenteoCore } from '@menteo/sdk';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  const publishableKey = process.env.MENTEO_PUBLISHABLE_KEY ?? 'pk_test_demo';
  const baseUrl = process.env.MENTEO_BASE_URL ?? 'http://127.0.0.1:4010';
  const core = new MenteoCore({ publishableKey, baseUrl });
  const connection = { publishableKey, baseUrl };

  // {% threadFeed "thr_…", 5 %}: the feed, server-rendered; a limit makes it the compact sidebar feed.
  eleventyConfig.addShortcode('threadFeed', async (threadId, limit) =>
    renderThreadFeed(await fetchThreadFeedState(core, { threadId }), { threadId, ...connection, ...(limit ? { limit, compact: true } : {}) }),
  );
  // {% roadmapStepper "slug" %}
  eleventyConfig.addShortcode('roadmapStepper', async (roadmapId) =>
    renderRoadmapStepper(await fetchRoadmapStepperState(core, { roadmapId }), { roadmapId, ...connection }),
  );

  // {% mentorCard "men_…" %}: the compact card.
  eleventyConfig.addShortcode('mentorCard', async (mentorId) =>
    renderMentorCard(await fetchMentorCardState(core, { mentorId }), { mentorId, ...connection, variant: 'compact' }),
  );

  // The elements' browser code with Lit's hydration support, one file served from the site itself; the
  // stylesheet is the plain blog example's (examples/blog), the same post in the same dress.
  eleventyConfig.addPassthroughCopy({
    [fileURLToPath(import.meta.resolve('@menteo/elements/menteo-ssr.js'))]: 'menteo-ssr.js',
    '../blog/blog.css': 'blog.css',
  });

  // The CSP of each page, in its <head>: the hash of every inline <style> (those of the rendered shadow roots).
  eleventyConfig.addTransform('csp', (content, outputPath) => {
    if (!outputPath?.endsWith('.html')) return content;
    const hashes = new Set(
      [...content.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`),
    );
    const csp = `default-src 'none'; script-src 'self'; style-src 'self' ${[...hashes].join(' ')}; connect-src ${new URL(baseUrl).origin}; img-src 'self' https: data:; base-uri 'none'; form-action 'none'`;
    return content.replace('<meta http-equiv="Content-Security-Policy" content="" />', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
  });

  eleventyConfig.addGlobalData('menteo', connection);
  return { dir: { input: 'src', output: '_site', includes: '_includes' }, templateFormats: ['md', 'liquid'] };
}
