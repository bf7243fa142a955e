// `npm start`: the seeded sandbox and every example against it, one URL each.
import { fileURLToPath } from 'node:url';
import { startSandboxProcess } from '../test/support/sandbox-process.js';
import { startBlog } from './blog/server.js';
import { buildSite, serveSite } from './blog-eleventy/build-site.js';
import { startIntranet } from './intranet/server.js';
import { startReactExample } from './react/server.js';

const bundle = fileURLToPath(new URL('../packages/elements/dist/menteo.js', import.meta.url));
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

// A persistent sandbox on the usual port: what you change survives a restart (`--reset` to start over).
// With the demo program, so the intranet's /admin shows a program's insights, not "fewer than 5" everywhere.
const sandbox = await startSandboxProcess(['--port', String(port('MENTEO_SANDBOX_PORT', 4010)), '--db', '.menteo/sandbox.db', '--demo-program']);
const intranet = await startIntranet({ port: port('INTRANET_PORT', 4020), apiUrl: sandbox.url, secretKey: sandbox.keys.demoSecret, bundle });
const blog = await startBlog({ port: port('BLOG_PORT', 4030), apiUrl: sandbox.url, bundle });
// The Eleventy blog is built now, from this sandbox's data (its thread rendered on the server), then served as static files.
const eleventyOutput = fileURLToPath(new URL('../.menteo/blog-eleventy/', import.meta.url));
await buildSite({ baseUrl: sandbox.url, publishableKey: sandbox.keys.demoPublishable }, eleventyOutput);
const blogEleventy = await serveSite(eleventyOutput, port('BLOG_ELEVENTY_PORT', 4035));
const react = await startReactExample({ port: port('REACT_PORT', 4040), apiUrl: sandbox.url, publishableKey: sandbox.keys.demoPublishable });

console.log(`
Menteo sandbox   ${sandbox.url}   (publishable key ${sandbox.keys.demoPublishable}, secret key ${sandbox.keys.demoSecret})
Examples
  intranet       ${intranet.origin}/login?as=demo-mentee   (need finder, search, cards, your room and roadmap; ?as=demo-mentor for the mentor's side)
  blog           ${blog.origin}/   (a static page: growth thread + roadmap through the embed bundle, strict CSP)
  blog (SSR)     ${blogEleventy.url}/posts/learning-to-lead/   (Eleventy: the thread, roadmap and card rendered into the HTML at build time, then hydrated)
  react          ${react.origin}/   (a React app (Vite): the elements through the typed @menteo/react wrappers, events as props)
  scripts        examples/scripts/README.md   (Node: CSV export, weekly update, webhook handler, user tokens)
Ctrl+C stops everything.`);

const stop = async () => {
  intranet.server.close();
  blog.server.close();
  await blogEleventy.close();
  await react.close();
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
