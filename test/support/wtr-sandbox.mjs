// What every web-test-runner config here shares: one seeded sandbox started with the test
// server (in Node; the page reaches it over HTTP with CORS, like a customer's page), the
// customer-backend routes the pages call (`/__menteo/token` mints a user token with the secret
// key, so a page only ever holds tokens), and the test page that tells it where the sandbox is.
import { createServer } from 'node:net';
import { tsImport } from 'tsx/esm/api';
import { pageClockScript } from './page-clock.mjs';
import { launchers } from './chromium.mjs';
import { probePages } from './wtr-page-probe.mjs';
import { Watchdog } from './wtr-watchdog.mjs';

/** A free local port (to bind, or — left closed — as the "API unreachable" case). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * The sandbox for one test run: a plugin that starts and stops it (and resolves the config's
 * imports), the middleware of its `/__menteo/*` routes, and the test page's HTML.
 *
 * `nodeEnv: false` leaves `process` undefined in the page, for code that must prove it never
 * reads it (the SDK); pages that load nanostores need it defined (there is no bundler).
 *
 * @param {{ resolveImport?: (args: { source: string, context: { path: string } }) => string | undefined, nodeEnv?: boolean }} [options]
 */
export function sandboxForTests(options = {}) {
  /** @type {import('@menteo/test-support/sandbox-host').SandboxHost | undefined} */
  let host;
  let closedUrl = '';
  /** @type {Watchdog | undefined} */
  let watchdog;
  return {
    plugin: {
      name: 'menteo-sandbox',
      async serverStart() {
        /** @type {typeof import('@menteo/test-support/sandbox-host')} */
        const { startSandboxHost } = await tsImport('@menteo/test-support/sandbox-host', import.meta.url);
        host = await startSandboxHost();
        closedUrl = `http://127.0.0.1:${await freePort()}`;
        watchdog = new Watchdog(
          host,
          (line) => console.log(line),
          Date.now,
          () => probePages(launchers),
        );
      },
      async serverStop() {
        watchdog?.stop();
        await host?.close();
      },
      resolveImport: options.resolveImport,
    },
    /** @type {import('@web/test-runner').TestRunnerConfig['middleware'][number]} */
    async middleware(ctx, next) {
      if (!ctx.path.startsWith('/__menteo/') || !host) return next();
      if (ctx.path === '/__menteo/token') {
        ctx.body = await host.token(/** @type {import('@menteo/test-support/sandbox-host').DemoPerson} */ (String(ctx.query.person)));
      } else if (ctx.path === '/__menteo/expire' && ctx.method === 'POST') {
        host.expire(String(ctx.query.token));
        ctx.status = 204;
      } else if (ctx.path === '/__menteo/streams') {
        if (ctx.query.test) watchdog?.heard(/** @type {Record<string, string>} */ (ctx.query));
        ctx.body = String(host.liveStreams());
      } else if (ctx.path === '/__menteo/audit') {
        ctx.body = host.audit();
      } else if (ctx.path === '/__menteo/seed-posts') {
        // Test only: thousands of posts in one transaction (the 10 000-post feed test).
        ctx.body = String(host.seedPosts(String(ctx.query.thread), Number(ctx.query.count)));
      } else if (ctx.path === '/__menteo/insights' || ctx.path === '/__menteo/insights.csv') {
        // The company's backend of an admin page: it reads the insights with its secret key.
        const answer = await host.insights(ctx.querystring, ctx.path.endsWith('.csv'));
        ctx.status = answer.status;
        ctx.type = answer.type;
        ctx.body = answer.body;
      } else {
        ctx.status = 404;
      }
    },
    /**
     * The test page: its clock moved to the sandbox's (page-clock.mjs), where the sandbox is,
     * whether it is a date lane of `pnpm run test:dates` (MENTEO_DATE_LANE) (and, unless
     * `nodeEnv: false`, `process.env.NODE_ENV`).
     */
    html: (/** @type {string} */ testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      ${host ? pageClockScript(host.now() - Date.now()) : ''}
      ${options.nodeEnv === false ? '' : "window.process = { env: { NODE_ENV: 'development' } };"}
      window.__MENTEO__ = ${JSON.stringify({ url: host?.url, closedUrl, dateLane: Boolean(process.env.MENTEO_DATE_LANE) })};
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  };
}
